// Number formats for schema kinds and KPI units, and plain-text display for the sidebar:
// the rules live in the core, so the sheet, the sidebar and the report agree.
import {
  formatFigure,
  type Kind,
  kindSheetFormat,
  NOT_MEASURED,
  SHEET_FORMATS,
  type Unit,
  unitSheetFormat,
} from "../core/index.ts";

export { moneyFormat } from "../core/index.ts";

export const COUNT = SHEET_FORMATS.count;
export const RATE = SHEET_FORMATS.rate;
export const DATE = SHEET_FORMATS.date;
export const TEXT = SHEET_FORMATS.text;
export const MULTIPLE = SHEET_FORMATS.multiple;
export const AMOUNT = SHEET_FORMATS.amount;

/** Format of an input column; null = leave Sheets' automatic format. */
export function kindFormat(kind: Kind, money: string): string | null {
  return kindSheetFormat(kind, money);
}

export type ShownUnit = Unit | "text";

export function unitFormat(unit: ShownUnit, money: string): string {
  return unitSheetFormat(unit, money);
}

/** A KPI value as the sidebar shows it; NOT_MEASURED when it cannot be computed. */
export function display(
  value: number | string | null | undefined,
  unit: ShownUnit,
  currency: string | null,
): string {
  if (value === null || value === undefined || value === "") return NOT_MEASURED;
  if (typeof value === "string" || unit === "text") return String(value);
  try {
    return formatFigure(value, unit, "en-US", currency);
  } catch {
    return String(Math.round(value * 100) / 100);
  }
}
