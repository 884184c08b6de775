// The bench's closing table: one row per figure of the performance targets, each with what it is
// measured against and the ratio of the two (same run, same machine).
export interface Row {
  what: string;
  now: string;
  against: string;
  ratio: string;
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
export const times = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
export const fmt = (n: number): string => new Intl.NumberFormat("en").format(Math.round(n));

export function printTable(rows: readonly Row[]): void {
  const head: Row = { what: "what", now: "now", against: "against", ratio: "ratio" };
  const all = [head, ...rows];
  const w = (k: keyof Row) => Math.max(...all.map((r) => r[k].length));
  const line = (r: Row) =>
    `${r.what.padEnd(w("what"))}  ${r.now.padStart(w("now"))}  ${r.against.padEnd(w("against"))}  ${r.ratio.padStart(w("ratio"))}`;
  console.log(line(head));
  console.log("-".repeat(line(head).length));
  for (const r of rows) console.log(line(r));
}
