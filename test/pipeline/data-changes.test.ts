// Changes to the 2010 records, and the text that must follow from each: counts, dates, tense, lists, escaping.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyData, editRecord, sectionText, writeRecord } from '../support/data.ts';

/** A change to the data, the year to build, and sentences that must (or must not) appear. */
interface Case {
  name: string;
  change: (dataDir: string) => void;
  year: number;
  has: string[];
  lacks?: string[];
}

const MONTHS_GEN = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
const MONTHS_LOC = ['styczniu', 'lutym', 'marcu', 'kwietniu', 'maju', 'czerwcu', 'lipcu', 'sierpniu', 'wrześniu', 'październiku', 'listopadzie', 'grudniu'];

const setEuStates = (n: number) => (dir: string) => editRecord(dir, 'bodies/enaro.yaml', (doc) => doc.setIn(['members', 'euStates'], n));
const retFrom = (date: string) => (dir: string) => editRecord(dir, 'projects/reception-expert-teams.yaml', (doc) => doc.set('from', date));
const enaroSpan = (from: string, to?: string) => (dir: string) =>
  editRecord(dir, 'bodies/enaro.yaml', (doc) => {
    doc.setIn(['participations', 0, 'from'], from);
    if (to) doc.setIn(['participations', 0, 'to'], to);
  });
const ENARO = '„European Network of Asylum Reception Organisations” (ENARO) w skład której';

const CASES: Case[] = [
  {
    name: 'a fourth chaired working party joins the list, still with "oraz" before the last, and says when it began',
    change: (dir) =>
      writeRecord(
        dir,
        'bodies/frontiers-working-party.yaml',
        'name:\n  nom: Grupa Robocza do spraw Granic Zewnętrznych\n  gen: Grupy Roboczej do spraw Granic Zewnętrznych\n  gender: f\nparent: council-of-the-eu\nparticipations:\n  - from: "2010-06"\n    who: representatives\n    role: chair-delegation\n',
      ),
    year: 2010,
    has: [
      'w pracach: Grupy Roboczej do spraw azylu, Grupy Roboczej do spraw wiz (podgrupy VISION), Grupy Roboczej do spraw Integracji, Migracji i Wydaleń (w komponencie admisyjnym) oraz Grupy Roboczej do spraw Granic Zewnętrznych (od czerwca 2010 r.).',
    ],
  },
  {
    name: 'two chaired working parties without "i" in their names are joined with "i"',
    change: (dir) => rmSync(join(dir, 'bodies/imd-working-party.yaml')),
    year: 2010,
    has: ['w pracach: Grupy Roboczej do spraw azylu i Grupy Roboczej do spraw wiz (podgrupy VISION).'],
  },
  {
    name: '22 member states take the plural verb and "państwa"',
    change: setEuStates(22),
    year: 2010,
    has: [`${ENARO} wchodzą 22 państwa UE oraz Szwajcaria i Norwegia.`],
  },
  { name: '1 member state', change: setEuStates(1), year: 2010, has: [`${ENARO} wchodzi 1 państwo UE oraz Szwajcaria i Norwegia.`] },
  { name: '2 member states', change: setEuStates(2), year: 2010, has: [`${ENARO} wchodzą 2 państwa UE`] },
  { name: '4 member states', change: setEuStates(4), year: 2010, has: [`${ENARO} wchodzą 4 państwa UE`] },
  { name: '5 member states', change: setEuStates(5), year: 2010, has: [`${ENARO} wchodzi 5 państw UE`] },
  { name: '12 member states', change: setEuStates(12), year: 2010, has: [`${ENARO} wchodzi 12 państw UE`] },
  { name: '14 member states', change: setEuStates(14), year: 2010, has: [`${ENARO} wchodzi 14 państw UE`] },
  { name: '21 member states', change: setEuStates(21), year: 2010, has: [`${ENARO} wchodzi 21 państw UE`] },
  { name: '24 member states', change: setEuStates(24), year: 2010, has: [`${ENARO} wchodzą 24 państwa UE`] },
  { name: '25 member states', change: setEuStates(25), year: 2010, has: [`${ENARO} wchodzi 25 państw UE`] },
  ...(
    [
      [11, 'wchodzi', 'państw'],
      [13, 'wchodzi', 'państw'],
      [101, 'wchodzi', 'państw'],
      [102, 'wchodzą', 'państwa'],
      [112, 'wchodzi', 'państw'],
      [122, 'wchodzą', 'państwa'],
    ] as const
  ).map(([n, verb, noun]) => ({
    name: `${n} member states`,
    change: setEuStates(n),
    year: 2010,
    has: [`${ENARO} ${verb} ${n} ${noun} UE oraz Szwajcaria i Norwegia.`],
  })),
  {
    name: 'one member country alone takes the singular',
    change: (dir) =>
      editRecord(dir, 'bodies/enaro.yaml', (doc) => {
        doc.deleteIn(['members', 'euStates']);
        doc.setIn(['members', 'countries'], ['norway']);
      }),
    year: 2010,
    has: [`${ENARO} wchodzi Norwegia.`],
  },
  { name: '0 member states: the countries alone', change: setEuStates(0), year: 2010, has: [`${ENARO} wchodzą Szwajcaria i Norwegia.`] },
  ...(
    [
      [1, 'raz'],
      [2, 'dwa razy'],
      [4, 'cztery razy'],
      [5, 'pięć razy'],
      [12, 'dwanaście razy'],
      [24, '24 razy'],
    ] as const
  ).map(([n, words]) => ({
    name: `${n} exchanges a year read "${words} do roku"`,
    change: (dir: string) => editRecord(dir, 'bodies/enaro.yaml', (doc) => doc.setIn(['exchange', 'perYear'], n)),
    year: 2010,
    has: [`Idea Programu realizowana jest poprzez regularną (${words} do roku) wymianę pracowników`],
  })),
  {
    name: 'no count of member states: the countries alone, plural verb',
    change: (dir) => editRecord(dir, 'bodies/enaro.yaml', (doc) => doc.deleteIn(['members', 'euStates'])),
    year: 2010,
    has: [`${ENARO} wchodzą Szwajcaria i Norwegia.`],
  },
  {
    name: 'a project starting in 2011-03 is absent from 2010',
    change: retFrom('2011-03'),
    year: 2010,
    has: ['Idea Programu realizowana jest poprzez regularną (dwa razy do roku) wymianę pracowników z państw należących do ENARO.'],
    lacks: ['Reception Expert Teams'],
  },
  {
    name: 'a project starting in 2011-03 opens with "Od marca 2011 r." in 2011',
    change: retFrom('2011-03'),
    year: 2011,
    has: ['Od marca 2011 r. Urząd uczestniczy w projekcie „Reception Expert Teams”, realizowanym przez'],
  },
  {
    name: 'a project that ended in the report year is told in the past, with both dates',
    change: (dir) =>
      editRecord(dir, 'projects/reception-expert-teams.yaml', (doc) => {
        doc.set('from', '2009-12');
        doc.set('to', '2010-11');
      }),
    year: 2010,
    has: ['Od grudnia 2009 r. do listopada 2010 r. Urząd uczestniczył w projekcie „Reception Expert Teams”'],
  },
  {
    name: 'joined in the report year: "przystąpił"',
    change: enaroSpan('2010'),
    year: 2010,
    has: ['W 2010 roku Urząd do Spraw Cudzoziemców przystąpił do „European Network'],
  },
  {
    name: 'joined in a given month: the month in the locative',
    change: enaroSpan('2010-05'),
    year: 2010,
    has: ['W maju 2010 r. Urząd do Spraw Cudzoziemców przystąpił do „European Network'],
  },
  {
    name: 'a member since an earlier year: present tense',
    change: enaroSpan('2010'),
    year: 2011,
    has: ['Urząd do Spraw Cudzoziemców należy do „European Network'],
  },
  {
    name: 'left in the report year: past tense with the end',
    change: enaroSpan('2008', '2010-06'),
    year: 2010,
    has: ['Do czerwca 2010 r. Urząd do Spraw Cudzoziemców należał do „European Network'],
  },
  { name: 'left before the report year: absent', change: enaroSpan('2008', '2009'), year: 2010, has: [], lacks: ['ENARO'] },
  {
    name: 'a co-implemented project still running: present tense',
    change: (dir) => editRecord(dir, 'projects/ukraine-capacity-building.yaml', (doc) => doc.set('to', '2012')),
    year: 2010,
    has: ['Urząd – między innymi – współrealizuje z innymi państwami kilkuletni projekt pomocowy dla Ukrainy'],
  },
  {
    name: 'a two-year co-implemented project is "dwuletni"',
    change: (dir) => editRecord(dir, 'projects/ukraine-capacity-building.yaml', (doc) => doc.set('from', '2009')),
    year: 2010,
    has: ['współrealizował z innymi państwami dwuletni projekt pomocowy dla Ukrainy'],
  },
  {
    name: 'the agency is no longer new a year later',
    change: () => {},
    year: 2011,
    has: ['w Radzie Nadzorczej Europejskiej Agencji Wsparcia Azylowego (EASO), instytucji UE, zajmującej się', 'Agencja realizuje także zadania'],
    lacks: ['nowo utworzonej'],
  },
  {
    name: 'one representative chairs: singular verb',
    change: (dir) => {
      for (const f of ['asylum-working-party', 'visa-working-party', 'imd-working-party'])
        editRecord(dir, `bodies/${f}.yaml`, (doc) => doc.setIn(['participations', 0, 'who'], 'representative'));
    },
    year: 2010,
    has: [
      'W ramach współpracy państw członkowskich w Radzie Unii Europejskiej, przedstawiciel Urzędu przewodniczy krajowym delegacjom',
      'Dodatkowo przedstawiciele Urzędu uczestniczą w pracach grup: SCIFA i FREEMO',
    ],
  },
  {
    name: 'all chairs ended in the report year: past tense',
    change: (dir) => {
      for (const f of ['asylum-working-party', 'visa-working-party', 'imd-working-party'])
        editRecord(dir, `bodies/${f}.yaml`, (doc) => doc.setIn(['participations', 0, 'to'], '2010-06'));
    },
    year: 2010,
    has: ['przedstawiciele Urzędu przewodniczyli krajowym delegacjom'],
  },
  {
    name: 'a single participant group reads "grupy", without a colon',
    change: (dir) => rmSync(join(dir, 'bodies/freemo.yaml')),
    year: 2010,
    has: ['Dodatkowo uczestniczą w pracach grupy SCIFA, a także innych grup roboczych.'],
  },
  {
    name: 'an alternate who left in the report year: past tense, with the end first',
    change: (dir) => editRecord(dir, 'bodies/easo-management-board.yaml', (doc) => doc.setIn(['participations', 0, 'to'], '2010-09')),
    year: 2010,
    has: ['Do września 2010 r. przedstawiciel Urzędu pełnił rolę „alternate” w Radzie Nadzorczej'],
  },
  {
    name: 'cooperation that ended in the report year: past tense, with the end first',
    change: (dir) => editRecord(dir, 'bodies/unhcr-poland.yaml', (doc) => doc.setIn(['participations', 0, 'to'], '2010-06')),
    year: 2010,
    has: ['Do czerwca 2010 r. stała, niemal bieżąca współpraca łączyła Urząd z krajowym Biurem UNHCR'],
  },
  {
    name: 'a membership that ended in the report year: past tense, with the end first',
    change: (dir) => editRecord(dir, 'bodies/gdisc-steering-group.yaml', (doc) => doc.setIn(['participations', 0, 'to'], '2010-03-31')),
    year: 2010,
    has: ['Do 31 marca 2010 r. Szef Urzędu wchodził w skład Grupy Sterującej GDISC'],
  },
  {
    name: 'a function the Office holds in an EU network',
    change: (dir) =>
      writeRecord(
        dir,
        'bodies/emn.yaml',
        'name:\n  nom: Europejska Sieć Migracyjna\n  gen: Europejskiej Sieci Migracyjnej\n  gender: f\nacronym: ESM\narea: eu\nparticipations:\n  - from: "2009"\n    who: office\n    role: function\n    as:\n      nom: krajowy punkt kontaktowy\n      gen: krajowego punktu kontaktowego\n      gender: m\n',
      ),
    year: 2010,
    has: [
      'Agencja realizować ma także zadania związane z budową Wspólnego Europejskiego Systemu Azylowego. Urząd pełni funkcję krajowego punktu kontaktowego Europejskiej Sieci Migracyjnej (ESM).',
    ],
  },
  {
    name: 'a chaired bilateral delegation is told as chairing',
    change: (dir) => editRecord(dir, 'bodies/polish-russian-commission.yaml', (doc) => doc.setIn(['participations', 0, 'role'], 'chair-delegation')),
    year: 2010,
    has: ['Ponadto przedstawiciel Urzędu przewodniczy krajowej delegacji biorącej udział w pracach Polsko-Rosyjskiej Komisji'],
  },
  {
    name: 'a network named by a masculine noun takes "którego"',
    change: (dir) => editRecord(dir, 'bodies/enaro.yaml', (doc) => doc.setIn(['name', 'gender'], 'm')),
    year: 2010,
    has: ['(ENARO) w skład którego wchodzi 15 państw UE'],
  },
  {
    name: 'two bilateral bodies with the same participant are joined in one sentence',
    change: (dir) =>
      writeRecord(
        dir,
        'bodies/polish-ukrainian-commission.yaml',
        'name:\n  nom: Polsko-Ukraińska Komisja do spraw Migracji\n  gen: Polsko-Ukraińskiej Komisji do spraw Migracji\n  gender: f\narea: bilateral\nparticipations:\n  - from: "2009"\n    who: representative\n    role: participant\n',
      ),
    year: 2010,
    has: [
      'Ponadto przedstawiciel Urzędu bierze udział w pracach Polsko-Rosyjskiej Komisji Międzyrządowej do spraw Współpracy Międzyregionalnej i Polsko-Ukraińskiej Komisji do spraw Migracji.',
    ],
  },
  ...MONTHS_GEN.map((month, i) => ({
    name: `a project from month ${i + 1} reads "Od ${month} 2010 r."`,
    change: retFrom(`2010-${String(i + 1).padStart(2, '0')}`),
    year: 2010,
    has: [`Od ${month} 2010 r. Urząd uczestniczy w projekcie`],
  })),
  ...MONTHS_LOC.map((month, i) => ({
    name: `joining in month ${i + 1} reads "${month === 'wrześniu' ? 'We' : 'W'} ${month} 2010 r."`,
    change: enaroSpan(`2010-${String(i + 1).padStart(2, '0')}`),
    year: 2010,
    has: [`${month === 'wrześniu' ? 'We' : 'W'} ${month} 2010 r. Urząd do Spraw Cudzoziemców przystąpił do`],
  })),
];

describe('the text follows the data', () => {
  it.each(CASES)('$name', async ({ change, year, has, lacks = [] }) => {
    const dir = copyData();
    change(dir);
    const text = await sectionText(dir, year);
    for (const sentence of has) expect(text).toContain(sentence);
    for (const absent of lacks) expect(text).not.toContain(absent);
  });
});
