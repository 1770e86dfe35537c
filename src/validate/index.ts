// Validates loaded records: every check, every problem, then the resolved data set when there are no errors.
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Loaded } from '../load/load-data.ts';
import type { Code } from '../diagnostics/codes.ts';
import type { MessageKey } from '../i18n/en.ts';
import { createContext, type Rule, type RuleMeta } from './context.ts';
import type { Dataset } from './dataset.ts';
import { resolve } from './resolve.ts';
import { placedInSection } from './rules/areas.ts';
import { plainCharacters } from './rules/characters.ts';
import { roleFields } from './rules/role-fields.ts';
import { orderedChanges } from './rules/changes.ts';
import { noOverlaps } from './rules/overlaps.ts';
import { declinableWords } from './rules/words.ts';
import { distinctNames } from './rules/duplicates.ts';
import { noCycles } from './rules/cycles.ts';
import { countsFromOne } from './rules/counts.ts';
import { noRepeats } from './rules/repeats.ts';
import { asOfFromFirstYear } from './rules/as-of.ts';
import { validDates } from './rules/dates.ts';
import { eventFields } from './rules/events.ts';
import { validPlans } from './rules/plans.ts';
import { uniqueIds } from './rules/ids.ts';
import { validReferences } from './rules/references.ts';
import { checkSchema } from './rules/schema.ts';

export type { Dataset } from './dataset.ts';

/** The rules run after the schema check, in order. */
export const RULES = [
  uniqueIds,
  validDates,
  asOfFromFirstYear,
  orderedChanges,
  validReferences,
  noCycles,
  countsFromOne,
  noRepeats,
  placedInSection,
  roleFields,
  eventFields,
  validPlans,
  noOverlaps,
  plainCharacters,
  distinctNames,
  declinableWords,
] as const satisfies readonly Rule[];

/** The codes the rules declare. */
export type RuleCode = (typeof RULES)[number] extends infer R ? (R extends Rule<infer C, infer _> ? C : never) : never;

declare module '../diagnostics/codes.ts' {
  interface DeclaredCodes extends Record<RuleCode, true> {}
}

/** The outcome of validation: all diagnostics, and the data set when no error was found. */
export interface Validated {
  dataset?: Dataset;
  diagnostics: Diagnostic[];
}

// Runs every check over the loaded records.
export async function validate(loaded: Loaded): Promise<Validated> {
  const diagnostics = [...loaded.diagnostics];
  const schema = checkSchema(loaded.records, diagnostics);
  const contextFor = createContext(loaded, schema, diagnostics);
  for (const rule of RULES as readonly Rule[]) rule.check(contextFor(rule.meta as RuleMeta<Code, MessageKey>));
  const sorted = sortDiagnostics(diagnostics);
  if (hasErrors(sorted) || !schema.checked.some((r) => r.source.kind === 'office')) return { diagnostics: sorted };
  return { dataset: resolve(schema.checked), diagnostics: sorted };
}
