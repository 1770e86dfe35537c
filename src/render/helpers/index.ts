// The helpers templates can use, by name.
import { counted, eventWhen, groupsVerb, memberGroups, participle } from './content.ts';
import { approx, count, countAdj, countNoun, countWords, nounForms, verbForms } from './counts.ts';
import { adj, cap, countVerbOf, during, since, until, demonstrativeOf, relative, times, together, verb } from './grammar.ts';
import { concat, join, labels, namedList, placeList, placePhrase } from './lists.ts';
import { logic } from './logic.ts';
import { expansion, form, label, named, nounOf, titled } from './names.ts';
import { possessive, pronoun } from './pronouns.ts';
import { preposition } from './preposition.ts';
import { say, wording } from './record-text.ts';
import { sentence } from './sentence.ts';
import { spanNote } from './spans.ts';

/** Helpers that take plain values, by the name templates call them with. */
export const HELPERS: Record<string, (...args: never[]) => unknown> = {
  form,
  label,
  named,
  titled,
  expansion,
  nounOf,
  verb,
  adj,
  relative,
  demonstrative: demonstrativeOf,
  count,
  countVerb: countVerbOf,
  together,
  times,
  cap,
  sinceDate: since,
  untilDate: until,
  inDate: during,
  pronoun,
  possessive,
  spanNote,
  countWords,
  countNoun,
  countAdj,
  approx,
  nounForms,
  verbForms,
  labels,
  namedList,
  concat,
  placePhrase,
  placeList,
  counted,
  memberGroups,
  groupsVerb,
  participle,
  eventWhen,
  ...logic,
};

/** Block helpers, which also receive Handlebars' options (the block to render). */
export const BLOCK_HELPERS = { join, sentence, say, wording, preposition };

/** The name of every helper, plain or block. */
export const HELPER_NAMES: ReadonlySet<string> = new Set([...Object.keys(HELPERS), ...Object.keys(BLOCK_HELPERS)]);

/** The helpers Handlebars itself brings, which a template may call as well. */
export const BUILT_IN_HELPERS: ReadonlySet<string> = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log']);
