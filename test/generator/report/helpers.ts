// Shared fixtures: the sample's analysis and rendered reports, computed once per file.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Analysis, analyze } from "../../../core/index.ts";
import { renderReport, type RenderedReport } from "../../../generator/report/index.ts";
import { readCsvFolder } from "../../../generator/sources/csv.ts";
import { SAMPLE_DIR } from "../../../generator/sources/index.ts";

export const GENERATED = new Date("2026-04-20T12:00:00Z");

export async function sample(): Promise<Analysis> {
  return analyze(await readCsvFolder(SAMPLE_DIR));
}

const cache = new Map<string, Promise<RenderedReport>>();
export function sampleReport(locale = "en"): Promise<RenderedReport> {
  let r = cache.get(locale);
  if (!r) {
    r = sample().then((a) => renderReport(a, { locale, generated: GENERATED }));
    cache.set(locale, r);
  }
  return r;
}

/** A copy of the sample in a real temp folder, with `edit(tab, csv)` applied to each tab. */
export async function editedSample(edit: (tab: string, csv: string) => string | null): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "pm-report-"));
  await cp(SAMPLE_DIR, dir, { recursive: true });
  const { readdir, rm } = await import("node:fs/promises");
  for (const f of (await readdir(dir)).filter((x) => x.endsWith(".csv"))) {
    const tab = f.replace(/\.csv$/, "");
    const next = edit(tab, await readFile(join(dir, f), "utf8"));
    if (next === null) await rm(join(dir, f));
    else await writeFile(join(dir, f), next);
  }
  return dir;
}

/** Visible text of an HTML string, tags dropped and entities decoded (enough for asserting figures). */
export function textOf(html: string): string {
  return decode(
    html
      .replace(/<style[\s\S]*?<\/style>/g, " ")
      .replace(/<svg[\s\S]*?<\/svg>/g, " ")
      .replace(/<[^>]+>/g, ""),
  ).replace(/[ \t\r\n]+/g, " ");
}

/** Decodes the entities Handlebars escapes with. */
export function decode(s: string): string {
  return s
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&#x3D;/g, "=")
    .replace(/&#x60;/g, "`")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
