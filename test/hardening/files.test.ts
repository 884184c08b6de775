// Paths and files: where outputs land, what may be overwritten, which logo files
// are read, and how damaged or hostile workbooks are refused (exit 2, one sentence,
// bounded memory). The CLI runs as a child process, as a user runs it.
import { execFile } from "node:child_process";
import { createWriteStream } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createDeflateRaw } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inside, safeStem } from "../../generator/output/files.ts";
import { outputMessages } from "../../generator/output/messages.ts";
import { MAX_UNPACKED_BYTES } from "../../generator/sources/guard.ts";
import { sourceMessages } from "../../generator/sources/messages.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin/postmortem.js");
const SAMPLE = join(ROOT, "templates/sample");
const SPRING = join(ROOT, "templates/sample-earlier/spring-2025");
const AUTUMN = join(ROOT, "templates/sample-earlier/autumn-2025");
// Reports the child's peak RSS (kB on Linux) on stderr as it exits.
const MAXRSS_HOOK =
  "data:text/javascript,process.on('exit',()=>process.stderr.write('MAXRSS='+process.resourceUsage().maxRSS+'\\n'))";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], nodeArgs: string[] = []): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [...nodeArgs, BIN, ...args],
      { cwd: dir, env: { ...process.env, DEBUG: "" }, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : 99) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** The one sentence on stderr, without the `postmortem: ` prefix. */
const said = (r: Run) =>
  r.stderr
    .replace(/^postmortem: /gm, "")
    .replace(/MAXRSS=\d+\n/, "")
    .trim();

/** Runs the CLI and expects exit 2 with exactly `sentence` (the run is returned for more checks). */
async function refused(args: string[], sentence: string, nodeArgs: string[] = []): Promise<Run> {
  const r = await cli(args, nodeArgs);
  expect(r.code).toBe(2);
  expect(said(r)).toBe(sentence);
  return r;
}

/** The child's peak RSS, as the --import hook printed it: above 0 and under 500 MB. */
function expectPeakUnder500MB(r: Run) {
  const kb = Number(/MAXRSS=(\d+)/.exec(r.stderr)?.[1]);
  expect(kb).toBeGreaterThan(0);
  expect(kb).toBeLessThan(500 * 1024);
}

/** A campaign folder (copy of the sample) with another campaign name. */
async function campaignNamed(name: string, folder: string): Promise<string> {
  const d = join(dir, folder);
  await cp(SAMPLE, d, { recursive: true });
  const csv = await readFile(join(d, "Campaign.csv"), "utf8");
  const quoted = `"${name.replace(/"/g, '""')}"`;
  await writeFile(join(d, "Campaign.csv"), csv.replace(/^Campaign name,.*$/m, `Campaign name,${quoted}`));
  return d;
}

/**
 * A zip with a [Content_Types].xml and an xl/worksheets/sheet1.xml of `size`
 * spaces, deflated as a stream (never held in memory), declaring `declared`
 * as the entry's uncompressed size (a bomb may lie).
 */
async function zipBomb(path: string, size: number, declared: number): Promise<void> {
  const deflated: Buffer[] = [];
  await new Promise<void>((ok, fail) => {
    const d = createDeflateRaw({ level: 9 });
    d.on("data", (c: Buffer) => deflated.push(c));
    d.on("end", ok);
    d.on("error", fail);
    const chunk = Buffer.alloc(1 << 20, 0x20);
    let left = size;
    const pump = () => {
      while (left > 0) {
        const n = Math.min(left, chunk.length);
        left -= n;
        if (!d.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return void d.once("drain", pump);
      }
      d.end();
    };
    pump();
  });
  const entries = [
    { name: "[Content_Types].xml", data: Buffer.from("<Types/>"), method: 0, size: 8 },
    { name: "xl/worksheets/sheet1.xml", data: Buffer.concat(deflated), method: 8, size: declared },
  ];
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(e.method, 10);
    cd.writeUInt32LE(e.data.length, 20);
    cd.writeUInt32LE(e.size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    parts.push(local, name, e.data);
    central.push(cd, name);
    offset += 30 + name.length + e.data.length;
  }
  const cdBuf = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cdBuf.length, 12);
  eocd.writeUInt32LE(offset, 16);
  const out = createWriteStream(path);
  for (const p of [...parts, cdBuf, eocd]) out.write(p);
  await new Promise((ok) => out.end(ok));
}

let dir = "";
let goodXlsx = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "pm-files-"));
  // A real workbook to truncate: the template with the sample filled in.
  goodXlsx = join(dir, "good.xlsx");
  const r = await cli(["template", "--sample", "--out", goodXlsx]);
  if (r.code !== 0) throw new Error(r.stderr);
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("Paths and files: output names", () => {
  it.each([
    { name: "../../etc/x", stem: "etc-x" },
    { name: "/abs/path\0nul", stem: "abs-path-nul" },
    { name: "..", stem: "campaign" },
    { name: "CON", stem: "CON-report" },
    { name: "lpt1", stem: "lpt1-report" },
    { name: "", stem: "campaign" },
    { name: "a\\b:c", stem: "a-b-c" },
  ])("file stem from $name → $stem, never a separator, .., NUL, device name or empty", ({ name, stem }) => {
    expect(safeStem(name)).toBe(stem);
  });

  it("a name that resolves outside --out (../x.html, /etc/x, sub/x) → refused with a usage error before writing", () => {
    expect(() => inside("out", "../x.html")).toThrow(outputMessages.outside("../x.html", "out"));
    expect(() => inside("out", "/etc/x.html")).toThrow(outputMessages.outside("/etc/x.html", "out"));
    expect(() => inside("out", "sub/x.html")).toThrow(outputMessages.outside("sub/x.html", "out"));
    expect(inside("out", "x.html")).toBe(resolve("out/x.html"));
  });

  it("a campaign named ../../etc/x → report written inside --out as etc-x.html, nothing outside", async () => {
    const src = await campaignNamed("../../etc/x", "evil");
    const out = join(dir, "o1", "deep", "er");
    const r = await cli(["report", src, "--format", "html,json", "--out", out]);
    expect(r.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(["etc-x.html", "etc-x.json"]);
    expect(await readdir(join(dir, "o1"))).toEqual(["deep"]);
    expect(await readdir(join(dir, "o1", "deep"))).toEqual(["er"]);
  }, 60_000);

  it("a campaign named CON → written as con-report.html (Windows device names avoided)", async () => {
    const src = await campaignNamed("CON", "con");
    const out = join(dir, "o2");
    const r = await cli(["report", src, "--format", "html", "--out", out]);
    expect(r.code).toBe(0);
    expect(await readdir(out)).toEqual(["con-report.html"]);
  }, 60_000);
});

describe("Paths and files: overwriting", () => {
  it("a second run over our own report → replaced, exit 0, no temp files left", async () => {
    const out = join(dir, "o3");
    expect((await cli(["report", "--format", "html,json", "--out", out])).code).toBe(0);
    const r = await cli(["report", "--format", "html,json", "--out", out]);
    expect(r.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      "daybreak-serum-launch-spring-2026.html",
      "daybreak-serum-launch-spring-2026.json",
    ]);
    const html = await readFile(join(out, "daybreak-serum-launch-spring-2026.html"), "utf8");
    expect(html).toContain('<meta name="generator" content="campaign-postmortem">');
  }, 60_000);

  it("a user's own file at the report's name → exit 2 naming it, file untouched; --force overwrites it", async () => {
    const out = join(dir, "o4");
    await mkdir(out);
    const target = join(out, "daybreak-serum-launch-spring-2026.html");
    await writeFile(target, "<p>my notes</p>");
    await refused(["report", "--format", "html", "--out", out], outputMessages.notOurs(target));
    expect(await readFile(target, "utf8")).toBe("<p>my notes</p>");
    const f = await cli(["report", "--format", "html", "--out", out, "--force"]);
    expect(f.code).toBe(0);
    expect(await readFile(target, "utf8")).toContain("campaign-postmortem");
  }, 60_000);

  it("a user's JSON at the report's .json name, --format html,json → exit 2 naming it before anything is written", async () => {
    const out = join(dir, "o5");
    await mkdir(out);
    const target = join(out, "daybreak-serum-launch-spring-2026.json");
    await writeFile(target, '{"mine": true}\n');
    await refused(["report", "--format", "html,json", "--out", out], outputMessages.notOurs(target));
    expect(await readFile(target, "utf8")).toBe('{"mine": true}\n');
    expect(await readdir(out)).toEqual(["daybreak-serum-launch-spring-2026.json"]);
  }, 60_000);

  it("a user's JSON that merely starts with \"campaign\" at the report's .json name → exit 2, not taken for ours", async () => {
    const out = join(dir, "o5b");
    await mkdir(out);
    const target = join(out, "daybreak-serum-launch-spring-2026.json");
    const mine = '{"campaign": "Spring launch", "notes": "budget approved"}\n';
    await writeFile(target, mine);
    await refused(["report", "--format", "json", "--out", out], outputMessages.notOurs(target));
    expect(await readFile(target, "utf8")).toBe(mine);
  }, 60_000);

  it("a folder at the report's file name → exit 2, even with --force", async () => {
    const out = join(dir, "o6");
    const target = join(out, "daybreak-serum-launch-spring-2026.html");
    await mkdir(target, { recursive: true });
    await refused(["report", "--format", "html", "--out", out, "--force"], outputMessages.isFolder(target));
  }, 60_000);

  it("--out naming an existing file → exit 2, the file untouched", async () => {
    const out = join(dir, "o7.txt");
    await writeFile(out, "keep");
    await refused(["report", "--format", "html", "--out", out], outputMessages.outNotFolder(out));
    expect(await readFile(out, "utf8")).toBe("keep");
  }, 60_000);

  it("compare with a user's roster.csv in --out → exit 2 naming it; a rerun over our own roster.csv → exit 0", async () => {
    const out = join(dir, "o8");
    await mkdir(out);
    const roster = join(out, "roster.csv");
    await writeFile(roster, "name,notes\n");
    const r = await cli(["compare", SPRING, AUTUMN, "--format", "csv,json", "--out", out]);
    expect(r.code).toBe(2);
    expect(said(r).split("\n").at(-1)).toBe(outputMessages.notOurs(roster));
    expect(await readFile(roster, "utf8")).toBe("name,notes\n");
    await rm(roster);
    expect((await cli(["compare", SPRING, AUTUMN, "--format", "csv,json", "--out", out])).code).toBe(0);
    const again = await cli(["compare", SPRING, AUTUMN, "--format", "csv,json", "--out", out]);
    expect(again.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(["compare.json", "roster.csv"]);
  }, 120_000);

  it("compare with a user's compare.html in --out, --format csv,json,html → exit 2 naming it, and no file written", async () => {
    const out = join(dir, "o8b");
    await mkdir(out);
    const page = join(out, "compare.html");
    await writeFile(page, "<p>my comparison notes</p>");
    const r = await cli(["compare", SPRING, AUTUMN, "--format", "csv,json,html", "--out", out]);
    expect(r.code).toBe(2);
    expect(said(r).split("\n").at(-1)).toBe(outputMessages.notOurs(page));
    // compare.json and roster.csv come first in the writing order; neither was written.
    expect(await readdir(out)).toEqual(["compare.html"]);
    expect(await readFile(page, "utf8")).toBe("<p>my comparison notes</p>");
  }, 120_000);

  it("template --out over an existing file → exit 2, file untouched", async () => {
    const f = join(dir, "mine.xlsx");
    await writeFile(f, "not a template");
    await refused(
      ["template", "--out", f],
      `${f} already exists; pass --force to overwrite it or choose another --out.`,
    );
    expect(await readFile(f, "utf8")).toBe("not a template");
  }, 60_000);
});

describe("Paths and files: theme logo", () => {
  const PNG = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64",
  );
  async function theme(name: string, logo: string): Promise<string> {
    const d = join(dir, `theme-${name}`);
    await mkdir(d, { recursive: true });
    await writeFile(join(d, "theme.json"), JSON.stringify({ logo }));
    return join(d, "theme.json");
  }

  it("a PNG logo named relative to the theme file → resolved from the theme's folder, embedded as a data: URI", async () => {
    const t = await theme("ok", "img/logo.png");
    await mkdir(join(dir, "theme-ok", "img"));
    await writeFile(join(dir, "theme-ok", "img", "logo.png"), PNG);
    const out = join(dir, "o9");
    const r = await cli(["report", "--format", "html", "--theme", t, "--out", out]);
    expect(r.code).toBe(0);
    const html = await readFile(join(out, "daybreak-serum-launch-spring-2026.html"), "utf8");
    // Handlebars writes `=` in attributes as &#x3D; (the same URI once parsed).
    const b64 = PNG.toString("base64").replace(/=/g, "&#x3D;");
    expect(html).toContain(`<img class="logo" src="data:image/png;base64,${b64}"`);
  }, 60_000);

  it("logo /dev/zero → exit 2: not a regular image file, nothing read", async () => {
    const t = await theme("zero", "/dev/zero");
    await refused(
      ["report", "--format", "html", "--theme", t, "--out", join(dir, "o10")],
      `The theme "${t}" names the logo "/dev/zero", which is not a regular image file.`,
    );
  }, 60_000);

  it("logo naming a folder → exit 2 naming the theme and the folder", async () => {
    const t = await theme("dir", ".");
    const r = await cli(["report", "--format", "html", "--theme", t, "--out", join(dir, "o11")]);
    expect(r.code).toBe(2);
    expect(said(r)).toBe(
      `The theme "${t}" names the logo "${join(dir, "theme-dir")}", which is not a regular image file.`,
    );
  }, 60_000);

  it("a 5 MB logo (sparse file) → exit 2 with its size, not read", async () => {
    const t = await theme("big", "big.png");
    const big = join(dir, "theme-big", "big.png");
    await writeFile(big, PNG);
    await truncate(big, 5_000_000);
    const r = await cli(["report", "--format", "html", "--theme", t, "--out", join(dir, "o12")]);
    expect(r.code).toBe(2);
    expect(said(r)).toBe(
      `The theme "${t}" names the logo "${big}", which is 4883 KB; use an image under 1 MB.`,
    );
  }, 60_000);

  it("a logo that is a text file named .png → exit 2: not a PNG, JPEG or SVG image", async () => {
    const t = await theme("txt", "x.png");
    const f = join(dir, "theme-txt", "x.png");
    await writeFile(f, "hello");
    await refused(
      ["report", "--format", "html", "--theme", t, "--out", join(dir, "o13")],
      `The theme "${t}" names the logo "${f}", which is not a PNG, JPEG or SVG image.`,
    );
  }, 60_000);

  it("--theme /dev/zero → exit 2: not a small JSON file", async () => {
    await refused(
      ["report", "--format", "html", "--theme", "/dev/zero", "--out", join(dir, "o14")],
      `Cannot read the theme "/dev/zero": it is not a small JSON file (at most 64 KB).`,
    );
  }, 60_000);
});

describe("Paths and files: damaged and hostile workbooks", () => {
  it("a truncated .xlsx (first half of a real one) → exit 2: damaged, truncated or not really .xlsx", async () => {
    const f = join(dir, "half.xlsx");
    const bytes = await readFile(goodXlsx);
    await writeFile(f, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await refused(["validate", f], sourceMessages.notZip(f, ".xlsx"));
  }, 60_000);

  it("4 KB of random bytes named .xlsx → exit 2: damaged, truncated or not really .xlsx", async () => {
    const f = join(dir, "random.xlsx");
    const b = Buffer.alloc(4096);
    for (let i = 0; i < b.length; i++) b[i] = (i * 7919 + 13) & 0xff;
    await writeFile(f, b);
    await refused(["validate", f], sourceMessages.notZip(f, ".xlsx"));
  }, 60_000);

  it("a password-protected .xlsx (OLE2/CFB container, D0 CF 11 E0) → exit 2: save it without a password", async () => {
    const f = join(dir, "locked.xlsx");
    const b = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
    await writeFile(f, b);
    await refused(["validate", f], sourceMessages.encrypted(f));
  }, 60_000);

  it("a .ods that is plain text → exit 2: damaged, truncated or not really .ods", async () => {
    const f = join(dir, "text.ods");
    await writeFile(f, "Field,Value\nCampaign name,x\n");
    await refused(["validate", f], sourceMessages.notZip(f, ".ods"));
  }, 60_000);

  it("an .xlsx whose sheet1.xml inflates to 1 GB (declared honestly) → exit 2 too large once unpacked, under 500 MB RSS", async () => {
    const f = join(dir, "bomb.xlsx");
    await zipBomb(f, 1_000_000_000, 1_000_000_000);
    const r = await refused(["validate", f], sourceMessages.unpacksTooBig(f, MAX_UNPACKED_BYTES), [
      "--import",
      MAXRSS_HOOK,
    ]);
    expectPeakUnder500MB(r);
  }, 120_000);

  it("an .xlsx whose sheet1.xml inflates to 1 GB but declares 1 KB → exit 2 too large once unpacked, under 500 MB RSS", async () => {
    const f = join(dir, "liar.xlsx");
    await zipBomb(f, 1_000_000_000, 1000);
    const r = await refused(["validate", f], sourceMessages.unpacksTooBig(f, MAX_UNPACKED_BYTES), [
      "--import",
      MAXRSS_HOOK,
    ]);
    expectPeakUnder500MB(r);
  }, 120_000);

  it("a Creators.csv with one 17 MB line → exit 2: a line longer than 16 MB", async () => {
    const d = join(dir, "longline");
    await cp(SAMPLE, d, { recursive: true });
    const f = join(d, "Creators.csv");
    await writeFile(f, `Handle,Platform\n${"x".repeat(17_000_000)},TikTok\n`);
    await refused(["validate", d], sourceMessages.csvLineTooLong(f, 16_000_000));
  }, 60_000);

  it("a Costs.csv whose quote on line 3 is never closed → exit 2 naming the file and line 3, not an internal error", async () => {
    const d = join(dir, "openquote");
    await cp(SAMPLE, d, { recursive: true });
    const f = join(d, "Costs.csv");
    await writeFile(
      f,
      'Item,Category,Amount\nTools,software,50\n"Agency retainer,agency,1200\nAds,paid,300\n',
    );
    await refused(["kpis", d], sourceMessages.csvQuoteNotClosed(f, 3));
  });
});
