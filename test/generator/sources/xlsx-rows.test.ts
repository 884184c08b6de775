// The fast path of the .xlsx reader: rows of plain cells read straight from the sheet XML. It must
// give what the scanner's events give, for every shape it reads or leaves, however the XML is cut.
import { describe, expect, it } from "vitest";
import { readSheetXml, readSheetXmlTab } from "../../../generator/sources/xlsx.ts";
import { plainNumber } from "../../../generator/sources/xlsx-rows.ts";

const num = (text: string) => plainNumber(text, 0, text.length);

describe("plainNumber", () => {
  it("-?digits[.digits] of up to 15 digits → the number parseFloat gives", () => {
    expect(num("46108")).toBe(46108);
    expect(num("83.64")).toBe(83.64);
    expect(num("0.1")).toBe(0.1);
    expect(num("2.675")).toBe(2.675);
    expect(num("-1.5")).toBe(-1.5);
    expect(num(".5")).toBe(0.5);
    expect(num("5.")).toBe(5);
    expect(num("007")).toBe(7);
    expect(num("123456789012345")).toBe(123456789012345);
    expect(num("0.00000000000001")).toBe(1e-14);
    expect(Object.is(num("-0"), -0)).toBe(true);
  });

  it("anything else → NaN (the reader then takes parseFloat of the text)", () => {
    for (const text of ["", "-", ".", "1e3", "+1", "1.2.3", " 1", "1234567890123456", "0.30000000000000004"])
      expect(num(text)).toBeNaN();
  });
});

describe("rows read in one pass or left to the events: the same grid", () => {
  const xml = [
    "<worksheet><sheetData>",
    '<row r="1" spans="1:4" x14ac:dyDescent="0.25"><c r="A1" t="inlineStr"><is><t>Handle</t></is></c><c r="B1"><v>83.64</v></c><c r="C1" t="b"><v>0</v></c><c r="D1" t="e"><v>#N/A</v></c></row>',
    // A formula cell between plain ones: the row is left open to the events after A2.
    '<row r="2"><c r="A2"><v>1</v></c><c r="B2"><f>A2+1</f><v>2</v></c><c r="C2"><v>3</v></c></row>',
    '<row r="3">\n  <c r="A3" t="str"><v>tab\there</v></c>\n  <c r="C3"><v>-0.5</v></c>\n</row>\n',
    '<row r="5"/>',
    // No r: the row after the last; a number parseFloat reads.
    '<row><c r="B6"><v>1e3</v></c></row>',
    '<row r="7" ht="20" customHeight="1"><c r="A7" t="inlineStr"><is><t xml:space="preserve"> a </t></is></c><c r="B7" s="0"><v>.5</v></c></row>',
    // The same row number again: its cells add to the row.
    '<row r="7"><c r="C7"><v>9</v></c></row>',
    "</sheetData></worksheet>",
  ].join("");
  const expected = [
    ["Handle", 83.64, false, "#N/A"],
    [1, 2, 3],
    ["tab\there", null, -0.5],
    [],
    [],
    [null, 1000],
    [" a ", 0.5, 9],
  ];

  it("whole → each row's values", async () => {
    expect(await readSheetXml(xml)).toEqual(expected);
  });

  it("cut into two pieces at every offset → the same values", async () => {
    for (let i = 1; i < xml.length; i++)
      expect(await readSheetXml([xml.slice(0, i), xml.slice(i)])).toEqual(expected);
  });

  it("a row tag the events refuse is refused: an attribute twice, a stray end tag", async () => {
    await expect(
      readSheetXml('<sheetData><row r="1" r="1"><c r="A1"><v>1</v></c></row></sheetData>'),
    ).rejects.toThrow(/^malformed XML: attribute r twice/);
    await expect(
      readSheetXml('<sheetData><row r="1"><c r="A1"><v>1</v></c></rows></sheetData>'),
    ).rejects.toThrow(/^malformed XML: <\/rows> closes <row>/);
  });
});

describe("hidden rows: <row hidden>, however the row is read", () => {
  const xml = [
    "<worksheet><sheetData>",
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Handle</t></is></c></row>',
    // Plain cells (one pass), as Excel writes a hidden or filtered-out row.
    '<row r="2" spans="1:2" hidden="1"><c r="A2"><v>2</v></c><c r="B2"><v>20</v></c></row>',
    // As LibreOffice writes every row, hidden or not.
    '<row r="3" customFormat="false" ht="12.8" hidden="false" customHeight="false"><c r="A3"><v>3</v></c></row>',
    '<row r="4" customFormat="false" ht="12.8" hidden="true" customHeight="false"><c r="A4"><v>4</v></c></row>',
    // A formula: the row is left to the events after A5.
    '<row r="5" hidden="1"><c r="A5"><v>5</v></c><c r="B5"><f>A5*10</f><v>50</v></c></row>',
    // Attributes in another order and spacing: the events read the tag.
    '<row  hidden="1" r="6"><c r="A6"><v>6</v></c></row>',
    '<row r="7" hidden="0"><c r="A7"><v>7</v></c></row>',
    // An empty hidden row is not handed over: it holds nothing to count.
    '<row r="8" hidden="1"/>',
    '<row r="9"><c r="A9"><v>9</v></c></row>',
    '<row r="1048577" hidden="1"><c r="A1048577"><v>1</v></c></row>',
    "</sheetData></worksheet>",
  ].join("");

  it('rows 2, 4, 5 and 6 hidden; hidden="0"/"false", an empty row and rows past the sheet\'s last are not', async () => {
    const read = await readSheetXmlTab(xml);
    expect(read.hiddenRows).toEqual([2, 4, 5, 6]);
    expect(read.values.map((r) => r[0] ?? null)).toEqual(["Handle", 2, 3, 4, 5, 6, 7, null, 9]);
  });

  it("cut into two pieces at every offset → the same rows", async () => {
    for (let i = 1; i < xml.length; i += 7)
      expect((await readSheetXmlTab([xml.slice(0, i), xml.slice(i)])).hiddenRows).toEqual([2, 4, 5, 6]);
  });

  it("a row number given again is listed once; rows out of order are sorted", async () => {
    const again =
      '<sheetData><row r="4" hidden="1"><c r="A4"><v>1</v></c></row><row r="4" hidden="1"><c r="B4"><v>2</v></c></row><row r="2" hidden="1"><c r="A2"><v>3</v></c></row></sheetData>';
    expect((await readSheetXmlTab(again)).hiddenRows).toEqual([2, 4]);
  });
});

describe("struck-through rows: every value of the row in a struck style", () => {
  // Style 1 strikes through, style 0 does not.
  const struckStyles = [false, true];
  const xml = [
    "<worksheet><sheetData>",
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Handle</t></is></c></row>',
    '<row r="2"><c r="A2" s="1"><v>2</v></c><c r="B2" s="1"><v>20</v></c></row>',
    // One value not struck: the row is not.
    '<row r="3"><c r="A3" s="1"><v>3</v></c><c r="B3"><v>30</v></c></row>',
    // A struck empty cell is no value: only A4 counts, and it is not struck.
    '<row r="4"><c r="A4"><v>4</v></c><c r="B4" s="1"/></row>',
    // Read by the events (a formula), struck all the same.
    '<row r="5"><c r="A5" s="1"><v>5</v></c><c r="B5" s="1"><f>A5*10</f><v>50</v></c></row>',
    '<row  r="6"><c r="A6" s="1"><v>6</v></c></row>',
    // Nothing but struck empty cells: no value, no row to name.
    '<row r="7"><c r="A7" s="1"/></row>',
    "</sheetData></worksheet>",
  ].join("");

  it("rows 2, 5 and 6; not a row with a value in view, nor one without values", async () => {
    expect((await readSheetXmlTab(xml, { struckStyles })).struckRows).toEqual([2, 5, 6]);
    expect((await readSheetXmlTab(xml)).struckRows).toEqual([]);
  });

  it("cut into two pieces at every offset → the same rows", async () => {
    for (let i = 1; i < xml.length; i += 7)
      expect((await readSheetXmlTab([xml.slice(0, i), xml.slice(i)], { struckStyles })).struckRows).toEqual([
        2, 5, 6,
      ]);
  });
});

describe("currency formats: the code of each cell holding a value whose style names a currency", () => {
  // Style 1 shows euros, style 2 a plain number.
  const EURO = "[$€-407]\\ #,##0.00";
  const currencyStyles = [undefined, EURO, undefined];
  const xml = [
    "<worksheet><sheetData>",
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Fee</t></is></c></row>',
    '<row r="2"><c r="A2" s="1"><v>100</v></c><c r="B2" s="2"><v>7</v></c></row>',
    // An empty cell in the euro style holds no value: not handed over.
    '<row r="3"><c r="A3" s="1"/><c r="B3" s="1"><v>8</v></c></row>',
    // Read by the events (a formula), handed over all the same.
    '<row r="5"><c r="C5" s="1"><f>A2*2</f><v>200</v></c></row>',
    "</sheetData></worksheet>",
  ].join("");
  /** [sheet row, column letter, code] of every format handed over. */
  const given = (formats: readonly (readonly (string | undefined)[] | undefined)[]) =>
    formats.flatMap((line, r) =>
      (line ?? []).flatMap((f, c) => (f === undefined ? [] : [[r + 1, String.fromCharCode(65 + c), f]])),
    );

  it("A2, B3 and C5; not the plain B2 or the empty A3; none without currency styles", async () => {
    expect(given((await readSheetXmlTab(xml, { currencyStyles })).numberFormats)).toEqual([
      [2, "A", EURO],
      [3, "B", EURO],
      [5, "C", EURO],
    ]);
    expect((await readSheetXmlTab(xml)).numberFormats).toEqual([]);
  });

  it("cut into two pieces at every offset → the same cells", async () => {
    for (let i = 1; i < xml.length; i += 7)
      expect(
        given((await readSheetXmlTab([xml.slice(0, i), xml.slice(i)], { currencyStyles })).numberFormats),
      ).toHaveLength(3);
  });
});
