// Facts that change over time: dated changes of any field, ends and starts within the year, changes of role. Each
// case edits the 2010 records, builds a year, and names sentences that must stand in it whole (and ones that must not).
import { describe, expect, it } from 'vitest';
import { copyData, editRecord, sectionText } from '../support/data.ts';

/** An edit of the records, the year built, and what its section must and must not say. */
interface Case {
  name: string;
  change: (data: string) => void;
  year: number;
  has: string[];
  lacks?: string[];
}

const asOf = (date: string) => (data: string) => editRecord(data, 'office.yaml', (doc) => doc.set('asOf', date));
const set = (file: string, path: (string | number)[], value: unknown) => (data: string) =>
  editRecord(data, file, (doc) => doc.setIn(path, doc.createNode(value)));
const all =
  (...edits: ((data: string) => void)[]) =>
  (data: string) =>
    edits.forEach((edit) => edit(data));
const MONTHS_GEN = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];

const enaroGrows = all(
  asOf('2014'),
  set('bodies/enaro.yaml', ['changes'], [{ from: '2013', members: { euStates: 20, countries: ['switzerland', 'norway'] } }]),
);
const easoRenamed = all(
  asOf('2012'),
  set(
    'bodies/easo.yaml',
    ['changes'],
    [
      {
        from: '2011-06',
        name: { nom: 'Europejski Urząd Wsparcia w dziedzinie Azylu', gen: 'Europejskiego Urzędu Wsparcia w dziedzinie Azylu', gender: 'm' },
        noun: { nom: 'Urząd', gender: 'm' },
      },
    ],
  ),
);

const CASES: Case[] = [
  // dated values
  {
    name: 'a count changed from 2013: the 2010 section keeps 15',
    change: enaroGrows,
    year: 2010,
    has: ['w skład której wchodzi 15 państw UE oraz Szwajcaria i Norwegia.'],
  },
  {
    name: 'a count changed from 2013: the 2014 section says 20',
    change: enaroGrows,
    year: 2014,
    has: ['w skład której wchodzi 20 państw UE oraz Szwajcaria i Norwegia.'],
    lacks: ['15 państw'],
  },
  {
    name: 'a rename in mid-2011: 2010 keeps the old name',
    change: easoRenamed,
    year: 2010,
    has: ['w Radzie Nadzorczej Europejskiej Agencji Wsparcia Azylowego (EASO), nowo utworzonej instytucji UE'],
  },
  {
    name: 'a rename in mid-2011: the 2011 section uses the name in force at the end of the year; the remit agrees with the category, the next sentence with the new noun',
    change: easoRenamed,
    year: 2011,
    has: [
      'w Radzie Nadzorczej Europejskiego Urzędu Wsparcia w dziedzinie Azylu (EASO), instytucji UE, zajmującej się ułatwianiem współpracy',
      'Urząd realizuje także zadania',
    ],
    lacks: ['Agencji'],
  },
  {
    name: 'the Office renamed from 2012',
    change: all(
      asOf('2012'),
      set(
        'office.yaml',
        ['changes'],
        [{ from: '2012', name: { nom: 'Urząd do Spraw Cudzoziemców i Migracji', gen: 'Urzędu do Spraw Cudzoziemców i Migracji', gender: 'm' } }],
      ),
    ),
    year: 2012,
    has: ['Urząd do Spraw Cudzoziemców i Migracji należy do „European Network of Asylum Reception Organisations” (ENARO)'],
  },
  // ends within the year, in every kind of sentence
  {
    name: 'a chaired working party ends in June: its own sentence in the past, after the list that goes on',
    change: all(asOf('2011'), set('bodies/visa-working-party.yaml', ['participations', 0, 'to'], '2011-06')),
    year: 2011,
    has: [
      'przedstawiciele Urzędu przewodniczą krajowym delegacjom biorącym udział w pracach: Grupy Roboczej do spraw azylu oraz Grupy Roboczej do spraw Integracji, Migracji i Wydaleń (w komponencie admisyjnym). Do czerwca 2011 r. przedstawiciele Urzędu przewodniczyli także krajowej delegacji biorącej udział w pracach Grupy Roboczej do spraw wiz (podgrupy VISION).',
    ],
  },
  {
    name: 'two chaired working parties end on different dates: each says when',
    change: all(
      asOf('2011'),
      set('bodies/visa-working-party.yaml', ['participations', 0, 'to'], '2011-06'),
      set('bodies/asylum-working-party.yaml', ['participations', 0, 'to'], '2011-09'),
    ),
    year: 2011,
    has: [
      'przedstawiciele Urzędu przewodniczą krajowej delegacji biorącej udział w pracach Grupy Roboczej do spraw Integracji, Migracji i Wydaleń (w komponencie admisyjnym). Przedstawiciele Urzędu przewodniczyli także krajowym delegacjom biorącym udział w pracach: Grupy Roboczej do spraw azylu (do września 2011 r.) i Grupy Roboczej do spraw wiz (podgrupy VISION) (do czerwca 2011 r.).',
    ],
  },
  {
    name: 'a working party taken part in ends: the list goes on, the ended one follows',
    change: all(asOf('2012'), set('bodies/scifa.yaml', ['participations', 0, 'to'], '2012-02')),
    year: 2012,
    has: ['Dodatkowo uczestniczą w pracach grupy FREEMO, a także innych grup roboczych. Do lutego 2012 r. uczestniczyli też w pracach grupy SCIFA.'],
  },
  {
    name: 'a bilateral commission ends in June',
    change: all(asOf('2011'), set('bodies/polish-russian-commission.yaml', ['participations', 0, 'to'], '2011-06')),
    year: 2011,
    has: [
      'Ponadto do czerwca 2011 r. przedstawiciel Urzędu brał udział w pracach Polsko-Rosyjskiej Komisji Międzyrządowej do spraw Współpracy Międzyregionalnej.',
    ],
  },
  {
    name: 'a board seat ends in September',
    change: all(asOf('2012'), set('bodies/easo-management-board.yaml', ['participations', 0, 'to'], '2012-09')),
    year: 2012,
    has: [
      'Do września 2012 r. przedstawiciel Urzędu pełnił rolę „alternate” w Radzie Nadzorczej Europejskiej Agencji Wsparcia Azylowego (EASO), instytucji UE',
    ],
  },
  {
    name: 'a membership ends on a day',
    change: all(asOf('2011'), set('bodies/gdisc-steering-group.yaml', ['participations', 0, 'to'], '2011-05-15')),
    year: 2011,
    has: ['Do 15 maja 2011 r. Szef Urzędu wchodził w skład Grupy Sterującej GDISC (Konferencja Dyrektorów Generalnych Służb Imigracyjnych).'],
  },
  {
    name: 'a network left in the year',
    change: all(asOf('2012'), set('bodies/enaro.yaml', ['participations', 0, 'to'], '2012-10')),
    year: 2012,
    has: ['Do października 2012 r. Urząd do Spraw Cudzoziemców należał do „European Network of Asylum Reception Organisations” (ENARO)'],
  },
  // joining within the year
  ...MONTHS_GEN.map((month, i) => ({
    name: `a bilateral commission joined in ${month}`,
    change: all(asOf('2011'), set('bodies/polish-russian-commission.yaml', ['participations', 0, 'from'], `2011-${String(i + 1).padStart(2, '0')}`)),
    year: 2011,
    has: [
      `Ponadto od ${month} 2011 r. przedstawiciel Urzędu bierze udział w pracach Polsko-Rosyjskiej Komisji Międzyrządowej do spraw Współpracy Międzyregionalnej.`,
    ],
  })),
  {
    name: 'a membership joined in the year',
    change: all(asOf('2011'), set('bodies/gdisc-steering-group.yaml', ['participations', 0, 'from'], '2011-03')),
    year: 2011,
    has: ['Od marca 2011 r. Szef Urzędu wchodzi w skład Grupy Sterującej GDISC (Konferencja Dyrektorów Generalnych Służb Imigracyjnych).'],
  },
  {
    name: 'an estimated start is not told as joining',
    change: all(
      asOf('2011'),
      set('bodies/gdisc-steering-group.yaml', ['participations', 0], { from: '2011-03', approximate: true, who: 'head', role: 'member' }),
    ),
    year: 2011,
    has: ['Szef Urzędu wchodzi w skład Grupy Sterującej GDISC (Konferencja Dyrektorów Generalnych Służb Imigracyjnych).'],
    lacks: ['Od marca 2011 r.'],
  },
  // a change of role or of people within the year, told once
  {
    name: 'chair until June, then taking part: one sentence, both dates, both tenses',
    change: all(
      asOf('2014'),
      set(
        'bodies/visa-working-party.yaml',
        ['participations'],
        [
          { from: '2004-05', to: '2014-06', who: 'representatives', role: 'chair-delegation', subgroup: 'vision' },
          { from: '2014-07', who: 'representatives', role: 'participant' },
        ],
      ),
    ),
    year: 2014,
    has: [
      'Do czerwca 2014 r. przedstawiciele Urzędu przewodniczyli krajowej delegacji biorącej udział w pracach Grupy Roboczej do spraw wiz (podgrupy VISION), a od lipca 2014 r. biorą udział w jej pracach.',
    ],
    lacks: ['Grupy Roboczej do spraw wiz (podgrupy VISION) oraz', 'grup: SCIFA, FREEMO'],
  },
  {
    name: 'the head hands a seat to a representative',
    change: all(
      asOf('2014'),
      set(
        'bodies/gdisc-steering-group.yaml',
        ['participations'],
        [
          { from: '2004', to: '2014-03', who: 'head', role: 'member' },
          { from: '2014-04', who: 'representative', role: 'member' },
        ],
      ),
    ),
    year: 2014,
    has: [
      'Do marca 2014 r. Szef Urzędu wchodził w skład Grupy Sterującej GDISC (Konferencja Dyrektorów Generalnych Służb Imigracyjnych), a od kwietnia 2014 r. przedstawiciel Urzędu wchodzi w jej skład.',
    ],
  },
  {
    name: 'a bilateral body: taking part, then chairing the delegation',
    change: all(
      asOf('2013'),
      set(
        'bodies/polish-russian-commission.yaml',
        ['participations'],
        [
          { from: '2004', to: '2013-04', who: 'representative', role: 'participant' },
          { from: '2013-05', who: 'representative', role: 'chair-delegation' },
        ],
      ),
    ),
    year: 2013,
    has: [
      'Do kwietnia 2013 r. przedstawiciel Urzędu brał udział w pracach Polsko-Rosyjskiej Komisji Międzyrządowej do spraw Współpracy Międzyregionalnej, a od maja 2013 r. przewodniczy krajowej delegacji biorącej udział w jej pracach.',
    ],
  },
  {
    name: 'the year after a change of role tells only the new role',
    change: all(
      asOf('2015'),
      set(
        'bodies/visa-working-party.yaml',
        ['participations'],
        [
          { from: '2004-05', to: '2014-06', who: 'representatives', role: 'chair-delegation', subgroup: 'vision' },
          { from: '2014-07', who: 'representatives', role: 'participant' },
        ],
      ),
    ),
    year: 2015,
    has: ['Dodatkowo uczestniczą w pracach grup: SCIFA, FREEMO i Grupy Roboczej do spraw wiz, a także innych grup roboczych.'],
    lacks: ['przewodniczyli'],
  },
];

describe('facts over time', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const data = copyData();
    c.change(data);
    const text = await sectionText(data, c.year);
    for (const sentence of c.has) expect(text).toContain(sentence);
    for (const words of c.lacks ?? []) expect(text).not.toContain(words);
  });
});
