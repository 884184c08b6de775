// The streaming .xlsx reader on workbooks written here, part by part, as Excel,
// LibreOffice and scripts (openpyxl) write them: exact values handed to the core,
// and bounded memory in a child process for the shapes that used to expand cell by cell.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { deflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../../core/index.ts";
import { readSheetXml, readXlsx } from "../../../generator/sources/xlsx.ts";
import { entryStream, UnpackedTooBig, zipEntries } from "../../../generator/sources/zip.ts";

const ROOT = resolve(import.meta.dirname, "../../..");
const BIN = join(ROOT, "bin/postmortem.js");
const MAXRSS_HOOK =
  "data:text/javascript,process.on('exit',()=>process.stderr.write('MAXRSS='+process.resourceUsage().maxRSS+'\\n'))";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip of deflated entries. */
async function writeZip(path: string, files: Record<string, string>): Promise<void> {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const raw = Buffer.from(text, "utf8");
    const data = deflateRawSync(raw, { level: 1 });
    const n = Buffer.from(name);
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(n.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(raw.length, 24);
    cd.writeUInt16LE(n.length, 28);
    cd.writeUInt32LE(offset, 42);
    parts.push(local, n, data);
    central.push(cd, n);
    offset += 30 + n.length + data.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  await writeFile(path, Buffer.concat([...parts, cdBytes, end]));
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface Book {
  sheets: Record<string, string>;
  sharedStrings?: string[];
  /** numFmtId of each cell style after style 0 (General). */
  styles?: number[];
  numFmts?: Record<number, string>;
  date1904?: boolean;
}

/** An .xlsx from sheet XML bodies (everything inside <worksheet>). */
async function xlsx(path: string, book: Book): Promise<string> {
  const names = Object.keys(book.sheets);
  const files: Record<string, string> = {
    "[Content_Types].xml": "<Types/>",
    "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS} xmlns:r="${REL}"><workbookPr${book.date1904 ? ' date1904="1"' : ""}/><sheets>${names
      .map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join(
        "",
      )}<Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rY" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    "xl/sharedStrings.xml": `<sst ${NS}>${(book.sharedStrings ?? []).join("")}</sst>`,
    "xl/styles.xml": `<styleSheet ${NS}><numFmts>${Object.entries(book.numFmts ?? {})
      .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`)
      .join("")}</numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/>${(
      book.styles ?? []
    )
      .map((id) => `<xf numFmtId="${id}" applyNumberFormat="1"/>`)
      .join("")}</cellXfs></styleSheet>`,
  };
  names.forEach((n, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] =
      `<worksheet ${NS} xmlns:r="${REL}">${book.sheets[n]}</worksheet>`;
  });
  await writeZip(path, files);
  return path;
}

/** A <sheetData> of rows, each cell given as raw <c> XML or a number/inline string. */
function sheetData(rows: (string | number | null)[][]): string {
  const col = (i: number) => String.fromCharCode(65 + i);
  return `<sheetData>${rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells
          .map((v, c) => {
            const ref = `${col(c)}${r + 1}`;
            if (v === null) return "";
            if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
            if (v.startsWith("<")) return v.replace("<c", `<c r="${ref}"`);
            return `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
          })
          .join("")}</row>`,
    )
    .join("")}</sheetData>`;
}

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "pm-xlsx-stream-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** `postmortem kpis FILE --json` in a child: its exit code, KPIs and peak RSS in MB. */
function kpisChild(file: string): Promise<{ code: number; json: string; rssMB: number }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ["--import", MAXRSS_HOOK, BIN, "kpis", file, "--json"],
      { cwd: dir, maxBuffer: 64 * 1024 * 1024, timeout: 600_000 },
      (err, stdout, stderr) => {
        const kb = Number(/MAXRSS=(\d+)/.exec(stderr)?.[1] ?? Number.NaN);
        done({ code: err ? Number(err.code ?? 99) : 0, json: stdout, rssMB: kb / 1024 });
      },
    );
  });
}

const CREATORS = [
  ["Handle", "Platform", "Followers", "Cooperation model", "Fee"],
  ["ann", "instagram", 1000, "fixed_fee", 500],
  ["bob", "tiktok", 2000, "fixed_fee", 300],
];
/** Peak RSS allowed to a child reading one of these workbooks: node and the CLI take ~200 MB before any cell.
 * (Slow under load: these two tests get a generous timeout; nothing here asserts a time.) */
const RSS_BOUND_MB = 350;

describe("the bytes a workbook's entries inflate to", () => {
  it("are counted against the file's budget as they are read: past it the entry's stream fails", async () => {
    const f = join(dir, "budget.zip");
    await writeZip(f, { "a.xml": "x".repeat(1000), "b.xml": "y".repeat(1000) });
    const entries = (await zipEntries(f))!;
    const zip = { path: f, unpackBudget: 1500 };
    const read = async (name: string) => {
      let n = 0;
      for await (const chunk of await entryStream(zip, entries.get(name)!)) n += (chunk as Buffer).length;
      return n;
    };
    expect(await read("a.xml")).toBe(1000);
    expect(zip.unpackBudget).toBe(500);
    await expect(read("b.xml")).rejects.toThrow(UnpackedTooBig);
  });
});

describe("shapes that used to expand cell by cell", () => {
  it("one drop-down list and one conditional format over 13 whole columns (A1:M1048576) → the 3 rows only, bounded memory", async () => {
    const f = await xlsx(join(dir, "validation.xlsx"), {
      sheets: {
        Creators: `${sheetData(CREATORS)}<conditionalFormatting sqref="A1:M1048576"><cfRule type="containsBlanks" dxfId="0" priority="1"><formula>LEN(TRIM(A1))=0</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:M1048576"><formula1>"a,b,c"</formula1></dataValidation></dataValidations>`,
      },
    });
    expect((await readXlsx(f)).tabs).toEqual([{ name: "Creators", values: CREATORS }]);
    const r = await kpisChild(f);
    expect(r.code).toBe(0);
    // Creator cost 500 + 300 = 800.
    expect(JSON.parse(r.json).totals.creator_cost).toBe(800);
    expect(r.rssMB).toBeGreaterThan(0);
    expect(r.rssMB).toBeLessThan(RSS_BOUND_MB);
  }, 600_000);

  it("1,000,000 styled empty rows (each with two styled empty cells) after the data → trimmed, bounded memory", async () => {
    const styled: string[] = [];
    for (let r = 4; r < 1_000_004; r++)
      styled.push(
        `<row r="${r}" s="1" customFormat="1" ht="20" customHeight="1"><c r="A${r}" s="1"/><c r="E${r}" s="1"/></row>`,
      );
    const data = sheetData(CREATORS).replace("</sheetData>", `${styled.join("")}</sheetData>`);
    const f = await xlsx(join(dir, "styled.xlsx"), { sheets: { Creators: data }, styles: [4] });
    expect((await readXlsx(f)).tabs[0]!.values).toEqual(CREATORS);
    const r = await kpisChild(f);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.json).totals.creator_cost).toBe(800);
    expect(r.rssMB).toBeGreaterThan(0);
    expect(r.rssMB).toBeLessThan(RSS_BOUND_MB);
  }, 600_000);
});

describe("dates", () => {
  // Styles 1–4: built-in 14 (m/d/yyyy), built-in East-Asian 57 and 58, custom 164 (yyyy"年"m"月"d"日").
  const styles = [14, 57, 58, 164];
  const numFmts = {
    164: "yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;",
    165: "#,##0.00\\ &quot;d&quot;",
  };
  const cells = (serial: number) => [
    `<c s="1"><v>${serial}</v></c>`,
    `<c s="2"><v>${serial}</v></c>`,
    `<c s="3"><v>${serial + 0.5}</v></c>`,
    `<c s="4"><v>${serial}</v></c>`,
    `<c s="5"><v>${serial}</v></c>`,
  ];

  it("1904 date system: serial 44621 in every date format → 2026-03-02 (1,462 days after the 1900 reading)", async () => {
    const f = await xlsx(join(dir, "d1904.xlsx"), {
      date1904: true,
      styles: [...styles, 165],
      numFmts,
      sheets: { Dates: sheetData([cells(44621)]) },
    });
    const [row] = (await readXlsx(f)).tabs[0]!.values;
    const day = new Date("2026-03-02T00:00:00Z");
    // 165 (`#,##0.00\ "d"`) only has a d escaped and quoted: a number.
    expect(row).toEqual([day, day, new Date("2026-03-02T12:00:00Z"), day, 44621]);
  });

  it("1900 date system: serial 46083 → 2026-03-02 in the same formats, so a built-in East-Asian date is a date", async () => {
    const f = await xlsx(join(dir, "d1900.xlsx"), {
      styles: [...styles, 165],
      numFmts,
      sheets: { Dates: sheetData([cells(46083)]) },
    });
    const day = new Date("2026-03-02T00:00:00Z");
    expect((await readXlsx(f)).tabs[0]!.values).toEqual([
      [day, day, new Date("2026-03-02T12:00:00Z"), day, 46083],
    ]);
  });

  it("a 1904 campaign's Start date in numFmt 57 → the core reads 2026-03-02, not 2022-03-01", async () => {
    const f = await xlsx(join(dir, "campaign1904.xlsx"), {
      date1904: true,
      styles: [57],
      sheets: {
        Campaign: sheetData([
          ["Field", "Value"],
          ["Campaign name", "Spring"],
          ["Start date", '<c s="1"><v>44621</v></c>'],
          ["End date", '<c s="1"><v>44648</v></c>'],
        ]),
      },
    });
    const a = analyze(await readXlsx(f));
    expect(a.model.campaign.start_date).toBe("2026-03-02");
    expect(a.model.campaign.end_date).toBe("2026-03-29");
  });

  it('t="d" ISO cells (strict OOXML) → the Date they name, a zone-less time taken at UTC', async () => {
    const f = await xlsx(join(dir, "iso.xlsx"), {
      sheets: {
        S: sheetData([['<c t="d"><v>2026-03-02</v></c>', '<c t="d"><v>2026-03-02T10:30:00</v></c>']]),
      },
    });
    expect((await readXlsx(f)).tabs[0]!.values).toEqual([
      [new Date("2026-03-02T00:00:00Z"), new Date("2026-03-02T10:30:00Z")],
    ]);
  });
});

describe("formulas, strings and other cell kinds", () => {
  let file = "";
  beforeAll(async () => {
    file = await xlsx(join(dir, "cells.xlsx"), {
      styles: [14],
      sharedStrings: [
        "<si><t>plain</t></si>",
        '<si><r><rPr><b/></rPr><t xml:space="preserve">Rich </t></r><r><t>text</t></r></si>',
        '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
        '<si><t xml:space="preserve">  a &amp; b  </t></si>',
        "<si><t/></si>",
      ],
      sheets: {
        Formulas: sheetData([
          // openpyxl/pandas: formula, no stored result (with and without an empty <v>).
          ["<c><f>SUM(C1:D1)</f></c>", "<c><f>A1*2</f><v></v></c>", 3, 4],
          // Cached results: number, string, boolean, error, date-formatted number.
          [
            "<c><f>C2+D2</f><v>7</v></c>",
            '<c t="str"><f>"a"&amp;"b"</f><v>ab</v></c>',
            '<c t="b"><f>TRUE()</f><v>1</v></c>',
            '<c t="e"><f>1/0</f><v>#DIV/0!</v></c>',
            '<c s="1"><f>DATE(2026,3,2)</f><v>46083</v></c>',
          ],
          // A shared formula: master with a result, a follower without one.
          ['<c><f t="shared" ref="A3:B3" si="0">C3*2</f><v>10</v></c>', '<c><f t="shared" si="0"/></c>', 5],
        ]),
        Strings: sheetData([
          [
            '<c t="s"><v>0</v></c>',
            '<c t="s"><v>1</v></c>',
            '<c t="s"><v>2</v></c>',
            '<c t="s"><v>3</v></c>',
            '<c t="s"><v>4</v></c>',
          ],
          [
            '<c t="inlineStr"><is><t>inline</t></is></c>',
            '<c t="inlineStr"><is><r><t>in</t></r><r><rPr><i/></rPr><t>line rich</t></r></is></c>',
            '<c t="str"><v>str cell</v></c>',
            '<c t="b"><v>0</v></c>',
            '<c t="e"><v>#N/A</v></c>',
          ],
        ]),
        Merged: `${sheetData([
          ["Handle", "Fee"],
          ["bob", 1],
          ["bob again", 2],
        ])}<mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>`,
        // A writer using a namespace prefix on every element (the OpenXML SDK can).
        Prefixed:
          '<x:sheetData xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:row r="2"><x:c r="B2"><x:v>42</x:v></x:c></x:row></x:sheetData>',
      },
    });
  });

  it("formulas by their cached result; one stored without a result → blank by default", async () => {
    const tab = (await readXlsx(file)).tabs.find((t) => t.name === "Formulas")!;
    expect(tab.values).toEqual([
      [null, null, 3, 4],
      [7, "ab", true, "#DIV/0!", new Date("2026-03-02T00:00:00Z")],
      [10, null, 5],
    ]);
  });

  it("uncachedFormula: 'formula' → such a cell is {formula} (a copy of a shared formula gets its first cell's, moved one column)", async () => {
    const tab = (await readXlsx(file, { uncachedFormula: "formula" })).tabs.find(
      (t) => t.name === "Formulas",
    )!;
    expect(tab.values[0]).toEqual([{ formula: "=SUM(C1:D1)" }, { formula: "=A1*2" }, 3, 4]);
    expect(tab.values[2]).toEqual([10, { formula: "=D3*2" }, 5]);
  });

  it("shared strings (rich runs joined, phonetic guide left out, spaces and entities kept), inline, str, boolean, error", async () => {
    const tab = (await readXlsx(file)).tabs.find((t) => t.name === "Strings")!;
    expect(tab.values).toEqual([
      ["plain", "Rich text", "東京", "  a & b  ", ""],
      ["inline", "inline rich", "str cell", false, "#N/A"],
    ]);
  });

  it("a merge A2:A3 → A3 read blank even though the file stores a value there", async () => {
    const tab = (await readXlsx(file)).tabs.find((t) => t.name === "Merged")!;
    expect(tab.values).toEqual([
      ["Handle", "Fee"],
      ["bob", 1],
      [null, 2],
    ]);
  });

  it("prefixed elements (x:row, x:c) → read; a blank row above the first value is []", async () => {
    const tab = (await readXlsx(file)).tabs.find((t) => t.name === "Prefixed")!;
    expect(tab.values).toEqual([[], [null, 42]]);
  });
});

describe("shared formulas (a formula filled down)", () => {
  const watch = (si: string, extra = "") => `<c t="str"><f t="shared" si="${si}"${extra}/><v>Watch</v></c>`;
  let file = "";
  beforeAll(async () => {
    file = await xlsx(join(dir, "shared.xlsx"), {
      sheets: {
        Campaign: sheetData([
          ["Field", "Value"],
          ["Campaign name", "Spring"],
          ["Start date", "2026-03-01"],
          ["End date", "2026-03-31"],
        ]),
        Creators: sheetData(CREATORS),
        Content: sheetData([
          ["Creator", "Post URL", "Platform", "Format", "Published", "Impressions", "Post ID"],
          [
            "ann",
            '<c t="str"><f t="shared" ref="B2:B5" si="0">HYPERLINK("https://www.instagram.com/p/"&amp;G2,"Watch")</f><v>Watch</v></c>',
            "instagram",
            "reel",
            "2026-03-03",
            '<c><f t="shared" ref="F2:F3" si="1">100*1</f><v>100</v></c>',
            "AAA",
          ],
          ["ann", watch("0"), "instagram", "reel", "2026-03-04", '<c><f t="shared" si="1"/></c>', "BBB"],
          // Saved by a script: the copy has no stored result.
          ["bob", '<c t="str"><f t="shared" si="0"/></c>', "tiktok", "video", "2026-03-05", 300, "CCC"],
          ["bob", watch("0"), "tiktok", "video", "2026-03-06", 400, "DDD"],
        ]),
      },
    });
  });

  it("each copy → its first cell's formula moved to its row: a HYPERLINK copy gives the URL its own row makes", async () => {
    const content = (await readXlsx(file, { uncachedFormula: "formula", links: "link" })).tabs.find(
      (t) => t.name === "Content",
    )!;
    expect(content.values.map((r) => r[1])).toEqual([
      "Post URL",
      { text: "Watch", hyperlink: "https://www.instagram.com/p/AAA" },
      { text: "Watch", hyperlink: "https://www.instagram.com/p/BBB" },
      { formula: '=HYPERLINK("https://www.instagram.com/p/"&G4,"Watch")' },
      { text: "Watch", hyperlink: "https://www.instagram.com/p/DDD" },
    ]);
    expect(content.values.map((r) => r[5])).toEqual(["Impressions", 100, { formula: "=100*1" }, 300, 400]);
  });

  it("through the core: the posts carry their URLs; each uncached copy is an error on its cell, never a blank", async () => {
    const a = analyze(await readXlsx(file, { uncachedFormula: "formula", links: "link" }));
    // Row 3 is left out (its Impressions cannot be read); rows 2, 4 and 5 stay.
    expect(a.model.posts.map((p) => [p.row, p.url])).toEqual([
      [2, "https://www.instagram.com/p/AAA"],
      [4, null],
      [5, "https://www.instagram.com/p/DDD"],
    ]);
    const onCopies = a.issues
      .filter((i) => i.cell === "Content!B4" || i.cell === "Content!F3")
      .map((i) => [i.cell, i.severity, i.code]);
    // Post URL is descriptive: a warning, the row stays; Impressions is a figure: an error.
    expect(onCopies).toEqual([
      ["Content!F3", "error", "uncached-formula"],
      ["Content!B4", "warning", "uncached-formula"],
    ]);
  });
});

describe("plain cells: read in one match or element by element, the same values", () => {
  // Each cell as Excel writes it (read in one match), then with its attributes in another order
  // and a space before `>` (read element by element).
  const cells = [
    '<c r="A1"><v>42</v></c>',
    '<c r="B1" s="0" t="n"><v>-1.5E-3</v></c>',
    '<c r="C1" t="b"><v>1</v></c>',
    '<c r="D1" t="e"><v>#N/A</v></c>',
    '<c r="E1" t="str"><v>plain text</v></c>',
    '<c r="F1" t="inlineStr"><is><t>inline</t></is></c>',
    '<c r="G1" t="inlineStr"><is><t xml:space="preserve"> spaced </t></is></c>',
    '<c r="H1" s="3"/>',
    '<c r="I1"><v></v></c>',
    '<c r="AB1" t="d"><v>2026-03-02</v></c>',
  ];
  const reordered = (c: string) =>
    c.replace(
      /<c r="(\w+)"((?: \w+="[^"]*")*)(\/?)>/,
      (_, ref, rest, empty) => `<c${rest} r="${ref}" ${empty}>`,
    );
  const sheet = (row: string[]) => `<sheetData><row r="1">${row.join("")}</row></sheetData>`;

  it("each plain cell → its value, and the same when its attributes are written in another order", async () => {
    const expected = [
      42,
      -0.0015,
      true,
      "#N/A",
      "plain text",
      "inline",
      " spaced ",
      null,
      null,
      ...Array(18).fill(null),
      new Date("2026-03-02T00:00:00Z"),
    ];
    expect(reordered(cells[0]!)).toBe('<c r="A1" ><v>42</v></c>');
    expect(await readSheetXml(sheet(cells))).toEqual([expected]);
    expect(await readSheetXml(sheet(cells.map(reordered)))).toEqual([expected]);
  });

  it("a text with a reference, a line break or a tab → read element by element, decoded", async () => {
    const row = [
      '<c r="A1" t="str"><v>a &amp; b</v></c>',
      '<c r="B1" t="inlineStr"><is><t>line\r\nbreak</t></is></c>',
      '<c r="C1" t="str"><v>tab\there</v></c>',
    ];
    expect(await readSheetXml(sheet(row))).toEqual([["a & b", "line\nbreak", "tab\there"]]);
  });
});
