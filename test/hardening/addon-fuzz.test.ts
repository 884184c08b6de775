// The add-on never loses data: random hand edits between Validate and
// Compute KPIs, on the Spreadsheet fake. fast-check, fixed seed, 1,000 sequences.
//
// Whatever people type is a "tag" ("typed#7", or a number 777,000.x no campaign figure
// here comes near), so after every add-on run we can say where each typed thing must
// still be. The invariants are the add-on's rules (README "What you type is kept").
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMPUTED, COMPUTED_TABS } from "../../addon/columns.ts";
import { COMPUTED_KEY, cellValue, rowsOf } from "../../addon/computed.ts";
import { runCompute, runValidate } from "../../addon/run.ts";
import { columnLetter, type Issue, type RawWorkbook } from "../../core/index.ts";
import { FIXTURE } from "../addon/fixture.ts";
import { syntheticCampaign } from "../bench/synthetic.ts";
import { type FakeSheet, FakeSpreadsheet, installGlobals } from "../support/spreadsheet.ts";

const SEED = 20_260_306;
const RUNS = 1000;
const TIMEOUT = 240_000;

const TABS = ["Creators", "Content", "Products"] as const;
type Tab = (typeof TABS)[number];

type Op =
  | { kind: "insertColumn" | "deleteColumn"; tab: Tab; at: number }
  | { kind: "moveColumn" | "moveRow"; tab: Tab; from: number; to: number }
  | { kind: "insertRow" | "deleteRow"; tab: Tab; at: number }
  | { kind: "type"; tab: Tab; row: number; col: number; tag: number }
  | { kind: "typeInComputed"; tab: Tab; key: number; row: number; tag: number }
  | { kind: "renameHeader"; tab: Tab; key: number; tag: number | null }
  | { kind: "typeLabel"; tab: Tab; col: number; key: number }
  | { kind: "clearTyped"; pick: number }
  | { kind: "typeInKpis"; row: number; col: number; tag: number }
  | { kind: "validate" }
  | { kind: "compute" };

/**
 * What a person types: text, or (where the core never reads: computed cells, the KPIs tab)
 * sometimes a number. Numbers typed into inputs would flow into figures and could come
 * back as a computed value equal to the tag.
 */
const tagText = (n: number, numberOk: boolean): string | number =>
  numberOk && n % 3 === 0 ? 777_000 + n / 8 : `typed#${n}`;
const isTag = (v: unknown) =>
  (typeof v === "string" && v.startsWith("typed#")) || (typeof v === "number" && v >= 777_000 && v < 778_000);

const tab = fc.constantFrom(...TABS);
const pos = fc.nat({ max: 40 });
const tag = fc.nat({ max: 999 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom("insertColumn" as const, "deleteColumn" as const), tab, at: pos }),
  fc.record({ kind: fc.constantFrom("moveColumn" as const, "moveRow" as const), tab, from: pos, to: pos }),
  fc.record({ kind: fc.constantFrom("insertRow" as const, "deleteRow" as const), tab, at: pos }),
  fc.record({ kind: fc.constant("type" as const), tab, row: pos, col: pos, tag }),
  fc.record({ kind: fc.constant("typeInComputed" as const), tab, key: pos, row: pos, tag }),
  fc.record({ kind: fc.constant("renameHeader" as const), tab, key: pos, tag: fc.option(tag) }),
  fc.record({ kind: fc.constant("typeLabel" as const), tab, col: pos, key: pos }),
  fc.record({ kind: fc.constant("clearTyped" as const), pick: pos }),
  fc.record({ kind: fc.constant("typeInKpis" as const), row: pos, col: pos, tag }),
  fc.record({ kind: fc.constant("validate" as const) }),
  fc.record({ kind: fc.constant("compute" as const) }),
);

/** The starting campaigns: the hand-checked fixture, and a generated one with more creators, products and sales. */
const START: Record<"fixture" | "synthetic", RawWorkbook> = {
  fixture: FIXTURE,
  synthetic: syntheticCampaign({ posts: 8, creators: 4, conversions: 6 }),
};
type Start = keyof typeof START;

/** A fresh workbook, tabs sized to their data (grids are made by the thousand here). */
function workbook(start: Start, ownKpisTab: boolean): FakeSpreadsheet {
  const ss = new FakeSpreadsheet();
  ss.newSheetSize = { rows: 12, cols: 6 };
  for (const t of START[start].tabs) ss.addSheet(t.name, t.values.map((r) => [...r]) as unknown[][]);
  if (ownKpisTab) ss.addSheet("KPIs", [["typed#kpis"], ["my target", 777_999]]);
  return ss;
}

const sheetOf = (ss: FakeSpreadsheet, name: string) => ss.sheets.find((s) => s.name === name)!;
const keyOf = (name: Tab) => COMPUTED_TABS.find((t) => t.def.name === name)!.key;
const pick = (n: number, size: number, from = 1) => (size < from ? from : from + (n % (size - from + 1)));
const computedCols = (s: FakeSheet) =>
  s.colMeta.flatMap((list, i) =>
    list.filter((m) => m.key === COMPUTED_KEY).map((m) => ({ key: m.value, col: i + 1 })),
  );

/** Apply one hand edit; positions are taken modulo the sheet's current size, so every sequence is valid. */
function edit(ss: FakeSpreadsheet, o: Op) {
  if (o.kind === "clearTyped") {
    const cells = ss.sheets.flatMap((s) =>
      s.values.flatMap((r, i) => r.flatMap((v, j) => (isTag(v) ? [{ s, row: i + 1, col: j + 1 }] : []))),
    );
    const c = cells[o.pick % Math.max(1, cells.length)];
    if (c) c.s.userSet(c.row, c.col, "");
    return;
  }
  if (o.kind === "typeInKpis") {
    const s = ss.sheets.find((x) => x.name === "KPIs" && x.createdByAddon);
    if (s) s.userSet(pick(o.row, s.maxRows), pick(o.col, s.maxCols), tagText(o.tag, true));
    return;
  }
  if (o.kind === "validate" || o.kind === "compute") return;
  const s = sheetOf(ss, o.tab);
  if (o.kind === "typeLabel") {
    // A header of the user's that names a computed column ("ROAS", "Cost"), typed over any non-computed one.
    const col = pick(o.col, Math.min(Math.max(1, s.lastCol() + 1), s.maxCols));
    const labels = COMPUTED[keyOf(o.tab)];
    if (!s.isComputed(col)) s.userSet(1, col, labels[o.key % labels.length]!.label);
    return;
  }
  const width = Math.max(1, s.lastCol() + 1);
  const rows = Math.max(2, s.lastRow() + 1);
  switch (o.kind) {
    case "insertColumn":
      return s.insertColumnBefore(pick(o.at, width));
    case "deleteColumn":
      return s.userDeleteColumn(pick(o.at, Math.min(width, s.maxCols)));
    case "moveColumn":
      return s.userMoveColumn(
        pick(o.from, Math.min(width, s.maxCols)),
        pick(o.to, Math.min(width, s.maxCols)),
      );
    case "insertRow":
      return s.userInsertRow(pick(o.at, rows, 2));
    case "deleteRow":
      return s.userDeleteRow(pick(o.at, Math.min(rows, s.maxRows), 2));
    case "moveRow":
      return s.userMoveRow(
        pick(o.from, Math.min(rows, s.maxRows), 2),
        pick(o.to, Math.min(rows, s.maxRows), 2),
      );
    case "type":
      return s.userSet(
        pick(o.row, Math.min(rows, s.maxRows)),
        pick(o.col, Math.min(width, s.maxCols)),
        tagText(o.tag, false),
      );
    case "typeInComputed":
    case "renameHeader": {
      const cols = computedCols(s);
      const c = cols[o.key % Math.max(1, cols.length)];
      if (!c) return;
      if (o.kind === "renameHeader") return s.userSet(1, c.col, o.tag === null ? "" : tagText(o.tag, true));
      return s.userSet(pick(o.row, Math.min(rows + 2, s.maxRows), 2), c.col, tagText(o.tag, true));
    }
  }
}

/**
 * Every value that must survive an add-on run, by position: the cells of the user's tabs
 * outside computed columns, and every tag. A blank cell may only be filled when its whole
 * column was blank: that is where a new computed column goes.
 */
function mustKeep(ss: FakeSpreadsheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const s of ss.sheets) {
    const used = new Set(s.values.flatMap((r) => r.flatMap((v, j) => (v === "" ? [] : [j]))));
    s.values.forEach((r, i) => {
      r.forEach((v, j) => {
        const input = !s.createdByAddon && !s.isComputed(j + 1) && (v !== "" || used.has(j));
        if (isTag(v) || input) out.set(`${s.name}!${i + 1}:${j + 1}`, v);
      });
    });
  }
  return out;
}

const valueAt = (ss: FakeSpreadsheet, at: string) => {
  const [name, rc] = [at.slice(0, at.lastIndexOf("!")), at.slice(at.lastIndexOf("!") + 1)];
  const [r, c] = rc.split(":").map(Number) as [number, number];
  return sheetOf(ss, name).values[r - 1]?.[c - 1];
};

/** The invariants after one add-on run; a message naming the first one broken, or null. */
function broken(
  ss: FakeSpreadsheet,
  before: Map<string, unknown>,
  snapshot: string,
  o: Op,
  issues: readonly Issue[],
) {
  if (o.kind === "validate" && JSON.stringify(ss.sheets.map((s) => s.values)) !== snapshot)
    return "Validate changed a value";
  for (const [at, v] of before)
    if (!Object.is(valueAt(ss, at), v)) return `${at} was ${String(v)}, now ${String(valueAt(ss, at))}`;
  const typed = new Set(issues.filter((i) => i.code === "typed-in-computed").map((i) => i.cell));
  const named = new Set(issues.filter((i) => i.code === "computed-name").map((i) => i.cell));
  for (const name of TABS) {
    const s = sheetOf(ss, name);
    const labels = new Set(COMPUTED[keyOf(name)].map((c) => c.label));
    for (let c = 1; c <= s.values[0]!.length; c++) {
      const h = s.values[0]![c - 1];
      const at = `${name}!${columnLetter(c - 1)}1`;
      if (typeof h === "string" && labels.has(h) && !s.isComputed(c) && !named.has(at))
        return `a column of the user's named ${h} at ${at} not reported`;
    }
    for (const { col } of computedCols(s))
      for (let r = 2; r <= s.values.length; r++)
        if (isTag(s.values[r - 1]![col - 1]) && !typed.has(`${name}!${columnLetter(col - 1)}${r}`))
          return `typed ${String(s.values[r - 1]![col - 1])} at ${name}!${columnLetter(col - 1)}${r} not reported`;
  }
  return null;
}

/** After Compute: each computed column once, labelled, and holding the core's figure on each row. */
function computedWrong(ss: FakeSpreadsheet, run: ReturnType<typeof runCompute>) {
  for (const { key, def } of COMPUTED_TABS) {
    const s = sheetOf(ss, def.name);
    const cols = computedCols(s);
    const figures = rowsOf(key, run.analysis);
    for (const c of COMPUTED[key]) {
      const on = cols.filter((x) => x.key === c.key);
      if (on.length !== 1) return `${def.name}: ${c.key} on ${on.length} columns`;
      const col = on[0]!.col;
      const header = s.values[0]![col - 1];
      if (!isTag(header) && header !== c.label) return `${def.name}: header of ${c.key} is ${String(header)}`;
      for (let r = 2; r <= s.values.length; r++) {
        const v = s.values[r - 1]![col - 1];
        if (isTag(v)) continue;
        const rec = figures.get(r);
        const want = rec ? cellValue(rec[c.key]) : "";
        if (!Object.is(v, want))
          return `${def.name}!${columnLetter(col - 1)}${r} (${c.key}) is ${String(v)}, want ${String(want)}`;
      }
    }
  }
  return null;
}

/** Run a sequence; the first broken invariant as a sentence, or null. */
function play(start: Start, ownKpisTab: boolean, ops: readonly Op[]): string | null {
  const ss = workbook(start, ownKpisTab);
  installGlobals(ss);
  for (const o of [...ops, { kind: "compute" } as const]) {
    if (o.kind !== "validate" && o.kind !== "compute") {
      edit(ss, o);
      continue;
    }
    const before = mustKeep(ss);
    const snapshot = JSON.stringify(ss.sheets.map((s) => s.values));
    let run: ReturnType<typeof runCompute> | ReturnType<typeof runValidate>;
    try {
      run = o.kind === "compute" ? runCompute(ss) : runValidate(ss);
    } catch (e) {
      return `${o.kind} threw: ${(e as Error).message}`;
    }
    const bad = broken(ss, before, snapshot, o, run.analysis.issues);
    if (bad) return `${o.kind}: ${bad}`;
    if (o.kind === "compute") {
      const wrong = computedWrong(ss, run as ReturnType<typeof runCompute>);
      if (wrong) return `compute: ${wrong}`;
    }
  }
  return null;
}

describe("the add-on never loses data", () => {
  it(
    "random edits (insert, delete, move rows and columns; type into inputs, computed cells, headers, KPIs; name a column of one's own like a computed one) between Validate and Compute → no input cell changed, typed values kept and reported, such a column reported on its header, computed columns restored and never duplicated",
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom<Start>("fixture", "synthetic"),
          fc.boolean(),
          fc.array(op, { minLength: 1, maxLength: 12 }),
          (start, ownKpisTab, ops) => {
            expect(play(start, ownKpisTab, ops)).toBeNull();
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    },
    TIMEOUT,
  );

  it("a Compute, then typing into a computed cell and deleting the row above it → the typed value is still kept and reported", () => {
    expect(
      play("fixture", false, [
        { kind: "compute" },
        { kind: "typeInComputed", tab: "Creators", key: 0, row: 1, tag: 1 },
        { kind: "deleteRow", tab: "Creators", at: 0 },
        { kind: "compute" },
      ]),
    ).toBeNull();
  });
});
