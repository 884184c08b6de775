// withRetry with an injected sleep and a stepped clock, so backoff is checked exactly and fast.
// End to end against the fake Google server: test/generator/google/sheets.test.ts ("retries 429 with backoff…",
// "gives up on a lasting 429 at the deadline…" → exit 3 with the quota sentence, "retries a 5xx…").
import { afterEach, describe, expect, it, vi } from "vitest";
import { RetriesExhausted } from "../../generator/google/errors.ts";
import { withRetry } from "../../generator/google/retry.ts";

const http = (status: number, headers: Record<string, string> = {}) =>
  Object.assign(new Error(`HTTP ${status}`), { response: { status, headers } });

/** A clock that only moves when the retry loop sleeps. */
function steppedClock() {
  let now = 1_000_000;
  vi.spyOn(Date, "now").mockImplementation(() => now);
  const sleeps: number[] = [];
  const sleep = async (ms: number) => {
    sleeps.push(ms);
    now += ms;
  };
  return { sleeps, sleep };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("Sheets retries", () => {
  it("429 then 200 → retried once after a 500 ms backoff, the answer returned", async () => {
    const { sleeps, sleep } = steppedClock();
    let n = 0;
    const res = await withRetry(
      async () => {
        if (n++ === 0) throw http(429);
        return "values";
      },
      { deadlineMs: 60_000, random: () => 1, sleep },
    );
    expect(res).toBe("values");
    expect(n).toBe(2);
    expect(sleeps).toEqual([500]);
  });

  it("503 on every try → backoff doubles 0.5, 1, 2, 4, 8, 16 (capped at 16) s until the 60 s deadline, then RetriesExhausted", async () => {
    const { sleeps, sleep } = steppedClock();
    let n = 0;
    const err = await withRetry(
      async () => {
        n++;
        throw http(503);
      },
      { deadlineMs: 60_000, random: () => 1, sleep },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetriesExhausted);
    // 0.5+1+2+4+8+16+16 = 47.5 s slept; one more 16 s sleep would end 3.5 s past the deadline.
    expect(sleeps).toEqual([500, 1000, 2000, 4000, 8000, 16_000, 16_000]);
    expect(n).toBe(8);
    expect((err as RetriesExhausted).seconds).toBe(47.5);
  });

  it("429 with Retry-After: 7 → waits 7 s even when the backoff would be shorter", async () => {
    const { sleeps, sleep } = steppedClock();
    let n = 0;
    await withRetry(
      async () => {
        if (n++ === 0) throw http(429, { "retry-after": "7" });
        return 1;
      },
      { deadlineMs: 60_000, random: () => 0.5, sleep },
    );
    expect(sleeps).toEqual([7000]);
  });

  it.each([400, 401, 403, 404])("HTTP %i → not retried, thrown as is after one try", async (status) => {
    const { sleeps, sleep } = steppedClock();
    let n = 0;
    const e = http(status);
    const err = await withRetry(
      async () => {
        n++;
        throw e;
      },
      { deadlineMs: 60_000, random: () => 1, sleep },
    ).catch((x: unknown) => x);
    expect(err).toBe(e);
    expect(n).toBe(1);
    expect(sleeps).toEqual([]);
  });
});
