// Decides how a year's section says what a body is (its category, remit, tasks, definition and founding): in
// apposition to its first mention ("…Zarządu CEPOL, agencji UE, zajmującej się …") or in sentences of their own
// ("ICMPD to organizacja międzynarodowa …", "Agencja realizuje także …").
import type { Body } from './domain.ts';
import type { YearPlan } from './plan.ts';

/** How what a body is gets told. */
export type Description = 'apposition' | 'sentence';

/** What the sentences after a body's first mention tell of it: the field whose noun phrase follows "to" (its
 * definition, else its category), whether the remit and founding go with it, and whether its tasks follow in a
 * sentence of their own. */
export interface Telling {
  head?: 'definition' | 'category';
  remit: boolean;
  founded: boolean;
  tasks: boolean;
}

// Returns how the section of a year describes a body: as the year's plan chooses (`describe`, false for not at all),
// else as its record chooses, else in a sentence. The one place that chooses.
export function describeAs(body: Body, plan: YearPlan): Description | false {
  return plan.describeAs(body.id) ?? body.describe ?? 'sentence';
}

// Returns what sentences of their own tell of a body in a year, or nothing (nothing at all when the year's plan says
// `describe: false`). Without `describe` (in the plan or the record), its definition and founding; with `describe:
// sentence`, its category and remit and tasks too; with `apposition`, only its tasks (the rest goes with its first
// mention). `byBoard`: the board sentence tells its category, remit and tasks itself.
export function descriptionOf(body: Body, plan: YearPlan, byBoard: boolean): Telling | undefined {
  const as = describeAs(body, plan);
  if (as === false) return undefined;
  // a description asked for, by the year's plan or by the record, tells the category, remit and tasks too
  const asked = (plan.describeAs(body.id) ?? body.describe) !== undefined && !byBoard;
  const apposed = as === 'apposition';
  const telling: Telling = {
    head: apposed ? undefined : body.definition ? 'definition' : asked && body.category ? 'category' : undefined,
    remit: !apposed && asked && Boolean(body.remit),
    founded: !apposed && Boolean(body.founded),
    tasks: asked && Boolean(body.tasks),
  };
  return telling.head || telling.remit || telling.founded || telling.tasks ? telling : undefined;
}
