// The rules that decide whether an export row counts, each in one place.
import { enumKey, isBlank, isTotalCell } from "../index.ts";
import type { SkipReason } from "./types.ts";

/** A Shopify order's fate by its Financial Status and Cancelled at: counted, or why not. */
export function shopifyOrderSkip(financialStatus: string, cancelledAt: unknown): SkipReason | null {
  if (!isBlank(cancelledAt)) return "cancelled";
  switch (enumKey(financialStatus)) {
    case "voided":
      return "voided";
    case "refunded":
      return "refunded";
    case "pending":
    case "authorized":
    case "partially_paid":
    case "paid":
    case "partially_refunded":
      return null;
    default:
      return "unknown-status";
  }
}

// TikTok Shop statuses in the seller's UI language.
const TIKTOK_STATUS: Readonly<Record<string, SkipReason | null>> = {
  settled: null,
  pending: null,
  frozen: null,
  completed: null,
  delivered: null,
  shipped: null,
  in_transit: null,
  to_ship: null,
  awaiting_shipment: null,
  awaiting_collection: null,
  ineligible: "ineligible",
  cancelled: "cancelled",
  canceled: "cancelled",
  customer_unpaid: "unpaid",
  unpaid: "unpaid",
  đã_quyết_toán: null,
  đã_thanh_toán: null,
  đang_chờ_xử_lý: null,
  đang_chờ: null,
  bị_đóng_băng: null,
  đã_hoàn_thành: null,
  không_đủ_điều_kiện: "ineligible",
  đã_hủy: "cancelled",
  khách_hàng_chưa_thanh_toán: "unpaid",
  chưa_thanh_toán: "unpaid",
};

/** A TikTok Shop row's fate by its status and its "Fully returned or refunded" flag. */
export function tiktokRowSkip(status: string, fullyRefunded: unknown): SkipReason | null {
  if (isYes(fullyRefunded)) return "refunded";
  const s = TIKTOK_STATUS[enumKey(status)];
  return s === undefined ? "unknown-status" : s;
}

const YES = new Set(["yes", "y", "true", "1", "có", "x"]);
function isYes(raw: unknown): boolean {
  if (raw === true) return true;
  return typeof raw === "string" && YES.has(raw.trim().toLowerCase());
}

// A total row is recognised by the same words as on the template tabs.
export { isTotalCell };

/**
 * Text a spreadsheet would run as a formula when it is typed or opened from a CSV:
 * `=`, or `+ - @` before a name or a bracket (`-cmd|…`, `@SUM(…)`), or a leading tab/CR.
 * A plain `@handle`, a negative number or a `-` placeholder is not.
 */
export function isFormulaLike(raw: unknown): boolean {
  if (typeof raw !== "string") return false;
  const s = raw.trimStart();
  if (s.startsWith("=") || /^[\t\r]/.test(raw)) return true;
  return /^[+\-@]\s*[\p{L}(=]/u.test(s) && !/^@[\p{L}\p{N}._]+$/u.test(s);
}

/** Spread `amount` over `weights` in proportion, the last share taking the rounding. */
export function spread(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total <= 0) return weights.map((_, i) => (i === 0 ? amount : 0));
  let left = amount;
  return weights.map((w, i) => {
    if (i === weights.length - 1) return left;
    const share = (amount * w) / total;
    left -= share;
    return share;
  });
}

/** Money as the sheet shows it: cents, no float dust (72.19999 → 72.2). */
export const cents = (n: number): number => Math.round(n * 100) / 100;
