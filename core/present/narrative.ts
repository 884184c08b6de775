// The verdict and the recommendations as sentences: each finding of the conclusions
// becomes a translatable message whose numbers are exactly the finding's figures.
import type { CreatorKpis, KpiModel } from "../kpi/model.ts";
import type { CampaignNotes } from "../kpi/notes.ts";
import type { Basis, Finding, LeverRef } from "./conclusions/types.ts";
import { HANDLES_SHOWN } from "./conclusions/rules.ts";
import type { Arg, Lever, Msg, Recommendation } from "./types.ts";

const label = (key: string): Arg => ({ kind: "label", key });
const msg = (key: string, args: Record<string, Arg> = {}): Msg => ({ key, args });
const text = (value: string): Arg => ({ kind: "text", value });

/** KPIs whose figure depends on the cost it is divided by. */
const COST_BASED = new Set(["roas", "roi", "cpa", "cpm", "cpe", "cpc", "cpv", "cpl"]);

/** Figures whose labels came with the conclusions. */
const CONCLUSION_KPIS = new Set(["roas_creator", "cpa_creator", "contribution", "poas", "roi_gross"]);

/** A KPI's label, naming its basis when it has one: "fully loaded ROAS", "CPA on creator cost". */
export function kpiLabelKey(kpi: string, basis: Basis = "total"): string {
  if (CONCLUSION_KPIS.has(kpi)) return `conclusions.kpi.${kpi}`;
  if (COST_BASED.has(kpi)) return `conclusions.basis.${basis}.${kpi}`;
  return `kpi.${kpi}`;
}
const kpiArg = (kpi: string, basis: Basis = "total") => label(kpiLabelKey(kpi, basis));

export function handles(hs: readonly (string | CreatorKpis)[]): Arg {
  const names = hs.map((h) => (typeof h === "string" ? h : h.handle).replace(/^@/, ""));
  return {
    kind: "list",
    items: names.slice(0, HANDLES_SHOWN).map((h) => text(`@${h}`)),
    more: Math.max(0, names.length - HANDLES_SHOWN),
  };
}

/** "micro creators", "TikTok", "hybrid deals", as a nested sentence. */
export const leverName = (l: Pick<Lever, "dimension" | "key"> | LeverRef): Arg => ({
  kind: "msg",
  msg: msg(`lever.${l.dimension}`, { name: label(`${l.dimension}.${l.key}`) }),
});

/** A lever's creators or deals, which can be cut one by one: "TikTok creators", not "TikTok". */
const leverMembers = (l: LeverRef): Arg => ({
  kind: "msg",
  msg: msg(`lever_members.${l.dimension}`, { name: label(`${l.dimension}.${l.key}`) }),
});

/** Counts shown with their noun ("1 post", "5,895 clicks"), so the noun follows the count's plural form. */
const COUNTED = new Set(["posts", "clicks", "engagements", "impressions", "leads", "orders", "growth"]);

/** The finding's figures as sentence arguments: the only numbers a sentence may show. */
function figureArgs(f: Finding): Record<string, Arg> {
  const out: Record<string, Arg> = {};
  for (const g of f.figures) {
    const value: Arg = { kind: g.unit, value: g.value };
    out[g.key] =
      g.unit === "count" && COUNTED.has(g.key)
        ? { kind: "msg", msg: msg(`conclusions.count.${g.key}`, { count: value }) }
        : value;
  }
  return out;
}

/** The figure whose number picks a sentence's plural form, when it is not `count`. */
const PLURAL_BY: Record<string, string> = {
  goals_all: "total",
  goals_all_plain: "total",
  goals_some: "total",
  goals_some_plain: "total",
  goals_none: "total",
  goals_none_plain: "total",
  cut_lever: "creators",
  cut_lever_all: "creators",
};
const plural = (m: Msg, code: string): Msg => {
  const by = PLURAL_BY[code];
  return by ? { ...m, plural: by } : m;
};

/** The finding's other arguments: its groups, creators and KPI. */
function refArgs(f: Finding): Record<string, Arg> {
  const out: Record<string, Arg> = {};
  if (f.lever) {
    out.lever = leverName(f.lever);
    out.members = leverMembers(f.lever);
  }
  if (f.other) out.other = leverName(f.other);
  if (f.creators) out.handles = handles(f.creators);
  if (f.kpi) out.kpi = kpiArg(f.kpi, f.figures.some((g) => g.basis === "creator") ? "creator" : "total");
  return out;
}

const argsOf = (f: Finding) => ({ ...refArgs(f), ...figureArgs(f) });

/** Findings whose sentences the report had before; the rest live under `conclusions`. */
const OLD_VERDICT = new Set([
  "no_goals",
  "goals_all",
  "goals_all_plain",
  "goals_some",
  "goals_some_plain",
  "goals_none",
  "goals_none_plain",
  "tail",
]);
const OLD_RECS = new Set(["track_creators", "unattributed", "post_gaps", "tail"]);

function verdictMsg(f: Finding, recs: Recommendation[]): Msg {
  if (f.code === "change") {
    const r = recs.find((x) => x.id === f.see) ?? recs[0];
    // "Keep investing in TikTok" is no change: a positive first action is one to carry on.
    const key = r?.finding.severity === "positive" ? "verdict.carry_on" : "verdict.change";
    return msg(key, r ? { action: { kind: "msg", msg: r.action } } : {});
  }
  const args = argsOf(f);
  if (f.code.startsWith("goals_") && f.kpi) {
    args[f.code.startsWith("goals_all") ? "best" : "worst"] = kpiArg(f.kpi);
  }
  if (f.code.startsWith("what_if")) {
    args.subject = { kind: "msg", msg: whatIfSubject(f, args) };
    if (f.kpi) args.kpi = kpiArg(f.kpi, "total");
  }
  return plural(
    msg(OLD_VERDICT.has(f.code) ? `verdict.${f.code}` : `conclusions.verdict.${f.code}`, args),
    f.code,
  );
}

/** What a what-if leaves out: a whole group, or its largest deals that did not pay off. */
function whatIfSubject(f: Finding, figures: Record<string, Arg>): Msg {
  // A copy: the verdict's own arguments get this subject added.
  const args = { ...figures };
  const cost = f.code.startsWith("what_if_cost");
  const share = cost
    ? msg(`conclusions.subject.volume.${f.kpi}`, args)
    : msg("conclusions.subject.revenue", args);
  const withShare = { ...args, share: { kind: "msg", msg: share } as Arg };
  if (!f.creators || !f.lever) return msg("conclusions.subject.lever", withShare);
  const why = cost
    ? msg("conclusions.subject.why_cost", { kpi: kpiArg(f.kpi ?? "", "creator") })
    : msg("conclusions.subject.why_roas");
  return msg(`conclusions.subject.deals.${f.lever.dimension}`, {
    ...withShare,
    name: label(`${f.lever.dimension}.${f.lever.key}`),
    why: { kind: "msg", msg: why },
  });
}

/** "In the team's own words (Stop, Retrospective row 24): … The data narrows it …" */
function wordsMsg(f: Finding, notes: CampaignNotes): Msg | undefined {
  const cite = f.cites?.find((c) => c.tab === "Retrospective");
  const item = cite && notes.retrospective.find((r) => r.row === cite.row);
  if (!f.relation || !item || !cite) return undefined;
  const a = figureArgs(f);
  return {
    ...msg(`conclusions.words.${f.relation}`, {
      section: label(`retro.${item.section}`),
      row: text(String(cite.row)),
      item: text(item.item),
      held: a.held!,
      of: a.of!,
    }),
    plural: "of",
  };
}

/** The Journal line (or Retrospective row) that explains a creator's zero. */
function noteMsg(f: Finding, notes: CampaignNotes): Msg | undefined {
  for (const c of f.cites ?? []) {
    if (c.tab === "Journal") {
      const j = notes.journal.find((x) => x.row === c.row);
      if (j)
        return msg("conclusions.note.journal", {
          date: { kind: "date", value: j.date },
          row: text(String(c.row)),
          note: text(j.note),
        });
    } else if (f.relation === undefined) {
      const r = notes.retrospective.find((x) => x.row === c.row);
      if (r)
        return msg("conclusions.note.retrospective", {
          section: label(`retro.${r.section}`),
          row: text(String(c.row)),
          note: text(r.item),
        });
    }
  }
  return undefined;
}

/** Who a recommendation leaves off its list because another one asks for a check first. */
function heldBackMsg(f: Finding): Msg | undefined {
  if (!f.held_back) return undefined;
  return msg("conclusions.note.held_back", {
    handles: handles(f.held_back),
    count: { kind: "count", value: f.held_back.length },
  });
}

/** A detail said in several forms, by which of its figures are there: post gaps name only the gaps found. */
function detailForm(f: Finding): string {
  if (f.code !== "post_gaps") return "";
  const has = (k: string) => f.figures.some((g) => g.key === k && g.value > 0);
  return has("no_url") && has("no_impressions") ? ".both" : has("no_url") ? ".url" : ".impressions";
}

export function recommendationOf(f: Finding, m: KpiModel, notes: CampaignNotes): Recommendation {
  const args = argsOf(f);
  if (f.code === "tail" && m.campaign.end_date) args.end = { kind: "date", value: m.campaign.end_date };
  const base = OLD_RECS.has(f.code) ? `rec.${f.code}` : `conclusions.rec.${f.code}`;
  const words = wordsMsg(f, notes);
  const note = heldBackMsg(f) ?? noteMsg(f, notes);
  return {
    id: f.code,
    action: plural(msg(`${base}.action`, args), f.code),
    detail: plural(msg(`${base}.detail${detailForm(f)}`, args), f.code),
    ...(words ? { words } : {}),
    ...(note ? { note } : {}),
    finding: f,
  };
}

export const recommendations = (fs: Finding[], m: KpiModel, notes: CampaignNotes): Recommendation[] =>
  fs.map((f) => recommendationOf(f, m, notes));

export const verdict = (fs: Finding[], recs: Recommendation[]): Msg[] => fs.map((f) => verdictMsg(f, recs));
