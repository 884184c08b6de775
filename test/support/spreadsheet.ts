// In-memory stand-in for Apps Script's SpreadsheetApp, HtmlService and friends.
// Every service call is counted; every value write is checked against the
// add-on's rule (only computed columns, the KPIs tab, or tabs the add-on created).

type Grid<T> = T[][];
const WHITE = "#ffffff";

export class Calls {
  count = 0;
  byName = new Map<string, number>();
  hit(name: string) {
    this.count++;
    this.byName.set(name, (this.byName.get(name) ?? 0) + 1);
  }
}

function colOf(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
  return c;
}

/** "D7", "B2:B9", "D:D" → 1-based box (rows null = whole column). */
function parseA1(a1: string, maxRows: number) {
  const m = /^([A-Z]+)(\d*)(?::([A-Z]+)(\d*))?$/i.exec(a1.replace(/\$/g, ""));
  if (!m) throw new Error(`bad A1 ${a1}`);
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

export class FakeSheet {
  values: Grid<unknown> = [];
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
  }
  insertColumnsAfter(_after: number, n: number) {
    this.hit("insertColumnsAfter");
    this.maxCols += n;
    this.resize();
  }
  // ---- What a person does by hand. These are not the add-on's service calls: they are
  // not counted and not checked. They move cells as Sheets does: notes, colours,
  // formats and validations travel with their cells, column metadata with its column.

  private grids(): { g: Grid<unknown>; blank: unknown }[] {
    return [
      { g: this.values, blank: "" },
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
  /** Type `value` into a cell ("" clears it). */
  userSet(row: number, col: number, value: unknown) {
    this.values[row - 1]![col - 1] = value;
  }
  getLastRow() {
    this.hit("getLastRow");
    return this.lastRow();
  }
  lastRow() {
    for (let r = this.values.length; r > 0; r--) if (this.values[r - 1]!.some((v) => v !== "")) return r;
    return 0;
  }
  lastCol() {
    let c = 0;
    for (const r of this.values) for (let i = r.length; i > c; i--) if (r[i - 1] !== "") c = i;
    return c;
  }
  getDataRange() {
    this.hit("getDataRange");
    return new FakeRange(this, 1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastCol()));
  }
  getRange(a: number | string, col?: number, rows = 1, cols = 1) {
    this.hit("getRange");
    if (typeof a === "string") {
      const b = parseA1(a, this.maxRows);
      return new FakeRange(this, b.row, b.col, b.rows, b.cols, b.wholeColumn);
    }
    return new FakeRange(this, a, col!, rows, cols);
  }
  getRangeList(a1s: string[]) {
    this.hit("getRangeList");
    return new FakeRangeList(
      this,
      a1s.map((a) => {
        const b = parseA1(a, this.maxRows);
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
    this.hit("clearContents");
    this.ss.checkWrite(this, 1, 1, this.maxRows, this.maxCols);
    for (const r of this.values) r.fill("");
    return this;
  }
  activate() {
    this.hit("activate");
    this.ss.active = this;
    return this;
  }
  /** Sheet protections the add-on set: Sheets would show or enforce them; the fake records them. */
  protections: { description: string; warningOnly: boolean }[] = [];
  protect() {
    this.hit("protect");
    const p = { description: "", warningOnly: false };
    this.protections.push(p);
    const api = {
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
  showSheet() {
    this.hit("showSheet");
    this.hidden = false;
    return this;
  }
  isSheetHidden() {
    this.hit("isSheetHidden");
    return this.hidden;
  }
  createDeveloperMetadataFinder() {
    this.hit("createDeveloperMetadataFinder");
    let key: string | null = null;
    const finder = {
      withKey: (k: string) => {
        this.hit("withKey");
        key = k;
        return finder;
      },
      find: () => {
        this.hit("find");
        return this.colMeta.flatMap((list, i) =>
          list
            .filter((m) => key === null || m.key === key)
            .map((m) => ({
              getKey: () => m.key,
              getValue: () => m.value,
              getLocation: () => ({ getColumn: () => ({ getColumn: () => i + 1 }) }),
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

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
    readonly wholeColumn = false,
  ) {}
  private hit(n: string) {
    this.sheet.ss.calls.hit(`Range.${n}`);
  }
  private read<T>(g: Grid<T>): T[][] {
    return Array.from({ length: this.rows }, (_, r) =>
      g[this.row - 1 + r]!.slice(this.col - 1, this.col - 1 + this.cols),
    );
  }
  private write<T>(g: Grid<T>, data: T[][], checked: boolean) {
    if (data.length !== this.rows || data.some((r) => r.length !== this.cols))
      throw new Error(`data is ${data.length}×${data[0]?.length} but the range is ${this.rows}×${this.cols}`);
    if (this.row + this.rows - 1 > this.sheet.maxRows || this.col + this.cols - 1 > this.sheet.maxCols)
      throw new Error("range out of the grid");
    if (checked) this.sheet.ss.checkWrite(this.sheet, this.row, this.col, this.rows, this.cols);
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
  getValues() {
    this.hit("getValues");
    return this.read(this.sheet.values);
  }
  getNotes() {
    this.hit("getNotes");
    return this.read(this.sheet.notes);
  }
  getBackgrounds() {
    this.hit("getBackgrounds");
    return this.read(this.sheet.bgs);
  }
  setValues(v: unknown[][]) {
    this.hit("setValues");
    return this.write(this.sheet.values, v, true);
  }
  setNotes(v: string[][]) {
    this.hit("setNotes");
    return this.write(this.sheet.notes, v, false);
  }
  setBackground(c: string | null) {
    this.hit("setBackground");
    return this.write(this.sheet.bgs, this.fill(c ?? WHITE), false);
  }
  setFontWeight(_w: string) {
    this.hit("setFontWeight");
    return this;
  }
  setNumberFormat(f: string) {
    this.hit("setNumberFormat");
    return this.write(this.sheet.formats, this.fill(f), false);
  }
  setNumberFormats(f: string[][]) {
    this.hit("setNumberFormats");
    return this.write(this.sheet.formats, f, false);
  }
  setDataValidation(v: unknown) {
    this.hit("setDataValidation");
    return this.write(this.sheet.validations, this.fill(v), false);
  }
  addDeveloperMetadata(key: string, value: string) {
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

export class FakeRangeList {
  constructor(
    readonly sheet: FakeSheet,
    readonly ranges: FakeRange[],
  ) {}
  setBackground(c: string | null) {
    this.sheet.ss.calls.hit("RangeList.setBackground");
    for (const r of this.ranges)
      for (let i = 0; i < r.rows; i++)
        for (let j = 0; j < r.cols; j++) this.sheet.bgs[r.row - 1 + i]![r.col - 1 + j] = c ?? WHITE;
    return this;
  }
  setNumberFormat(f: string) {
    this.sheet.ss.calls.hit("RangeList.setNumberFormat");
    for (const r of this.ranges)
      for (let i = 0; i < r.rows; i++)
        for (let j = 0; j < r.cols; j++) this.sheet.formats[r.row - 1 + i]![r.col - 1 + j] = f;
    return this;
  }
}

export class FakeSpreadsheet {
  calls = new Calls();
  sheets: FakeSheet[] = [];
  toasts: string[] = [];
  active: FakeSheet | null = null;
  activeCell: { sheet: string; row: number; col: number } | null = null;
  /** File → Settings: Google's spellings. */
  timeZone = "Etc/UTC";
  locale = "en_US";
  getSpreadsheetTimeZone() {
    this.calls.hit("Spreadsheet.getSpreadsheetTimeZone");
    return this.timeZone;
  }
  getSpreadsheetLocale() {
    this.calls.hit("Spreadsheet.getSpreadsheetLocale");
    return this.locale;
  }
  /** Value writes outside the allowed places; the fake throws on the first one. */
  /** Size of a tab made by the add-on or by addSheet; small in fuzz tests, where grids are made by the thousand. */
  newSheetSize = { rows: 1000, cols: 26 };
  addSheet(name: string, values: unknown[][] = []) {
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
  checkWrite(sheet: FakeSheet, row: number, col: number, rows: number, cols: number) {
    if (sheet.createdByAddon) return;
    for (let c = col; c < col + cols; c++)
      if (!sheet.isComputed(c))
        throw new Error(
          `write into input cells of ${sheet.name} (column ${c}, rows ${row}–${row + rows - 1})`,
        );
  }
  getSheets() {
    this.calls.hit("Spreadsheet.getSheets");
    return [...this.sheets];
  }
  getNumSheets() {
    this.calls.hit("Spreadsheet.getNumSheets");
    return this.sheets.length;
  }
  getSheetByName(n: string) {
    this.calls.hit("Spreadsheet.getSheetByName");
    return this.sheets.find((s) => s.name === n) ?? null;
  }
  insertSheet(name: string, index?: number) {
    this.calls.hit("Spreadsheet.insertSheet");
    if (this.sheets.some((s) => s.name === name)) throw new Error(`a sheet named ${name} exists`);
    const s = new FakeSheet(this, name, this.newSheetSize.rows, this.newSheetSize.cols, true);
    this.sheets.splice(index ?? this.sheets.length, 0, s);
    return s;
  }
  toast(msg: string) {
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

/** The globals Apps Script gives a script: SpreadsheetApp, HtmlService, and a record of the UI. */
export function fakeGlobals(ss: FakeSpreadsheet) {
  const ui = {
    menus: [] as Menu[],
    alerts: [] as string[],
    sidebars: [] as string[],
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
      ui.alerts.push(msg);
    },
    showSidebar(html: { title: string }) {
      ui.sidebars.push(html.title);
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
  return {
    ui,
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ss,
      getUi: () => ui,
      newDataValidation: validation,
      DeveloperMetadataVisibility: { DOCUMENT: "DOCUMENT", PROJECT: "PROJECT" },
    },
    HtmlService: {
      createHtmlOutputFromFile: (file: string) => {
        const out = { file, title: "", setTitle: (t: string) => Object.assign(out, { title: t }) };
        return out;
      },
    },
  };
}

/** Install the fakes as globals (for the TypeScript sources); returns them. */
export function installGlobals(ss: FakeSpreadsheet) {
  const g = fakeGlobals(ss);
  Object.assign(globalThis, { SpreadsheetApp: g.SpreadsheetApp, HtmlService: g.HtmlService });
  return g;
}

// ---- Import roster: other spreadsheets by URL and ui.prompt (roster tests) ----

export interface PromptAnswer {
  button: "OK" | "CANCEL" | "CLOSE";
  text: string;
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
  const prompts: string[] = [];
  const app = g.SpreadsheetApp as Record<string, unknown>;
  app.openByUrl = (url: string) => {
    opened.push(url);
    const other = others[url];
    if (other instanceof Error) throw other;
    if (!other)
      throw new Error(
        "Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.",
      );
    return other;
  };
  Object.assign(g.ui, {
    Button: { OK: "OK", CANCEL: "CANCEL", CLOSE: "CLOSE" },
    ButtonSet: { ...g.ui.ButtonSet, OK_CANCEL: "OK_CANCEL" },
    prompt(_title: string, text: string, _buttons: string) {
      prompts.push(text);
      const a = answers.shift() ?? { button: "CANCEL", text: "" };
      return { getSelectedButton: () => a.button, getResponseText: () => a.text };
    },
  });
  return { opened, prompts };
}

/** A fake whose getUrl() carries `id`, as real spreadsheets' URLs carry theirs. */
export function spreadsheetWithId(id: string): FakeSpreadsheet {
  const ss = new FakeSpreadsheet();
  ss.getUrl = () => `https://docs.google.com/spreadsheets/d/${id}/edit`;
  return ss;
}
