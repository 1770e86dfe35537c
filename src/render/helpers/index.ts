// The helpers templates can use, by name.
import { takes } from './arguments.ts';
import { counted, eventWhen, groupsVerb, memberGroups, participle } from './content.ts';
import { approx, count, countAdj, countNoun, countWords, nounForms, verbForms } from './counts.ts';
import { adj, cap, countVerbOf, during, since, until, demonstrativeOf, relative, times, together, verb } from './grammar.ts';
import { concat, join, labels, placeList, placePhrase } from './lists.ts';
import { logic } from './logic.ts';
import { form, label, nounOf, shortOf } from './names.ts';
import { expansion, mention, mentionList, mentions } from './mentions.ts';
import { possessive, pronoun } from './pronouns.ts';
import { preposition } from './preposition.ts';
import { say, wording } from './record-text.ts';
import { sentence } from './sentence.ts';
import { spanNote } from './spans.ts';

/** Helpers that take plain values, by the name templates call them with, each with what its arguments must be where it
 * does not check them itself (counts, nouns, verbs and cases are checked as they are read). */
export const HELPERS: Record<string, (...args: never[]) => unknown> = {
  form: takes('form', ['phrase'], form),
  label: takes('label', ['record', 'case'], label),
  nounOf: takes('nounOf', ['record'], nounOf),
  shortOf: takes('shortOf', ['record'], shortOf),
  verb,
  adj: takes('adj', ['text', 'agreement', 'case'], adj),
  relative: takes('relative', ['agreement', 'case'], relative),
  demonstrative: takes('demonstrative', ['agreement', 'case'], demonstrativeOf),
  count,
  countVerb: takes('countVerb', ['number'], countVerbOf),
  together: takes('together', ['list'], together),
  times: takes('times', ['number'], times),
  cap: takes('cap', ['text'], cap),
  sinceDate: takes('sinceDate', ['date'], since),
  untilDate: takes('untilDate', ['date'], until),
  inDate: takes('inDate', ['date', 'text?'], during),
  pronoun: takes('pronoun', ['agreement', 'case', 'text?'], pronoun),
  possessive: takes('possessive', ['agreement'], possessive),
  spanNote: takes('spanNote', ['mapping'], spanNote),
  countWords,
  countNoun,
  countAdj: takes('countAdj', ['any', 'text'], countAdj),
  approx,
  nounForms: takes('nounForms', ['text', 'text', 'text', 'text?'], nounForms),
  verbForms: takes('verbForms', ['text', 'text', 'text', 'text', 'text?'], verbForms),
  labels: takes('labels', ['records', 'case'], labels),
  concat,
  placePhrase: takes('placePhrase', ['mapping'], placePhrase),
  placeList: takes('placeList', ['list'], placeList),
  counted: takes('counted', ['mapping'], counted),
  memberGroups: takes('memberGroups', ['list', 'case'], memberGroups),
  groupsVerb: takes('groupsVerb', ['list', 'text'], groupsVerb),
  participle: takes('participle', ['text?'], participle),
  eventWhen: takes('eventWhen', ['date', 'date?'], eventWhen),
  ...logic,
};

/** Block helpers, and helpers that read the render's data (the mentions decided), which also receive Handlebars'
 * options. `named` and `titled` are earlier names of `mention`, `namedList` of `mentionList`. */
export const BLOCK_HELPERS = {
  join: takes('join', ['list?'], join),
  sentence,
  say: takes('say', ['mapping'], say),
  wording: takes('wording', ['text', 'mappings?'], wording),
  mentions,
  mention: takes('mention', ['record', 'case'], mention),
  named: takes('named', ['record', 'case'], mention),
  titled: takes('titled', ['record', 'case'], mention),
  mentionList: takes('mentionList', ['records', 'case'], mentionList),
  namedList: takes('namedList', ['records', 'case'], mentionList),
  expansion: takes('expansion', ['record'], expansion),
  preposition,
};

/** The name of every helper, plain or block. */
export const HELPER_NAMES: ReadonlySet<string> = new Set([...Object.keys(HELPERS), ...Object.keys(BLOCK_HELPERS)]);

/** The helpers Handlebars itself brings, which a template may call as well. Not "log", which writes to the console:
 * a template writes only the text it renders (templates.ts unregisters it). */
export const BUILT_IN_HELPERS: ReadonlySet<string> = new Set(['if', 'unless', 'each', 'with', 'lookup']);

/** Helpers Handlebars brings that no template may call, because they write somewhere else than into the text. */
export const WRITING_HELPERS: ReadonlySet<string> = new Set(['log']);
