import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBatchFile, readBatchFile, runBatch, summaryTable } from "../../../generator/report/batch.ts";
import { batchMessages } from "../../../generator/report/messages.ts";
import { SourceError, UsageError } from "../../../generator/errors.ts";

describe("parseBatchFile", () => {
  it("keeps one source per line, dropping comments and blank lines", () => {
    const text = [
      "# spring campaigns",
      "https://docs.google.com/spreadsheets/d/1abc/edit#gid=0",
      "",
      "  reports/daybreak.xlsx   # the serum",
      "\tcsv-folder",
    ].join("\r\n");
    // A `#` inside a URL (no space before it) is part of the URL, not a comment.
    expect(parseBatchFile(text)).toEqual([
      "https://docs.google.com/spreadsheets/d/1abc/edit#gid=0",
      "reports/daybreak.xlsx",
      "csv-folder",
    ]);
  });

  it("refuses a file with no source", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pm-batch-"));
    const path = join(dir, "list.txt");
    await writeFile(path, "# nothing yet\n\n");
    await expect(readBatchFile(path)).rejects.toThrow(new UsageError(batchMessages.empty(path)));
  });
});

describe("runBatch", () => {
  it("shares one printer, keeps the limit, and goes on past a failure", async () => {
    let launches = 0;
    let closes = 0;
    let running = 0;
    let peak = 0;
    const gates: (() => void)[] = [];
    const printer = { id: "browser" };
    const sources = ["a.xlsx", "broken", "c.xlsx", "d.xlsx", "e.xlsx"];
    const done = runBatch(sources, {
      concurrency: 2,
      launch: async () => {
        launches++;
        return printer;
      },
      close: async (p) => {
        expect(p).toBe(printer);
        closes++;
      },
      renderOne: async (source, getPrinter) => {
        running++;
        peak = Math.max(peak, running);
        expect(await getPrinter()).toBe(printer);
        // Each render waits until the test lets it finish, so overlaps are real.
        await new Promise<void>((resolve) => gates.push(resolve));
        running--;
        if (source === "broken") throw new SourceError('The sheet lacks the template tab "Creators".');
        return [`out/${source}.pdf`];
      },
    });
    while (gates.length > 0 || running > 0) {
      await new Promise((r) => setImmediate(r));
      gates.shift()?.();
    }
    const outcomes = await done;
    expect(peak).toBe(2);
    expect(launches).toBe(1);
    expect(closes).toBe(1);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true, true, true]);
    expect(outcomes[1]).toEqual({
      source: "broken",
      ok: false,
      outputs: [],
      error: 'The sheet lacks the template tab "Creators".',
    });
    const table = summaryTable(outcomes).split("\n");
    // Columns are as wide as their widest cell ("SOURCE", "broken": 6) plus two spaces.
    expect(table[0]).toBe("SOURCE  STATUS  OUTPUTS / ERROR");
    expect(table[1]).toBe("a.xlsx  ok      out/a.xlsx.pdf");
    expect(table[2]).toBe('broken  failed  The sheet lacks the template tab "Creators".');
    expect(table.at(-1)).toBe(batchMessages.total(5, 1));
    expect(table.at(-1)).toBe("4 of 5 sources rendered; 1 failed.");
  });

  it("never launches the browser when no source needs it", async () => {
    let launches = 0;
    const outcomes = await runBatch(["x"], {
      launch: async () => {
        launches++;
        return null;
      },
      close: async () => {},
      renderOne: async () => ["out/x.html"],
    });
    expect(launches).toBe(0);
    expect(outcomes).toEqual([{ source: "x", ok: true, outputs: ["out/x.html"] }]);
  });
});
