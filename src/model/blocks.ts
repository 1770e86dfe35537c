// What the section says, as paragraphs of blocks; each block is told by the template partial it names.
import type { Gender, NounPhrase, PartialDate } from '../polish/types.ts';
import type { Phase } from '../polish/period.ts';
import type { Telling } from './describe.ts';
import type { PartialKind } from '../schema/kinds.ts';
import type { Body, Engaged, Office, Participation, Plain, Project, RecordText } from './domain.ts';

/** The words that tell what a participation is at: tense and the dates that place it. */
export interface Timing {
  phase: Phase;
  tense: 'present' | 'past';
  from: Participation['from'];
  to?: Participation['to'];
}

/** One participation ready to be told: the record, its participation, who takes part and when. */
export interface Item<T extends Engaged = Engaged> extends Timing {
  record: T;
  participation: Participation;
  who: NounPhrase;
  /** It began in the report year, and the sentence says so ("Od marca 2011 r. …", "(od marca 2011 r.)"). */
  joined: boolean;
  /** Its dates are estimates (`approximate`): the sentence tells neither (`phase` then says neither started nor ended). */
  estimated: boolean;
}

/** Items that share who takes part, told in one sentence. */
export interface Group<T extends Engaged = Engaged> {
  who: NounPhrase;
  /** The role of the group's first item (the same for all where the group was made by role). */
  role: Participation['role'];
  tense: 'present' | 'past';
  items: Item<T>[];
  /** The records of its items, in their order: what its sentence reads the wording of. */
  records: T[];
  /** In a group in the past: the date all its items ended on, when they share one. */
  until?: PartialDate;
}

/** A block of a paragraph: the partial that tells it and what that partial reads; after it, what is said about the
 * records it tells first in the section (what a body is, who belongs to it, the record's own sentences). */
export type Block = BlockOf & { about?: About[]; introduces?: Introduction[] };

/** A record named for the first time in the section, and how that first mention reads (./mentions.ts). */
export interface Introduction {
  record: Engaged;
  /** Name first ("Europejskiej Agencji … (Frontex)"), acronym first ("ICMPD (Międzynarodowe Centrum …)") or the
   * original title first ("„European Network …” (ENARO)"). */
  style: 'name' | 'acronym' | 'title';
  /** A project: its title follows its name in quotes ("projekt „Reception Expert Teams”"), not in the bracket. */
  project: boolean;
  /** What the body is follows the mention in apposition: "…, agencji UE, zajmującej się …". */
  apposition: boolean;
  /** Introduced by the expansion after this record's name, which holds its acronym: "Biuro UNHCR (Urząd …)". */
  within?: Engaged;
  /** The body this one belongs to, named after it in the genitive, as a board's name needs its agency's: "Zarządu
   * Agencji … (CEPOL)". */
  owner?: Engaged;
  /** Its name stands in the name before it already ("Zarząd Europejskiego Urzędu Wsparcia w dziedzinie Azylu"): the
   * mention gives only its bracket, "(EASO)", and what it is. */
  inName?: boolean;
  /** Its bracket stands after the name before it already, as the name's own: a board with its agency's acronym,
   * "Zarządu Agencji … (CEPOL)". The mention gives only what it is. */
  bracketed?: boolean;
}

/** A sentence about a record, told after the first block that names it: each told by the partial it names. */
export type About = (
  | { partial: 'description'; record: Body; telling: Telling }
  | { partial: 'composition'; record: Body }
  | { partial: 'own-sentence'; record: Engaged; text: RecordText }
) & { introduces?: Introduction[] };

/** An event as its sentence reads it: what it was, who of the Office took part, when, and how many. */
export interface EventItem {
  /** Whose event it is: a body, a project or the Office; a part of its sentence is worded on it. */
  record: Engaged | Office;
  event: NonNullable<Body['events']>[number];
  who: NounPhrase;
  /** What it was, where the event names it; else the partial writes its kind's noun (its part "event-what"). */
  what?: NounPhrase;
  /** When it began and ended, as the sentence tells it: none when the dates are estimates, no end in a running total. */
  dates?: { from: PartialDate; to?: PartialDate };
  /** Told as the total so far of an event that goes on after the year ("Od 2016 r. … dotychczas …"). */
  soFar: boolean;
  /** How many, and what they came to: the whole event's, or the total so far. */
  count?: NonNullable<NonNullable<Body['events']>[number]['count']>;
  effort?: NonNullable<NonNullable<Body['events']>[number]['effort']>;
  /** How its places are told: "do Bułgarii" (`to`) or "w Bułgarii" (`in`), as the event says, else as its kind. */
  direction: 'to' | 'in';
  /** What the words before the subject agree with: the count's noun (plural unless one), `what`, or the gender of the
   * kind's noun. */
  head: NounPhrase | Gender;
}

/** The kinds of block. */
type BlockOf =
  | { partial: 'opening'; office: Office }
  | { partial: 'beyond-eu'; office: Office }
  | { partial: 'council'; council: Body; chaired: Group<Body>[]; participating: Group<Body>[]; others?: Item<Body> }
  | { partial: 'membership'; item: Item<Body>; also: boolean }
  | {
      partial: 'board';
      item: Item<Body>;
      agency?: Body;
      newlyEstablished: boolean;
      /** The section named the agency before, and told there what it is (its `describe`): the sentence tells it no more. */
      agencySaid?: boolean;
      /** The board's name holds its agency's, which the section named before: nothing follows the name. */
      agencyInName?: boolean;
    }
  | { partial: 'cooperation'; item: Item<Body> }
  | { partial: 'function'; item: Item<Body> }
  | { partial: 'network'; item: Item<Body>; office: Office }
  | { partial: 'participation'; group: Group<Body>; moreover: boolean }
  | { partial: 'project-partner'; item: Item<Project>; known: Body[]; others: Body[]; afterCooperation: boolean }
  | { partial: 'project-co-implementer'; item: Item<Project>; duration?: string }
  | { partial: 'project-participant'; item: Item<Project>; known: Body[]; others: Body[] }
  | { partial: 'partnerships'; framework: Body; group: Group<Project> }
  | { partial: 'role-change'; before: Item; after: Item; sameWho: boolean }
  | { partial: 'event'; item: EventItem }
  | OwnBlock;

/** A record of a kind told by the partial of the kind's name (`partial` in src/schema/kinds.ts), with the Office. */
type OwnBlock = { [K in PartialKind]: { partial: K; record: Plain<K>; office: Office } }[PartialKind];

/** A paragraph of the section. */
export interface Paragraph {
  blocks: Block[];
}

/** The whole section for one year. */
export interface Section {
  year: number;
  heading: string;
  office: Office;
  paragraphs: Paragraph[];
}
