import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { OutputError } from "../../../generator/errors.ts";
import { NO_BROWSER_MESSAGE } from "../../../generator/pdf/find.ts";
import { DEFAULT_THEME, loadTheme } from "../../../generator/report/theme.ts";
import { writeReports } from "../../../generator/report/write.ts";

const run = promisify(execFile);
const SLUG = "daybreak-serum-launch-spring-2026";
const tmp = () => mkdtemp(join(tmpdir(), "pm-cmd-"));
const base = {
  sources: [],
  pageSize: "A4" as const,
  locales: [undefined],
  theme: DEFAULT_THEME,
  progress: () => {},
};

describe("writeReports", () => {
  it("writes <slug>.html and <slug>.json for the bundled sample", async () => {
    const out = await tmp();
    const r = await writeReports({ ...base, out, formats: new Set(["html", "json"]) });
    expect((await readdir(out)).sort()).toEqual([`${SLUG}.html`, `${SLUG}.json`]);
    // The sample's only findings: 18 unattributed conversion rows (warnings), no errors.
    expect(r).toMatchObject({ errors: 0, warnings: 18 });
    const json = JSON.parse(await readFile(join(out, `${SLUG}.json`), "utf8"));
    expect(json.totals.orders).toBe(4819);
    expect(Object.keys(json)).toEqual([
      "campaign",
      "totals",
      "creators",
      "posts",
      "groups",
      "products",
      "daily",
      "trend",
      "lift",
      "audience",
      "goals",
      "team",
      "issues",
      "conclusions",
    ]);
  });

  it("without a browser still writes every HTML and JSON, then fails with exit 3 saying how to get one", async () => {
    const out = await tmp();
    let launches = 0;
    const err = await writeReports({
      ...base,
      out,
      locales: ["en", "da"],
      formats: new Set(["html", "pdf", "json"]),
      launch: async () => {
        launches++;
        throw new OutputError(NO_BROWSER_MESSAGE);
      },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputError);
    expect((err as OutputError).exitCode).toBe(3);
    expect((err as Error).message).toContain("set CHROME_PATH");
    expect(launches).toBe(1);
    expect((await readdir(out)).sort()).toEqual([
      `${SLUG}-da.html`,
      `${SLUG}-da.json`,
      `${SLUG}-en.html`,
      `${SLUG}-en.json`,
    ]);
  });

  it("shares one browser across a batch", async () => {
    const out = await tmp();
    let launches = 0;
    let prints = 0;
    let closed = 0;
    await writeReports({
      ...base,
      out,
      locales: ["en", "ar", "zh-CN"],
      formats: new Set(["pdf"]),
      launch: async () => {
        launches++;
        return {
          print: async () => {
            prints++;
            return new TextEncoder().encode("%PDF-1.7\n");
          },
          close: async () => {
            closed++;
          },
        };
      },
    });
    // Each report and its data tables: two PDFs per locale.
    expect({ launches, prints, closed }).toEqual({ launches: 1, prints: 6, closed: 1 });
    expect((await readdir(out)).sort()).toEqual([
      `${SLUG}-ar-data.pdf`,
      `${SLUG}-ar.pdf`,
      `${SLUG}-en-data.pdf`,
      `${SLUG}-en.pdf`,
      `${SLUG}-zh-CN-data.pdf`,
      `${SLUG}-zh-CN.pdf`,
    ]);
  });

  it.each([
    ["inline", 1],
    ["none", 1],
  ] as const)("--appendix %s prints the report alone", async (appendix, perLocale) => {
    const out = await tmp();
    let prints = 0;
    const printed: string[] = [];
    await writeReports({
      ...base,
      out,
      appendix,
      locales: ["en"],
      formats: new Set(["pdf", "html"]),
      launch: async () => ({
        print: async (html: string) => {
          prints++;
          printed.push(html);
          return new TextEncoder().encode("%PDF-1.7\n");
        },
        close: async () => {},
      }),
    });
    expect(prints).toBe(perLocale);
    expect((await readdir(out)).sort()).toEqual([`${SLUG}.html`, `${SLUG}.pdf`]);
    // Inline: the creator table is in the printed report; none: nowhere.
    expect(printed[0]!.includes('id="s-data"')).toBe(appendix === "inline");
  });
});

describe("the report command", () => {
  it("refuses an unknown format, locale or page size with exit 2", async () => {
    for (const args of [
      ["--format", "docx"],
      ["--locale", "fr"],
      ["--page-size", "A3"],
      ["--appendix", "later"],
    ]) {
      const r = await run("node", ["bin/postmortem.js", "report", "--out", await tmp(), ...args]).catch(
        (e) => e,
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^postmortem: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("--strict exits 1 when the workbook has warnings, after writing the report", async () => {
    const out = await tmp();
    const r = await run("node", [
      "bin/postmortem.js",
      "report",
      "--out",
      out,
      "--format",
      "json",
      "--strict",
    ]).catch((e) => e);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("0 errors and 18 warnings");
    expect(await readdir(out)).toEqual([`${SLUG}.json`]);
  });

  it("off a terminal: no progress on stderr, each file written and the findings' count on stdout", async () => {
    const out = await tmp();
    const r = await run("node", ["bin/postmortem.js", "report", "--out", out, "--format", "html,json"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(
      `Wrote ${join(out, `${SLUG}.html`)}\nWrote ${join(out, `${SLUG}.json`)}\n` +
        "The workbook has 0 errors and 18 warnings; run `postmortem validate` to list them.\n",
    );
  });
});

describe("theme", () => {
  it("validates the theme file with zod and inlines the logo", async () => {
    const dir = await tmp();
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
      "base64",
    );
    await writeFile(join(dir, "logo.png"), png);
    await writeFile(
      join(dir, "theme.json"),
      JSON.stringify({ brand: "#0a7", logo: "logo.png", font: "Inter" }),
    );
    const t = await loadTheme(join(dir, "theme.json"));
    expect(t.brand).toBe("#00AA77");
    expect(t.logo).toMatch(/^data:image\/png;base64,iVBOR/);
    expect(t.font).toBe("Inter");
    await writeFile(join(dir, "bad.json"), JSON.stringify({ brand: "red", colour: "#fff" }));
    await expect(loadTheme(join(dir, "bad.json"))).rejects.toMatchObject({ exitCode: 2 });
  });
});
