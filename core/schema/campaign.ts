// The Campaign tab as the parser reads it: what every later phase knows of the campaign.
import type { Objective } from "./enums.ts";

export interface Campaign {
  name: string | null;
  brand: string | null;
  start_date: string | null;
  end_date: string | null;
  /** ISO 4217 code; null when the Campaign tab gives none (amounts are then shown without a sign). */
  currency: string | null;
  objective: Objective | null;
  locale: string;
  prepared_by: string | null;
  tier_thresholds: number[];
}
