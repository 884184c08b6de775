// Diagnostics: a self-test on the user's own spreadsheet, for what no fake can settle. It works
// in a temporary tab it deletes again, and reports in plain lines the user can copy and send.
import {
  nullSums,
  type ReadContext,
  RATIO_BY_KEY,
  readContext,
  readDate,
  spreadsheetReadOptions,
} from "../core/index.ts";
import { MULTIPLE, RATE, TEXT } from "./formats.ts";
import { say, TITLE } from "./messages.ts";
import type { Sheet, Spreadsheet } from "./service.ts";
import { numberedTab } from "./sheets.ts";
import { zonedMidnight } from "./typed.ts";

/** One line of the report: passed, failed, or (null) only what was found. */
export interface Check {
  name: string;
  ok: boolean | null;
  detail: string;
}

export const DIAGNOSTICS_TAB = "Post-mortem self-test";

/** Ratios as Compute writes them: repeating fractions and values near the ends of a double. */
function ratios(): number[] {
  const roas = RATIO_BY_KEY.get("roas")?.compute;
  const sums = nullSums();
  const r = (revenue: number, cost: number) => roas?.({ ...sums, revenue, cost }) ?? revenue / cost;
  return [r(1000, 3), r(1, 7), 0.1 + 0.2, r(1e-7, 3), r(123456789.12345679, 1.1)];
}

function intlChecks(locale: string, timeZone: string): Check[] {
  const tag = locale.replace(/_/g, "-");
  const out: Check[] = [];
  try {
    const resolved = new Intl.NumberFormat(tag).resolvedOptions().locale;
    const ctx: ReadContext = readContext(tag);
    const same = resolved.split("-")[0] === tag.split("-")[0];
    out.push({
      name: say.diag.intlLocale,
      ok: same,
      detail: say.diag.intlLocaleDetail(tag, resolved, ctx.decimal, ctx.dateOrder),
    });
  } catch (e) {
    out.push({ name: say.diag.intlLocale, ok: false, detail: String(e) });
  }
  try {
    const day = readDate(zonedMidnight(2026, 3, 5, timeZone), { ...readContext("en"), timeZone });
    const ok = day.kind === "ok" && day.value === "2026-03-05";
    out.push({
      name: say.diag.intlZone,
      ok,
      detail: say.diag.intlZoneDetail(timeZone, day.kind === "ok" ? day.value : "—"),
    });
  } catch (e) {
    out.push({ name: say.diag.intlZone, ok: false, detail: String(e) });
  }
  return out;
}

/** The checks that write: in `sheet`, a tab of the add-on's own. */
function sheetChecks(ss: Spreadsheet, sheet: Sheet, name: string, timeZone: string): Check[] {
  const out: Check[] = [];
  const byOtherCase = ss.getSheetByName(name.toUpperCase());
  out.push({ name: say.diag.nameCase, ok: null, detail: say.diag.nameCaseDetail(byOtherCase !== null) });

  const values = ratios();
  const row = sheet.getRange(1, 1, 1, values.length);
  row.setNumberFormats([values.map((_, i) => (i % 2 === 0 ? MULTIPLE : RATE))]);
  const t0 = Date.now();
  row.setValues([values]);
  const back = row.getValues()[0] ?? [];
  const ms = Date.now() - t0;
  const differs = values.filter((v, i) => back[i] !== v).length;
  out.push({
    name: say.diag.ratios,
    ok: differs === 0,
    detail: say.diag.ratiosDetail(values.length, differs, back),
  });
  out.push({ name: say.diag.timing, ok: null, detail: say.diag.timingDetail(ms) });

  const text = sheet.getRange(2, 1, 1, 2);
  text.setNumberFormat(TEXT);
  text.setValues([["=1+1", "0815"]]);
  const textBack = text.getValues()[0] ?? [];
  const textFormulas = text.getFormulas()[0] ?? [];
  const stays = textFormulas.every((f) => f === "") && textBack[0] === "=1+1" && textBack[1] === "0815";
  out.push({ name: say.diag.atFormat, ok: stays, detail: say.diag.found(textBack, textFormulas) });

  const quoted = sheet.getRange(3, 1, 1, 2);
  quoted.setValues([["'0815", "'2.5"]]);
  const quotedBack = quoted.getValues()[0] ?? [];
  const kept = quotedBack[0] === "0815" && quotedBack[1] === "2.5";
  out.push({ name: say.diag.apostrophe, ok: kept, detail: say.diag.found(quotedBack, []) });

  const date = sheet.getRange(4, 1, 1, 2);
  const midnight = zonedMidnight(2026, 3, 5, timeZone);
  date.setValues([[midnight, "2026-03-05"]]);
  const dates = date.getValues()[0] ?? [];
  const same = dates.every((d) => d instanceof Date && d.getTime() === midnight.getTime());
  out.push({ name: say.diag.dates, ok: same, detail: say.diag.found(dates, []) });
  return out;
}

/** Run every check; the temporary tab is deleted whatever happens. */
export function runDiagnostics(ss: Spreadsheet): Check[] {
  const locale = ss.getSpreadsheetLocale();
  const timeZone = ss.getSpreadsheetTimeZone();
  const read = spreadsheetReadOptions(timeZone, locale);
  const out: Check[] = [
    {
      name: say.diag.settings,
      ok: null,
      detail: say.diag.settingsDetail(locale, timeZone, read.sheetLocale ?? ""),
    },
    ...intlChecks(locale, timeZone),
  ];
  let n = 1;
  while (ss.getSheetByName(numberedTab(DIAGNOSTICS_TAB, n))) n++;
  const name = numberedTab(DIAGNOSTICS_TAB, n);
  const sheet = ss.insertSheet(name, ss.getNumSheets());
  try {
    out.push(...sheetChecks(ss, sheet, name, timeZone));
  } catch (e) {
    out.push({ name: say.diag.stopped, ok: false, detail: e instanceof Error ? e.message : String(e) });
  } finally {
    ss.deleteSheet(sheet);
  }
  return out;
}

export function reportText(checks: readonly Check[]): string {
  const mark = (c: Check) => (c.ok === null ? "·" : c.ok ? "✓" : "✗");
  return [say.diag.header(TITLE), ...checks.map((c) => `${mark(c)} ${c.name}: ${c.detail}`)].join("\n");
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/** The dialog: the report in a read-only text box and a button that copies it. */
export function reportHtml(text: string): string {
  return [
    '<!DOCTYPE html><html lang="en"><body style="font:13px Arial,sans-serif">',
    `<p>${escapeHtml(say.diag.intro)}</p>`,
    `<textarea id="r" readonly rows="16" style="width:100%;font:12px monospace">${escapeHtml(text)}</textarea>`,
    `<p><button type="button" id="c">${escapeHtml(say.diag.copy)}</button> <span id="s" aria-live="polite"></span></p>`,
    "<script>",
    'document.getElementById("c").addEventListener("click", function () {',
    '  var r = document.getElementById("r"); r.select();',
    `  var done = function () { document.getElementById("s").textContent = ${JSON.stringify(say.diag.copied)}; };`,
    '  if (navigator.clipboard) navigator.clipboard.writeText(r.value).then(done, function () { document.execCommand("copy"); done(); });',
    '  else { document.execCommand("copy"); done(); }',
    "});",
    "</script></body></html>",
  ].join("\n");
}
