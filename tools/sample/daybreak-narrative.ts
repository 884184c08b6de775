// The sample's Retrospective and Journal: hand-written text around figures the core
// computes (analyze() over the generated tabs), so the prose agrees with every report.
import { type GoalResult, type KpiModel, ratio } from "../../core/index.ts";
import { CREATORS, JONAS, MAYA, PRIYA, THEO } from "./daybreak-story.ts";

type Row = [string, string, string, string];

const usd = (n: number) => `$${Math.round(n).toLocaleString("en-US")}`;
const pct = (f: number) => `${(f * 100).toFixed(f < 0.1 ? 1 : 0)}%`;
const x2 = (n: number) => `${n.toFixed(2)}x`;
const millions = (n: number) => `${(n / 1e6).toFixed(1)} million`;
const num = (v: number | null | undefined): number => v ?? 0;

function creatorOf(model: KpiModel, handle: string) {
  const c = model.creators.find((cr) => cr.handle === handle);
  if (!c) throw new Error(`the sample has no creator ${handle}`);
  return c;
}

function groupOf(model: KpiModel, dim: keyof KpiModel["groups"], key: string) {
  const g = model.groups[dim].find((row) => row.key === key);
  if (!g) throw new Error(`the sample has no ${dim} group ${key}`);
  return g;
}

/** The figures the narrative quotes, formatted as the text shows them. */
export function narrativeFigures(model: KpiModel) {
  const t = model.totals;
  const devon = creatorOf(model, "dewydevon");
  const lena = creatorOf(model, "lenaglowlab");
  const kay = creatorOf(model, "theskinedit.kay");
  const viral = model.posts.find((p) => p.creator === "dewydevon" && p.published === "2026-03-12");
  const micro = groupOf(model, "tier", "micro");
  const pinterest = groupOf(model, "platform", "pinterest");
  const deal = (key: string) => groupOf(model, "cooperation_model", key);
  const gifted = deal("gifted");
  // Counted as the KPIs count creators: declined ones are left out.
  const active = model.creators.filter((c) => c.status !== "declined");
  const zero = active.filter((c) => c.cost > 0 && !c.converting);
  const microTikTok = active.filter(
    (c) =>
      c.tier === "micro" &&
      c.platform === "tiktok" &&
      (c.cooperation_model === "affiliate" || c.cooperation_model === "hybrid"),
  );
  const sum = (xs: readonly { revenue?: number | null; cost: number | null }[], k: "revenue" | "cost") =>
    xs.reduce((a, x) => a + num(x[k]), 0);
  const jonas = model.team.find((m) => m.member === JONAS);
  return {
    revenue: usd(num(t.revenue)),
    orders: num(t.orders).toLocaleString("en-US"),
    roas: x2(num(t.roas)),
    cpa: usd(num(t.cpa)),
    totalCost: usd(t.total_cost),
    devonRevenue: usd(num(devon.revenue)),
    devonShare: pct(num(ratio(devon.revenue, t.revenue))),
    devonViews: millions(num(viral?.views)),
    lenaCost: usd(lena.cost),
    lenaRoas: x2(num(lena.roas)),
    kayImpressions: millions(num(kay.impressions)),
    kayClicks: num(kay.clicks).toLocaleString("en-US"),
    microRoas: x2(num(micro.roas)),
    microCpa: usd(num(micro.cpa)),
    microTikTokRoas: x2(num(ratio(sum(microTikTok, "revenue"), sum(microTikTok, "cost")))),
    fixedFeeRoas: x2(num(deal("fixed_fee").roas)),
    hybridRoas: x2(num(deal("hybrid").roas)),
    affiliateRoas: x2(num(deal("affiliate").roas)),
    pinClicks: num(pinterest.clicks).toLocaleString("en-US"),
    pinOrders: num(pinterest.orders),
    pinCr: pct(num(pinterest.conversion_rate)),
    tailShare: pct(num(t.tail_share)),
    unattributed: usd(num(t.unattributed_revenue)),
    zero: zero.length,
    zeroCost: usd(zero.reduce((a, c) => a + c.cost, 0)),
    er: pct(num(t.er_impressions)),
    impressions: millions(num(t.impressions)),
    sessionsLift: pct(num(model.lift.sessions.during_lift)),
    lenaShareOfCreatorCost: pct(num(ratio(lena.cost, t.creator_cost))),
    jonasCreators: jonas?.creators ?? 0,
    // Joining dates are part of the story, not of the workbook.
    launchCreators: CREATORS.filter((c) => c.status !== "declined" && !c.joined).length,
    payBackShare: pct(
      num(
        ratio(
          num(deal("affiliate").revenue) + num(deal("hybrid").revenue),
          num(t.revenue) - num(t.unattributed_revenue),
        ),
      ),
    ),
    giftedCost: usd(num(gifted.cost)),
    giftedRevenue: usd(num(gifted.revenue)),
    giftedZero: gifted.creators - gifted.converting_creators,
    gifted: gifted.creators,
  };
}

export type Figures = ReturnType<typeof narrativeFigures>;

/** How the answers name each goal, and the figure they quote for it. */
function goalText(kpi: string, T: Figures): string {
  const said: Record<string, [string, string]> = {
    revenue: ["revenue", T.revenue],
    orders: ["orders", T.orders],
    roas: ["ROAS", T.roas],
    cpa: ["cost per order", T.cpa],
    impressions: ["impressions", T.impressions],
    er_impressions: ["engagement rate", T.er],
    sessions_lift: ["site sessions", `+${T.sessionsLift}`],
  };
  const [label, figure] = said[kpi] ?? [kpi, ""];
  return `${label} (${figure})`;
}

const listOf = (items: string[]) =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

/** The post-mortem questions and their answers. */
function answers(T: Figures, goals: readonly GoalResult[]): Row[] {
  const goalsMetText = listOf(goals.filter((g) => g.met).map((g) => goalText(g.kpi, T)));
  const goalsMissedText = listOf(goals.filter((g) => g.met === false).map((g) => goalText(g.kpi, T)));
  return [
    // collaboration
    [
      "collaboration",
      "Did everyone understand the goal of the campaign and how it would be measured?",
      `Mostly. Everyone knew revenue was the main goal, but ROAS as the guardrail was only written down in week 2, so the first deals were judged on reach. Next time both belong in the kick-off brief.`,
      MAYA,
    ],
    [
      "collaboration",
      "Did we agree on the creator shortlist and the budget split before contracting?",
      `Only partly. The mega YouTube deal (${T.lenaCost}) was signed before the micro shortlist was ready, so ${T.lenaShareOfCreatorCost} of the creator budget was committed before we could compare options.`,
      MAYA,
    ],
    [
      "collaboration",
      "Did we have the people we needed, when we needed them?",
      `Creator management was tight: Jonas looked after ${T.jonasCreators} creators and logged the most hours. Analytics had only a few hours a week, so the UTM outage of 3-5 March took three days to spot.`,
      JONAS,
    ],
    [
      "collaboration",
      "Were managers told about progress and roadblocks in time?",
      `Yes for the viral video (boost approved within a day), no for the legal review of claims, which was raised only when TikTok posts were already late.`,
      PRIYA,
    ],
    // process
    [
      "process",
      "Did we prioritise the right tasks?",
      `We spent most onboarding time on the big names. The micro TikTok creators, who earned ${T.microTikTokRoas} on what they cost, got the least attention and still returned the most per dollar.`,
      JONAS,
    ],
    [
      "process",
      "Where did the briefing or approval process slow us down?",
      `The legal check on the word "brightening" held six TikTok scripts for five days, so the first week ran on Instagram, Pinterest and gifted posts. The mega video needed two revision rounds and went live six days late.`,
      PRIYA,
    ],
    [
      "process",
      "Did the campaign dates fit the goal?",
      `Four weeks suited TikTok. YouTube and Pinterest kept selling after the end date, and so did the videos of the last week: ${T.tailShare} of revenue arrived in the ten days after.`,
      THEO,
    ],
    [
      "process",
      "Were unexpected roadblocks shared quickly?",
      `The 50 ml stock-out on 15-16 March was flagged by the warehouse the same day and customers were steered to the 30 ml size. The UTM outage went unnoticed for three days; it explains most of the ${T.unattributed} we could not attribute.`,
      THEO,
    ],
    // function
    [
      "function",
      "Who made the key decisions, and did that work?",
      `Maya owned budget and creator choice, Priya owned content approval. The Spark Ads decision on 13 March was quick and paid off; the early mega commitment was made alone and did not.`,
      MAYA,
    ],
    [
      "function",
      "Did everyone understand their role and responsibilities?",
      `Owners per creator were clear. Who checks tracking links before a post goes live was not: it fell between content and analytics.`,
      THEO,
    ],
    [
      "function",
      "Which cooperation model paid back?",
      `Affiliate (${T.affiliateRoas}) and hybrid (${T.hybridRoas}) deals paid back and brought ${T.payBackShare} of attributed revenue; fixed fees returned ${T.fixedFeeRoas}. Gifting looked efficient (${T.giftedRevenue} on ${T.giftedCost} of boxes) but ${T.giftedZero} of ${T.gifted} gifted creators sold nothing.`,
      THEO,
    ],
    [
      "function",
      "Did we need outside help (agency, legal, warehouse) and was it booked in time?",
      `The agency found the macro creators but did not check audience location; legal was booked too late. The warehouse handled the PR boxes well.`,
      MAYA,
    ],
    // next steps
    [
      "next_steps",
      "Did we reach the goals we set, and why or why not?",
      `Met: ${goalsMetText}. Missed: ${goalsMissedText}. Sales were strong, but two large fixed-fee deals cost a lot and sold little, which pulled the efficiency goals down.`,
      MAYA,
    ],
    [
      "next_steps",
      "Which learnings would make the next campaign faster, cheaper or more profitable?",
      `Put most of the budget into micro creators on hybrid terms (micro tier: ${T.microRoas} ROAS, ${T.microCpa} per order), check audience geography before any fixed fee, and get claims approved before creators are contracted.`,
      JONAS,
    ],
    [
      "next_steps",
      "Should the goals be set differently next time?",
      `Keep revenue and ROAS, add a goal per platform: Pinterest should be judged on clicks and saves over a longer window, not on orders inside four weeks.`,
      THEO,
    ],
    [
      "next_steps",
      "How can leadership help with the next campaign?",
      `Approve a standing budget for boosting content that takes off, and a legal fast lane of 48 hours for creator scripts.`,
      MAYA,
    ],
  ];
}

/** Stop/Start/Continue/Change and the hits, misses and learnings. */
function lessons(T: Figures): Row[] {
  return [
    // stop / start / continue / change
    ["stop", "Signing fixed fees above $5,000 without an audience location report", "", MAYA],
    ["stop", "Sending PR boxes to small creators without a posting brief or a follow-up plan", "", PRIYA],
    ["start", "Testing every tracking link the day before a post goes live", "", THEO],
    ["start", "Keeping a boost budget ready for posts that take off", "", MAYA],
    ["continue", "Hybrid deals (small fee plus commission) with micro TikTok creators", "", JONAS],
    ["continue", "Writing the journal during the campaign, not after it", "", PRIYA],
    ["change", "Measure YouTube and Pinterest over 8 weeks instead of 4", "", THEO],
    ["change", "Send the legal claims checklist with the brief, before contracting", "", PRIYA],
    // hit / miss / learning
    [
      "hit",
      `The 12 March dewydevon video (${T.devonViews} views) made him the top seller: ${T.devonRevenue}, ${T.devonShare} of campaign revenue`,
      "",
      MAYA,
    ],
    ["hit", `Micro TikTok affiliates and hybrids returned ${T.microTikTokRoas} on their cost`, "", JONAS],
    ["hit", `Site sessions were up ${T.sessionsLift} on the four weeks before`, "", THEO],
    ["miss", `The mega YouTube deal cost ${T.lenaCost} and returned ${T.lenaRoas}`, "", MAYA],
    [
      "miss",
      `theskinedit.kay reached ${T.kayImpressions} impressions and ${T.kayClicks} clicks but sold nothing: most of her audience lives outside the US`,
      "",
      MAYA,
    ],
    [
      "miss",
      `${T.zero} creators who cost money sold nothing (${T.zeroCost} in total, mostly one fixed fee)`,
      "",
      PRIYA,
    ],
    [
      "learning",
      `Pinterest brought ${T.pinClicks} clicks but only ${T.pinOrders} orders (${T.pinCr}): people save pins to buy later`,
      "",
      PRIYA,
    ],
    [
      "learning",
      `${T.tailShare} of revenue came after the end date, so discount codes should outlive the campaign`,
      "",
      THEO,
    ],
    [
      "learning",
      "Follower count predicted reach, not sales: audience fit and a clear offer mattered more",
      "",
      JONAS,
    ],
  ];
}

export function retrospective(model: KpiModel): Row[] {
  const T = narrativeFigures(model);
  return [...answers(T, model.goals), ...lessons(T)];
}

export function journal(model: KpiModel): Row[] {
  const T = narrativeFigures(model);
  return [
    [
      "2026-02-24",
      "decision",
      "Signed lenaglowlab (YouTube, 1.85M subscribers) on a fixed fee before the micro shortlist was complete.",
      `Committed ${T.lenaShareOfCreatorCost} of the final creator spend in one deal.`,
    ],
    [
      "2026-03-02",
      "milestone",
      `Campaign launched: PR boxes delivered to ${T.launchCreators} creators, discount codes active.`,
      "",
    ],
    [
      "2026-03-05",
      "incident",
      "Link-in-bio tool stripped UTM parameters from 3 to 5 March; fixed after Theo spotted referral traffic with no campaign tag.",
      `Orders without a discount code could not be attributed; ${T.unattributed} of revenue is unattributed in total.`,
    ],
    [
      "2026-03-09",
      "incident",
      'Legal review of the word "brightening" held six TikTok scripts for five days.',
      "Most TikTok posts moved from week 1 to week 2.",
    ],
    [
      "2026-03-12",
      "milestone",
      "dewydevon's morning-routine video passed one million views within 20 hours.",
      "Started the strongest sales week of the campaign.",
    ],
    [
      "2026-03-13",
      "decision",
      "Boosted the viral dewydevon video with $6,000 of Spark Ads.",
      "Kept it in feeds for another four days; added to paid amplification costs.",
    ],
    [
      "2026-03-15",
      "incident",
      "Daybreak Serum 50 ml sold out for two days; the product page pointed buyers to the 30 ml size.",
      "Some revenue shifted from the 50 ml to the 30 ml variant.",
    ],
    [
      "2026-03-16",
      "incident",
      "lenaglowlab's video went live six days late after a second revision round on the script.",
      "Missed the planned launch week; fewer days to sell before the end date.",
    ],
    [
      "2026-03-18",
      "decision",
      "Moved the budget freed by marisolmakes declining to two micro TikTok creators (serumsnob, maskmonday) on hybrid and affiliate terms.",
      "Both posted in the last ten days and sold into the tail.",
    ],
    [
      "2026-03-20",
      "learning",
      "Audience report for theskinedit.kay arrived: about 70% of her followers live outside the US, where we do not ship.",
      "Explains high engagement and clicks with no orders.",
    ],
    [
      "2026-03-24",
      "decision",
      "Kept all discount codes valid until 8 April instead of closing them with the campaign.",
      `Tail revenue after 29 March: ${T.tailShare} of the total.`,
    ],
    [
      "2026-03-28",
      "milestone",
      "dewydevon posted a 30-day results video, his second-biggest post of the campaign.",
      "Revived sales in the last days; with the codes still valid it carried on into the tail.",
    ],
  ];
}
