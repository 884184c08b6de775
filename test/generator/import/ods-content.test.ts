// content.xml edits on small hand-written documents: where repeated rows, cells and columns
// are split, what a written cell keeps, and the styles a date, a header or a hidden tab gets.
import { describe, expect, it } from "vitest";
import type { TabEdit } from "../../../core/import/index.ts";
import { editContent } from "../../../generator/import/ods-write.ts";

const doc = (styles: string, tables: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document-content><office:automatic-styles>${styles}</office:automatic-styles><office:body><office:spreadsheet>${tables}<table:named-expressions/></office:spreadsheet></office:body></office:document-content>`;

const COMMON = `<office:document-styles><office:styles><number:date-style style:name="N37"><number:day/></number:date-style><style:style style:name="Default" style:family="table-cell"/><style:style style:name="Dated" style:family="table-cell" style:data-style-name="N37"/></office:styles></office:document-styles>`;

const edit = (tab: string, cells: TabEdit["cells"], more: Partial<TabEdit> = {}): TabEdit => ({
  tab,
  create: false,
  headers: new Map(),
  hidden: [],
  cells,
  ...more,
});

/** The text between `<office:spreadsheet>` and the named expressions. */
const tables = (xml: string) =>
  xml.slice(xml.indexOf("<office:spreadsheet>") + 20, xml.indexOf("<table:named-expressions/>"));
const autoStyles = (xml: string) =>
  xml.slice(xml.indexOf("<office:automatic-styles>") + 25, xml.indexOf("</office:automatic-styles>"));

const T = (rows: string, cols = `<table:table-column table:number-columns-repeated="3"/>`) =>
  `<table:table table:name="Data">${cols}${rows}</table:table>`;

describe("editContent", () => {
  it("splits a repeated row and a repeated cell around the one written", () => {
    const xml = doc(
      "",
      T(
        `<table:table-row table:style-name="ro1" table:number-rows-repeated="5"><table:table-cell table:style-name="ce1" table:number-columns-repeated="3"/></table:table-row>`,
      ),
    );
    const out = editContent(xml, COMMON, [edit("data", [{ row: 3, col: 1, value: 7 }])]);
    expect(tables(out)).toBe(
      T(
        `<table:table-row table:style-name="ro1" table:number-rows-repeated="2"><table:table-cell table:style-name="ce1" table:number-columns-repeated="3"/></table:table-row>` +
          `<table:table-row table:style-name="ro1"><table:table-cell table:style-name="ce1"/><table:table-cell table:style-name="ce1" office:value-type="float" office:value="7"><text:p>7</text:p></table:table-cell><table:table-cell table:style-name="ce1"/></table:table-row>` +
          `<table:table-row table:style-name="ro1" table:number-rows-repeated="2"><table:table-cell table:style-name="ce1" table:number-columns-repeated="3"/></table:table-row>`,
      ),
    );
    // Nothing to add: the automatic styles are as they were.
    expect(autoStyles(out)).toBe("");
  });

  it("adds blank rows and cells up to a write past the end, and keeps what a cell holds besides text", () => {
    const note = `<office:annotation><text:p>typed by Kim</text:p></office:annotation>`;
    const xml = doc(
      "",
      T(
        `<table:table-row><table:table-cell table:content-validation-name="val1" office:value-type="string" calcext:value-type="string">${note}<text:p>old</text:p></table:table-cell></table:table-row>`,
      ),
    );
    const out = editContent(xml, COMMON, [
      edit("Data", [
        { row: 1, col: 0, value: "a  b" },
        { row: 4, col: 2, value: "x & y\nz" },
      ]),
    ]);
    expect(tables(out)).toBe(
      T(
        `<table:table-row><table:table-cell table:content-validation-name="val1" office:value-type="string">${note}<text:p>a <text:s/>b</text:p></table:table-cell></table:table-row>` +
          `<table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>` +
          `<table:table-row><table:table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="string"><text:p>x &amp; y</text:p><text:p>z</text:p></table:table-cell></table:table-row>`,
      ),
    );
  });

  it("a date in a cell whose style shows none gets that style with an ISO date; a date style is kept", () => {
    const styles = `<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:color="#ff0000"/></style:style>`;
    const cols = `<table:table-column table:default-cell-style-name="ce1"/><table:table-column table:default-cell-style-name="Dated"/>`;
    const xml = doc(
      styles,
      T(`<table:table-row><table:table-cell table:number-columns-repeated="2"/></table:table-row>`, cols),
    );
    const date = { date: "2026-03-04" };
    const out = editContent(xml, COMMON, [
      edit("Data", [
        { row: 1, col: 0, value: date },
        { row: 1, col: 1, value: date },
      ]),
    ]);
    expect(tables(out)).toBe(
      T(
        `<table:table-row><table:table-cell table:style-name="pmDate" office:value-type="date" office:date-value="2026-03-04"><text:p>2026-03-04</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2026-03-04"><text:p>2026-03-04</text:p></table:table-cell></table:table-row>`,
        cols,
      ),
    );
    expect(autoStyles(out)).toBe(
      `${styles}<number:date-style style:name="pmIsoDate"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>` +
        `<style:style style:name="pmDate" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="pmIsoDate"><style:text-properties fo:color="#ff0000"/></style:style>`,
    );
  });

  it("a later import uses the styles an earlier one added instead of adding copies", () => {
    const xml = doc(
      "",
      T(`<table:table-row><table:table-cell table:number-columns-repeated="2"/></table:table-row>`),
    );
    const ledger = (d: string) => edit("Import ledger", [], { replace: [["Date"], [{ date: d }]] });
    const first = editContent(xml, COMMON, [
      edit("Data", [{ row: 1, col: 0, value: { date: "2026-03-04" } }]),
      ledger("2026-03-04"),
    ]);
    const second = editContent(first, COMMON, [
      edit("Data", [{ row: 2, col: 0, value: { date: "2026-03-05" } }]),
      ledger("2026-03-05"),
    ]);
    expect(autoStyles(second)).toBe(autoStyles(first));
    // pmIsoDate, the date cell style, the hidden tab and the bold header: four styles, once each.
    expect(autoStyles(first).match(/style:name=/g)).toHaveLength(4);
    expect(tables(second)).toContain(
      '<table:table-cell table:style-name="pmDate" office:value-type="date" office:date-value="2026-03-05">',
    );
  });

  it("declares on the root the namespaces it writes, when the file did not", () => {
    const xml = doc("", T(`<table:table-row><table:table-cell/></table:table-row>`)).replace(
      "<office:document-content>",
      '<office:document-content xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">',
    );
    const out = editContent(xml, COMMON, [edit("Data", [{ row: 1, col: 0, value: 1 }])]);
    const root = /<office:document-content[^>]*>/.exec(out)![0];
    expect([...root.matchAll(/ xmlns:(\w+)=/g)].map((m) => m[1])).toEqual([
      "table",
      "office",
      "style",
      "text",
      "number",
      "fo",
    ]);
  });

  it("adds office:automatic-styles before the body when the file has none, or fills an empty one", () => {
    const body = `<office:body><office:spreadsheet>${T("")}</office:spreadsheet></office:body>`;
    const ledger = edit("Import ledger", [], { create: true, replace: [["Source"]] });
    const styles = `<office:automatic-styles><style:style style:name="pmHiddenTab" style:family="table"><style:table-properties table:display="false"/></style:style><style:style style:name="pmHeader" style:family="table-cell"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style></office:automatic-styles>`;
    for (const before of ["", "<office:automatic-styles/>"]) {
      const out = editContent(`<office:document-content>${before}${body}</office:document-content>`, "", [
        ledger,
      ]);
      expect(out.slice(0, out.indexOf("<office:body>"))).toBe(
        `<office:document-content>${styles}`.replace(
          "<office:document-content>",
          '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0">',
        ),
      );
    }
  });

  it("hides a column inside a repeated run and past the last one", () => {
    const xml = doc("", T(`<table:table-row><table:table-cell/></table:table-row>`));
    const out = editContent(xml, COMMON, [edit("Data", [], { hidden: [1, 4] })]);
    expect(tables(out)).toBe(
      T(
        `<table:table-row><table:table-cell/></table:table-row>`,
        `<table:table-column/><table:table-column table:visibility="collapse"/><table:table-column/>` +
          `<table:table-column/><table:table-column table:visibility="collapse"/>`,
      ),
    );
  });

  it("adds a tab after the last one with bold headers, and the hidden ledger with its table style", () => {
    const xml = doc("", T(`<table:table-row><table:table-cell/></table:table-row>`));
    const out = editContent(xml, COMMON, [
      edit("Products", [{ row: 2, col: 0, value: "SKU-1" }], {
        create: true,
        headers: new Map([
          [0, "SKU"],
          [1, "Import key"],
        ]),
        hidden: [1],
      }),
      edit("Import ledger", [], { create: true, replace: [["Date"], [{ date: "2026-03-05" }]] }),
    ]);
    const header = (t: string) =>
      `<table:table-cell table:style-name="pmHeader" office:value-type="string"><text:p>${t}</text:p></table:table-cell>`;
    expect(tables(out)).toBe(
      T(`<table:table-row><table:table-cell/></table:table-row>`) +
        `<table:table table:name="Products"><table:table-column/><table:table-column table:visibility="collapse"/>` +
        `<table:table-row>${header("SKU")}${header("Import key")}</table:table-row>` +
        `<table:table-row><table:table-cell office:value-type="string"><text:p>SKU-1</text:p></table:table-cell></table:table-row></table:table>` +
        `<table:table table:name="Import ledger" table:style-name="pmHiddenTab"><table:table-column/>` +
        `<table:table-row>${header("Date")}</table:table-row>` +
        `<table:table-row><table:table-cell table:style-name="pmDate" office:value-type="date" office:date-value="2026-03-05"><text:p>2026-03-05</text:p></table:table-cell></table:table-row></table:table>`,
    );
    expect(autoStyles(out)).toContain(
      `<style:style style:name="pmHiddenTab" style:family="table"><style:table-properties table:display="false"/></style:style>`,
    );
  });

  it("rewrites the ledger in place, and names new styles apart from the file's own", () => {
    const styles = `<style:style style:name="pmHiddenTab" style:family="table"/>`;
    const ledger = `<table:table table:name="Import ledger" table:style-name="old"><table:table-row><table:table-cell office:value-type="string"><text:p>stale</text:p></table:table-cell></table:table-row></table:table>`;
    const xml = doc(styles, ledger + T(`<table:table-row><table:table-cell/></table:table-row>`));
    const out = editContent(xml, COMMON, [edit("Import ledger", [], { replace: [[1]] })]);
    expect(tables(out)).toBe(
      `<table:table table:name="Import ledger" table:style-name="pmHiddenTab2"><table:table-column/><table:table-row><table:table-cell table:style-name="pmHeader" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row></table:table>` +
        T(`<table:table-row><table:table-cell/></table:table-row>`),
    );
  });

  it("counts rows inside header rows and row groups, and writes past them outside the group", () => {
    const xml = doc(
      "",
      T(
        `<table:table-header-rows><table:table-row><table:table-cell/></table:table-row></table:table-header-rows>` +
          `<table:table-row-group><table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row></table:table-row-group>`,
      ),
    );
    const out = editContent(xml, COMMON, [
      edit("Data", [
        { row: 3, col: 0, value: 1 },
        { row: 4, col: 0, value: 2 },
      ]),
    ]);
    const cell = (n: number) =>
      `<table:table-row><table:table-cell office:value-type="float" office:value="${n}"><text:p>${n}</text:p></table:table-cell></table:table-row>`;
    expect(tables(out)).toBe(
      T(
        `<table:table-header-rows><table:table-row><table:table-cell/></table:table-row></table:table-header-rows>` +
          `<table:table-row-group><table:table-row><table:table-cell/></table:table-row>${cell(1)}</table:table-row-group>${cell(2)}`,
      ),
    );
  });
});
