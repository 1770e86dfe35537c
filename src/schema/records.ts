// The kinds of record under data/ and the fields each takes. Every field is defined here once: validation, the
// JSON Schema, the types of the resolved data and the view of a year are all derived from these definitions.
import * as z from 'zod';
import { type Described, described } from './described.ts';
import { BodyId, CountryId, IsoDate, NounPhrase, Prose, RecordText } from './fields.ts';
import type { Kind } from './kinds.ts';
import { Composition, Event, Founding } from './content.ts';
import { Participation } from './participation.ts';
import { People } from './people.ts';
import { wordingField } from './wording.ts';
import { WORDING_PARTS } from './wording-parts.ts';
import { PlanRecord } from './plan.ts';

/** Fields that say something about the record itself rather than about what it is: no dated change replaces them. */
const UNCHANGING = ['participations', 'confirmed', 'asOf', 'firstReportYear'] as const;

// Adds the list of dated changes to a kind's fields, with its description: each entry replaces the fields it names from
// its date on.
function withChanges<S extends z.ZodRawShape>(shape: S, changes: Described) {
  const changeable = Object.fromEntries(Object.entries(shape).filter(([key]) => !(UNCHANGING as readonly string[]).includes(key)));
  const entry = z
    .strictObject(changeable)
    .partial()
    .extend({
      from: IsoDate.meta(
        described(
          'The date from which the values in this entry hold, until a later entry.',
          'Data, od której obowiązują wartości z tego wpisu, aż do późniejszego wpisu.',
        ),
      ),
    })
    .meta(described('A change: the fields named take these values from "from" on.', 'Zmiana: podane pola przyjmują te wartości od daty „from”.'));
  return z.strictObject({ ...shape, changes: z.array(entry).meta(changes).optional() });
}

/** When the analyst last confirmed that the record's open-ended facts still hold. */
const confirmed = IsoDate.meta(
  described(
    'When the analyst last confirmed that this record\'s open-ended facts still hold: "2014".',
    'Kiedy analityk ostatnio potwierdził, że fakty tego rekordu bez daty końcowej nadal obowiązują: „2014”.',
  ),
).optional();

/** The Office itself (data/office.yaml). */
export const OfficeRecord = withChanges(
  {
    name: NounPhrase.meta(described('The full name: "Urząd do Spraw Cudzoziemców".', 'Pełna nazwa: „Urząd do Spraw Cudzoziemców”.')),
    short: NounPhrase.meta(described('The short name used in running text: "Urząd".', 'Krótka nazwa używana w tekście: „Urząd”.')),
    asOf: IsoDate.meta(
      described(
        'How far the facts go: the date up to which the data is kept current ("2014"). Open-ended facts hold until then.',
        'Stan danych: data, do której dane są aktualne („2014”). Fakty bez daty końcowej obowiązują do tej daty.',
      ),
    ).optional(),
    firstReportYear: z
      .number()
      .int()
      .min(1000)
      .max(9999)
      .meta(
        described(
          'The first year whose section is written from this data; earlier facts are history.',
          'Pierwszy rok, którego rozdział powstaje z tych danych; wcześniejsze fakty są historią.',
        ),
      )
      .optional(),
    events: z
      .array(Event)
      .meta(
        described(
          "The Office's own events, with any bodies: each told in the paragraph of the body in `paragraph`, or of its partners, in the section of its year.",
          'Wydarzenia samego Urzędu, z dowolnymi instytucjami: każde opisane w akapicie instytucji podanej w „paragraph” lub jego partnerów, w rozdziale swojego roku.',
        ),
      )
      .optional(),
    people: People.optional(),
    wording: wordingField(WORDING_PARTS.office),
  },
  described("Dated changes of the Office's fields, in date order.", 'Datowane zmiany pól Urzędu, w kolejności dat.'),
).meta(described('The Office itself.', 'Sam Urząd.'));

/** A country (data/countries/). */
export const CountryRecord = withChanges(
  {
    name: NounPhrase,
    prep: z
      .enum(['w', 'na'])
      .meta(
        described(
          'The preposition of place: na for islands and some countries ("na Cyprze", "na Cypr"); w by default.',
          'Przyimek miejsca: `na` przy wyspach i niektórych państwach („na Cyprze”, „na Cypr”); domyślnie `w`.',
        ),
      )
      .optional(),
  },
  described("Dated changes of the country's fields, in date order.", 'Datowane zmiany pól państwa, w kolejności dat.'),
).meta(described('A country, named in network memberships and partnerships.', 'Państwo, wymieniane przy członkostwie w sieciach i przy partnerstwach.'));

// Returns the fields bodies and projects share, with the parts of sentences the kind may word its own way.
const common = (parts: Record<string, Described>) => ({
  name: NounPhrase,
  acronym: z.string().min(1).meta(described('The acronym: "EASO".', 'Skrótowiec: „EASO”.')).optional(),
  title: z.string().min(1).meta(described('The original-language title, quoted in the text.', 'Tytuł w języku oryginału, przytaczany w tekście.')).optional(),
  noun: NounPhrase.meta(
    described(
      'The generic noun used to refer back to it: "projekt", "Agencja".',
      'Rzeczownik ogólny, którym tekst wraca do niej lub do niego: „projekt”, „Agencja”.',
    ),
  ).optional(),
  introduce: z
    .enum(['name', 'acronym', 'title'])
    .meta(
      described(
        'How its first mention in a section reads: name (the Polish name, then the title and acronym in brackets: "Procesu Budapeszteńskiego (Budapest Process – BP)"), acronym (the acronym, then the name in the nominative: "ICMPD (Międzynarodowe Centrum Rozwoju Polityki Migracyjnej)") or title (the quoted original title, then the acronym). By default name; a network the Office belongs to, title when it has one.',
        'Jak brzmi pierwsza wzmianka w rozdziale: `name` (polska nazwa, a po niej tytuł i skrótowiec w nawiasie: „Procesu Budapeszteńskiego (Budapest Process – BP)”), `acronym` (skrótowiec, a po nim nazwa w mianowniku: „ICMPD (Międzynarodowe Centrum Rozwoju Polityki Migracyjnej)”) lub `title` (tytuł oryginalny w cudzysłowie, a po nim skrótowiec). Domyślnie `name`; przy sieci, do której należy Urząd, `title`, jeśli sieć ma tytuł.',
      ),
    )
    .optional(),
  refer: z
    .enum(['acronym', 'noun'])
    .meta(
      described(
        'How later mentions read: acronym (the default, or the name where there is none) or noun (its generic noun: "Agencja", "sieć").',
        'Jak brzmią dalsze wzmianki: `acronym` (domyślnie skrótowiec, a gdy go brak – nazwa) lub `noun` (rzeczownik ogólny: „Agencja”, „sieć”).',
      ),
    )
    .optional(),
  participations: z.array(Participation).meta(described("The Office's participation, span by span.", 'Udział Urzędu, okres po okresie.')).optional(),
  confirmed,
  sentences: z
    .array(RecordText)
    .meta(
      described(
        "Sentences of the record's own, told after the first sentence about it in each year it is told: a fact no kind of field covers.",
        'Własne zdania rekordu, podawane po pierwszym zdaniu o nim w każdym roku, w którym jest opisany: fakt, którego nie ujmuje żadne pole.',
      ),
    )
    .optional(),
  events: z
    .array(Event)
    .meta(
      described(
        'One-off events: agreements, meetings, visits, deployments, trainings; each told in the section of its year.',
        'Jednorazowe wydarzenia: porozumienia, spotkania, wizyty, oddelegowania, szkolenia; każde opisane w rozdziale swojego roku.',
      ),
    )
    .optional(),
  order: z
    .number()
    .int()
    .meta(
      described(
        'Where the analyst wants it told: records with a lower order come first, before those without one.',
        'Miejsce w rozdziale, które wybiera analityk: rekordy z mniejszą wartością order są pierwsze, przed rekordami bez niej.',
      ),
    )
    .optional(),
  wording: wordingField(parts),
});

/** An international body, organisation or network (data/bodies/). */
export const BodyRecord = withChanges(
  {
    ...common(WORDING_PARTS.body),
    area: z
      .enum(['eu', 'international', 'partnerships', 'bilateral'])
      .meta(
        described(
          'Where the section speaks of it: eu, international, partnerships or bilateral.',
          'Część rozdziału, w której jest o niej mowa: `eu` (instytucje UE), `international` (organizacje międzynarodowe), `partnerships` (partnerstwa) lub `bilateral` (współpraca dwustronna).',
        ),
      )
      .optional(),
    type: z
      .enum(['council'])
      .meta(described('council: a Council whose working parties are listed.', '`council`: Rada, której grupy robocze się wymienia.'))
      .optional(),
    parent: BodyId.meta(described('The body this one belongs to.', 'Instytucja, do której należy ta instytucja.')).optional(),
    established: IsoDate.meta(described('When the body was set up.', 'Kiedy instytucję utworzono.')).optional(),
    category: NounPhrase.meta(described('What kind of institution it is: "instytucja UE".', 'Jakiego rodzaju jest to instytucja: „instytucja UE”.')).optional(),
    location: NounPhrase.meta(described('Where it sits (locative used): "Warszawie".', 'Siedziba (w miejscowniku): „Warszawie”.')).optional(),
    remit: Prose(
      'What it deals with, in the instrumental: "ułatwianiem współpracy…".',
      'Czym się zajmuje, w narzędniku: „ułatwianiem współpracy…”.',
    ).optional(),
    tasks: Prose('Further tasks, in the accusative: "zadania związane z…".', 'Dalsze zadania, w bierniku: „zadania związane z…”.').optional(),
    basis: Prose(
      'What it rests on, in the locative: "wymianie dobrych praktyk…".',
      'Na czym się opiera, w miejscowniku: „wymianie dobrych praktyk…”.',
    ).optional(),
    aim: Prose('What it aims at, in the accusative: "wzmacnianie zdolności…".', 'Do czego dąży, w bierniku: „wzmacnianie zdolności…”.').optional(),
    members: z
      .strictObject({
        euStates: z.number().int().min(0).meta(described('How many EU member states belong to it.', 'Ile państw członkowskich UE do niej należy.')).optional(),
        countries: z.array(CountryId).meta(described('Other member countries, by id.', 'Inne państwa członkowskie, podane identyfikatorami.')).optional(),
      })
      .meta(described('Who belongs to the network.', 'Kto należy do sieci.'))
      .optional(),
    exchange: z
      .strictObject({ perYear: z.number().int().min(1).meta(described('Staff exchanges a year.', 'Liczba wymian pracowników w roku.')) })
      .meta(described('A staff exchange programme.', 'Program wymiany pracowników.'))
      .optional(),
    describe: z
      .enum(['apposition', 'sentence'])
      .meta(
        described(
          'How the section says what it is (category, remit, definition, founding): apposition, after its first mention ("…Zarządu CEPOL, agencji UE, zajmującej się …"), or sentence, in sentences of their own ("CEPOL to agencja UE …"); its tasks always in a sentence of their own ("Agencja realizuje także …"). Without it, only a definition and a founding are told, in a sentence.',
          'Jak rozdział mówi, czym jest instytucja (kategoria, zakres działania, definicja, utworzenie): `apposition` – jako dopowiedzenie po pierwszej wzmiance („…Zarządu CEPOL, agencji UE, zajmującej się …”), lub `sentence` – w osobnych zdaniach („CEPOL to agencja UE …”); jej zadania zawsze w osobnym zdaniu („Agencja realizuje także …”). Bez tego pola podaje się tylko definicję i utworzenie, w osobnym zdaniu.',
        ),
      )
      .optional(),
    definition: NounPhrase.meta(
      described(
        'What the body is, after "to": "forum dialogu w sprawach migracji" ("Proces Budapeszteński to forum …").',
        'Czym jest instytucja, po „to”: „forum dialogu w sprawach migracji” („Proces Budapeszteński to forum …”).',
      ),
    ).optional(),
    founded: Founding.optional(),
    composition: Composition.optional(),
  },
  described("Dated changes of the body's fields, in date order.", 'Datowane zmiany pól instytucji, w kolejności dat.'),
).meta(described('An international body, organisation or network.', 'Instytucja, organizacja lub sieć międzynarodowa.'));

/** A project or programme (data/projects/). */
export const ProjectRecord = withChanges(
  {
    ...common(WORDING_PARTS.project),
    context: BodyId.meta(
      described(
        'The body in whose paragraph it is told, or within whose initiatives it runs.',
        'Instytucja, w której akapicie opisuje się projekt lub w ramach której inicjatyw jest realizowany.',
      ),
    ),
    from: IsoDate.meta(described('When the project started.', 'Kiedy projekt się rozpoczął.')).optional(),
    to: IsoDate.meta(described('When the project ended, or is planned to end.', 'Kiedy projekt się zakończył lub ma się zakończyć.')).optional(),
    approximate: z
      .boolean()
      .meta(described('true when "from" and "to" are estimates still to be checked.', '`true`, gdy „from” i „to” są szacunkowe i trzeba je jeszcze sprawdzić.'))
      .optional(),
    implementers: z.array(BodyId).meta(described('Bodies that carry it out, by id.', 'Instytucje, które go realizują, podane identyfikatorami.')).optional(),
    otherPartners: z
      .boolean()
      .meta(described('Carried out with further partners not named.', 'Realizowany także z innymi, niewymienionymi partnerami.'))
      .optional(),
    beneficiary: CountryId.meta(described('The country it helps, by id.', 'Państwo, któremu projekt pomaga, podane identyfikatorem.')).optional(),
    country: CountryId.meta(described('The partner country, by id.', 'Państwo partnerskie, podane identyfikatorem.')).optional(),
    aim: Prose(
      'What it aims at, in the nominative: "wypracowanie wspólnej metodologii…".',
      'Cel projektu, w mianowniku: „wypracowanie wspólnej metodologii…”.',
    ).optional(),
  },
  described("Dated changes of the project's fields, in date order.", 'Datowane zmiany pól projektu, w kolejności dat.'),
).meta(described('A project or programme.', 'Projekt lub program.'));

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
