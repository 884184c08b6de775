// Distinct file names for the reports of one run or batch: two campaigns of the same
// name must never write the same file. The first source keeps its slug; each later one
// gets the first free `-2`, `-3`… in the order the sources were given.

/** Picks the file stem of one source (`base` plus each locale suffix), unique in the run. */
export type StemClaim = (base: string, suffixes: readonly string[]) => Promise<string>;

export class ReportStems {
  private readonly used = new Set<string>();
  private readonly given = new Map<string, string>();

  /**
   * The stem for source `key`: `base`, else `base-2`, `base-3`…, the first whose files
   * (`stem + suffix` for every suffix) no earlier source took. The same key gets the
   * same stem again (a source retried after a browser crash).
   */
  claim(key: string, base: string, suffixes: readonly string[]): string {
    const known = this.given.get(key);
    if (known !== undefined) return known;
    const names = (stem: string) => (suffixes.length > 0 ? suffixes : [""]).map((s) => `${stem}${s}`);
    let stem = base;
    for (let n = 2; names(stem).some((f) => this.used.has(f)); n++) stem = `${base}-${n}`;
    for (const f of names(stem)) this.used.add(f);
    this.given.set(key, stem);
    return stem;
  }
}

/**
 * Turns in source order for sources running side by side: source i claims its stem only
 * once every earlier source has claimed its own (or failed before it could), so which
 * source gets `-2` never depends on which finished reading first.
 */
export class SourceTurns {
  private readonly settled: { promise: Promise<void>; settle: () => void }[] = [];

  private at(i: number) {
    while (this.settled.length <= i) {
      let settle = () => {};
      const promise = new Promise<void>((r) => {
        settle = r;
      });
      this.settled.push({ promise, settle });
    }
    return this.settled[i]!;
  }

  /** Resolves when sources 0…i-1 have all settled. */
  async wait(i: number): Promise<void> {
    await Promise.all(Array.from({ length: i }, (_, j) => this.at(j).promise));
  }

  /** Source i has claimed (or will never claim); idempotent. */
  settle(i: number): void {
    this.at(i).settle();
  }
}
