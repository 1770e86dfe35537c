// The kinds of record under data/ and the fields each takes. Every field is defined here once: validation, the
// JSON Schema, the types of the resolved data and the view of a year are all derived from these definitions.
import * as z from 'zod';
import { BodyId, CountryId, IsoDate, NounPhrase, Prose, RecordText } from './fields.ts';
import type { Kind } from './kinds.ts';
import { Composition, Event, Founding } from './content.ts';
import { Participation } from './participation.ts';
import { wordingField } from './wording.ts';
import { WORDING_PARTS } from './wording-parts.ts';
import { PlanRecord } from './plan.ts';

/** Fields that say something about the record itself rather than about what it is: no dated change replaces them. */
const UNCHANGING = ['participations', 'confirmed', 'asOf', 'firstReportYear'] as const;

// Adds the list of dated changes to a kind's fields: each entry replaces the fields it names from its date on.
function withChanges<S extends z.ZodRawShape>(shape: S, what: string) {
  const changeable = Object.fromEntries(Object.entries(shape).filter(([key]) => !(UNCHANGING as readonly string[]).includes(key)));
  const entry = z
    .strictObject(changeable)
    .partial()
    .extend({ from: IsoDate.describe('The date from which the values in this entry hold, until a later entry.') })
    .describe(`A change: the fields named take these values from "from" on.`);
  return z.strictObject({ ...shape, changes: z.array(entry).describe(`Dated changes of ${what}'s fields, in date order.`).optional() });
}

/** When the analyst last confirmed that the record's open-ended facts still hold. */
const confirmed = IsoDate.describe('When the analyst last confirmed that this record\'s open-ended facts still hold: "2014".').optional();

/** The Office itself (data/office.yaml). */
export const OfficeRecord = withChanges(
  {
    name: NounPhrase.describe('The full name: "Urząd do Spraw Cudzoziemców".'),
    short: NounPhrase.describe('The short name used in running text: "Urząd".'),
    asOf: IsoDate.describe('How far the facts go: the date up to which the data is kept current ("2014"). Open-ended facts hold until then.').optional(),
    firstReportYear: z
      .number()
      .int()
      .min(1000)
      .max(9999)
      .describe('The first year whose section is written from this data; earlier facts are history.')
      .optional(),
    events: z
      .array(Event)
      .describe(
        "The Office's own events, with any bodies: each told in the paragraph of the body in `paragraph`, or of its partners, in the section of its year.",
      )
      .optional(),
    wording: wordingField(WORDING_PARTS.office),
  },
  'the Office',
).describe('The Office itself.');

/** A country (data/countries/). */
export const CountryRecord = withChanges(
  {
    name: NounPhrase,
    prep: z.enum(['w', 'na']).describe('The preposition of place: na for islands and some countries ("na Cyprze", "na Cypr"); w by default.').optional(),
  },
  'the country',
).describe('A country, named in network memberships and partnerships.');

// Returns the fields bodies and projects share, with the parts of sentences the kind may word its own way.
const common = (parts: Record<string, string>) => ({
  name: NounPhrase,
  acronym: z.string().min(1).describe('The acronym: "EASO".').optional(),
  title: z.string().min(1).describe('The original-language title, quoted in the text.').optional(),
  noun: NounPhrase.describe('The generic noun used to refer back to it: "projekt", "Agencja".').optional(),
  introduce: z
    .enum(['name', 'acronym', 'title'])
    .describe(
      'How its first mention in a section reads: name (the Polish name, then the title and acronym in brackets: "Procesu Budapeszteńskiego (Budapest Process – BP)"), acronym (the acronym, then the name in the nominative: "ICMPD (Międzynarodowe Centrum Rozwoju Polityki Migracyjnej)") or title (the quoted original title, then the acronym). By default name; a network the Office belongs to, title when it has one.',
    )
    .optional(),
  refer: z
    .enum(['acronym', 'noun'])
    .describe('How later mentions read: acronym (the default, or the name where there is none) or noun (its generic noun: "Agencja", "sieć").')
    .optional(),
  participations: z.array(Participation).describe("The Office's participation, span by span.").optional(),
  confirmed,
  sentences: z
    .array(RecordText)
    .describe("Sentences of the record's own, told after the first sentence about it in each year it is told: a fact no kind of field covers.")
    .optional(),
  events: z.array(Event).describe('One-off events: agreements, meetings, visits, deployments, trainings; each told in the section of its year.').optional(),
  order: z.number().int().describe('Where the analyst wants it told: records with a lower order come first, before those without one.').optional(),
  wording: wordingField(parts),
});

/** An international body, organisation or network (data/bodies/). */
export const BodyRecord = withChanges(
  {
    ...common(WORDING_PARTS.body),
    area: z
      .enum(['eu', 'international', 'partnerships', 'bilateral'])
      .describe('Where the section speaks of it: eu, international, partnerships or bilateral.')
      .optional(),
    type: z.enum(['council']).describe('council: a Council whose working parties are listed.').optional(),
    parent: BodyId.describe('The body this one belongs to.').optional(),
    established: IsoDate.describe('When the body was set up.').optional(),
    category: NounPhrase.describe('What kind of institution it is: "instytucja UE".').optional(),
    location: NounPhrase.describe('Where it sits (locative used): "Warszawie".').optional(),
    remit: Prose('What it deals with, in the instrumental: "ułatwianiem współpracy…".').optional(),
    tasks: Prose('Further tasks, in the accusative: "zadania związane z…".').optional(),
    basis: Prose('What it rests on, in the locative: "wymianie dobrych praktyk…".').optional(),
    aim: Prose('What it aims at, in the accusative: "wzmacnianie zdolności…".').optional(),
    members: z
      .strictObject({
        euStates: z.number().int().min(0).describe('How many EU member states belong to it.').optional(),
        countries: z.array(CountryId).describe('Other member countries, by id.').optional(),
      })
      .describe('Who belongs to the network.')
      .optional(),
    exchange: z
      .strictObject({ perYear: z.number().int().min(1).describe('Staff exchanges a year.') })
      .describe('A staff exchange programme.')
      .optional(),
    describe: z
      .enum(['apposition', 'sentence'])
      .describe(
        'How the section says what it is (category, remit, definition, founding): apposition, after its first mention ("…Zarządu CEPOL, agencji UE, zajmującej się …"), or sentence, in sentences of their own ("CEPOL to agencja UE …"); its tasks always in a sentence of their own ("Agencja realizuje także …"). Without it, only a definition and a founding are told, in a sentence.',
      )
      .optional(),
    definition: NounPhrase.describe('What the body is, after "to": "forum dialogu w sprawach migracji" ("Proces Budapeszteński to forum …").').optional(),
    founded: Founding.optional(),
    composition: Composition.optional(),
  },
  'the body',
).describe('An international body, organisation or network.');

/** A project or programme (data/projects/). */
export const ProjectRecord = withChanges(
  {
    ...common(WORDING_PARTS.project),
    context: BodyId.describe('The body in whose paragraph it is told, or within whose initiatives it runs.'),
    from: IsoDate.describe('When the project started.').optional(),
    to: IsoDate.describe('When the project ended, or is planned to end.').optional(),
    approximate: z.boolean().describe('true when "from" and "to" are estimates still to be checked.').optional(),
    implementers: z.array(BodyId).describe('Bodies that carry it out, by id.').optional(),
    otherPartners: z.boolean().describe('Carried out with further partners not named.').optional(),
    beneficiary: CountryId.describe('The country it helps, by id.').optional(),
    country: CountryId.describe('The partner country, by id.').optional(),
    aim: Prose('What it aims at, in the nominative: "wypracowanie wspólnej metodologii…".').optional(),
  },
  'the project',
).describe('A project or programme.');

export type OfficeData = z.infer<typeof OfficeRecord>;
export type CountryData = z.infer<typeof CountryRecord>;
export type BodyData = z.infer<typeof BodyRecord>;
export type ProjectData = z.infer<typeof ProjectRecord>;
export type PlanData = z.infer<typeof PlanRecord>;
export type ParticipationData = z.infer<typeof Participation>;
export type NounPhraseData = z.infer<typeof NounPhrase>;
export type DateData = z.infer<typeof IsoDate>;
export type RecordTextData = z.infer<typeof RecordText>;
export type BodyRef = z.infer<typeof BodyId>;
export type CountryRef = z.infer<typeof CountryId>;

/** The fields of each kind of record in the registry (./kinds.ts). */
export const SCHEMAS = {
  office: OfficeRecord,
  body: BodyRecord,
  project: ProjectRecord,
  country: CountryRecord,
  plan: PlanRecord,
} as const satisfies Record<Kind, z.ZodType>;

/** A record of each kind as the schema types it. */
export type DataOf = { [K in Kind]: z.infer<(typeof SCHEMAS)[K]> };

export type { Kind } from './kinds.ts';
