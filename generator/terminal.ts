// Human-readable terminal output: grep-friendly finding lines and plain tables.
import type { Issue, KpiModel } from "../core/index.ts";
import { formatFigure, type Unit } from "../core/index.ts";
import { unitOf } from "./units.ts";

/** `Creators!D7: error: Followers must be a number; found "x". [not-a-number]` */
export function issueLine(i: Issue): string {
  return `${i.cell ?? i.tab}: ${i.severity}: ${i.message} [${i.code}]`;
}

export function countLine(issues: readonly Issue[]): string {
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}

export function formatValue(
  v: number | null | boolean | string | undefined,
  unit: Unit,
  currency: string | null,
): string {
  if (typeof v === "boolean" || typeof v === "string") return String(v);
  return formatFigure(v, unit, "en", currency);
}

export function table(headers: string[], rows: string[][], alignRight: boolean[] = []): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((s, c) => (alignRight[c] ? s.padStart(widths[c]!) : s.padEnd(widths[c]!)))
      .join("  ")
      .trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export function kpiSummary(m: KpiModel): string {
  const cur = m.campaign.currency;
  const fmt = (key: string, v: number | null) => formatValue(v, unitOf(key), cur);
  const out: string[] = [];
  const c = m.campaign;
  out.push(`${c.name ?? "(unnamed campaign)"}${c.brand ? ` — ${c.brand}` : ""}`);
  out.push(
    `${c.start_date ?? "?"} to ${c.end_date ?? "?"} · objective ${c.objective ?? "?"} · ${cur ?? "no currency"} · locale ${c.locale}`,
  );
  out.push("");
  const totals = Object.entries(m.totals) as [string, number | null][];
  out.push(
    table(
      ["KPI", "value"],
      totals.map(([k, v]) => [k, fmt(k, v)]),
      [false, true],
    ),
  );
  if (m.goals.length > 0) {
    out.push("", "Goals");
    out.push(
      table(
        ["KPI", "target", "actual", "attainment", "met"],
        m.goals.map((g) => [
          g.kpi,
          fmt(g.kpi, g.target),
          fmt(g.kpi, g.actual),
          formatValue(g.attainment, "rate", cur),
          g.met === null ? "–" : g.met ? "yes" : "no",
        ]),
        [false, true, true, true, false],
      ),
    );
  }
  const top = [...m.creators].sort((a, b) => (b.revenue ?? 0) - (a.revenue ?? 0)).slice(0, 10);
  if (top.length > 0) {
    out.push("", "Top creators by revenue");
    out.push(
      table(
        ["handle", "platform", "tier", "model", "cost", "revenue", "ROAS"],
        top.map((cr) => [
          cr.handle,
          cr.platform,
          cr.tier,
          cr.cooperation_model,
          fmt("total_cost", cr.cost),
          fmt("revenue", cr.revenue),
          fmt("roas", cr.roas),
        ]),
        [false, false, false, false, true, true, true],
      ),
    );
  }
  return out.join("\n");
}
