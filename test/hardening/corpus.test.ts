// The adversarial corpus: real files in test/fixtures/adversarial/ (the .xlsx are
// written by LibreOffice from make.py's .fods via make.sh; the CSV folder by make.py),
// read through the same source adapter as the CLI (loadSource), then analyzed.
// Every expected finding and figure below is worked out by hand from make.py's data.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Analysis, analyze, MAX_TEXT } from "../../core/index.ts";
import { decodeCsv } from "../../generator/sources/csv.ts";
import { loadSource } from "../../generator/sources/index.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const DIR = join(ROOT, "test/fixtures/adversarial");

async function load(path: string): Promise<Analysis> {
  return analyze((await loadSource(path)).workbook);
}

/** Findings as [severity, code, cell or tab:row] for exact comparison. */
const findings = (a: Analysis) =>
  a.issues.map((i) => [i.severity, i.code, i.cell ?? `${i.tab}:${i.row ?? "-"}`]);

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(ROOT, "bin/postmortem.js"), ...args],
      { cwd: ROOT },
      (err, stdout, stderr) => done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("adversarial corpus: structure.xlsx (headers, merged cells, hidden and blank rows)", () => {
  let a: Analysis;
  let rawCreators: unknown[][];
  beforeAll(async () => {
    const src = await loadSource(join(DIR, "structure.xlsx"));
    rawCreators = src.workbook.tabs.find((t) => t.name === "Creators")!.values;
    a = analyze(src.workbook);
  });

  it("exact findings: duplicated Fee header, merged handle, hidden row 5, title row above Content's header, unknown 'Sales $' → six findings", () => {
    expect(findings(a)).toEqual([
      ["warning", "duplicate-header", "Creators!F1"],
      ["error", "required", "Creators!A4"],
      ["warning", "hidden-rows", "Creators!A5"],
      ["warning", "rows-excluded", "Creators:-"],
      // The title above the headers is named as such (row 3 holds them), not as an unknown column A1.
      ["error", "headers-below", "Content:3"],
      ["warning", "unknown-column", "Conversions!C1"],
    ]);
  });

  it("headers as keys, in odd case and spacing, in another order → read by name, no finding", () => {
    // handle / "  PLATFORM " / cooperation_model / "Discount  code": no missing-header on Creators.
    expect(a.issues.some((i) => i.tab === "Creators" && i.code === "missing-header")).toBe(false);
    expect(a.model.creators.map((c) => [c.handle, c.platform, c.followers])).toEqual([
      ["ann", "instagram", 1000],
      ["bob", "tiktok", 2000],
      ["dan", "instagram", 4000],
      ["eve", "x", 5000],
    ]);
  });

  it("Fee header twice (E1 fee, F1 Fee) → warning on F1, column E used: ann's fee 100, not 999", () => {
    const dup = a.issues.find((i) => i.code === "duplicate-header")!;
    expect(dup.message).toBe(
      '"fee" (column E) and "Fee" (column F) both name the Fee column; column E is used and column F is ignored.',
    );
    expect(a.model.creators.find((c) => c.handle === "ann")!.fee).toBe(100);
  });

  it("handle merged over A3:A4 → A4 read blank (as Google Sheets and .ods give it), required error on A4, row 4 left out", () => {
    // Before the fix exceljs repeated "bob" into the covered A4, giving a duplicate instead;
    // either way cyd's 300 fee is not counted.
    expect(rawCreators[2]![0]).toBe("bob");
    expect(rawCreators[3]![0]).toBeNull();
    expect(a.issues.find((i) => i.cell === "Creators!A4")!.message).toBe(
      "Handle is required; this cell is empty.",
    );
  });

  it("hidden row 5 (dan) and 10,000 blank rows before eve at row 10006 → both read, blank rows skipped, row 5 named as hidden", () => {
    expect(rawCreators.length).toBe(10006);
    expect(a.issues.find((i) => i.code === "hidden-rows")!.message).toBe(
      "Row 5 of Creators is hidden or filtered out of view, but it is still counted in the KPIs; to leave it out, delete the row or set its Status to declined.",
    );
    expect(a.model.creators.map((c) => c.row)).toEqual([2, 3, 5, 10006]);
    // Creators 4; creator cost ann 100 + bob 200 + dan 50 + eve 10 = 360.
    expect(a.model.totals.creators).toBe(4);
    expect(a.model.totals.creator_cost).toBe(360);
    expect(a.model.totals.total_cost).toBe(360);
  });

  it("Content's header in row 3 below a title row, without Published → one error naming row 3, the 2 rows above and Published; no posts", () => {
    const m = a.issues.find((i) => i.tab === "Content" && i.severity === "error")!;
    expect([m.code, m.row]).toEqual(["headers-below", 3]);
    expect(m.message).toBe(
      'The Content tab\'s headers are in row 3, not row 1, and lack "Published", so its rows cannot be read; delete the 2 rows above them and add the missing columns.',
    );
    // The title's cells are not reported as unknown columns one by one.
    expect(a.issues.filter((i) => i.tab === "Content")).toHaveLength(1);
    expect(a.model.posts).toEqual([]);
    expect(a.model.totals.impressions).toBeNull();
  });

  it("Conversions' Revenue renamed to an unknown 'Sales $', Orders absent → column ignored with a warning, revenue not measured", () => {
    expect(a.issues.find((i) => i.cell === "Conversions!C1")!.message).toBe(
      'Column "Sales $" in Conversions!C1 is not a column of this tab and is ignored.',
    );
    // Orders and Revenue are optional headers: the tab is read, the figures are null, not 0.
    expect(a.model.totals.revenue).toBeNull();
    expect(a.model.totals.orders).toBeNull();
    expect(a.model.totals.roas).toBeNull();
  });

  it("postmortem validate structure.xlsx → exit 1, one line per finding naming tab, row and cell", async () => {
    const r = await runCli(["validate", join(DIR, "structure.xlsx")]);
    expect(r.code).toBe(1);
    const out = r.stdout + r.stderr;
    expect(out).toContain("Creators!A4: error: Handle is required; this cell is empty. [required]");
    expect(out).toContain("Creators!A5: warning: Row 5 of Creators is hidden or filtered out of view,");
    expect(out).toContain("structure.xlsx: 2 errors, 4 warnings.");
  });
});

describe("adversarial corpus: values.xlsx (locales, rates, dates, extremes, errors, duplicates, RTL)", () => {
  let a: Analysis;
  beforeAll(async () => {
    a = await load(join(DIR, "values.xlsx"));
  });

  it("exact findings of the whole workbook → 19 findings, errors on their cells", () => {
    expect(findings(a)).toEqual([
      ["error", "duplicate", "Creators!A3"],
      ["warning", "foreign-currency", "Creators!F4"],
      ["warning", "percent-points", "Creators!I4"],
      ["error", "negative", "Creators!D6"],
      ["error", "too-large", "Creators!D7"],
      ["error", "cell-error", "Creators!D8"],
      ["error", "cell-error", "Creators!F8"],
      ["error", "cell-error", "Creators!G8"],
      ["error", "cell-error", "Creators!H8"],
      ["error", "cell-error", "Creators!I8"],
      ["warning", "rows-excluded", "Creators:-"],
      ["warning", "ambiguous-date", "Content!C3"],
      ["error", "cell-error", "Content!D6"],
      ["error", "cell-error", "Content!E6"],
      ["error", "cell-error", "Content!F6"],
      ["warning", "rows-excluded", "Content:-"],
      ["error", "code-creator-mismatch", "Conversions!C4"],
      ["error", "cell-error", "Conversions!D5"],
      ["warning", "rows-excluded", "Conversions:-"],
    ]);
    // the tab's summary comes after the cell findings that caused it
    expect(a.issues[10]!.message).toBe(
      "4 rows of Creators have errors and are left out of the KPIs (rows 3, 6, 7, 8).",
    );
  });

  it("numbers as text: '12,000', '$1,234.50', '€ 100', '1.2k', '12 500', '1.234,5' → 12000, 1234.5, 100, 1200, 12500, 1234.5", () => {
    expect(a.model.creators.map((c) => [c.handle, c.followers, c.fee])).toEqual([
      ["ann", 12000, 1234.5],
      ["bob", 1200, 100],
      ["cyd", 12500, 1234.5],
    ]);
  });

  it("'€ 100' as a Fee in a USD campaign → counted as 100, a foreign-currency warning on F4 naming both currencies", () => {
    expect(a.issues.find((i) => i.cell === "Creators!F4")!.message).toBe(
      'Fee "€ 100" is in EUR, not the campaign currency USD; it is counted as 100 USD. Convert it to USD.',
    );
  });

  it("commission 0.035 (cell), 3.5 (cell) and '3.5%' (text) → all 0.035, a percent-points warning on I4 only", () => {
    expect(a.model.creators.map((c) => c.commission_rate)).toEqual([0.035, 0.035, 0.035]);
    expect(a.issues.find((i) => i.code === "percent-points")!.message).toBe(
      'Commission rate "3.5" was read as 3.5%; type it as a fraction (0.035) or with % to be explicit.',
    );
  });

  it("dates as serial 46085, text 03/04/2026, date cell, 14:30 date-time cell → 4, 4 (warned), 5, 6 March 2026", () => {
    expect(a.model.posts.map((p) => [p.row, p.published])).toEqual([
      [2, "2026-03-04"],
      [3, "2026-03-04"],
      [4, "2026-03-05"],
      [5, "2026-03-06"],
    ]);
  });

  it("followers -5 and 1e20 → negative on D6 and too-large on D7, both rows left out", () => {
    const byCell = (c: string) => a.issues.find((i) => i.cell === c)!.message;
    expect(byCell("Creators!D6")).toBe('Followers cannot be negative; found "-5".');
    expect(byCell("Creators!D7")).toBe(
      'Followers is too large to be a campaign figure; found "100000000000000000000".',
    );
    expect(a.model.creators.some((c) => c.handle === "dee" || c.handle === "eve")).toBe(false);
  });

  it('=NA(), =1/0, =SQRT(-1), ="a"+1 and a self-referencing =I8+1 (Err:522) in every numeric column → one cell-error each', () => {
    // LibreOffice writes Err:502 (SQRT(-1)) and Err:522 (circular) to xlsx as #VALUE!.
    expect(
      a.issues.filter((i) => i.code === "cell-error" && i.tab === "Creators").map((i) => [i.cell, i.message]),
    ).toEqual([
      ["Creators!D8", "Followers holds the spreadsheet error #N/A; fix the formula or type the value."],
      ["Creators!F8", "Fee holds the spreadsheet error #DIV/0!; fix the formula or type the value."],
      ["Creators!G8", "Product cost holds the spreadsheet error #VALUE!; fix the formula or type the value."],
      [
        "Creators!H8",
        "Shipping cost holds the spreadsheet error #VALUE!; fix the formula or type the value.",
      ],
      [
        "Creators!I8",
        "Commission rate holds the spreadsheet error #VALUE!; fix the formula or type the value.",
      ],
    ]);
  });

  it("'@ANN' after 'ann' → duplicate error on A3 naming A2, the first row kept", () => {
    expect(a.issues.find((i) => i.code === "duplicate")!.message).toBe(
      'Handle "@ANN" is already used in Creators!A2; each must be unique.',
    );
  });

  it("ann's conversion carrying bob's code (circular attribution) → code-creator-mismatch on C4, row left out", () => {
    // Interpretation of "circular": spreadsheet cycles give Err:522 (above); between tabs the
    // only loop the template rules know is a row whose Creator and Discount code name different creators.
    expect(a.issues.find((i) => i.code === "code-creator-mismatch")!.message).toBe(
      'Discount code "BOB" belongs to bob, but the row names ann; fix one of them.',
    );
  });

  it("emoji, Arabic, Hebrew and Chinese names → kept byte for byte", () => {
    expect(a.model.creators.map((c) => c.name)).toEqual(["أحمد 🌟", "שרה 👩‍💻", "李小龙"]);
  });

  it("key figures → 3 creators, cost 2,615.7075, revenue 1,334.5, 3 orders, 10,000 impressions", () => {
    const t = a.model.totals;
    expect(t.creators).toBe(3);
    // ann 1234.5 + 3.5% × 1234.5 = 1277.7075; bob 100 + 3.5% × 100 = 103.5; cyd 1234.5 (no sales).
    expect(t.creator_cost).toBeCloseTo(2615.7075, 9);
    // Revenue: ann '1,234.5' + code 'bob' (lower case) '$ 100'; rows 4 and 5 have errors.
    expect(t.revenue).toBe(1334.5);
    expect(t.orders).toBe(3);
    expect(t.unattributed_revenue).toBe(0);
    expect(t.roas).toBeCloseTo(1334.5 / 2615.7075, 12);
    // Content row 6 (errors) left out: 1000 + 2000 + 3000 + 4000; likes 100; clicks 50.
    expect(t.impressions).toBe(10000);
    expect(t.engagements).toBe(100);
    expect(t.clicks).toBe(50);
  });

  it("postmortem validate values.xlsx → exit 1 and the too-large sentence on Creators!D7", async () => {
    const r = await runCli(["validate", join(DIR, "values.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain(
      'Creators!D7: error: Followers is too large to be a campaign figure; found "100000000000000000000". [too-large]',
    );
  });
});

describe("adversarial corpus: CSV with BOM, ';' delimiter and CRLF (csv-bom-semicolon-crlf/)", () => {
  let a: Analysis;
  beforeAll(async () => {
    a = await load(join(DIR, "csv-bom-semicolon-crlf"));
  });

  it("BOM, semicolons, CRLF and da decimal commas → headers found, 2 creators, revenue 1,100", () => {
    expect(findings(a)).toEqual([
      ["error", "missing-tab", "Content:-"],
      ["warning", "ambiguous-date", "Conversions!A2"],
      ["warning", "ambiguous-date", "Conversions!A3"],
    ]);
    // ann: '12.000' → 12000, '1.234,50' → 1234.5; bob '100,5' → 100.5.
    expect(a.model.creators.map((c) => [c.handle, c.followers, c.fee])).toEqual([
      ["ann", 12000, 1234.5],
      ["bob", 2000, 100.5],
    ]);
    // Quoted field with ';' and a CRLF inside stays one cell.
    expect(a.model.creators[0]!.name).toBe("Ann; the first\r\nline two");
    // Revenue '1.000,25' + '99,75' = 1100; cost 1234.5 + 100.5 = 1335; dates read day-first (da).
    expect(a.model.totals.revenue).toBe(1100);
    expect(a.model.totals.orders).toBe(3);
    expect(a.model.totals.creator_cost).toBe(1335);
    expect(a.dataset.conversions.map((c) => c.date)).toEqual(["2026-03-05", "2026-03-06"]);
  });
});

describe("adversarial corpus: Windows-1252 and UTF-16 CSV files (csv-ansi-utf16/)", () => {
  let a: Analysis;
  beforeAll(async () => {
    a = await load(join(DIR, "csv-ansi-utf16"));
  });

  it("Creators.csv in Windows-1252, Conversions.csv in UTF-16LE with BOM → 'Zoë Café' intact, revenue 1,100", () => {
    // Before the fix: UTF-8 decoding turned ë and é into U+FFFD, and the UTF-16 tab lost its headers.
    expect(findings(a)).toEqual([
      ["error", "missing-tab", "Content:-"],
      ["warning", "ambiguous-date", "Conversions!A2"],
      ["warning", "ambiguous-date", "Conversions!A3"],
    ]);
    expect(a.model.creators.map((c) => [c.handle, c.name])).toEqual([
      ["ann", "Ann"],
      ["bob", "Zoë Café"],
    ]);
    expect(a.model.totals.revenue).toBe(1100);
    expect(a.model.totals.orders).toBe(3);
  });

  it("decodeCsv on raw bytes: UTF-8, Windows-1252, UTF-16LE and UTF-16BE with BOM → the same text", () => {
    expect(decodeCsv(new Uint8Array([0x5a, 0x6f, 0xc3, 0xab]))).toBe("Zoë");
    expect(decodeCsv(new Uint8Array([0x5a, 0x6f, 0xeb]))).toBe("Zoë");
    expect(decodeCsv(new Uint8Array([0xff, 0xfe, 0x5a, 0x00, 0xeb, 0x00]))).toBe("Zë");
    expect(decodeCsv(new Uint8Array([0xfe, 0xff, 0x00, 0x5a, 0x00, 0xeb]))).toBe("Zë");
  });
});

describe("adversarial corpus: a 5 MB cell (built from the CSV folder at test time)", () => {
  let dir: string;
  let a: Analysis;
  const big = "🙂 ".repeat(1_750_000); // 5.25 MB of UTF-8, 5,250,000 UTF-16 units
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "corpus-"));
    await cp(join(DIR, "csv-bom-semicolon-crlf"), dir, { recursive: true });
    const f = join(dir, "Creators.csv");
    const text = await readFile(f, "utf8");
    await writeFile(f, text.replace("Bob;tiktok", `${big};tiktok`), "utf8");
    a = await load(dir);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("a 5 MB Name in Creators!B3 → too-long warning on B3, first 5,000 characters kept, figures unchanged", () => {
    expect(Buffer.byteLength(big)).toBeGreaterThan(5_000_000);
    const w = a.issues.filter((i) => i.code === "too-long");
    expect(w.map((i) => [i.severity, i.cell, i.message])).toEqual([
      [
        "warning",
        "Creators!B3",
        `Name is longer than ${MAX_TEXT} characters; only the first ${MAX_TEXT} are used.`,
      ],
    ]);
    expect(a.model.creators[1]!.name).toBe(big.slice(0, MAX_TEXT).trim());
    expect(a.model.totals.creators).toBe(2);
    expect(a.model.totals.revenue).toBe(1100);
    expect(a.model.totals.creator_cost).toBe(1335);
  });
});

describe("never-silent corpus: scripts.xlsx, written by a script (exceljs) that calculates nothing", () => {
  const NS = join(DIR, "never-silent");
  let a: Analysis;
  beforeAll(async () => {
    a = await load(join(NS, "scripts.xlsx"));
  });

  it("exact findings: a Link without https://, a Fee formula never calculated, a Total row under Costs → Link warning (row kept), uncached-formula error, total-row warning", () => {
    expect(findings(a)).toEqual([
      ["warning", "not-a-url", "Creators!G2"],
      ["error", "uncached-formula", "Creators!E4"],
      ["warning", "rows-excluded", "Creators:-"],
      ["warning", "total-row", "Costs!A4"],
    ]);
    expect(a.issues[1]!.message).toContain(
      "open the file in Excel, LibreOffice or Google Sheets and save it",
    );
  });

  it("Currency €, headers Fee (€), Product<zero-width space>cost, Amount (EUR) → EUR, read as Fee, Product cost, Amount: creator cost 330, other 800", () => {
    expect(a.model.campaign.currency).toBe("EUR");
    // ann 100 + 10 (kept despite her Link), bob 200 + 20; cyd's fee is an uncached formula → row left out.
    expect(a.model.creators.map((c) => [c.handle, c.fee, c.product_cost])).toEqual([
      ["ann", 100, 10],
      ["bob", 200, 20],
    ]);
    expect(a.model.totals.creator_cost).toBe(330);
    // Costs 500 + 300; the Total row's 800 is not counted again.
    expect(a.model.totals.other_cost).toBe(800);
    expect(a.model.totals.total_cost).toBe(1130);
  });

  it("a hyperlink cell and a HYPERLINK formula in Post URL → their URLs, both posts counted", () => {
    expect(a.model.posts.map((p) => p.url)).toEqual(["https://example.com/p/1", "https://example.com/p/2"]);
    expect(a.model.totals.impressions).toBe(3000);
  });
});

describe("never-silent corpus: shared.xlsx, formulas filled down by a script (exceljs fillFormula)", () => {
  const NS = join(DIR, "never-silent");
  let a: Analysis;
  beforeAll(async () => {
    a = await load(join(NS, "shared.xlsx"));
  });

  it("exact findings: cyd's Fee copy never calculated → an error naming its own formula (C4/10, moved from C2/10), row left out; an unknown-column warning for Post ID", () => {
    expect(findings(a)).toEqual([
      ["error", "uncached-formula", "Creators!E4"],
      ["warning", "rows-excluded", "Creators:-"],
      ["warning", "unknown-column", "Content!F1"],
    ]);
    expect(a.issues[0]!.message).toContain('"=C4/10"');
  });

  it('HYPERLINK("…"&cell, label) copies → the URL of their own row: Post URL p/1, p/2, p/3, Links ?utm=ann, ?utm=bob', () => {
    expect(a.model.posts.map((p) => p.url)).toEqual([
      "https://example.com/p/1",
      "https://example.com/p/2",
      "https://example.com/p/3",
    ]);
    expect(a.dataset.creators.map((c) => [c.handle, c.link])).toEqual([
      ["ann", "https://shop.example/?utm=ann"],
      ["bob", "https://shop.example/?utm=bob"],
    ]);
    // Fees from the cached copies: ann 1000/10 = 100, bob 2000/10 = 200; impressions 1,000 + 2,000 + 3,000.
    expect(a.model.totals.creator_cost).toBe(300);
    expect(a.model.totals.impressions).toBe(6000);
  });
});

describe("never-silent corpus: CSV folders as Google Sheets names its downloads", () => {
  const NS = join(DIR, "never-silent");

  it("sheets-headers: Fee ($), Shipping cost, EUR, a typo Folowers, a bad Link, =HYPERLINK text, a Total row in Team → one finding each, figures 112 + 1,100", async () => {
    const a = await load(join(NS, "sheets-headers"));
    expect(findings(a)).toEqual([
      ["warning", "header-currency", "Creators!F1"],
      ["warning", "unknown-column", "Creators!H1"],
      ["warning", "not-a-url", "Creators!G2"],
      ["warning", "total-row", "Team!A4"],
    ]);
    expect(a.issues[1]!.message).toBe(
      'Column "Folowers" in Creators!H1 is ignored — did you mean Followers?',
    );
    // Fee ($) is Fee: ann 100 + shipping 5, bob 0 + 7 → 112; labor 10×50 + 20×30 = 1,100 (the Total row's 30 h × 80 left out).
    expect(a.model.totals.creator_cost).toBe(112);
    expect(a.model.totals.labor_cost).toBe(1100);
    expect(a.model.totals.total_cost).toBe(1212);
    expect(a.model.posts.map((p) => p.url)).toEqual(["https://example.com/p/1"]);
  });

  it("sheets-redownload: 'Spring - Conversions.csv' beside its re-download '(1)' → refused naming both", async () => {
    await expect(loadSource(join(NS, "sheets-redownload"))).rejects.toThrow(
      /2 files for the Conversions tab \("Spring - Conversions \(1\)\.csv", "Spring - Conversions\.csv"\)/,
    );
  });
});

describe("never-silent corpus: .ods formulas and links (hyperlink-formula.ods and link-cells.ods by LibreOffice, uncached-formula.ods by a script)", () => {
  const NS = join(DIR, "never-silent");

  it("HYPERLINK formulas in Link and Post URL, labelled or not → their URLs; one with a computed URL → not-a-url warning on its cell, the post kept without a URL", async () => {
    const a = await load(join(NS, "hyperlink-formula.ods"));
    expect(findings(a)).toEqual([["warning", "not-a-url", "Content!B4"]]);
    expect(a.model.creators.map((c) => [c.handle, c.link])).toEqual([
      ["ann", "https://shop.example/?utm=ann"],
      ["bob", "https://shop.example/?utm=bob"],
    ]);
    expect(a.model.posts.map((p) => [p.url, p.impressions])).toEqual([
      ["https://example.com/p/1", 1000],
      ["https://example.com/p/2", 2000],
      [null, 4000],
    ]);
    // 1,000 + 2,000 + 4,000: the third post still counts, only its URL is missing.
    expect(a.model.totals.impressions).toBe(7000);
    expect(a.model.totals.creator_cost).toBe(300);
  });

  it("cells whose text links somewhere (text:a) → the link's URL where a URL is expected, the text elsewhere (a linked handle stays 'bob')", async () => {
    const a = await load(join(NS, "link-cells.ods"));
    expect(findings(a)).toEqual([]);
    expect(a.model.creators.map((c) => [c.handle, c.link])).toEqual([
      ["ann", "https://shop.example/?utm=ann"],
      ["bob", null],
    ]);
    expect(a.model.posts.map((p) => [p.creator, p.url])).toEqual([
      ["ann", "https://example.com/p/1"],
      ["bob", "https://example.com/p/2"],
    ]);
    expect(a.model.totals.impressions).toBe(3000);
  });

  it("a Fee formula with no stored result → uncached-formula error on Creators!E4 saying how to fix it, cyd's row left out; an uncached HYPERLINK in Post URL still gives its URL", async () => {
    const a = await load(join(NS, "uncached-formula.ods"));
    expect(findings(a)).toEqual([
      ["error", "uncached-formula", "Creators!E4"],
      ["warning", "rows-excluded", "Creators:-"],
    ]);
    expect(a.issues[0]!.message).toBe(
      'Fee holds the formula "=C4*0.1" with no stored result (the file was written by a program that never calculated it); open the file in Excel, LibreOffice or Google Sheets and save it, then read it again.',
    );
    // ann 100 + bob 200; cyd's fee cannot be read, so her row is not counted at 0.
    expect(a.model.creators.map((c) => [c.handle, c.fee])).toEqual([
      ["ann", 100],
      ["bob", 200],
    ]);
    expect(a.model.totals.creator_cost).toBe(300);
    expect(a.model.posts.map((p) => p.url)).toEqual(["https://example.com/p/1"]);
  });
});
