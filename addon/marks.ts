// Validate's marks: a background and a note on each finding's cell.
//
// Marks carry their own signature instead of a stored list of A1 ranges:
// our notes begin with `say.markHeader(…)`, our backgrounds are two colours
// outside Sheets' palette. A stored list would point at the wrong cells as
// soon as someone inserts a row or sorts; a note travels with its cell. So a
// cell is ours only while its note says so, and only then is its background
// reset. A user's own note on a marked cell is kept below ours and put back
// on Clear; a cell the user coloured keeps its colour (it gets only the note).
//
// Per tab: one getNotes and one getBackgrounds over the data range, at most
// one setNotes over the block that changes, and one RangeList per colour, so
// the call count does not grow with the rows.
import type { Issue } from "../core/index.ts";
import { say } from "./messages.ts";
import { type FoundTab, parseCell, runsA1, type Sheet, splitRef } from "./sheets.ts";

export const ERROR_BG = "#f8d7da";
export const WARNING_BG = "#fff3cd";
const OURS = new Set([ERROR_BG, WARNING_BG]);
const DEFAULT_BG = "#ffffff";

type Severity = Issue["severity"];
interface Wanted {
  severity: Severity;
  messages: string[];
}

export function isOurNote(note: string): boolean {
  return note.startsWith(say.markHeader("error")) || note.startsWith(say.markHeader("warning"));
}

/** The user's own part of a note: all of it unless it is ours. */
export function userPart(note: string): string {
  if (!isOurNote(note)) return note;
  const at = note.indexOf(say.userNoteSeparator);
  return at < 0 ? "" : note.slice(at + say.userNoteSeparator.length + 1);
}

function ourNote(w: Wanted, user: string): string {
  const lines = [say.markHeader(w.severity), ...w.messages.map((m) => `• ${m}`), say.markFooter];
  if (user !== "") lines.push("", say.userNoteSeparator, user);
  return lines.join("\n");
}

/** Findings with a cell, grouped per template tab and cell. */
function wantedByTab(issues: readonly Issue[]): Map<string, Map<string, Wanted>> {
  const out = new Map<string, Map<string, Wanted>>();
  for (const issue of issues) {
    if (!issue.cell) continue;
    const ref = splitRef(issue.cell);
    if (!ref) continue;
    let cells = out.get(issue.tab);
    if (!cells) out.set(issue.tab, (cells = new Map()));
    const w = cells.get(ref.cell);
    if (!w) cells.set(ref.cell, { severity: issue.severity, messages: [issue.message] });
    else {
      if (!w.messages.includes(issue.message)) w.messages.push(issue.message);
      if (issue.severity === "error") w.severity = "error";
    }
  }
  return out;
}

/** Replace the previous marks with marks for `issues`; returns how many cells were ours before. */
export function applyMarks(tabs: readonly FoundTab[], issues: readonly Issue[]): number {
  const wanted = wantedByTab(issues);
  let before = 0;
  for (const t of tabs) before += markTab(t.sheet, t.values, wanted.get(t.def.name) ?? new Map());
  return before;
}

export function clearMarks(tabs: readonly FoundTab[]): number {
  return applyMarks(tabs, []);
}

interface Cell {
  row: number;
  col: number;
}

function markTab(sheet: Sheet, values: unknown[][], wanted: Map<string, Wanted>): number {
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return 0;
  const block = sheet.getRange(1, 1, rows, cols);
  const notes = block.getNotes();
  const bgs = block.getBackgrounds();
  const next = notes.map((r) => [...r]);
  const reset = new Map<string, Cell>();
  const paint: Record<Severity, Cell[]> = { error: [], warning: [] };
  let before = 0;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const note = notes[r]![c] ?? "";
      if (!isOurNote(note)) continue;
      before++;
      next[r]![c] = userPart(note);
      if (OURS.has(bgs[r]![c]!.toLowerCase())) reset.set(`${r + 1}:${c + 1}`, { row: r + 1, col: c + 1 });
    }
  for (const [a1, w] of wanted) {
    const at = parseCell(a1);
    if (!at || at.row > rows || at.col > cols) continue;
    const r = at.row - 1;
    const c = at.col - 1;
    next[r]![c] = ourNote(w, next[r]![c]!);
    const bg = bgs[r]![c]!.toLowerCase();
    const free = bg === DEFAULT_BG || OURS.has(bg);
    if (!free) continue;
    reset.delete(`${at.row}:${at.col}`);
    const colour = w.severity === "error" ? ERROR_BG : WARNING_BG;
    if (bg !== colour) paint[w.severity].push(at);
  }
  writeNotes(sheet, notes, next);
  if (reset.size > 0) sheet.getRangeList(runsA1([...reset.values()])).setBackground(null);
  if (paint.error.length > 0) sheet.getRangeList(runsA1(paint.error)).setBackground(ERROR_BG);
  if (paint.warning.length > 0) sheet.getRangeList(runsA1(paint.warning)).setBackground(WARNING_BG);
  return before;
}

/** One setNotes over the smallest block holding every changed note; none when nothing changed. */
function writeNotes(sheet: Sheet, old: string[][], next: string[][]) {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  for (let r = 0; r < next.length; r++)
    for (let c = 0; c < next[r]!.length; c++)
      if (next[r]![c] !== old[r]![c]) {
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
  if (bottom < 0) return;
  const sub = next.slice(top, bottom + 1).map((row) => row.slice(left, right + 1));
  sheet.getRange(top + 1, left + 1, sub.length, right - left + 1).setNotes(sub);
}
