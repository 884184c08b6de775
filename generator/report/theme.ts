// The report theme (`--theme FILE`): brand colour, logo and font, validated with zod.
import { open, readFile, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { UsageError } from "../errors.ts";

export const DEFAULT_BRAND = "#1F3A5F";
const MAX_LOGO_BYTES = 1_000_000;
const MAX_THEME_BYTES = 65_536;

/** The theme file's schema; zod loads only when a theme file is read. */
export async function themeSchema() {
  const z = await import("zod/mini");
  return z.strictObject({
    brand: z.optional(
      z.string().check(z.regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, "brand must be a hex colour such as #1F3A5F")),
    ),
    logo: z.optional(z.string().check(z.minLength(1))),
    font: z.optional(
      z.string().check(z.regex(/^[\p{L}\p{N} _-]{1,60}$/u, "font must be a font family name such as Inter")),
    ),
  });
}

export interface Theme {
  brand: string;
  /** The logo as a data: URI, or null. */
  logo: string | null;
  /** A family to try before the bundled fonts, or null. */
  font: string | null;
}

export const DEFAULT_THEME: Theme = { brand: DEFAULT_BRAND, logo: null, font: null };

/** Reads and validates a theme file; every failure is a usage error with one sentence. */
export async function loadTheme(path: string | undefined): Promise<Theme> {
  if (!path) return DEFAULT_THEME;
  const st = await stat(path).catch(() => null);
  if (st && (!st.isFile() || st.size > MAX_THEME_BYTES))
    throw new UsageError(`Cannot read the theme "${path}": it is not a small JSON file (at most 64 KB).`);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, "utf8"));
  } catch (e) {
    const why =
      (e as { code?: string }).code === "ENOENT" ? "the file does not exist" : "it is not valid JSON";
    throw new UsageError(`Cannot read the theme "${path}": ${why}.`);
  }
  const parsed = (await themeSchema()).safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? `"${first.path.join(".")}"` : "the theme";
    const what =
      first?.code === "unrecognized_keys"
        ? `unknown key ${(first as { keys?: string[] }).keys?.map((k) => `"${k}"`).join(", ")}; allowed are brand, logo and font`
        : first?.code === "invalid_type"
          ? "has the wrong type (a theme is an object of strings: brand, logo, font)"
          : (first?.message ?? "is invalid");
    throw new UsageError(`The theme "${path}" is invalid: ${where} ${what}.`);
  }
  const t = parsed.data;
  return {
    brand: normalizeHex(t.brand ?? DEFAULT_BRAND),
    logo: t.logo ? await logoDataUri(resolve(dirname(path), t.logo), path) : null,
    font: t.font ?? null,
  };
}

function normalizeHex(h: string): string {
  return h.length === 4 ? `#${[...h.slice(1)].map((c) => c + c).join("")}`.toUpperCase() : h.toUpperCase();
}

/**
 * The logo as a data: URI. Only a regular file (no folder, FIFO or device such
 * as /dev/zero) of at most MAX_LOGO_BYTES, and the read itself is bounded; only
 * PNG, JPEG or SVG by their first bytes. An SVG is only ever shown through
 * <img src="data:image/svg+xml…">, where browsers run no script in it.
 */
async function logoDataUri(file: string, themePath: string): Promise<string> {
  let st: Awaited<ReturnType<typeof stat>>;
  try {
    st = await stat(file);
  } catch {
    throw new UsageError(`The theme "${themePath}" names the logo "${file}", which does not exist.`);
  }
  if (!st.isFile())
    throw new UsageError(
      `The theme "${themePath}" names the logo "${file}", which is not a regular image file.`,
    );
  if (st.size > MAX_LOGO_BYTES)
    throw new UsageError(
      `The theme "${themePath}" names the logo "${file}", which is ${Math.round(st.size / 1024)} KB; use an image under ${MAX_LOGO_BYTES / 1_000_000} MB.`,
    );
  const fh = await open(file, "r");
  let bytes: Buffer;
  try {
    const buf = Buffer.alloc(MAX_LOGO_BYTES + 1);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    if (bytesRead > MAX_LOGO_BYTES)
      throw new UsageError(
        `The theme "${themePath}" names the logo "${file}", which grew past ${MAX_LOGO_BYTES / 1_000_000} MB while being read.`,
      );
    bytes = buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  const type = sniff(bytes);
  if (!type)
    throw new UsageError(
      `The theme "${themePath}" names the logo "${file}", which is not a PNG, JPEG or SVG image.`,
    );
  return `data:${type};base64,${bytes.toString("base64")}`;
}

function sniff(b: Buffer): string | null {
  if (b.length > 8 && b[0] === 0x89 && b.toString("latin1", 1, 4) === "PNG") return "image/png";
  if (b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "image/jpeg";
  const head = b.toString("utf8", 0, Math.min(b.length, 2048)).trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head))
    return "image/svg+xml";
  return null;
}

/** Mixes a hex colour with white (t > 0) or black (t < 0), for tints of the brand colour. */
export function mix(hex: string, t: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const ch = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) =>
    Math.round(t >= 0 ? c + (255 - c) * t : c * (1 + t)),
  );
  return `#${ch.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}
