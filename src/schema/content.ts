// The fields that describe a body beyond the Office's part in it, and the one-off events of a year: what real
// sections say of a body (what it is, when it was set up, who belongs to it) and of the Office's year (agreements
// signed, meetings, visits, deployments, trainings).
import * as z from 'zod';
import { QUANTITY } from '../polish/index.ts';
import { BodyId, CASE_FORMS, CountryId, Gender, IsoDate, NounPhrase, Personal, Prose, RecordText } from './fields.ts';
import { marked } from './marks.ts';
import { WHO } from './participation.ts';
import { wordingField } from './wording.ts';
import { EVENT_PARTS } from './wording-parts.ts';

/** A number as the analyst writes it: 22, 4.5, "4,5 tys.", "15 000". */
const Quantity = z
  .union([z.number().min(0), z.string().regex(QUANTITY, 'a number such as 22, 4.5, "4,5 tys.", "1,2 mln" or "15 000"')])
  .describe('A number: 22, 4.5, "4,5 tys." or "15 000".');

/** How a count is bounded: "ok. 100", "ponad 100", "co najmniej 3". */
const Bound = z
  .enum(['about', 'over', 'nearly', 'almost', 'atLeast', 'atMost'])
  .describe('about (ok.), over (ponad), nearly (blisko), almost (prawie), atLeast (co najmniej), atMost (co najwyżej).');

/** A counted noun's forms in the cases a sentence asks for besides those of a count: { loc: misjach wsparcia }. */
const CaseForms = z.strictObject(Object.fromEntries(Object.entries(CASE_FORMS).map(([c, what]) => [c, z.string().min(1).describe(what).optional()])));

/** A counted noun: a word the lexicon knows ("państwo", "misja") or its forms. */
export const CountedNoun = z
  .union([
    z.string().min(1),
    z.strictObject({
      one: z.string().min(1).describe('The nominative singular: "kraj kandydujący".'),
      few: z.string().min(1).describe('The nominative plural, after 2-4: "kraje kandydujące".'),
      many: z.string().min(1).describe('The genitive plural, after 5: "krajów kandydujących".'),
      other: z.string().min(1).describe('The genitive singular, after a fraction: "kraju kandydującego".').optional(),
      gender: Gender.optional(),
      personal: Personal.optional(),
      sg: CaseForms.describe('Singular forms in other cases, after 1: { loc: misji wsparcia }.').optional(),
      pl: CaseForms.describe('Plural forms in other cases, after 2 or more: { loc: misjach wsparcia }.').optional(),
    }),
  ])
  .describe('The noun counted: a word of the lexicon ("państwo", "misja", "dzień") or its forms {one, few, many}.');
marked(CountedNoun, { type: 'counted-noun' });

/** An adjective or participle that agrees with a count, as the masculine nominative singular. */
const Adjective = marked(z.string().min(1).describe('An adjective or participle agreeing with the count: "uczestniczący" -> "17 państw uczestniczących".'), {
  type: 'adjective',
});

/** A count with its noun: "27 państw członkowskich UE", "ponad 100 misji". */
export const Count = z
  .strictObject({
    count: Quantity.optional(),
    bound: Bound.optional(),
    words: z.boolean().describe('Write the number in words: "trzech", "dwóch".').optional(),
    noun: CountedNoun.optional(),
    adjective: Adjective.optional(),
  })
  .describe('A number of things: the count, an optional bound, and the noun.');

/** A group of members: a count with its noun, and who they are. */
const MemberGroup = Count.extend({
  countries: z.array(CountryId).describe('The member countries named, by id.').optional(),
  bodies: z.array(BodyId).describe('The member organisations named, by id.').optional(),
  list: z.enum(['brackets', 'dash']).describe('How the members named follow the count: in brackets ("(A, B i C)") or after a dash ("– A i B").').optional(),
}).describe('A group of members: "27 państw członkowskich UE", "trzech krajów kandydujących (A, B i C)", or members named alone.');

/** Who belongs to a body, told in one sentence. */
export const Composition = z
  .strictObject({
    verb: z
      .enum(['wchodzić', 'zrzeszać', 'składać się'])
      .describe('The construction: wchodzić ("W skład X wchodzi …"), zrzeszać ("X zrzesza …", accusative), składać się ("X składa się z …", genitive).')
      .optional(),
    groups: z.array(MemberGroup).min(1).describe('The groups of members, in the order the sentence names them.'),
  })
  .describe('Who belongs to the body: groups of members, each a count with its noun and the members it names.');

/** When and by whom a body was set up. */
export const Founding = z
  .strictObject({
    date: IsoDate.describe('When it was set up.'),
    verb: z.enum(['założyć', 'utworzyć', 'powołać', 'ustanowić']).describe('How: założyć (default), utworzyć, powołać, ustanowić.').optional(),
    circumstances: Prose('In what circumstances, as written after the date: "w trakcie polskiej prezydencji w Radzie UE".').optional(),
    by: Prose('On whose initiative, in the genitive, after "z inicjatywy": "Niemiec".').optional(),
  })
  .describe('When the body was set up, and on whose initiative.');

/** The total of an event over several years, up to the end of one year before its last. */
const RunningTotal = z
  .strictObject({
    year: z.number().int().min(1000).max(9999).describe('The year whose section tells this total: 2017.'),
    count: Count.describe('How many up to the end of that year ("15 misji").').optional(),
    effort: Count.describe('What they came to up to the end of that year.').optional(),
  })
  .describe('A running total of an event over several years, told in the section of its year with "dotychczas".');

/** The kinds of event, each told by its own default wording. */
export const EVENT_KINDS = ['agreement', 'meeting', 'hosted', 'visit', 'deployment', 'training'] as const;

/** A one-off event of a year. */
export const Event = z
  .strictObject({
    date: IsoDate.describe('When it happened, or began: "2014-10-09".'),
    to: IsoDate.describe('When it ended, for an event over several days or months: "2014-10-10".').optional(),
    kind: z
      .enum(EVENT_KINDS)
      .describe('agreement (signed), meeting (taken part in), hosted (organised), visit (study visit), deployment (experts sent), training.'),
    who: z
      .enum([...WHO, 'experts'])
      .describe('Who of the Office: office (default), head, representative, representatives, staff, experts.')
      .optional(),
    what: NounPhrase.describe(
      'What it was, when not the kind\'s default ("porozumienie o współpracy", "spotkanie", "wizyta studyjna", "szkolenie").',
    ).optional(),
    partners: z.array(BodyId).describe('The organisations it was with or for, by id.').optional(),
    partnerCountries: z.array(CountryId).describe('The countries it was with or for, by id.').optional(),
    subject: Prose(
      'What it concerned, in the case the words before it ask: the genitive after "dotyczące" (agreement), the dative after "poświęconym" (meeting, training) or "poświęconą" (hosted, visit), the instrumental after "związanych z" (deployment).',
    ).optional(),
    places: z.array(CountryId).describe('Where: countries, by id; a name may carry "prep: na" ("na Cypr").').optional(),
    direction: z
      .enum(['to', 'in'])
      .describe('How the places are told: to ("do Bułgarii", a deployment\'s default) or in ("w Bułgarii", the other kinds\' default).')
      .optional(),
    count: Count.describe('For a deployment: how many ("ponad 100 misji").').optional(),
    effort: Count.describe('What it came to: "ok. 4,5 tys. dni roboczych".').optional(),
    visitors: z
      .array(BodyId)
      .describe('hosted: the bodies whose delegation the Office hosted, by id ("delegacji Państwowej Służby Migracyjnej Ukrainy").')
      .optional(),
    approximate: z.boolean().describe('true when "date" and "to" are estimates: the sentence then gives no date.').optional(),
    soFar: z
      .array(RunningTotal)
      .describe('For an event over several years: the totals up to the end of each year before its last, each told that year ("dotychczas").')
      .optional(),
    paragraph: BodyId.describe("The body in whose paragraph the event is told, when not its record's (an event of the Office: any body).").optional(),
    sentence: RecordText.describe("The event told in words of the record's own, replacing the kind's default wording.").optional(),
    wording: wordingField(EVENT_PARTS),
  })
  .describe(
    'A one-off event: an agreement, a meeting, a visit, a deployment, a training; over several years, told once, in the year it ends (or each year with "soFar").',
  );
