// What the section says of events over time: an event over several years is told once, in the year it ends, unless a
// running total is asked for; an estimated date is never printed; an event of the Office lands in the paragraph of a
// body it names, or of its area. Each case adds records to the 2010 data, and each year's section must hold, and lack,
// the exact text given.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyData, editRecord, sectionText, writeRecord } from '../support/data.ts';

const SMS = 'name:\n  nom: Państwowa Służba Migracyjna Ukrainy\n  gen: Państwowej Służby Migracyjnej Ukrainy\n  gender: f\narea: bilateral\n';
const BUDAPEST = `name:
  nom: Proces Budapeszteński
  gen: Procesu Budapeszteńskiego
  gender: m
area: international
participations:
  - from: "2012"
    who: representatives
    role: participant
`;
const RELOCATION = 'subject: relokacją osób ubiegających się o ochronę międzynarodową';

/** Records to add (file -> YAML, appended where the file exists), and per year the text that must stand or not. */
const CASES: { name: string; files: Record<string, string>; years: Record<number, { has?: string[]; lacks?: string[] }> }[] = [
  {
    name: 'an event over three years is told once, in the year it ends, with its span and its whole count',
    files: {
      'bodies/easo.yaml': `events:\n  - date: "2016"\n    to: "2018"\n    kind: deployment\n    who: experts\n    count: { count: 25 }\n    ${RELOCATION}\n`,
    },
    years: {
      2016: { lacks: ['misjach'] },
      2017: { lacks: ['misjach'] },
      2018: { has: ['W latach 2016–2018 eksperci Urzędu wzięli udział w 25 misjach związanych z relokacją osób ubiegających się o ochronę międzynarodową.'] },
    },
  },
  {
    name: 'a running total where the data gives one, with its start and "dotychczas", and the whole in the last year',
    files: {
      'bodies/easo.yaml': `events:\n  - date: "2016-03"\n    to: "2018-06"\n    kind: deployment\n    who: experts\n    count: { count: 25 }\n    soFar:\n      - year: 2016\n        count: { count: 1 }\n      - year: 2017\n        count: { count: 12, bound: over }\n`,
    },
    years: {
      2016: { has: ['Od marca 2016 r. eksperci Urzędu dotychczas wzięli udział w 1 misji.'] },
      2017: { has: ['Od marca 2016 r. eksperci Urzędu dotychczas wzięli udział w ponad 12 misjach.'] },
      2018: { has: ['Od marca 2016 r. do czerwca 2018 r. eksperci Urzędu wzięli udział w 25 misjach.'], lacks: ['dotychczas'] },
    },
  },
  {
    name: 'an estimated end of a participation, and an estimated event, print no date',
    files: {
      'bodies/budapest-process.yaml': `${BUDAPEST}  - from: "2009"\n    to: "2013-06"\n    approximate: true\n    who: head\n    role: participant\nevents:\n  - date: "2013-05"\n    to: "2013-06"\n    approximate: true\n    kind: visit\n    who: head\n`,
    },
    years: {
      2013: {
        has: [
          'Przedstawiciele Urzędu biorą udział w pracach Procesu Budapeszteńskiego. Szef Urzędu brał udział w pracach Procesu Budapeszteńskiego. Szef Urzędu odbył wizytę studyjną.',
        ],
        lacks: ['Do czerwca 2013 r.', 'w maju 2013 r.', 'od maja'],
      },
    },
  },
  {
    name: "a hosted visit of a delegation, the Office's own, in the paragraph of its area; another in a body's paragraph",
    files: {
      'bodies/sms-ukraine.yaml': SMS,
      'bodies/budapest-process.yaml': BUDAPEST,
      'office.yaml':
        'events:\n  - date: "2014-05"\n    kind: hosted\n    visitors: [sms-ukraine]\n    partners: [budapest-process]\n    paragraph: polish-russian-commission\n  - date: "2014-09-02"\n    kind: training\n    who: staff\n    partners: [budapest-process]\n',
    },
    years: {
      2014: {
        has: [
          'Przedstawiciele Urzędu biorą udział w pracach Procesu Budapeszteńskiego. 2 września 2014 r. pracownicy Urzędu wzięli udział w szkoleniu z udziałem Procesu Budapeszteńskiego.',
          'W maju 2014 r. Urząd zorganizował wizytę studyjną delegacji Państwowej Służby Migracyjnej Ukrainy z udziałem Procesu Budapeszteńskiego.',
        ],
      },
    },
  },
];

describe('events over time and where they are told', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const data = copyData();
    for (const [file, yaml] of Object.entries(c.files)) {
      if (file === 'office.yaml' || file === 'bodies/easo.yaml') editRecord(data, file, (doc) => doc.set('events', doc.createNode(parseEvents(yaml))));
      else writeRecord(data, file, yaml);
    }
    editRecord(data, 'office.yaml', (doc) => doc.set('asOf', String(Math.max(...Object.keys(c.years).map(Number)))));
    for (const [year, { has = [], lacks = [] }] of Object.entries(c.years)) {
      const text = await sectionText(data, Number(year));
      for (const sentence of has) expect(text).toContain(sentence);
      for (const words of lacks) expect(text).not.toContain(words);
    }
  });
});

// Reads the events of a YAML text that holds only "events:".
function parseEvents(yaml: string): unknown {
  return (parse(yaml) as { events: unknown }).events;
}
