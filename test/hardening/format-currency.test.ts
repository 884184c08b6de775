// Money cells formatted in another currency in a file: the reader hands over each such cell's
// format, and the core names the cells it counts as the campaign currency. The workbook is
// written by LibreOffice from a flat .ods of what a marketer makes: fees shown as euros (the €
// button) and kroner in a USD campaign, one in dollars, one plain.
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze, formatCurrency, type RawWorkbook } from "../../core/index.ts";
import { loadSource } from "../../generator/sources/index.ts";
import { readOds } from "../../generator/sources/ods.ts";
import { readXlsx } from "../../generator/sources/xlsx.ts";
import { FODS_NS, odsTable, SOFFICE, writtenByLibreOffice } from "../support/fods.ts";

if (!SOFFICE) console.log("skipping the LibreOffice-written currency formats: soffice is not installed");

type Value = string | number;
/** A cell; a number in `currency` is a currency cell in that currency's style. */
function cell(v: Value, currency?: "EUR" | "DKK" | "USD"): string {
  if (typeof v === "string")
    return `<table:table-cell office:value-type="string"><text:p>${v}</text:p></table:table-cell>`;
  if (!currency)
    return `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
  return `<table:table-cell table:style-name="c${currency}" office:value-type="currency" office:currency="${currency}" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
}
const row = (cells: string[]) => `<table:table-row>${cells.join("")}</table:table-row>`;
const plainRow = (values: Value[]) => row(values.map((v) => cell(v)));
const table = odsTable;

const currencyStyle = (name: string, symbol: string, language: string, country: string) =>
  `<number:currency-style style:name="n${name}"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/><number:text> </number:text><number:currency-symbol number:language="${language}" number:country="${country}">${symbol}</number:currency-symbol></number:currency-style>` +
  `<style:style style:name="c${name}" style:family="table-cell" style:data-style-name="n${name}"/>`;

/** Creators: ann 2 and bob 3 in euros, cyd 4 in dollars, dan 5 plain, eve 6 in Danish kroner. */
const FODS = `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${FODS_NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
${currencyStyle("EUR", "€", "de", "DE")}
${currencyStyle("DKK", "kr.", "da", "DK")}
${currencyStyle("USD", "$", "en", "US")}
</office:automatic-styles>
<office:body><office:spreadsheet>${[
  table("Campaign", [
    plainRow(["Field", "Value"]),
    plainRow(["Campaign name", "Formats"]),
    plainRow(["Start date", "2026-03-01"]),
    plainRow(["End date", "2026-03-31"]),
    plainRow(["Currency", "USD"]),
    plainRow(["Objective", "sales"]),
  ]),
  table("Creators", [
    plainRow(["Handle", "Platform", "Followers", "Cooperation model", "Fee"]),
    row([cell("ann"), cell("instagram"), cell(1000), cell("fixed_fee"), cell(100, "EUR")]),
    row([cell("bob"), cell("tiktok"), cell(2000), cell("fixed_fee"), cell(200, "EUR")]),
    row([cell("cyd"), cell("youtube"), cell(3000), cell("fixed_fee"), cell(300, "USD")]),
    row([cell("dan"), cell("instagram"), cell(4000), cell("fixed_fee"), cell(400)]),
    row([cell("eve"), cell("x"), cell(5000), cell("fixed_fee"), cell(500, "DKK")]),
  ]),
  table("Content", [
    plainRow(["Creator", "Format", "Published", "Impressions"]),
    plainRow(["ann", "image", "2026-03-02", 1000]),
  ]),
].join("")}
</office:spreadsheet></office:body>
</office:document>
`;

/** The Fee column's formats by sheet row, each read as the currency it shows. */
function feeCurrencies(wb: RawWorkbook): Record<number, string> {
  const creators = wb.tabs.find((t) => t.name === "Creators")!;
  const out: Record<number, string> = {};
  (creators.numberFormats ?? []).forEach((line, r) => {
    const f = line?.[4] && formatCurrency(line[4]);
    if (f) out[r + 1] = f.symbol;
  });
  return out;
}

describe.skipIf(!SOFFICE)("money cells formatted in another currency in a workbook LibreOffice wrote", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await writtenByLibreOffice(FODS, "formats", "pm-formats-");
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each(["xlsx", "ods"])(
    "%s: Fee cells shown as euros, dollars and kroner, one plain → the reader hands over the four currency cells' formats, no other",
    async (ext) => {
      const wb =
        ext === "xlsx" ? await readXlsx(join(dir, "formats.xlsx")) : await readOds(join(dir, "formats.ods"));
      // The .xlsx has LibreOffice's format codes (`[$€-407]`), the .ods each currency cell's ISO code.
      expect(feeCurrencies(wb)).toEqual(
        ext === "xlsx" ? { 2: "€", 3: "€", 4: "$", 6: "kr." } : { 2: "EUR", 3: "EUR", 4: "USD", 6: "DKK" },
      );
      // Only the cells whose format names a currency are handed over.
      const creators = wb.tabs.find((t) => t.name === "Creators")!;
      const given = (creators.numberFormats ?? []).flatMap((line) =>
        (line ?? []).filter((f) => f !== undefined),
      );
      expect(given).toHaveLength(4);
      expect(wb.tabs.find((t) => t.name === "Campaign")!.numberFormats).toBeUndefined();
    },
  );

  it.each(["xlsx", "ods"])(
    "%s: the workbook analysed in a USD campaign → one warning naming the euro and krone cells, every figure as read",
    async (ext) => {
      const a = analyze((await loadSource(join(dir, `formats.${ext}`))).workbook);
      expect(a.issues.map((i) => [i.code, i.cell, i.message])).toEqual([
        [
          "format-currency",
          "Creators!E2",
          "3 Fee cells of Creators are formatted in EUR and DKK, not the campaign currency USD (rows 2–3 and 6), but they are counted as USD. Convert the amounts to USD or change the cells' format.",
        ],
      ]);
      // 100 + 200 + 300 + 400 + 500, each counted as dollars.
      expect(a.model.totals.creator_cost).toBe(1500);
    },
  );
});
