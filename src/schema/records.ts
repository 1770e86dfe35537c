// The kinds of record under data/ and the fields each takes.
import { z } from 'zod';
import { Id, IsoDate, NounPhrase, Prose } from './fields.ts';
import type { Kind } from './kinds.ts';
import { Participation } from './participation.ts';

/** The Office itself (data/office.yaml). */
export const OfficeRecord = z
  .strictObject({
    name: NounPhrase.describe('The full name: "Urząd do Spraw Cudzoziemców".'),
    short: NounPhrase.describe('The short name used in running text: "Urząd".'),
  })
  .describe('The Office itself.');

/** A country (data/countries/). */
export const CountryRecord = z
  .strictObject({ name: NounPhrase })
  .describe('A country, named in network memberships and partnerships.');

const common = {
  name: NounPhrase,
  acronym: z.string().min(1).describe('The acronym: "EASO".').optional(),
  title: z.string().min(1).describe('The original-language title, quoted in the text.').optional(),
  noun: NounPhrase.describe('The generic noun used to refer back to it: "projekt", "Agencja".').optional(),
  participations: z.array(Participation).describe('The Office\'s participation, span by span.').optional(),
};

/** An international body, organisation or network (data/bodies/). */
export const BodyRecord = z
  .strictObject({
    ...common,
    area: z
      .enum(['eu', 'international', 'partnerships', 'bilateral'])
      .describe('Where the section speaks of it: eu, international, partnerships or bilateral.')
      .optional(),
    type: z.enum(['council']).describe('council: a Council whose working parties are listed.').optional(),
    parent: Id.describe('The body this one belongs to.').optional(),
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
        countries: z.array(Id).describe('Other member countries, by id.').optional(),
      })
      .describe('Who belongs to the network.')
      .optional(),
    exchange: z
      .strictObject({ perYear: z.number().int().min(1).describe('Staff exchanges a year.') })
      .describe('A staff exchange programme.')
      .optional(),
  })
  .describe('An international body, organisation or network.');

/** A project or programme (data/projects/). */
export const ProjectRecord = z
  .strictObject({
    ...common,
    context: Id.describe('The body in whose paragraph it is told, or within whose initiatives it runs.'),
    from: IsoDate.describe('When the project started.').optional(),
    to: IsoDate.describe('When the project ended.').optional(),
    implementers: z.array(Id).describe('Bodies that carry it out, by id.').optional(),
    otherPartners: z.boolean().describe('Carried out with further partners not named.').optional(),
    beneficiary: Id.describe('The country it helps, by id.').optional(),
    country: Id.describe('The partner country, by id.').optional(),
    aim: Prose('What it aims at, in the nominative: "wypracowanie wspólnej metodologii…".').optional(),
  })
  .describe('A project or programme.');

export type OfficeData = z.infer<typeof OfficeRecord>;
export type CountryData = z.infer<typeof CountryRecord>;
export type BodyData = z.infer<typeof BodyRecord>;
export type ProjectData = z.infer<typeof ProjectRecord>;
export type ParticipationData = z.infer<typeof Participation>;
export type NounPhraseData = z.infer<typeof NounPhrase>;

/** The kinds of record, and the folder or file each lives in. */
export const KINDS = {
  office: { schema: OfficeRecord, place: 'office.yaml' },
  body: { schema: BodyRecord, place: 'bodies/' },
  project: { schema: ProjectRecord, place: 'projects/' },
  country: { schema: CountryRecord, place: 'countries/' },
} as const satisfies Record<Kind, { schema: z.ZodType; place: string }>;

export type { Kind } from './kinds.ts';
