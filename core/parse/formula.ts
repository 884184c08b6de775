// Cell shapes beyond plain values that file readers hand over:
//   { formula: "=…" }                a formula the file stores without a result
//   { formula: "=…", result: v }     a formula with its result (HYPERLINK formulas)
//   { text: "label", hyperlink: url } a hyperlink cell (as exceljs spells it)
// and the text `=HYPERLINK("url", "label")` as the Sheets API gives formulas.

export interface Formula {
  formula: string;
  result?: unknown;
}

export interface Hyperlink {
  hyperlink: string;
  text?: unknown;
}

const isObject = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === "object" && raw !== null && !(raw instanceof Date);

export function isFormula(raw: unknown): raw is Formula {
  return isObject(raw) && typeof raw.formula === "string";
}

/** A formula with no stored result: no value can be read from it. */
export function isUncachedFormula(raw: unknown): raw is Formula {
  return isFormula(raw) && (!("result" in raw) || raw.result === undefined || raw.result === null);
}

export function isHyperlink(raw: unknown): raw is Hyperlink {
  return isObject(raw) && typeof raw.hyperlink === "string";
}

/** A spreadsheet string literal at the start of `s` ("a ""quoted"" word") → its text and the rest. */
function stringLiteral(s: string): { text: string; rest: string } | null {
  if (!s.startsWith('"')) return null;
  let text = "";
  for (let i = 1; i < s.length; i++) {
    if (s[i] !== '"') text += s[i];
    else if (s[i + 1] === '"') {
      text += '"';
      i++;
    } else return { text, rest: s.slice(i + 1) };
  }
  return null;
}

/** `=HYPERLINK("url"; "label")` → its URL and label; null when the formula is anything else (a computed URL included). */
export function hyperlinkFormula(formula: string): { url: string; label: string | null } | null {
  const m = /^=?\s*HYPERLINK\s*\(\s*/i.exec(formula.trim());
  if (!m) return null;
  const url = stringLiteral(formula.trim().slice(m[0].length));
  if (!url) return null;
  const rest = url.rest.trim();
  if (rest.startsWith(")")) return { url: url.text, label: null };
  if (!/^[,;]/.test(rest)) return null;
  const label = stringLiteral(rest.slice(1).trim());
  if (!label?.rest.trim().startsWith(")")) return null;
  return { url: url.text, label: label.text };
}

/** The URL a cell links to, whatever shape it arrives in; null when it is not a link. */
export function linkOf(raw: unknown): string | null {
  if (isHyperlink(raw)) return raw.hyperlink;
  if (isFormula(raw)) return hyperlinkFormula(raw.formula)?.url ?? null;
  if (typeof raw === "string" && raw.charCodeAt(0) === 61 /* = */) return hyperlinkFormula(raw)?.url ?? null;
  return null;
}

/** The value a cell shows: a formula's result, a link's label; the cell itself otherwise. */
export function shownValue(raw: unknown): unknown {
  if (isHyperlink(raw)) return raw.text ?? raw.hyperlink;
  if (isFormula(raw)) {
    if (raw.result !== undefined && raw.result !== null) return raw.result;
    const link = hyperlinkFormula(raw.formula);
    return link ? (link.label ?? link.url) : raw;
  }
  if (typeof raw === "string" && raw.charCodeAt(0) === 61) {
    const link = hyperlinkFormula(raw);
    if (link) return link.label ?? link.url;
  }
  return raw;
}
