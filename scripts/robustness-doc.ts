// Writes docs/robustness.md from the titles of the tests in test/hardening/
// (`npm run docs:robustness`), listed with `vitest list --json`, never run.
// `--check` exits 1 when the page on disk differs from what it would write.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DOC = join(ROOT, "docs", "robustness.md");
export const ARROW = " → ";

export interface ListedTest {
  name: string;
  file: string;
}

export interface Row {
  area: string;
  file: string;
  tried: string;
  does: string;
}

/** Tests under test/hardening/ as vitest lists them (collected, not run). */
export function listTests(): ListedTest[] {
  const dir = mkdtempSync(join(tmpdir(), "robustness-doc-"));
  const out = join(dir, "list.json");
  // A vitest run leaks its own variables; a child vitest that sees them thinks it is a worker.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST") && k !== "TEST" && k !== "NODE_ENV"),
  );
  try {
    const res = spawnSync(
      process.execPath,
      [join(ROOT, "node_modules", "vitest", "vitest.mjs"), "list", `--json=${out}`, "test/hardening/"],
      { cwd: ROOT, env, encoding: "utf8", timeout: 120_000 },
    );
    if (res.status !== 0)
      throw new Error(`vitest list failed (exit ${res.status}):\n${res.stderr || res.stdout}`);
    return JSON.parse(readFileSync(out, "utf8")) as ListedTest[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Splits "<area> > <case> → <behaviour>"; a title without the arrow is an error naming the test. */
export function toRows(tests: ListedTest[]): Row[] {
  const bad: string[] = [];
  const rows: Row[] = [];
  for (const t of tests) {
    const file = relative(ROOT, t.file).split("\\").join("/");
    const sep = t.name.indexOf(" > ");
    const area = sep < 0 ? file : t.name.slice(0, sep);
    const title = sep < 0 ? t.name : t.name.slice(sep + 3);
    const at = title.indexOf(ARROW);
    if (at < 0) {
      bad.push(`${file}: "${t.name}"`);
      continue;
    }
    rows.push({ area, file, tried: title.slice(0, at).trim(), does: title.slice(at + ARROW.length).trim() });
  }
  if (bad.length)
    throw new Error(
      `These hardening tests lack " → " between the case tried and what the product does:\n  ${bad.join("\n  ")}`,
    );
  return rows;
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s+/g, " ");

export function render(rows: Row[]): string {
  const areas = new Map<string, Row[]>();
  for (const r of rows) areas.set(r.area, [...(areas.get(r.area) ?? []), r]);
  const out = [
    "# Robustness: what we tried, and what the product does",
    "",
    "Every row below is a test in `test/hardening/`: the case tried is the part of the",
    "test's title before ` → `, the behaviour the part after it. This page is generated",
    "from the test titles (not kept by hand): run `npm run docs:robustness` after adding",
    "or renaming a test; `test/docs/robustness-doc.test.ts` fails when it is out of date.",
    "",
  ];
  for (const [area, list] of [...areas].sort(([a], [b]) => a.localeCompare(b, "en"))) {
    out.push(`## ${area}`, "", "| case tried | what the product does | test file |", "|---|---|---|");
    list.sort((a, b) => a.file.localeCompare(b.file, "en"));
    for (const r of list) out.push(`| ${cell(r.tried)} | ${cell(r.does)} | \`${r.file}\` |`);
    out.push("");
  }
  return out.join("\n");
}

function main(argv: string[]): number {
  const text = render(toRows(listTests()));
  if (argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(DOC, "utf8");
    } catch {}
    if (current === text) return 0;
    console.error("docs/robustness.md is out of date: run npm run docs:robustness");
    return 1;
  }
  writeFileSync(DOC, text);
  console.log(`wrote ${relative(ROOT, DOC)}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 1;
  }
}
