// Helpers for what sections say of a body and of the Office's year: groups of members, participles of founding,
// events' dates and counts.
import { eventDate, joinList, PARTICIPLE_VERBS, passiveParticiple, type Case, type NounPhrase, type PartialDate } from '../../polish/index.ts';
import { approx, count, countNoun, countWords } from './counts.ts';
import { countVerbOf, verb } from './grammar.ts';
import { form } from './names.ts';
import { describe } from './arguments.ts';
import { message, MessageError } from '../../i18n/message.ts';
import { TemplateDataError } from '../template-error.ts';

/** A count as the data gives it. */
interface CountValue {
  count?: number | string;
  bound?: string;
  words?: boolean;
  noun?: unknown;
  adjective?: string;
}

/** A group of members, with the records it names. */
interface Group extends CountValue {
  countries?: { name: NounPhrase }[];
  bodies?: { name: NounPhrase }[];
  list?: 'brackets' | 'dash';
}

// Writes a count with its noun in a case: "27 państw członkowskich UE", "trzech krajów", "ponad 100 misji".
export function counted(value: CountValue, c: Case = 'nom', fallback?: unknown): string {
  if (value.count === undefined) throw new MessageError(message('helper.no-count'));
  const noun = value.noun ?? (typeof fallback === 'string' ? fallback : '');
  if (value.bound) return approx(value.bound, value.count, noun, c, value.adjective ?? '');
  return (value.words ? countWords : count)(value.count, noun, c, value.adjective ?? '');
}

// Writes groups of members in a case, joined as a list: "27 państw członkowskich UE, trzech krajów kandydujących
// (Albanii, Czarnogóry i Serbii), potencjalnego kandydata – Kosowa oraz dwóch państw stowarzyszonych – Norwegii i Szwajcarii".
export function memberGroups(groups: Group[], c: Case): string {
  return joinList((groups ?? []).map((group) => memberGroup(group, c)));
}

// Writes one group of members.
function memberGroup(group: Group, c: Case): string {
  const members = [...(group.countries ?? []), ...(group.bodies ?? [])].map((m) => form(m.name, c));
  const names = members.length ? joinList(members) : '';
  if (group.count === undefined) return names;
  const dash = group.list === 'dash' || (group.list === undefined && members.length > 0 && Number(group.count) === 1);
  // one named member after a dash: "potencjalnego kandydata – Kosowa", without the number
  const counting = dash && Number(group.count) === 1 && !group.bound ? countNoun(1, group.noun ?? '', c, group.adjective ?? '') : counted(group, c);
  if (!names) return counting;
  return dash ? `${counting} \u2013 ${names}` : `${counting} (${names})`;
}

// Returns the verb agreeing with the first group of members: "wchodzi" (15 państw), "wchodzą" (22 państwa, or A i B).
export function groupsVerb(groups: Group[], infinitive: string): string {
  const [first] = groups ?? [];
  if (first?.count !== undefined && typeof first.count === 'number') return countVerbOf(first.count, infinitive, first.noun ?? 'państwo');
  const named = [...(first?.countries ?? []), ...(first?.bodies ?? [])];
  const many = (groups?.length ?? 0) > 1 || named.length > 1 || first?.count !== undefined;
  return verb(infinitive, many ? { gender: 'n', number: 'pl', personal: false } : named[0]?.name);
}

// Returns the passive participle of a verb of founding, to decline: {{participle founded.verb}} -> "utworzony"; without a
// verb, the participle of the first the grammar knows ("założony").
export function participle(infinitive?: string): string {
  const verb = infinitive ?? PARTICIPLE_VERBS[0]!;
  const found = passiveParticiple(verb);
  if (found === undefined) throw new TemplateDataError(message('helper.participle', { value: describe(verb), verbs: PARTICIPLE_VERBS.join(', ') }));
  return found;
}

// Writes when an event happened: "w październiku 2014 r.", "w dniach 9–10 października 2014 r.".
export function eventWhen(from: PartialDate, to?: PartialDate): string {
  return eventDate(from, to && typeof to === 'object' ? to : undefined);
}
