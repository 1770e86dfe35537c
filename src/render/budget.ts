// Limits what rendering a template may do, checked while it renders: how many times its blocks run, and how much text
// they write. Nested blocks multiply what they hold, so a few bytes of template can ask for gigabytes of text.

/** The limits of one rendering; `what` names it in the message. */
export interface Limits {
  what: 'text' | 'section';
  /** How many times blocks may run (each item of an #each, each #if taken). */
  runs: number;
  /** How many characters the blocks may write, each counted once (not again in every block around it). */
  characters: number;
}

/** A record's own text: a sentence or a part of one. */
export const RECORD_TEXT_LIMITS: Limits = { what: 'text', runs: 10_000, characters: 64 * 1024 };

/** A whole section: 5,000 records take under 10,000 runs and 160,000 characters, so 50,000 records fit five times over. */
export const SECTION_LIMITS: Limits = { what: 'section', runs: 500_000, characters: 32 * 1024 * 1024 };

/** A limit was passed; the templates' loader locates it at the block that passed it. */
export class BudgetExceeded extends Error {
  override name = 'BudgetExceeded';
  constructor(
    readonly limits: Limits,
    /** Which limit: the runs of blocks or the characters. */
    readonly limit: 'runs' | 'characters',
  ) {
    super(`${limits.what} over its ${limit} budget`);
  }
}

/** What one rendering has spent. */
export class Budget {
  private runs = 0;
  private characters = 0;
  /** For each block running, the characters its inner blocks wrote: what it writes itself is the rest. */
  private inner: number[] = [];

  constructor(readonly limits: Limits) {}

  // Runs one block's body, counting the run and the text it writes; throws BudgetExceeded past a limit.
  run(body: () => string): string {
    if (++this.runs > this.limits.runs) throw new BudgetExceeded(this.limits, 'runs');
    this.inner.push(0);
    let text: string;
    let written: number;
    try {
      text = body();
    } finally {
      written = this.inner.pop()!;
    }
    this.characters += Math.max(0, text.length - written);
    if (this.inner.length) this.inner[this.inner.length - 1]! += text.length;
    if (this.characters > this.limits.characters) throw new BudgetExceeded(this.limits, 'characters');
    return text;
  }
}
