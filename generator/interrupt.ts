// Ctrl-C, SIGTERM and SIGHUP: stop at once with the shell's exit code (128 + signal),
// one sentence on stderr, and no litter — every step that holds something outside the
// process (a temp file, a browser and its profile) registers how to undo it here.
import { outputMessages } from "./output/messages.ts";

type Cleanup = () => void | Promise<void>;

const cleanups = new Set<Cleanup>();

/** Runs `fn` if the run is interrupted; call the returned function once it is no longer needed. */
export function atInterrupt(fn: Cleanup): () => void {
  cleanups.add(fn);
  return () => {
    cleanups.delete(fn);
  };
}

export const STOP_SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
export type StopSignal = keyof typeof STOP_SIGNALS;

/** Cleanups get this long in all before the process exits anyway. */
const CLEANUP_MS = 5000;

let stopping = false;

/** Undoes everything registered (each at most once), then exits with 128 + the signal's number. */
async function stop(signal: StopSignal): Promise<void> {
  if (stopping) return; // a second Ctrl-C while cleaning up: the first one is already stopping
  stopping = true;
  const code = STOP_SIGNALS[signal];
  process.exitCode = code;
  try {
    process.stderr.write(`postmortem: ${outputMessages.stopped(signal)}\n`);
  } catch {
    // stderr gone (SIGHUP: the terminal closed): clean up all the same.
  }
  // That sentence is the last word: steps failing because their browser was just killed
  // must not add "something went wrong" after it.
  const mute = (() => true) as typeof process.stderr.write;
  process.stderr.write = mute;
  process.stdout.write = mute;
  setTimeout(() => process.exit(code), CLEANUP_MS).unref();
  const all = [...cleanups];
  cleanups.clear();
  await Promise.all(all.map(async (fn) => fn()).map((p) => p.catch(() => {})));
  process.exit(code);
}

/** For the command line only (tests that run commands in-process keep their own signals). */
export function stopOnSignals(): void {
  for (const signal of Object.keys(STOP_SIGNALS) as StopSignal[]) process.on(signal, () => void stop(signal));
}
