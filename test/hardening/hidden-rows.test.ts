// Rows out of view or struck through in a file: each reader hands them to the core, which names
// the ones it counts. The workbook is written by LibreOffice from a flat .ods of the shapes a
// marketer makes: a row hidden by hand, a run of repeated rows hidden, rows an autofilter leaves
// out, and a row struck through.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze, type Analysis, type RawWorkbook } from "../../core/index.ts";
import { loadSource } from "../../generator/sources/index.ts";
import { readOds } from "../../generator/sources/ods.ts";
import { readXlsx } from "../../generator/sources/xlsx.ts";
import { FODS_NS, odsTable, SOFFICE, writtenByLibreOffice } from "../support/fods.ts";

if (!SOFFICE) console.log("skipping the LibreOffice-written hidden rows: soffice is not installed");

type Value = string | number | null;
/** A cell; `struck` in the struck-through style (a date's style struck or not). */
function cell(v: Value, struck = false): string {
  if (v === null) return "<table:table-cell/>";
  const style = (plain: string) =>
    struck ? ` table:style-name="${plain}strike"` : plain ? ` table:style-name="${plain}"` : "";
  if (typeof v === "number")
    return `<table:table-cell${style("")} office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
  if (/^\d{4}-\d\d-\d\d$/.test(v))
    return `<table:table-cell${style("cdate")} office:value-type="date" office:date-value="${v}"><text:p>${v}</text:p></table:table-cell>`;
  return `<table:table-cell${style("")} office:value-type="string"><text:p>${v}</text:p></table:table-cell>`;
}

/** A row; `visibility` as ODF says it, `repeat` copies of it, the cells `struck` (all, or by column). */
function row(
  cells: Value[],
  visibility?: "collapse" | "filter" | "visible",
  repeat?: number,
  struck: boolean | number[] = false,
): string {
  const a = `${visibility ? ` table:visibility="${visibility}"` : ""}${repeat ? ` table:number-rows-repeated="${repeat}"` : ""}`;
  const isStruck = (c: number) => (typeof struck === "boolean" ? struck : struck.includes(c));
  return `<table:table-row${a}>${cells.map((v, c) => cell(v, isStruck(c))).join("")}</table:table-row>`;
}

const table = odsTable;

/**
 * Creators: ann 2, bob 3 (hidden), cyd 4, dan 5 (hidden), eve 6 (struck through). Content: ann's
 * post 2, three copies of bob's post 3–5 (hidden), cyd's post 6 (creator and date struck, not
 * the rest), and rows 7–8 an autofilter on Format = image leaves out.
 */
const FODS = `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${FODS_NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:date-style style:name="ndate"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
<style:style style:name="cdate" style:family="table-cell" style:data-style-name="ndate"/>
<style:style style:name="strike" style:family="table-cell"><style:text-properties style:text-line-through-style="solid" style:text-line-through-type="single"/></style:style>
<style:style style:name="cdatestrike" style:family="table-cell" style:data-style-name="ndate"><style:text-properties style:text-line-through-style="solid" style:text-line-through-type="single"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>${[
  table("Campaign", [
    row(["Field", "Value"]),
    row(["Campaign name", "Hidden"]),
    row(["Start date", "2026-03-01"]),
    row(["End date", "2026-03-31"]),
    row(["Currency", "USD"]),
    row(["Objective", "sales"]),
  ]),
  table("Creators", [
    row(["Handle", "Platform", "Followers", "Cooperation model", "Fee"]),
    row(["ann", "instagram", 1000, "fixed_fee", 100]),
    row(["bob", "tiktok", 2000, "fixed_fee", 200], "collapse"),
    row(["cyd", "youtube", 3000, "fixed_fee", 300]),
    row(["dan", "instagram", 4000, "fixed_fee", 400], "collapse"),
    row(["eve", "x", 5000, "fixed_fee", 500], undefined, undefined, true),
  ]),
  table("Content", [
    row(["Creator", "Format", "Published", "Impressions"]),
    row(["ann", "image", "2026-03-02", 1000]),
    row(["bob", "image", "2026-03-03", 10], "collapse", 3),
    row(["cyd", "image", "2026-03-04", 3000], undefined, undefined, [0, 2]),
    row(["dan", "carousel", "2026-03-05", 7], "filter"),
    row(["eve", "story", "2026-03-06", 8], "filter"),
  ]),
].join("")}
<table:database-ranges><table:database-range table:name="__Anonymous_Sheet_DB__2" table:target-range-address="Content.A1:Content.D8" table:display-filter-buttons="true"><table:filter><table:filter-condition table:field-number="1" table:value="image" table:operator="="/></table:filter></table:database-range></table:database-ranges>
</office:spreadsheet></office:body>
</office:document>
`;

const hiddenOf = (wb: RawWorkbook) =>
  Object.fromEntries(wb.tabs.filter((t) => t.hiddenRows).map((t) => [t.name, t.hiddenRows]));

describe.skipIf(!SOFFICE)("hidden and struck-through rows in a workbook LibreOffice wrote", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await writtenByLibreOffice(FODS, "hidden", "pm-hidden-");
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each(["xlsx", "ods"])(
    "%s: Creators 3 and 5 and Content 3–5 (a repeated row) hidden by hand, Content 7–8 by an autofilter, Creators 6 struck through → the reader hands over those rows",
    async (ext) => {
      const wb =
        ext === "xlsx" ? await readXlsx(join(dir, "hidden.xlsx")) : await readOds(join(dir, "hidden.ods"));
      expect(hiddenOf(wb)).toEqual({ Creators: [3, 5], Content: [3, 4, 5, 7, 8] });
      const struck = wb.tabs.filter((t) => t.struckRows).map((t) => [t.name, t.struckRows]);
      expect(Object.fromEntries(struck)).toEqual({ Creators: [6] });
    },
  );

  it.each(["xlsx", "ods"])(
    "%s: the workbook analysed → one warning per tab and kind naming the rows, every figure as if they were in view",
    async (ext) => {
      const a: Analysis = analyze((await loadSource(join(dir, `hidden.${ext}`))).workbook);
      expect(a.issues.map((i) => [i.code, i.cell, i.message])).toEqual([
        [
          "hidden-rows",
          "Creators!A3",
          "2 rows of Creators are hidden or filtered out of view (rows 3 and 5), but they are still counted in the KPIs; to leave them out, delete the rows or set their Status to declined.",
        ],
        [
          "struck-rows",
          "Creators!A6",
          "Row 6 of Creators is struck through, but it is still counted in the KPIs; to leave it out, delete the row or set its Status to declined.",
        ],
        [
          "hidden-rows",
          "Content!A3",
          "5 rows of Content are hidden or filtered out of view (rows 3–5 and 7–8), but they are still counted in the KPIs; to leave them out, delete the rows.",
        ],
      ]);
      // Fees 100 + 200 + 300 + 400 + 500; impressions 1000 + 3 × 10 + 3000 + 7 + 8.
      expect(a.model.totals.creator_cost).toBe(1500);
      expect(a.model.totals.impressions).toBe(4045);
      expect(a.model.posts).toHaveLength(7);
    },
  );
});

describe(".ods rows out of view or struck through", () => {
  it("table:visibility collapse and filter, a repeated hidden run, hidden blank rows → the rows that hold values", async () => {
    const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${FODS_NS}><office:body><office:spreadsheet>${table("Creators", [
      row(["Handle", "Fee"]),
      row(["ann", 1], "collapse"),
      // A blank run, hidden: nothing to say, but it moves the rows below it.
      row([null], "collapse", 3),
      row(["bob", 2], "filter", 2),
      row(["cyd", 3], undefined, 2),
      '<table:table-row-group><table:table-row table:visibility="collapse">' +
        `${cell("dan")}${cell(4)}</table:table-row></table:table-row-group>`,
      row(["eve", 5], "visible"),
    ])}</office:spreadsheet></office:body></office:document-content>`;
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    zip.file("content.xml", content);
    const dir = await mkdtemp(join(tmpdir(), "pm-hidden-ods-"));
    try {
      const path = join(dir, "rows.ods");
      await writeFile(path, await zip.generateAsync({ type: "nodebuffer" }));
      const tab = (await readOds(path)).tabs[0]!;
      // 1 header, 2 ann, 3–5 blank, 6–7 bob, 8–9 cyd, 10 dan, 11 eve.
      expect(tab.values.map((r) => r[0] ?? null)).toEqual([
        "Handle",
        "ann",
        null,
        null,
        null,
        "bob",
        "bob",
        "cyd",
        "cyd",
        "dan",
        "eve",
      ]);
      expect(tab.hiddenRows).toEqual([2, 6, 7, 10]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("cells struck by their own style, a parent style (of content.xml or styles.xml) or their column's default → the rows whose every value is struck", async () => {
    const strike = '<style:text-properties style:text-line-through-style="solid"/>';
    const styles = [
      `<style:style style:name="ce1" style:family="table-cell">${strike}</style:style>`,
      // Inherits the strike; ce3 turns it off again.
      '<style:style style:name="ce2" style:family="table-cell" style:parent-style-name="ce1"/>',
      '<style:style style:name="ce3" style:family="table-cell" style:parent-style-name="ce1"><style:text-properties style:text-line-through-style="none"/></style:style>',
      // Inherits from a named style of styles.xml.
      '<style:style style:name="ce4" style:family="table-cell" style:parent-style-name="Cancelled"/>',
    ].join("");
    const named = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${FODS_NS}><office:styles><style:style style:name="Cancelled" style:family="table-cell">${strike}</style:style></office:styles></office:document-styles>`;
    const c = (v: string | number, style?: string) =>
      cell(v).replace("<table:table-cell", `<table:table-cell${style ? ` table:style-name="${style}"` : ""}`);
    const rows = [
      row(["Handle", "Fee"]),
      // B2 takes column B's default style.
      `<table:table-row>${c("ann", "ce2")}${c(1)}</table:table-row>`,
      `<table:table-row>${c("bob", "ce3")}${c(2, "ce1")}</table:table-row>`,
      `<table:table-row>${c("cyd", "ce1")}<table:table-cell/></table:table-row>`,
      `<table:table-row>${c("dan")}${c(4, "ce1")}</table:table-row>`,
      `<table:table-row>${c("eve", "Cancelled")}${c(5, "ce4")}</table:table-row>`,
    ];
    const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${FODS_NS}><office:automatic-styles>${styles}</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="Creators"><table:table-column/><table:table-column table:default-cell-style-name="ce1"/>${rows.join("")}</table:table></office:spreadsheet></office:body></office:document-content>`;
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    zip.file("content.xml", content);
    zip.file("styles.xml", named);
    const dir = await mkdtemp(join(tmpdir(), "pm-struck-ods-"));
    try {
      const path = join(dir, "struck.ods");
      await writeFile(path, await zip.generateAsync({ type: "nodebuffer" }));
      const tab = (await readOds(path)).tabs[0]!;
      expect(tab.values.map((r) => r[0])).toEqual(["Handle", "ann", "bob", "cyd", "dan", "eve"]);
      expect(tab.struckRows).toEqual([2, 4, 6]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
