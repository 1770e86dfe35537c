// Decides how a year's section says what a body is (its category, remit, tasks, definition and founding): in
// apposition to its first mention ("…Zarządu CEPOL, agencji UE, zajmującej się …") or in sentences of their own
// ("ICMPD to organizacja międzynarodowa …", "Agencja realizuje także …").
import type { Body } from './domain.ts';

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

// Returns how the section of a year describes a body: as its record chooses (`describe`), else in a sentence. The
// one place that chooses: a year's plan would override the record's choice here.
export function describeAs(body: Body, _year: number): Description {
  return body.describe ?? 'sentence';
}

// Returns what sentences of their own tell of a body in a year, or nothing. Without `describe`, its definition and
// founding; with `describe: sentence`, its category and remit and tasks too; with `apposition`, only its tasks (the
// rest goes with its first mention). `byBoard`: the board sentence tells its category, remit and tasks itself.
export function descriptionOf(body: Body, year: number, byBoard: boolean): Telling | undefined {
  const asked = body.describe !== undefined && !byBoard;
  const apposed = describeAs(body, year) === 'apposition';
  const telling: Telling = {
    head: apposed ? undefined : body.definition ? 'definition' : asked && body.category ? 'category' : undefined,
    remit: !apposed && asked && Boolean(body.remit),
    founded: !apposed && Boolean(body.founded),
    tasks: asked && Boolean(body.tasks),
  };
  return telling.head || telling.remit || telling.founded || telling.tasks ? telling : undefined;
}
