// What real sections say beyond the Office's part: what a body is and when it was set up, who belongs to it, the
// kind of taking part, one-off events of a year, and the analyst's own order. Each case adds records to the 2010
// data and builds 2014; the sentences must stand in the section whole.
import { describe, expect, it } from 'vitest';
import { copyData, editRecord, sectionText, writeRecord } from '../support/data.ts';

const COUNTRIES: Record<string, string> = {
  greece: 'name:\n  nom: Grecja\n  gen: Grecji\n  loc: Grecji\n  gender: f\n',
  italy: 'name:\n  nom: Włochy\n  gen: Włoch\n  loc: Włoszech\n  gender: m\n  number: pl\n',
  cyprus: 'name:\n  nom: Cypr\n  gen: Cypru\n  acc: Cypr\n  loc: Cyprze\n  gender: m\nprep: na\n',
  albania: 'name:\n  nom: Albania\n  gen: Albanii\n  acc: Albanię\n  gender: f\n',
  serbia: 'name:\n  nom: Serbia\n  gen: Serbii\n  acc: Serbię\n  gender: f\n',
  kosovo: 'name:\n  nom: Kosowo\n  gen: Kosowa\n  gender: n\n',
};

const BUDAPEST = `name:
  nom: Proces Budapeszteński
  gen: Procesu Budapeszteńskiego
  gender: m
area: international
noun:
  nom: Proces
  gender: m
participations:
  - from: "2012"
    who: representatives
    role: participant
`;

/** Extra YAML for the Budapest Process record, and the sentences its paragraph must hold. */
const CASES: { name: string; budapest?: string; edit?: (data: string) => void; has: string[] }[] = [
  {
    name: 'a defining sentence with how and when the body was set up',
    budapest: 'definition:\n  nom: forum dialogu w sprawach migracji\n  gender: n\nfounded:\n  date: "1993"\n  by: Niemiec\n',
    has: [
      'Przedstawiciele Urzędu biorą udział w pracach Procesu Budapeszteńskiego. Proces Budapeszteński to forum dialogu w sprawach migracji, założone w 1993 r. z inicjatywy Niemiec.',
    ],
  },
  {
    name: "a founding without a definition, agreeing with the body's noun",
    budapest: 'founded:\n  date: "1993-10"\n  verb: utworzyć\n',
    has: ['Proces został utworzony w październiku 1993 r.'],
  },
  {
    name: 'composition: składać się, groups in the genitive, numerals in words, a list in brackets, one after a dash',
    budapest: `composition:
  verb: składać się
  groups:
    - count: 27
      noun: { one: państwo członkowskie UE, few: państwa członkowskie UE, many: państw członkowskich UE, gender: n }
    - count: 3
      words: true
      noun: { one: kraj kandydujący, few: kraje kandydujące, many: krajów kandydujących, gender: m }
      countries: [albania, serbia, kosovo]
    - count: 1
      noun: { one: potencjalny kandydat, few: potencjalni kandydaci, many: potencjalnych kandydatów, other: potencjalnego kandydata, gender: m }
      countries: [kosovo]
`,
    has: ['Proces składa się z 27 państw członkowskich UE, trzech krajów kandydujących (Albanii, Serbii i Kosowa) oraz potencjalnego kandydata – Kosowa.'],
  },
  {
    name: 'composition: zrzeszać, in the accusative, with organisations as well as countries',
    budapest:
      'composition:\n  verb: zrzeszać\n  groups:\n    - count: 9\n      noun: { one: państwo regionu, few: państwa regionu, many: państw regionu, gender: n }\n    - countries: [albania, serbia]\n',
    has: ['Proces zrzesza 9 państw regionu oraz Albanię i Serbię.'],
  },
  {
    name: 'composition: w skład … wchodzą, the verb agreeing with the count',
    budapest: 'composition:\n  groups:\n    - count: 22\n      noun: państwo\n      adjective: członkowski\n',
    has: ['W skład Procesu Budapeszteńskiego wchodzą 22 państwa członkowskie.'],
  },
  {
    name: 'the kind of taking part, worded by the record',
    budapest: 'wording:\n  activity: spotkaniach\n',
    has: ['Przedstawiciele Urzędu biorą udział w spotkaniach Procesu Budapeszteńskiego.'],
  },
  {
    name: 'a meeting over two days, on a subject, in a country',
    budapest:
      'events:\n  - date: "2014-10-09"\n    to: "2014-10-10"\n    kind: meeting\n    who: representatives\n    subject: migracji cyrkulacyjnej\n    places: [greece]\n',
    has: ['W dniach 9–10 października 2014 r. przedstawiciele Urzędu wzięli udział w spotkaniu poświęconym migracji cyrkulacyjnej w Grecji.'],
  },
  {
    name: 'meetings counted over a year, with an organisation',
    budapest: 'events:\n  - date: "2014"\n    kind: meeting\n    who: representatives\n    count: { count: 12 }\n',
    has: ['W 2014 r. przedstawiciele Urzędu wzięli udział w 12 spotkaniach.'],
  },
  {
    name: 'an agreement signed with an organisation, on a subject',
    edit: (data) => {
      writeRecord(data, 'bodies/fedasil.yaml', 'name:\n  nom: belgijska Agencja Fedasil\n  inst: belgijską Agencją Fedasil\n  gender: f\n');
      editRecord(data, 'bodies/easo.yaml', (doc) =>
        doc.set('events', doc.createNode([{ date: '2014-10', kind: 'agreement', partners: ['fedasil'], subject: 'wymiany informacji o krajach pochodzenia' }])),
      );
    },
    has: ['W październiku 2014 r. Urząd podpisał z belgijską Agencją Fedasil porozumienie o współpracy dotyczące wymiany informacji o krajach pochodzenia.'],
  },
  {
    name: 'an acronym introduced with the full name on first mention, alone after that',
    edit: (data) => {
      editRecord(data, 'bodies/coa.yaml', (doc) => doc.setIn(['name', 'inst'], 'holenderską Centralną Agencją ds. Azylu'));
      editRecord(data, 'bodies/easo.yaml', (doc) => doc.set('events', doc.createNode([{ date: '2014-03', kind: 'agreement', partners: ['coa'] }])));
    },
    has: [
      'W marcu 2014 r. Urząd podpisał z holenderską Centralną Agencją ds. Azylu (COA) porozumienie o współpracy.',
      'w projekcie „Reception Expert Teams”, realizowanym przez COA oraz partnerów.',
    ],
  },
  {
    name: 'a deployment with a lower-bound count, places with their prepositions, and an approximate effort',
    edit: (data) =>
      editRecord(data, 'bodies/easo.yaml', (doc) =>
        doc.set(
          'events',
          doc.createNode([
            {
              date: '2014',
              kind: 'deployment',
              who: 'experts',
              count: { count: 100, bound: 'over' },
              places: ['greece', 'italy', 'cyprus'],
              effort: { count: '4,5 tys.', bound: 'about', noun: { one: 'dzień roboczy', few: 'dni robocze', many: 'dni roboczych', gender: 'm' } },
            },
          ]),
        ),
      ),
    has: ['W 2014 r. eksperci Urzędu wzięli udział w ponad 100 misjach do Grecji, Włoch oraz na Cypr, co stanowiło ok. 4,5 tys. dni roboczych.'],
  },
  {
    name: "a study visit, and an event told in the record's own words",
    budapest:
      'events:\n  - date: "2014-05"\n    kind: visit\n    who: representative\n    places: [italy]\n  - date: "2014-11"\n    kind: hosted\n    sentence: "W listopadzie 2014 r. {{form @root.office.short \\"nom\\"}} gościł delegację {{form record.name \\"gen\\"}}."\n',
    has: ['W maju 2014 r. przedstawiciel Urzędu odbył wizytę studyjną we Włoszech.', 'W listopadzie 2014 r. Urząd gościł delegację Procesu Budapeszteńskiego.'],
  },
  {
    name: "the analyst's order: a body told before those without an order",
    budapest: 'order: 1\n',
    has: [
      'Urząd prowadzi także współpracę międzynarodową poza zakresem spotkań i zadań wynikających z działań instytucji Unii Europejskiej. Przedstawiciele Urzędu biorą udział w pracach Procesu Budapeszteńskiego.',
    ],
  },
];

describe('what the data can say', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const data = copyData();
    editRecord(data, 'office.yaml', (doc) => doc.set('asOf', '2014'));
    for (const [id, yaml] of Object.entries(COUNTRIES)) writeRecord(data, `countries/${id}.yaml`, yaml);
    writeRecord(data, 'bodies/budapest-process.yaml', BUDAPEST + (c.budapest ?? ''));
    c.edit?.(data);
    const text = await sectionText(data, 2014);
    for (const sentence of c.has) expect(text).toContain(sentence);
  });
});
