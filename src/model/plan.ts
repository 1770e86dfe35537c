// Reads a year's plan (data/plans/<year>.yaml): what the year's section tells of the facts that hold. Without a plan,
// or where it says nothing, everything that holds is told, as it always was.
import type { PlanData } from '../schema/records.ts';
import type { Dataset } from '../validate/dataset.ts';

/** What a plan can leave untold of a record: its description, composition, own sentences and events. */
export type Telling = 'describe' | 'composition' | 'sentences' | 'events';

/** A year's plan as the model asks it. */
export interface YearPlan {
  /** Tells whether the year's section tells this of a record (a body or project by id, or "office"). */
  tells(id: string, what: Telling): boolean;
  /** How the year tells what a body is: as a sentence of its own, or not at all; nothing when the plan leaves it to
   * the record (src/model/describe.ts chooses from this). */
  describeAs(id: string): 'apposition' | 'sentence' | false | undefined;
  /** The bodies whose paragraphs come first, in order. */
  order: string[];
}

// Returns the plan of a year: the data's plans/<year>.yaml, or the plan that tells everything.
export function planOf(dataset: Dataset, year: number): YearPlan {
  const data = (dataset.records.find((r) => r.kind === 'plan' && r.id === String(year))?.data ?? {}) as PlanData;
  const setting = (id: string, what: Telling) => data.records?.find((r) => r.id === id)?.[what] ?? data[what];
  return {
    tells: (id, what) => setting(id, what) !== false,
    describeAs: (id) => data.records?.find((r) => r.id === id)?.describe ?? data.describe,
    order: (data.order ?? []).map(String),
  };
}

// Orders paragraphs by a plan: those that tell a body the plan lists come first, in the plan's order; the rest keep
// theirs.
export function inPlanOrder<T>(paragraphs: T[], plan: YearPlan, tellsId: (paragraph: T, id: string) => boolean): T[] {
  const rank = (p: T) => {
    const at = plan.order.findIndex((id) => tellsId(p, id));
    return at < 0 ? plan.order.length : at;
  };
  return paragraphs
    .map((p, i) => ({ p, i, r: rank(p) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map(({ p }) => p);
}
