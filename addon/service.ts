// The part of the Spreadsheet service the add-on calls, with the signatures of
// @types/google-apps-script. The real objects satisfy these interfaces (checked
// at the bottom), and the test fakes implement them, so a fake cannot offer a
// method or a signature that Sheets lacks.
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

/** The part of a cell's rich text the add-on reads: its link, whole or on one run. */
export interface RichText {
  getLinkUrl(): string | null;
  getRuns(): RichText[];
}

export interface Range {
  getValues(): unknown[][];
  getFormulas(): string[][];
  getRichTextValues(): (RichText | null)[][];
  getNotes(): string[][];
  getBackgrounds(): string[][];
  getNumberFormats(): string[][];
  setValues(values: unknown[][]): Range;
  setNotes(notes: Array<Array<string | null>>): Range;
  setBackground(color: string | null): Range;
  setFontWeight(fontWeight: FontWeight | null): Range;
  setNumberFormat(numberFormat: string): Range;
  setNumberFormats(numberFormats: string[][]): Range;
  setDataValidation(rule: DataValidation | null): Range;
  addDeveloperMetadata(key: string, value: string, visibility: Visibility): Range;
  activate(): Range;
  getColumn(): number;
}

export interface RangeList {
  setBackground(color: string | null): RangeList;
  setNumberFormat(numberFormat: string): RangeList;
}

export interface Protection {
  setDescription(description: string): Protection;
  setWarningOnly(warningOnly: boolean): Protection;
}

export interface DeveloperMetadata {
  getKey(): string;
  getValue(): string | null;
  getLocation(): { getColumn(): Range | null };
}

export interface DeveloperMetadataFinder {
  withKey(key: string): DeveloperMetadataFinder;
  find(): DeveloperMetadata[];
}

export interface Sheet {
  getName(): string;
  getMaxRows(): number;
  getMaxColumns(): number;
  getLastRow(): number;
  insertRowsAfter(afterPosition: number, howMany: number): Sheet;
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet;
  getDataRange(): Range;
  getRange(row: number, column: number): Range;
  getRange(row: number, column: number, numRows: number): Range;
  getRange(row: number, column: number, numRows: number, numColumns: number): Range;
  getRange(a1Notation: string): Range;
  getRangeList(a1Notations: string[]): RangeList;
  setFrozenRows(rows: number): void;
  setColumnWidth(columnPosition: number, width: number): Sheet;
  clearContents(): Sheet;
  activate(): Sheet;
  protect(): Protection;
  hideSheet(): Sheet;
  hideColumns(columnIndex: number): void;
  createDeveloperMetadataFinder(): DeveloperMetadataFinder;
}

export interface Spreadsheet {
  getSheets(): Sheet[];
  getNumSheets(): number;
  getSheetByName(name: string): Sheet | null;
  getActiveSheet(): Sheet;
  insertSheet(sheetName: string, sheetIndex: number): Sheet;
  deleteSheet(sheet: Sheet): void;
  getSpreadsheetTimeZone(): string;
  getSpreadsheetLocale(): string;
  getUrl(): string;
  toast(msg: string, title: string, timeoutSeconds: number | null): void;
}

// Compile-time proof that the real service fits the subset: an error here means a signature drifted.
type Assert<T extends true> = T;
type Fits<Real, Ours> = Real extends Ours ? true : false;
export type ServiceFits = [
  Assert<Fits<GoogleAppsScript.Spreadsheet.Spreadsheet, Spreadsheet>>,
  Assert<Fits<GoogleAppsScript.Spreadsheet.Sheet, Sheet>>,
  Assert<Fits<GoogleAppsScript.Spreadsheet.Range, Range>>,
];
