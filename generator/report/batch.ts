// `postmortem report --batch FILE`: many sources (sheets or files), one shared browser,
// a few at a time; a failing source is recorded and the rest go on.
import { readFile } from "node:fs/promises";
import { ExitError, UsageError } from "../errors.ts";
import { type UploadSettings, uploadRendered } from "../google/report-upload.ts";
import { BrowserCrashedError, PdfPrinter } from "../pdf/browser.ts";
import { batchMessages, reportMessages } from "./messages.ts";
import { ReportStems, SourceTurns } from "./stems.ts";
import type { ReportSettings, WriteOptions } from "./write.ts";

export interface BatchOutcome {
  source: string;
  ok: boolean;
  /** Files written (or Drive links) for a source that succeeded. */
  outputs: string[];
  /** The one-sentence reason a source failed. */
  error?: string;
}

/** Renders one source (the `index`-th of the batch) with the shared printer, resolving to what it wrote. */
export type RenderOne<P> = (source: string, printer: () => Promise<P>, index: number) => Promise<string[]>;

export interface BatchOptions<P> {
  renderOne: RenderOne<P>;
  /** Starts the shared printer (the browser), at most once and only if a source asks for it. */
  launch: () => Promise<P>;
  close: (printer: P) => Promise<void>;
  /** Sources rendered at the same time (default 2). */
  concurrency?: number;
  /** Called as each source finishes, for progress lines. */
  onDone?: (outcome: BatchOutcome, index: number) => void;
}

export const DEFAULT_CONCURRENCY = 2;

/** A batch file's sources: one per line; `#` starts a comment; blank lines are skipped. */
export function parseBatchFile(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, "").trim())
    .filter((line) => line !== "");
}

export async function readBatchFile(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new UsageError(batchMessages.cannotRead(path));
  }
  const sources = parseBatchFile(text);
  if (sources.length === 0) throw new UsageError(batchMessages.empty(path));
  return sources;
}

export function parseConcurrency(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_CONCURRENCY;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 16) throw new UsageError(batchMessages.badConcurrency(raw));
  return n;
}

/** Whether an error says the shared browser died (killed, crashed, disconnected) rather than the source failing. */
export function isBrowserCrash(e: unknown): boolean {
  if (e instanceof BrowserCrashedError) return true;
  const m = e instanceof Error ? e.message : String(e);
  // Only words for a dead browser or tab: a plain "Protocol error (…): Printing failed" is the
  // page's own failure, and relaunching would not help it.
  return /target closed|target crashed|page crashed|session closed|connection closed|browser has disconnected|browser disconnected|websocket is not open/i.test(
    m,
  );
}

/**
 * Renders every source, `concurrency` at a time, sharing one lazily launched printer.
 * When the printer dies mid-batch it is relaunched (once per crash, however many
 * sources saw it die) and each source it took down is retried once.
 */
export async function runBatch<P>(
  sources: readonly string[],
  opts: BatchOptions<P>,
): Promise<BatchOutcome[]> {
  let launched: Promise<P> | undefined;
  const all: Promise<P>[] = [];
  const current = () => {
    if (!launched) {
      launched = opts.launch();
      all.push(launched);
    }
    return launched;
  };
  /** One try; on failure, says which printer (if any) the source was using. */
  const attempt = async (source: string, index: number) => {
    let used: Promise<P> | undefined;
    try {
      return { outputs: await opts.renderOne(source, () => (used = current()), index) };
    } catch (e) {
      return { e, used };
    }
  };
  const outcomes: BatchOutcome[] = new Array(sources.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < sources.length; i = next++) {
      const source = sources[i]!;
      let r = await attempt(source, i);
      if ("e" in r && r.used && isBrowserCrash(r.e)) {
        if (launched === r.used) launched = undefined;
        r = await attempt(source, i);
        if ("e" in r && r.used && isBrowserCrash(r.e)) {
          // The retry took the new browser down too: the next source gets a fresh one.
          if (launched === r.used) launched = undefined;
          r = { e: new ExitError(batchMessages.browserCrashed(), 3), used: r.used };
        }
      }
      const outcome: BatchOutcome =
        "outputs" in r && r.outputs
          ? { source, ok: true, outputs: r.outputs }
          : { source, ok: false, outputs: [], error: failureSentence((r as { e: unknown }).e) };
      outcomes[i] = outcome;
      opts.onDone?.(outcome, i);
    }
  };
  const width = Math.max(1, Math.min(opts.concurrency ?? DEFAULT_CONCURRENCY, sources.length));
  try {
    await Promise.all(Array.from({ length: width }, worker));
  } finally {
    // Crashed printers too: closing one reaps its process.
    for (const p of all) {
      const printer = await p.catch(() => undefined);
      if (printer !== undefined) await opts.close(printer).catch(() => undefined);
    }
  }
  return outcomes;
}

function failureSentence(e: unknown): string {
  if (e instanceof ExitError) return e.message;
  return batchMessages.unexpected((e as Error)?.message ?? String(e));
}

/** The summary: one line per source, columns aligned; plain text so it greps and pastes. */
export function summaryTable(outcomes: readonly BatchOutcome[]): string {
  const rows = outcomes.map((o) => [
    o.source,
    o.ok ? "ok" : "failed",
    o.ok ? o.outputs.join(", ") : (o.error ?? ""),
  ]);
  const head = ["SOURCE", "STATUS", "OUTPUTS / ERROR"];
  const w0 = Math.max(head[0]!.length, ...rows.map((r) => r[0]!.length));
  const w1 = Math.max(head[1]!.length, ...rows.map((r) => r[1]!.length));
  const line = (r: string[]) => `${r[0]!.padEnd(w0)}  ${r[1]!.padEnd(w1)}  ${r[2]}`.trimEnd();
  const failed = outcomes.filter((o) => !o.ok).length;
  return [line(head), ...rows.map(line), "", batchMessages.total(outcomes.length, failed)].join("\n");
}

type WriteReports = (o: WriteOptions) => Promise<{ errors: number; warnings: number; files: string[] }>;

/** What `postmortem report` was asked for, shared by every source of a batch. */
export interface ReportJob extends ReportSettings {
  strict: boolean;
  /** Drive upload settings when `--upload` was given. */
  upload?: UploadSettings | undefined;
}

/**
 * `renderOne` for the report: the report command's own writer, one source at a time, on the
 * shared printer. Two sources of one campaign name get distinct files, in the batch file's order.
 */
export function reportRenderer(job: ReportJob, write: WriteReports): RenderOne<PdfPrinter> {
  const stems = new ReportStems();
  const turns = new SourceTurns();
  return async (source, printer, index) => {
    const links: string[] = [];
    const { strict, upload, ...settings } = job;
    const res = await write({
      ...settings,
      sources: [source],
      stems: async (base, suffixes) => {
        await turns.wait(index);
        const stem = stems.claim(`${index}\0${source}`, base, suffixes);
        turns.settle(index);
        return stem;
      },
      // Sources run side by side: their progress lines would interleave; the batch reports per source.
      progress: () => {},
      chartThread: false,
      // The writer closes its printer when done; the shared one must outlive this source.
      launch: async () => {
        const p = await printer();
        return { print: (html, opts) => p.print(html, opts), close: async () => {} };
      },
      ...(upload
        ? {
            afterReport: async (w) => {
              const r = await uploadRendered(upload, { source, slug: w.slug, files: w.files });
              links.push(...r.links.map((l) => l.link));
            },
          }
        : {}),
      // A source that fails before its claim must not hold up the later ones.
    }).finally(() => turns.settle(index));
    if (strict && res.errors + res.warnings > 0)
      throw new ExitError(reportMessages.strict(res.errors, res.warnings), 1);
    return [...res.files, ...links];
  };
}

/** `postmortem report --batch FILE`: renders every listed source, prints the summary; 1 if any failed. */
export async function reportBatch(
  file: string,
  job: ReportJob,
  concurrency: number,
  write: WriteReports,
): Promise<number> {
  const sources = await readBatchFile(file);
  const outcomes = await runBatch(sources, {
    renderOne: reportRenderer(job, write),
    // A page ready for each source printed side by side, each in a renderer process of its own.
    launch: () =>
      PdfPrinter.launch(undefined, { pages: concurrency, processes: concurrency > 1 ? "several" : "one" }),
    close: (p) => p.close(),
    concurrency,
    onDone: (o) => {
      if (process.stderr.isTTY) process.stderr.write(`${batchMessages.progress(o.ok, o.source)}\n`);
    },
  });
  process.stdout.write(`${summaryTable(outcomes)}\n`);
  return outcomes.every((o) => o.ok) ? 0 : 1;
}
