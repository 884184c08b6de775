// Exponential backoff with full jitter under one overall deadline, as Google asks
// of API clients (429 and 5xx). The clients' own retries are switched off.
import { classify, isRetryable, RetriesExhausted } from "./errors.ts";

export interface RetryOptions {
  deadlineMs: number;
  /** First backoff ceiling; doubles each try. */
  baseMs?: number;
  maxMs?: number;
  /** Longest single attempt. */
  attemptMs?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function retryAfterMs(e: unknown): number | undefined {
  const headers = (e as { response?: { headers?: unknown } }).response?.headers;
  const value =
    headers instanceof Headers
      ? headers.get("retry-after")
      : (headers as Record<string, string> | undefined)?.["retry-after"];
  const s = Number(value);
  return value && Number.isFinite(s) && s >= 0 ? s * 1000 : undefined;
}

/** Runs `attempt(timeoutMs)` until it succeeds, fails for good, or the deadline passes. */
export async function withRetry<T>(
  attempt: (timeoutMs: number) => Promise<T>,
  opts: RetryOptions,
): Promise<T> {
  const start = Date.now();
  const base = opts.baseMs ?? 500;
  const max = opts.maxMs ?? 16_000;
  const random = opts.random ?? Math.random;
  const sleep = opts.sleep ?? wait;
  for (let n = 0; ; n++) {
    const remaining = opts.deadlineMs - (Date.now() - start);
    try {
      return await attempt(Math.max(1, Math.min(remaining, opts.attemptMs ?? 30_000)));
    } catch (e) {
      if (!isRetryable(classify(e))) throw e;
      const delay = Math.max(retryAfterMs(e) ?? 0, random() * Math.min(max, base * 2 ** n));
      const left = opts.deadlineMs - (Date.now() - start);
      if (left - delay < 250) throw new RetriesExhausted(e, (Date.now() - start) / 1000);
      await sleep(delay);
    }
  }
}
