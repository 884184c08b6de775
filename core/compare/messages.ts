// English wording of compare's findings, for callers without the HTML; the HTML report uses templates/compare/i18n (finding.*).
import type { CampaignRef, CompareFinding } from "./types.ts";

const label = (c: CampaignRef | undefined, i: number) => c?.name ?? `Campaign ${i + 1}`;

export function findingMessage(f: CompareFinding, campaigns: CampaignRef[]): string {
  switch (f.code) {
    case "currencies_differ":
      return `These campaigns were run in different currencies (${f.currencies.join(", ")}), so money is totalled per currency and never added across them; cost and revenue deltas between campaigns of different currencies are left blank.`;
    case "no_dates":
      return `${f.campaigns.map((i) => label(campaigns[i], i)).join(", ")} ${f.campaigns.length === 1 ? "has" : "have"} no start date, so the campaigns are compared in the order given.`;
  }
}
