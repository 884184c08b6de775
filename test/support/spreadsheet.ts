// In-memory stand-in for Apps Script's SpreadsheetApp, HtmlService, LockService and friends.
// It implements the add-on's subset of @types/google-apps-script (addon/service.ts) and behaves
// as the reference says where it matters: strings written are read like typed input in the
// spreadsheet's locale unless the cell's format is "@", getValues hands back numbers, booleans,
// Dates (midnight in the spreadsheet's zone) and "", ranges outside the grid throw, sheet names
// are unique ignoring case. Every service call is counted and costed; every value write is
// checked against the add-on's rule (only computed columns, the KPIs tab, or tabs it created).
import { readFileSync } from "node:fs";
import type {
  DeveloperMetadata,
  DeveloperMetadataFinder,
  Protection,
  Range,
  RangeList,
  RichText,
  Sheet,
  Spreadsheet,
} from "../../addon/service.ts";

type Grid<T> = T[][];
const WHITE = "#ffffff";

/** What a call costs Apps Script, by kind. */
export type CallKind = "lookup" | "read" | "write" | "flush" | "ui";

/**
 * Estimated milliseconds per call, rounded up from Google's advice that each service call is a
 * round trip and that batched getValues/setValues are the way to stay fast; not measured here
 * (Diagnostics times a read and a write on a real sheet). A read waits for the writes queued
 * before it: that wait is a flush.
 */
export const COST_MS = {
  /** getName, getRange, getSheets, getSpreadsheetLocale…: a small round trip. */
  lookup: 5,
  /** getValues, getNotes, getFormulas…: a round trip, plus per cell read. */
  read: 50,
  readPerCell: 0.002,
  /** setValues, setNotes, formats, inserts…: queued, plus per cell written. */
  write: 20,
  writePerCell: 0.005,
  /** The queued writes applied before a read can see them (or SpreadsheetApp.flush()). */
  flush: 200,
  /** toast, alert, sidebars and dialogs. */
  ui: 50,
} as const;

const READS = new Set([
  "getValues",
  "getFormulas",
  "getRichTextValues",
  "getNotes",
  "getBackgrounds",
  "getNumberFormats",
  "getLastRow",
  "find",
]);
const WRITES = new Set([
  "setValues",
  "setNotes",
  "setBackground",
  "setFontWeight",
  "setNumberFormat",
  "setNumberFormats",
  "setDataValidation",
  "addDeveloperMetadata",
  "insertRowsAfter",
  "insertColumnsAfter",
  "clearContents",
  "insertSheet",
  "deleteSheet",
  "setFrozenRows",
  "setColumnWidth",
  "protect",
  "hideSheet",
  "showSheet",
  "hideColumns",
]);
const UI = new Set(["toast", "activate", "alert", "prompt", "showSidebar", "showModalDialog"]);

export function kindOf(name: string): CallKind {
  const method = name.slice(name.indexOf(".") + 1);
  if (READS.has(method)) return "read";
  if (WRITES.has(method)) return "write";
  if (UI.has(method)) return "ui";
  return "lookup";
}

export class Calls {
  count = 0;
  byName = new Map<string, number>();
  byKind = new Map<CallKind, number>();
  /** Estimated time of the calls so far (COST_MS). */
  ms = 0;
  private pending = false;
  hit(name: string, cells = 0) {
    this.count++;
    this.byName.set(name, (this.byName.get(name) ?? 0) + 1);
    const kind = kindOf(name);
    this.add(kind);
    if (kind === "read") {
      if (this.pending) this.add("flush");
      this.pending = false;
      this.ms += COST_MS.read + cells * COST_MS.readPerCell;
    } else if (kind === "write") {
      this.pending = true;
      this.ms += COST_MS.write + cells * COST_MS.writePerCell;
    } else this.ms += COST_MS[kind];
  }
  flush() {
    this.add("flush");
    this.pending = false;
  }
  private add(kind: CallKind) {
    this.byKind.set(kind, (this.byKind.get(kind) ?? 0) + 1);
    if (kind === "flush") this.ms += COST_MS.flush;
  }
  reset() {
    this.count = 0;
    this.ms = 0;
    this.byName.clear();
    this.byKind.clear();
  }
}

// ---- Typed input: what Sheets makes of a string, in the spreadsheet's locale.

/** The instant of midnight of a calendar day in `timeZone`, as getValues hands a date cell over. */
export function zonedMidnight(y: number, m: number, d: number, timeZone: string): Date {
  const utc = Date.UTC(y, m - 1, d);
  const offset = (t: number) => {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    }).formatToParts(t);
    const get = (k: string) => Number(parts.find((p) => p.type === k)?.value);
    return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute")) - t;
  };
  const guess = utc - offset(utc);
  return new Date(utc - offset(guess));
}

interface LocaleRules {
  decimal: string;
  group: string;
  dayFirst: boolean;
  dateSep: string;
}

function rulesOf(locale: string): LocaleRules {
  const tag = locale.replace(/_/g, "-");
  const num = new Intl.NumberFormat(tag).formatToParts(12345.5);
  const date = new Intl.DateTimeFormat(tag, { timeZone: "UTC" }).formatToParts(Date.UTC(2026, 2, 4));
  const order = date.filter((p) => p.type === "day" || p.type === "month").map((p) => p.type);
  return {
    decimal: num.find((p) => p.type === "decimal")?.value ?? ".",
    group: num.find((p) => p.type === "group")?.value ?? ",",
    dayFirst: order[0] === "day",
    dateSep: date.find((p) => p.type === "literal")?.value.trim() || "/",
  };
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A string as Sheets stores it when it is typed (or written by setValues) into a cell not formatted "@". */
export function typedInput(
  text: string,
  locale: string,
  timeZone: string,
  year = 2026,
): { value: unknown; formula: string } {
  if (text.startsWith("'")) return { value: text.slice(1), formula: "" };
  if (text.startsWith("=") && text.length > 1) return { value: "", formula: text };
  const t = text.trim();
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true", formula: "" };
  const r = rulesOf(locale);
  const group = r.group.replace(/\u202f|\u00a0/g, " ");
  const g = `(?:\\d{1,3}(?:${esc(group === " " ? " " : group)}\\d{3})+|\\d+)`;
  const number = new RegExp(`^([-+]?)(${g}(?:${esc(r.decimal)}\\d+)?|${esc(r.decimal)}\\d+)(%?)$`);
  const n = number.exec(t.replace(/[\u202f\u00a0]/g, " "));
  if (n) {
    const plain = n[2]!
      .split(group === " " ? " " : r.group)
      .join("")
      .replace(r.decimal, ".");
    const v = Number(`${n[1]}${plain}`);
    return { value: n[3] ? v / 100 : v, formula: "" };
  }
  const day = (y: number, m: number, d: number) => {
    const dt = new Date(Date.UTC(y, m - 1, d));
    if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
    return { value: zonedMidnight(y, m, d, timeZone), formula: "" };
  };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? { value: text, formula: "" };
  const sep = esc(r.dateSep);
  const local = new RegExp(`^(\\d{1,2})${sep}(\\d{1,2})(?:${sep}(\\d{4})?)?$`).exec(t);
  if (local) {
    const [a, b] = [Number(local[1]), Number(local[2])];
    const y = local[3] ? Number(local[3]) : year;
    const found = r.dayFirst ? day(y, b, a) : day(y, a, b);
    if (found) return found;
  }
  return { value: text, formula: "" };
}

function colOf(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
  return c;
}

/** "D7", "B2:B9", "D:D" → 1-based box (rows null = whole column). */
function parseA1(a1: string, maxRows: number) {
  const m = /^([A-Z]+)(\d*)(?::([A-Z]+)(\d*))?$/i.exec(a1.replace(/\$/g, ""));
  if (!m) throw new Error(`Range not found: ${a1}`);
  const c1 = colOf(m[1]!);
  const c2 = m[3] ? colOf(m[3]) : c1;
  const r1 = m[2] ? Number(m[2]) : 1;
  const r2 = m[4] ? Number(m[4]) : m[2] ? r1 : maxRows;
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1, wholeColumn: !m[2] };
}

export interface Meta {
  key: string;
  value: string;
}

/** A Date of any realm (the bundle runs in a node:vm context with its own Date). */
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

export class FakeSheet implements Sheet {
  /** Stored values (numbers, strings, booleans, Dates, ""); a formula cell holds its last value. */
  values: Grid<unknown> = [];
  formulas: Grid<string> = [];
  /** The link on a cell's text ("" none), as Insert → Link sets it. */
  links: Grid<string> = [];
  notes: Grid<string> = [];
  bgs: Grid<string> = [];
  formats: Grid<string> = [];
  validations: Grid<unknown> = [];
  colMeta: Meta[][] = [];
  widths = new Map<number, number>();
  frozenRows = 0;
  hidden = false;
  maxRows: number;
  maxCols: number;
  constructor(
    readonly ss: FakeSpreadsheet,
    public name: string,
    rows = 1000,
    cols = 26,
    readonly createdByAddon = false,
  ) {
    this.maxRows = rows;
    this.maxCols = cols;
    this.resize();
  }
  private resize() {
    const fill = <T>(g: Grid<T>, v: T) => {
      while (g.length < this.maxRows) g.push([]);
      for (const r of g) while (r.length < this.maxCols) r.push(v);
    };
    fill(this.values, "");
    fill(this.formulas, "");
    fill(this.links, "");
    fill(this.notes, "");
    fill(this.bgs, WHITE);
    fill(this.formats, "");
    fill(this.validations, null);
    while (this.colMeta.length < this.maxCols) this.colMeta.push([]);
  }
  private hit(n: string) {
    this.ss.calls.hit(`Sheet.${n}`);
  }
  getName() {
    this.hit("getName");
    return this.name;
  }
  getMaxRows() {
    this.hit("getMaxRows");
    return this.maxRows;
  }
  getMaxColumns() {
    this.hit("getMaxColumns");
    return this.maxCols;
  }
  insertRowsAfter(_after: number, n: number) {
    this.hit("insertRowsAfter");
    this.maxRows += n;
    this.resize();
    return this;
  }
  insertColumnsAfter(_after: number, n: number) {
    this.hit("insertColumnsAfter");
    this.maxCols += n;
    this.resize();
    return this;
  }
  // ---- What a person does by hand. These are not the add-on's service calls: they are
  // not counted and not checked. They move cells as Sheets does: notes, colours,
  // formats and validations travel with their cells, column metadata with its column.

  private grids(): { g: Grid<unknown>; blank: unknown }[] {
    return [
      { g: this.values, blank: "" },
      { g: this.formulas, blank: "" },
      { g: this.links, blank: "" },
      { g: this.notes, blank: "" },
      { g: this.bgs, blank: WHITE },
      { g: this.formats, blank: "" },
      { g: this.validations, blank: null },
    ];
  }
  /** Insert an empty column at `col`: everything from it moves right, metadata with it. */
  insertColumnBefore(col: number) {
    for (const { g, blank } of this.grids()) for (const r of g) r.splice(col - 1, 0, blank);
    this.colMeta.splice(col - 1, 0, []);
    this.maxCols++;
  }
  /** Delete column `col` with its metadata; the columns right of it move left. */
  userDeleteColumn(col: number) {
    if (this.maxCols <= 1) return;
    for (const { g } of this.grids()) for (const r of g) r.splice(col - 1, 1);
    this.colMeta.splice(col - 1, 1);
    this.maxCols--;
  }
  /** Drag column `from` so that it becomes column `to`. */
  userMoveColumn(from: number, to: number) {
    for (const { g } of this.grids()) for (const r of g) r.splice(to - 1, 0, ...r.splice(from - 1, 1));
    this.colMeta.splice(to - 1, 0, ...this.colMeta.splice(from - 1, 1));
  }
  /** Insert an empty row at `row`; the rows from it move down. */
  userInsertRow(row: number) {
    for (const { g, blank } of this.grids()) g.splice(row - 1, 0, Array(this.maxCols).fill(blank));
    this.maxRows++;
  }
  userDeleteRow(row: number) {
    if (this.maxRows <= 1) return;
    for (const { g } of this.grids()) g.splice(row - 1, 1);
    this.maxRows--;
  }
  /** Drag row `from` so that it becomes row `to` (as a sort moves whole rows). */
  userMoveRow(from: number, to: number) {
    for (const { g } of this.grids()) g.splice(to - 1, 0, ...g.splice(from - 1, 1));
  }
  /** Store `value` in a cell as it stands ("" clears it), formula cleared. */
  userSet(row: number, col: number, value: unknown) {
    this.ss.typedOver(this, row, col);
    this.values[row - 1]![col - 1] = value;
    this.formulas[row - 1]![col - 1] = "";
    this.links[row - 1]![col - 1] = "";
  }
  /** Text with a link on it (Insert → Link), as someone leaves it. */
  userLink(row: number, col: number, text: string, url: string) {
    this.userSet(row, col, text);
    this.links[row - 1]![col - 1] = url;
  }
  /** Type `text` into a cell: read as Sheets reads typed input (the cell's "@" format keeps it text). */
  userType(row: number, col: number, text: string) {
    this.ss.typedOver(this, row, col);
    this.put(row, col, text);
  }
  /** A formula someone entered, with the value Sheets computed for it (the fake does not compute). */
  userFormula(row: number, col: number, formula: string, value: unknown) {
    this.values[row - 1]![col - 1] = value;
    this.formulas[row - 1]![col - 1] = formula;
  }
  /** One cell as setValues leaves it. */
  put(row: number, col: number, v: unknown) {
    const r = row - 1;
    const c = col - 1;
    let value: unknown = v;
    let formula = "";
    if (v === null || v === undefined) value = "";
    else if (typeof v === "string") {
      if (this.formats[r]![c] !== "@" && v !== "")
        ({ value, formula } = typedInput(v, this.ss.locale, this.ss.timeZone));
      if (isDate(value)) value = new this.ss.DateClass(value.getTime());
    } else if (isDate(v)) value = new this.ss.DateClass(v.getTime());
    else if (typeof v !== "number" && typeof v !== "boolean")
      throw new Error(`Exception: The parameters (${typeof v}) don't match the method signature.`);
    this.values[r]![c] = value;
    this.formulas[r]![c] = formula;
    this.links[r]![c] = "";
  }
  getLastRow() {
    this.hit("getLastRow");
    return this.lastRow();
  }
  lastRow() {
    for (let r = this.values.length; r > 0; r--)
      if (this.values[r - 1]!.some((v) => v !== "") || this.formulas[r - 1]!.some((f) => f !== "")) return r;
    return 0;
  }
  lastCol() {
    let c = 0;
    for (const [g, blank] of [
      [this.values, ""],
      [this.formulas, ""],
    ] as const)
      for (const r of g) for (let i = r.length; i > c; i--) if (r[i - 1] !== blank) c = i;
    return c;
  }
  getDataRange() {
    this.hit("getDataRange");
    return new FakeRange(this, 1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastCol()));
  }
  /** Sheets refuses a range that does not fit the grid. */
  private box(row: number, col: number, rows: number, cols: number) {
    if (![row, col, rows, cols].every(Number.isInteger)) throw new Error("Exception: Invalid argument");
    if (rows < 1) throw new Error("Exception: The number of rows in the range must be at least 1.");
    if (cols < 1) throw new Error("Exception: The number of columns in the range must be at least 1.");
    if (row < 1 || col < 1 || row + rows - 1 > this.maxRows || col + cols - 1 > this.maxCols)
      throw new Error("Exception: The coordinates of the range are outside the dimensions of the sheet.");
  }
  getRange(a: number | string, col?: number, rows = 1, cols = 1): FakeRange {
    this.hit("getRange");
    if (typeof a === "string") {
      const b = parseA1(a, this.maxRows);
      this.box(b.row, b.col, b.rows, b.cols);
      return new FakeRange(this, b.row, b.col, b.rows, b.cols, b.wholeColumn);
    }
    this.box(a, col ?? Number.NaN, rows, cols);
    return new FakeRange(this, a, col!, rows, cols);
  }
  getRangeList(a1s: string[]) {
    this.hit("getRangeList");
    return new FakeRangeList(
      this,
      a1s.map((a) => {
        const b = parseA1(a, this.maxRows);
        this.box(b.row, b.col, b.rows, b.cols);
        return new FakeRange(this, b.row, b.col, b.rows, b.cols);
      }),
    );
  }
  setFrozenRows(n: number) {
    this.hit("setFrozenRows");
    this.frozenRows = n;
  }
  setColumnWidth(c: number, w: number) {
    this.hit("setColumnWidth");
    this.widths.set(c, w);
    return this;
  }
  clearContents() {
    this.ss.calls.hit("Sheet.clearContents", this.maxRows * this.maxCols);
    this.ss.checkWrite(this, 1, 1, this.maxRows, this.maxCols);
    for (const r of this.values) r.fill("");
    for (const r of this.formulas) r.fill("");
    return this;
  }
  activate() {
    this.hit("activate");
    this.ss.active = this;
    return this;
  }
  /** Sheet protections the add-on set: Sheets would show or enforce them; the fake records them. */
  protections: { description: string; warningOnly: boolean }[] = [];
  protect(): Protection {
    this.hit("protect");
    const p = { description: "", warningOnly: false };
    this.protections.push(p);
    const api: Protection = {
      setDescription: (d: string) => {
        p.description = d;
        return api;
      },
      setWarningOnly: (w: boolean) => {
        p.warningOnly = w;
        return api;
      },
    };
    return api;
  }
  hideSheet() {
    this.hit("hideSheet");
    this.hidden = true;
    return this;
  }
  /** 1-based columns hidden by the add-on. */
  hiddenCols = new Set<number>();
  hideColumns(c: number) {
    this.hit("hideColumns");
    if (!Number.isInteger(c) || c < 1 || c > this.maxCols)
      throw new Error("Exception: Those columns are out of bounds.");
    this.hiddenCols.add(c);
  }
  showSheet() {
    this.hit("showSheet");
    this.hidden = false;
    return this;
  }
  isSheetHidden() {
    this.hit("isSheetHidden");
    return this.hidden;
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    this.hit("createDeveloperMetadataFinder");
    let key: string | null = null;
    const finder: DeveloperMetadataFinder = {
      withKey: (k: string) => {
        this.hit("withKey");
        key = k;
        return finder;
      },
      find: (): DeveloperMetadata[] => {
        this.hit("find");
        return this.colMeta.flatMap((list, i) =>
          list
            .filter((m) => key === null || m.key === key)
            .map((m) => ({
              getKey: () => m.key,
              getValue: () => m.value,
              getLocation: () => ({ getColumn: () => new FakeRange(this, 1, i + 1, this.maxRows, 1, true) }),
            })),
        );
      },
    };
    return finder;
  }
  /** Whether 1-based column `c` carries the add-on's computed-column marker. */
  isComputed(c: number) {
    return (this.colMeta[c - 1] ?? []).some((m) => m.key === "postmortem.computed");
  }
}

export class FakeRange implements Range {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
    readonly wholeColumn = false,
  ) {}
  private hit(n: string, cells = 0) {
    this.sheet.ss.calls.hit(`Range.${n}`, cells);
  }
  private get size() {
    return this.rows * this.cols;
  }
  private read<T>(g: Grid<T>, copy: (v: T) => T = (v) => v): T[][] {
    return Array.from({ length: this.rows }, (_, r) =>
      g[this.row - 1 + r]!.slice(this.col - 1, this.col - 1 + this.cols).map(copy),
    );
  }
  private check(data: readonly unknown[][]) {
    if (!Array.isArray(data) || data.length !== this.rows || data.some((r) => r.length !== this.cols))
      throw new Error(
        `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.rows}.`,
      );
  }
  private write<T>(g: Grid<T>, data: T[][]) {
    this.check(data);
    data.forEach((r, i) => {
      r.forEach((v, j) => {
        g[this.row - 1 + i]![this.col - 1 + j] = v;
      });
    });
    return this;
  }
  private fill<T>(v: T): T[][] {
    return Array.from({ length: this.rows }, () => Array<T>(this.cols).fill(v));
  }
  getColumn() {
    return this.col;
  }
  getValues() {
    this.hit("getValues", this.size);
    const Class = this.sheet.ss.DateClass;
    return this.read(this.sheet.values, (v) => (isDate(v) ? new Class(v.getTime()) : v));
  }
  getFormulas() {
    this.hit("getFormulas", this.size);
    return this.read(this.sheet.formulas);
  }
  /** Each cell's text with its link, as one run (Sheets gives null for a cell that is not text). */
  getRichTextValues() {
    this.hit("getRichTextValues", this.size);
    return this.read(this.sheet.values).map((row, i) =>
      row.map((v, j): RichText | null => {
        if (typeof v !== "string") return null;
        const url = this.sheet.links[this.row - 1 + i]![this.col - 1 + j] || null;
        const text: RichText = { getLinkUrl: () => url, getRuns: () => [text] };
        return text;
      }),
    );
  }
  getNotes() {
    this.hit("getNotes", this.size);
    return this.read(this.sheet.notes);
  }
  getBackgrounds() {
    this.hit("getBackgrounds", this.size);
    return this.read(this.sheet.bgs);
  }
  getNumberFormats() {
    this.hit("getNumberFormats", this.size);
    return this.read(this.sheet.formats);
  }
  setValues(v: unknown[][]) {
    this.hit("setValues", this.size);
    this.check(v);
    this.sheet.ss.checkWrite(this.sheet, this.row, this.col, this.rows, this.cols);
    v.forEach((r, i) => {
      r.forEach((x, j) => {
        this.sheet.put(this.row + i, this.col + j, x);
        this.sheet.ss.wrote(this.sheet, this.row + i, this.col + j);
      });
    });
    return this;
  }
  setNotes(v: (string | null)[][]) {
    this.hit("setNotes", this.size);
    return this.write(
      this.sheet.notes,
      v.map((r) => r.map((n) => n ?? "")),
    );
  }
  setBackground(c: string | null) {
    this.hit("setBackground", this.size);
    return this.write(this.sheet.bgs, this.fill(c ?? WHITE));
  }
  setFontWeight(_w: "bold" | "normal" | null) {
    this.hit("setFontWeight", this.size);
    return this;
  }
  setNumberFormat(f: string) {
    this.hit("setNumberFormat", this.size);
    return this.write(this.sheet.formats, this.fill(f));
  }
  setNumberFormats(f: string[][]) {
    this.hit("setNumberFormats", this.size);
    return this.write(this.sheet.formats, f);
  }
  setDataValidation(v: unknown) {
    this.hit("setDataValidation", this.size);
    return this.write(this.sheet.validations, this.fill(v));
  }
  addDeveloperMetadata(key: string, value: string, _visibility?: unknown) {
    this.hit("addDeveloperMetadata");
    if (!this.wholeColumn) throw new Error("the fake only supports column metadata");
    for (let c = this.col; c < this.col + this.cols; c++) this.sheet.colMeta[c - 1]!.push({ key, value });
    return this;
  }
  activate() {
    this.hit("activate");
    this.sheet.ss.activeCell = { sheet: this.sheet.name, row: this.row, col: this.col };
    return this;
  }
}

export class FakeRangeList implements RangeList {
  constructor(
    readonly sheet: FakeSheet,
    readonly ranges: FakeRange[],
  ) {}
  private cells() {
    return this.ranges.reduce((n, r) => n + r.rows * r.cols, 0);
  }
  private paint(g: Grid<string>, v: string) {
    for (const r of this.ranges)
      for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) g[r.row - 1 + i]![r.col - 1 + j] = v;
    return this;
  }
  setBackground(c: string | null) {
    this.sheet.ss.calls.hit("RangeList.setBackground", this.cells());
    return this.paint(this.sheet.bgs, c ?? WHITE);
  }
  setNumberFormat(f: string) {
    this.sheet.ss.calls.hit("RangeList.setNumberFormat", this.cells());
    return this.paint(this.sheet.formats, f);
  }
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export class FakeSpreadsheet implements Spreadsheet {
  calls = new Calls();
  sheets: FakeSheet[] = [];
  toasts: string[] = [];
  active: FakeSheet | null = null;
  activeCell: { sheet: string; row: number; col: number } | null = null;
  /** File → Settings: Google's spellings. */
  timeZone = "Etc/UTC";
  locale = "en_US";
  /** The Date that getValues hands back: the script's own (a node:vm context has another). */
  DateClass: DateConstructor = Date;
  /** Whether another user's script holds the document lock. */
  lockedByOther = false;
  getSpreadsheetTimeZone() {
    this.calls.hit("Spreadsheet.getSpreadsheetTimeZone");
    return this.timeZone;
  }
  getSpreadsheetLocale() {
    this.calls.hit("Spreadsheet.getSpreadsheetLocale");
    return this.locale;
  }
  /** Size of a tab made by the add-on or by addSheet; small in fuzz tests, where grids are made by the thousand. */
  newSheetSize = { rows: 1000, cols: 26 };
  /** A tab as someone left it: `values` stored as they stand (not read as typed input). */
  addSheet(name: string, values: unknown[][] = []) {
    if (this.sheets.some((s) => sameName(s.name, name))) throw new Error(`a sheet named ${name} exists`);
    const s = new FakeSheet(
      this,
      name,
      Math.max(this.newSheetSize.rows, values.length + 10),
      Math.max(this.newSheetSize.cols, ...values.map((r) => r.length + 2)),
    );
    values.forEach((r, i) => {
      r.forEach((v, j) => {
        s.values[i]![j] = v;
      });
    });
    this.sheets.push(s);
    return s;
  }
  /**
   * Import pasted export adds rows to the user's tabs: with this set, an input cell may be
   * written while it is empty (no value, no formula) or holds what the add-on wrote there,
   * never once someone typed in it.
   */
  inputWrites = false;
  private ours = new Map<FakeSheet, Set<string>>();
  wrote(sheet: FakeSheet, row: number, col: number) {
    if (!this.inputWrites || sheet.createdByAddon || sheet.isComputed(col)) return;
    const set = this.ours.get(sheet) ?? new Set<string>();
    set.add(`${row},${col}`);
    this.ours.set(sheet, set);
  }
  /** Someone typed over a cell the add-on wrote: it is theirs from now on. */
  typedOver(sheet: FakeSheet, row: number, col: number) {
    this.ours.get(sheet)?.delete(`${row},${col}`);
  }
  private writable(sheet: FakeSheet, row: number, col: number) {
    if (!this.inputWrites) return false;
    if (this.ours.get(sheet)?.has(`${row},${col}`)) return true;
    return sheet.values[row - 1]?.[col - 1] === "" && sheet.formulas[row - 1]?.[col - 1] === "";
  }
  checkWrite(sheet: FakeSheet, row: number, col: number, rows: number, cols: number) {
    if (sheet.createdByAddon) return;
    for (let c = col; c < col + cols; c++) {
      if (sheet.isComputed(c)) continue;
      for (let r = row; r < row + rows; r++)
        if (!this.writable(sheet, r, c))
          throw new Error(
            `write into input cells of ${sheet.name} (column ${c}, rows ${row}–${row + rows - 1})`,
          );
    }
  }
  getSheets() {
    this.calls.hit("Spreadsheet.getSheets");
    return [...this.sheets];
  }
  getNumSheets() {
    this.calls.hit("Spreadsheet.getNumSheets");
    return this.sheets.length;
  }
  /** Case-insensitive, as Sheets' names are unique ignoring case (an assumption Diagnostics checks). */
  /** The tab in front (the first when none was activated), as Sheets always has one. */
  getActiveSheet() {
    this.calls.hit("Spreadsheet.getActiveSheet");
    const sheet = this.active ?? this.sheets[0];
    if (!sheet) throw new Error("Exception: the spreadsheet has no sheets");
    return sheet;
  }
  getSheetByName(n: string) {
    this.calls.hit("Spreadsheet.getSheetByName");
    return this.sheets.find((s) => sameName(s.name, n)) ?? null;
  }
  insertSheet(name: string, index?: number) {
    this.calls.hit("Spreadsheet.insertSheet");
    if (this.sheets.some((s) => sameName(s.name, name)))
      throw new Error(
        `Exception: A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    const s = new FakeSheet(this, name, this.newSheetSize.rows, this.newSheetSize.cols, true);
    this.sheets.splice(index ?? this.sheets.length, 0, s);
    return s;
  }
  deleteSheet(sheet: Sheet) {
    this.calls.hit("Spreadsheet.deleteSheet");
    const at = (this.sheets as Sheet[]).indexOf(sheet);
    if (at < 0) throw new Error("Exception: Sheet not found");
    if (!this.sheets[at]!.createdByAddon)
      throw new Error(`deleted ${this.sheets[at]!.name}, a tab of the user's`);
    this.sheets.splice(at, 1);
  }
  toast(msg: string, _title?: string, _timeout?: number | null) {
    this.calls.hit("Spreadsheet.toast");
    this.toasts.push(msg);
  }
  getUrl() {
    this.calls.hit("Spreadsheet.getUrl");
    return "https://docs.google.com/spreadsheets/d/FAKE/edit";
  }
  /** Everything a user could see, for comparing two runs. */
  state() {
    return JSON.stringify(
      this.sheets.map((s) => ({
        name: s.name,
        values: s.values,
        formulas: s.formulas,
        notes: s.notes,
        bgs: s.bgs,
        formats: s.formats,
        meta: s.colMeta,
        size: [s.maxRows, s.maxCols],
      })),
    );
  }
}

export interface Menu {
  title: string;
  items: { caption: string; fn: string }[];
}

/** What HtmlService made, from a file of addon/ or an HTML string. */
export interface FakeHtml {
  file: string;
  html: string;
  title: string;
  getContent(): string;
  setTitle(t: string): FakeHtml;
  setWidth(w: number): FakeHtml;
  setHeight(h: number): FakeHtml;
}

function html(file: string, content: string): FakeHtml {
  const out: FakeHtml = {
    file,
    html: content,
    title: "",
    getContent: () => content,
    setTitle: (t) => Object.assign(out, { title: t }),
    setWidth: () => out,
    setHeight: () => out,
  };
  return out;
}

/** The globals Apps Script gives a script: SpreadsheetApp, HtmlService, LockService, and a record of the UI. */
export function fakeGlobals(ss: FakeSpreadsheet) {
  const ui = {
    menus: [] as Menu[],
    alerts: [] as string[],
    sidebars: [] as string[],
    /** Every sidebar and dialog shown, newest last. */
    shown: [] as FakeHtml[],
    dialogs: [] as string[],
    ButtonSet: { OK: "OK" },
    createAddonMenu() {
      const menu: Menu = { title: "add-on", items: [] };
      const b = {
        addItem: (caption: string, fn: string) => {
          menu.items.push({ caption, fn });
          return b;
        },
        addSeparator: () => b,
        addToUi: () => {
          ui.menus.push(menu);
        },
      };
      return b;
    },
    alert(_title: string, msg: string) {
      ss.calls.hit("Ui.alert");
      ui.alerts.push(msg);
    },
    showSidebar(out: FakeHtml) {
      ss.calls.hit("Ui.showSidebar");
      ui.sidebars.push(out.title);
      ui.shown.push(out);
    },
    showModalDialog(out: FakeHtml, title: string) {
      ss.calls.hit("Ui.showModalDialog");
      ui.dialogs.push(title);
      ui.shown.push(out);
    },
  };
  const validation = () => {
    const v: Record<string, unknown> = {};
    const b = {
      requireValueInList: (values: string[], show: boolean) => {
        v.values = values;
        v.show = show;
        return b;
      },
      setAllowInvalid: (x: boolean) => {
        v.allowInvalid = x;
        return b;
      },
      setHelpText: (t: string) => {
        v.help = t;
        return b;
      },
      build: () => ({ ...v }),
    };
    return b;
  };
  let held = false;
  const lock = {
    tryLock: (_ms: number) => {
      ss.calls.hit("Lock.tryLock");
      if (ss.lockedByOther) return false;
      held = true;
      return true;
    },
    hasLock: () => held,
    releaseLock: () => {
      ss.calls.hit("Lock.releaseLock");
      held = false;
    },
  };
  return {
    ss,
    ui,
    lock,
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ss,
      getUi: () => ui,
      flush: () => ss.calls.flush(),
      newDataValidation: validation,
      DeveloperMetadataVisibility: { DOCUMENT: "DOCUMENT", PROJECT: "PROJECT" },
    },
    HtmlService: {
      createHtmlOutputFromFile: (file: string) =>
        html(file, readFileSync(new URL(`../../addon/${file}.html`, import.meta.url), "utf8")),
      createHtmlOutput: (content: string) => html("", content),
    },
    LockService: { getDocumentLock: () => lock },
  };
}

/** Install the fakes as globals (for the TypeScript sources); returns them. */
export function installGlobals(ss: FakeSpreadsheet) {
  const g = fakeGlobals(ss);
  Object.assign(globalThis, {
    SpreadsheetApp: g.SpreadsheetApp,
    HtmlService: g.HtmlService,
    LockService: g.LockService,
  });
  return g;
}

/** The globals of fakeGlobals as a node:vm context, as Apps Script gives them to the bundle. */
export const contextGlobals = (g: ReturnType<typeof fakeGlobals>) => ({
  SpreadsheetApp: g.SpreadsheetApp,
  HtmlService: g.HtmlService,
  LockService: g.LockService,
});

// ---- Import roster: other spreadsheets by URL and ui.prompt (roster tests) ----

export interface PromptAnswer {
  button: "OK" | "CANCEL" | "CLOSE";
  text: string;
}

/** Adds ui.prompt answering from `answers` in turn (CANCEL once they run out); returns the prompts' texts. */
export function addPrompts(g: ReturnType<typeof fakeGlobals>, answers: PromptAnswer[] = []): string[] {
  const prompts: string[] = [];
  Object.assign(g.ui, {
    Button: { OK: "OK", CANCEL: "CANCEL", CLOSE: "CLOSE" },
    ButtonSet: { ...g.ui.ButtonSet, OK_CANCEL: "OK_CANCEL" },
    prompt(_title: string, text: string, _buttons: string) {
      g.ss.calls.hit("Ui.prompt");
      prompts.push(text);
      const a = answers.shift() ?? { button: "CANCEL", text: "" };
      return { getSelectedButton: () => a.button, getResponseText: () => a.text };
    },
  });
  return prompts;
}

/**
 * Adds SpreadsheetApp.openByUrl over `others` (URL → spreadsheet, or the Error the real
 * service would throw) and ui.prompt answering from `answers` in turn, to globals from fakeGlobals.
 */
export function addRosterImport(
  g: ReturnType<typeof fakeGlobals>,
  others: Record<string, FakeSpreadsheet | Error>,
  answers: PromptAnswer[] = [],
) {
  const opened: string[] = [];
  const openByUrl = (url: string): FakeSpreadsheet => {
    opened.push(url);
    const other = others[url];
    if (other instanceof Error) throw other;
    if (!other)
      throw new Error(
        "Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.",
      );
    return other;
  };
  Object.assign(g.SpreadsheetApp, { openByUrl });
  const prompts = addPrompts(g, answers);
  return { opened, prompts, openByUrl };
}

/** A fake whose getUrl() carries `id`, as real spreadsheets' URLs carry theirs. */
export function spreadsheetWithId(id: string): FakeSpreadsheet {
  const ss = new FakeSpreadsheet();
  ss.getUrl = () => `https://docs.google.com/spreadsheets/d/${id}/edit`;
  return ss;
}
