// present → .xlsx: the campaign template for people without Google Sheets, derived
// from the core schema (headers, widths, number formats, drop-downs, header notes,
// frozen header row) and the standard retrospective questions, optionally filled
// with a workbook's rows (the bundled sample).
import ExcelJS from "exceljs";
import {
  type ColumnMeta,
  findTab,
  GOAL_KPIS,
  headerKey,
  headerNote,
  kindSheetFormat,
  moneyFormat,
  type RawWorkbook,
  STANDARD_QUESTIONS,
  TAB_LIST,
  type TabDef,
} from "../../core/index.ts";
import { addHowToTab } from "./howto.ts";

/** Rows of a table tab the template formats and validates (data rows beyond it stay plain). */
export const TEMPLATE_ROWS = 1000;

export { headerNote, moneyFormat };

export function numberFormat(meta: ColumnMeta, currency: string): string | undefined {
  return kindSheetFormat(meta.kind, moneyFormat(currency)) ?? undefined;
}

const LONG_TEXT = new Set(["item", "answer", "note", "impact", "description"]);

export function columnWidth(meta: ColumnMeta): number {
  if (LONG_TEXT.has(meta.key)) return 60;
  const byKind: Partial<Record<ColumnMeta["kind"], number>> = {
    url: 40,
    tags: 30,
    text: 22,
    date: 12,
    rate: 14,
    money: 14,
    count: 13,
    enum: 18,
    thresholds: 32,
  };
  return Math.max(byKind[meta.kind] ?? 14, meta.header.length + 3);
}

/**
 * How a drop-down shows an enum key: `fixed_fee` → "Fixed fee". The core reads it
 * back to the key (its enum lookup ignores case and treats spaces as `_`).
 */
export function enumLabel(key: string): string {
  const words = key.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The sans font of every cell, headers included (LibreOffice's default is a serif). */
export const TEMPLATE_FONT = "Arial";
/** Header fill of a required column; optional ones get HEADER_FILL. */
const REQUIRED_FILL = "FFFBD38D";
const HEADER_FILL = "FFE8EEF4";

/** The hidden tab holding drop-down lists too long for Excel's inline form (the goal KPIs). */
export const LISTS_TAB = "Lists";

/** Long lists, one column each of the hidden Lists tab (the readers ignore that tab). */
class LongLists {
  private readonly cols: string[][] = [];
  /** An absolute reference to `values` on the Lists tab. */
  ref(values: readonly string[]): string {
    this.cols.push([...values]);
    const c = colLetter(this.cols.length);
    return `${LISTS_TAB}!$${c}$1:$${c}$${values.length}`;
  }
  addTo(wb: ExcelJS.Workbook): void {
    if (this.cols.length === 0) return;
    const ws = wb.addWorksheet(LISTS_TAB, { state: "hidden" });
    this.cols.forEach((values, j) => {
      values.forEach((v, i) => {
        ws.getCell(i + 1, j + 1).value = v;
      });
    });
  }
}

/** A drop-down list of `values`: inline when Excel allows it (255 characters), else on the Lists tab. */
function listValidation(keys: readonly string[], lists: LongLists): ExcelJS.DataValidation {
  const values = keys.map(enumLabel);
  const list = values.join(",");
  return {
    type: "list",
    allowBlank: true,
    formulae: [list.length > 253 ? lists.ref(values) : `"${list}"`],
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: "Not in the list",
    error: `Use one of: ${values.join(", ")}.`,
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A sample cell (text, as in the CSVs) → the typed value a user would have typed
 * into that column: numbers as numbers, rates as fractions, ISO dates as dates.
 * Everything else stays text; exceljs writes strings as strings, so text that
 * starts with = + - @ is never a formula.
 */
export function typedValue(meta: ColumnMeta, raw: unknown): ExcelJS.CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== "string") return raw as ExcelJS.CellValue;
  const s = raw.trim();
  if (s === "") return null;
  switch (meta.kind) {
    case "count":
    case "number":
    case "money":
    case "target":
      return PLAIN_NUMBER.test(s) ? Number(s) : raw;
    case "rate": {
      if (PLAIN_NUMBER.test(s)) return Number(s);
      const pct = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(s);
      return pct ? Number(pct[1]) / 100 : raw;
    }
    case "date": {
      const d = ISO_DATE.exec(s);
      return d ? new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]))) : raw;
    }
    case "enum":
      return meta.values?.includes(s) ? enumLabel(s) : raw;
    default:
      return raw;
  }
}

/** Rows of one table tab of `wb`, re-ordered to the schema's columns (others kept after them). */
function tableRows(
  def: TabDef,
  wb: RawWorkbook | undefined,
): { columns: ColumnMeta[]; extra: string[]; rows: unknown[][] } {
  const tab = wb && findTab(wb, def.name);
  if (!tab || tab.values.length === 0) return { columns: [...def.columns], extra: [], rows: [] };
  const header = (tab.values[0] ?? []).map((h) => (h === null || h === undefined ? "" : String(h)));
  const index = (m: ColumnMeta) =>
    header.findIndex((h) => headerKey(h) === headerKey(m.header) || headerKey(h) === headerKey(m.key));
  const known = def.columns.map(index);
  const extraIdx = header.map((h, i) => (h !== "" && !known.includes(i) ? i : -1)).filter((i) => i >= 0);
  const rows = tab.values
    .slice(1)
    .filter((r) => r.some((c) => c !== null && c !== undefined && String(c).trim() !== ""))
    .map((r) => [
      ...def.columns.map((m, j) => (known[j]! >= 0 ? typedValue(m, r[known[j]!]) : null)),
      ...extraIdx.map((i) => r[i] ?? null),
    ]);
  return { columns: [...def.columns], extra: extraIdx.map((i) => header[i]!), rows };
}

function styleHeader(row: ExcelJS.Row) {
  row.font = { name: TEMPLATE_FONT, bold: true };
  row.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
  row.alignment = { vertical: "middle", wrapText: true };
}

/** A required column's header (or a required field's label): orange fill, bold, and the note says so. */
function markRequired(cell: ExcelJS.Cell) {
  cell.font = { name: TEMPLATE_FONT, bold: true };
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: REQUIRED_FILL } };
}

/** Landscape, one page wide, the header row on every printed page, and the sans font in every column (set before any cell style). */
function pageSetup(ws: ExcelJS.Worksheet) {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:1",
  };
  ws.columns.forEach((c) => {
    c.font = { name: TEMPLATE_FONT };
  });
}

const colLetter = (n: number) => {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};

type ValidatedSheet = ExcelJS.Worksheet & {
  dataValidations: { add(range: string, v: ExcelJS.DataValidation): void };
};

function addCampaignTab(
  wb: ExcelJS.Workbook,
  def: TabDef,
  sample: RawWorkbook | undefined,
  currency: string,
  lists: LongLists,
) {
  const ws = wb.addWorksheet(def.name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = [
    { header: "Field", key: "field", width: 22 },
    { header: "Value", key: "value", width: 40 },
  ];
  pageSetup(ws);
  styleHeader(ws.getRow(1));
  ws.getCell("A1").note = def.description;
  const given = new Map<string, unknown>();
  const tab = sample && findTab(sample, def.name);
  for (const r of tab?.values.slice(1) ?? [])
    if (r[0] !== null && r[0] !== undefined) given.set(headerKey(String(r[0])), r[1]);
  def.columns.forEach((meta, i) => {
    const row = ws.getRow(i + 2);
    const label = row.getCell(1);
    label.value = meta.header;
    label.note = headerNote(meta);
    if (meta.required) markRequired(label);
    const cell = row.getCell(2);
    const raw = given.get(headerKey(meta.header)) ?? given.get(headerKey(meta.key));
    const fallback = Array.isArray(meta.default) ? meta.default.join(", ") : meta.default;
    cell.value = typedValue(meta, raw ?? (fallback === undefined ? null : String(fallback)));
    const fmt = numberFormat(meta, currency);
    if (fmt) cell.numFmt = fmt;
    if (meta.values) cell.dataValidation = listValidation(meta.values, lists);
  });
}

function addTableTab(
  wb: ExcelJS.Workbook,
  def: TabDef,
  sample: RawWorkbook | undefined,
  currency: string,
  lists: LongLists,
) {
  const ws = wb.addWorksheet(def.name, { views: [{ state: "frozen", ySplit: 1 }] }) as ValidatedSheet;
  const { columns, extra, rows } = tableRows(def, sample);
  ws.columns = [
    ...columns.map((m) => ({ header: m.header, key: m.key, width: columnWidth(m) })),
    ...extra.map((h) => ({ header: h, width: 16 })),
  ];
  pageSetup(ws);
  styleHeader(ws.getRow(1));
  let data = rows;
  if (!sample && def.key === "retrospective")
    data = STANDARD_QUESTIONS.map((q) => [q.section, q.item, null, null]);
  for (const r of data) ws.addRow(r);
  const last = Math.max(TEMPLATE_ROWS, data.length + 1);
  columns.forEach((meta, i) => {
    const col = ws.getColumn(i + 1);
    const head = ws.getRow(1).getCell(i + 1);
    head.note = headerNote(meta);
    if (meta.required) markRequired(head);
    const fmt = numberFormat(meta, currency);
    if (fmt) col.numFmt = fmt;
    if (LONG_TEXT.has(meta.key)) col.alignment = { wrapText: true, vertical: "top" };
    const values = def.key === "goals" && meta.key === "kpi" ? GOAL_KPIS.map((k) => k.key) : meta.values;
    if (values)
      ws.dataValidations.add(
        `${colLetter(i + 1)}2:${colLetter(i + 1)}${last}`,
        listValidation(values, lists),
      );
  });
  // The header's own cells keep the header style, not the column's number format.
  ws.getRow(1).eachCell((c) => {
    c.numFmt = "General";
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length + extra.length } };
}

/** The template workbook; with `fill`, its tabs hold that workbook's rows (the sample's). */
export function buildTemplate(fill?: RawWorkbook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "campaign-postmortem";
  const campaign = fill && findTab(fill, "Campaign");
  const currencyRow = campaign?.values.find((r) => headerKey(String(r[0] ?? "")) === "currency");
  const currency = typeof currencyRow?.[1] === "string" ? currencyRow[1] : "USD";
  const lists = new LongLists();
  addHowToTab(wb, TEMPLATE_FONT, REQUIRED_FILL);
  for (const def of TAB_LIST) {
    if (def.layout === "form") addCampaignTab(wb, def, fill, currency, lists);
    else addTableTab(wb, def, fill, currency, lists);
  }
  lists.addTo(wb);
  return wb;
}

export async function writeTemplate(path: string, fill?: RawWorkbook): Promise<void> {
  await buildTemplate(fill).xlsx.writeFile(path);
}
