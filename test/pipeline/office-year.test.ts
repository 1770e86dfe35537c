// A later year as the Office writes it: test/fixtures/office-year holds the 2015 data, written from the data guides
// alone, and expected.md the section its editor would write. The real command builds it, Markdown and DOCX; each case
// of the table edits a record and finds its sentences, exactly, in both outputs.
import { strFromU8, unzipSync } from 'fflate';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { copyFolder, ROOT, tempDir, writeRecord } from '../support/data.ts';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'office-year');
const DATA = join(FIXTURE, 'data');
const EXPECTED = readFileSync(join(FIXTURE, 'expected.md'), 'utf8');

/** Record files replaced, as YAML (an empty text removes the file). */
type Files = Record<string, string>;

// Builds 2015 from the fixture with some records replaced; returns the exit code, the Markdown and the DOCX paragraphs.
async function build(files: Files): Promise<{ exit: number; stderr: string; md: string; docx: string[] }> {
  const work = tempDir();
  const data = join(work, 'data');
  copyFolder(DATA, data);
  for (const [file, yaml] of Object.entries(files)) {
    rmSync(join(data, file), { force: true });
    if (yaml) writeRecord(data, file, yaml);
  }
  let stderr = '';
  const io = { stdout: { write: () => true, isTTY: false }, stderr: { write: (s: string) => (stderr += s), isTTY: false }, env: {}, cwd: work };
  const exit = await main(['build', '2015', '--quiet'], io);
  const md = join(work, 'out', 'wspolpraca-miedzynarodowa-2015.md');
  const docx = join(work, 'out', 'wspolpraca-miedzynarodowa-2015.docx');
  return {
    exit,
    stderr,
    md: existsSync(md) ? readFileSync(md, 'utf8') : '',
    docx: existsSync(docx) ? docxParagraphs(readFileSync(docx)) : [],
  };
}

// Returns the text of each paragraph of a DOCX, non-breaking spaces as spaces.
function docxParagraphs(docx: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1]!.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => named[name]!))
      .join('')
      .replace(/\u00a0/g, ' '),
  );
}

// Returns the paragraphs of a Markdown section, its heading first, non-breaking spaces as spaces.
function paragraphsOf(md: string): string[] {
  return md
    .split('\n\n')
    .map((p) =>
      p
        .replace(/^# /, '')
        .trim()
        .replace(/\u00a0/g, ' '),
    )
    .filter(Boolean);
}

// Returns a fixture record with its text edited.
function edited(file: string, edit: (yaml: string) => string): Files {
  const yaml = readFileSync(join(DATA, file), 'utf8');
  const changed = edit(yaml);
  if (changed === yaml) throw new Error(`the edit of ${file} changed nothing`);
  return { [file]: changed };
}

/** An agency described in apposition, for the cases of its board. */
const CEPOL = [
  'name:',
  '  nom: Agencja Unii Europejskiej ds. Szkolenia w Dziedzinie Ścigania',
  '  gen: Agencji Unii Europejskiej ds. Szkolenia w Dziedzinie Ścigania',
  '  gender: f',
  'acronym: CEPOL',
  'area: eu',
  'describe: apposition',
  'category: { nom: agencja UE, gen: agencji UE, gender: f }',
  'remit: szkoleniem funkcjonariuszy organów ścigania',
  '',
].join('\n');

/** BAMF with the accusative of "realizowanym przez". */
const BAMF_ACC = readFileSync(join(DATA, 'bodies', 'bamf.yaml'), 'utf8').replace(
  '  gen: niemieckiego',
  '  acc: niemiecki Federalny Urząd do spraw Migracji i Uchodźców\n  gen: niemieckiego',
);

/** BAMF described in apposition. */
const BAMF_APPOSED = {
  'bodies/bamf.yaml': `${BAMF_ACC}describe: apposition\ncategory: { nom: urząd federalny, acc: urząd federalny, inst: urzędem federalnym, gender: m }\nremit: sprawami migracji i azylu\n`,
};

describe('a later year as the Office writes it', () => {
  it('builds the section of expected.md, in the Markdown and the DOCX', async () => {
    const { exit, stderr, md, docx } = await build({});
    expect(stderr).toBe('');
    expect(exit).toBe(0);
    expect(md).toBe(EXPECTED);
    expect(docx).toEqual(paragraphsOf(EXPECTED));
  });

  it.each<[string, Files, string[], string[]]>([
    [
      'a working party taken part in is named by its acronym alone unless its record says how to introduce it',
      edited('bodies/hlwg.yaml', (y) => y.replace('introduce: name\n', '')),
      [
        'Ponadto uczestniczą w pracach następujących grup roboczych Rady: HLWG oraz Strategicznego Komitetu do spraw Imigracji, Granic i Azylu (SCIFA), a także innych grup roboczych.',
      ],
      ['Grupy Wysokiego Szczebla'],
    ],
    [
      'a working party introduced acronym first',
      edited('bodies/hlwg.yaml', (y) => y.replace('introduce: name', 'introduce: acronym')),
      ['Rady: HLWG (Grupa Wysokiego Szczebla do spraw Azylu i Migracji) oraz Strategicznego Komitetu'],
      [],
    ],
    [
      "an agency's remit agrees with its category, after the board's name and the agency's in the genitive",
      {},
      [
        'Przedstawiciel Urzędu pełni rolę „alternate” w Zarządzie Europejskiego Urzędu Wsparcia w dziedzinie Azylu (EASO), agencji UE, zajmującej się wspieraniem praktycznej współpracy państw członkowskich w dziedzinie azylu. EASO realizuje także zadania',
      ],
      ['Zarządzie Europejskiego Urzędu Wsparcia w dziedzinie Azylu Europejskiego', 'zajmującego się', 'Europejski Urząd Wsparcia w dziedzinie Azylu realizuje'],
    ],
    [
      "without a category, an agency's remit agrees with its name",
      edited('bodies/easo.yaml', (y) => y.replace(/category:\n( {2}.*\n)+/, '')),
      ['(EASO), zajmującego się wspieraniem praktycznej współpracy'],
      ['(EASO), agencji UE'],
    ],
    [
      "an agency's events follow what the section says of it, before the next body's sentences",
      {},
      ['znajdują się pod szczególną presją. W latach 2013–2015 eksperci Urzędu', 'o ochronę międzynarodową. Urząd pełni funkcję krajowego punktu kontaktowego'],
      [],
    ],
    [
      'an event of the Office hung on a body follows the projects told beneath it',
      {},
      ['i Azji Centralnej. W listopadzie 2015 r. Urząd zorganizował wizytę studyjną delegacji'],
      [],
    ],
    [
      "a board in any role is named with its agency, described as the agency's record asks",
      {
        'bodies/cepol.yaml': `${CEPOL}noun: { nom: Agencja, gender: f }\ntasks: zadania związane z oceną potrzeb szkoleniowych państw członkowskich\n`,
        'bodies/cepol-board.yaml':
          'name: { nom: Zarząd, gen: Zarządu, gender: m }\nparent: cepol\nparticipations:\n  - { from: "2014", who: representative, role: participant }\n',
      },
      [
        'Przedstawiciel Urzędu bierze udział w pracach Zarządu Agencji Unii Europejskiej ds. Szkolenia w Dziedzinie Ścigania (CEPOL), agencji UE, zajmującej się szkoleniem funkcjonariuszy organów ścigania. Agencja realizuje także zadania związane z oceną potrzeb szkoleniowych państw członkowskich.',
      ],
      ['w pracach Zarządu.'],
    ],
    [
      "a board's name that holds its agency's already is followed by the agency's bracket alone",
      {
        'bodies/easo-management-board.yaml': [
          'name:',
          '  nom: Zarząd Europejskiego Urzędu Wsparcia w dziedzinie Azylu',
          '  loc: Zarządzie Europejskiego Urzędu Wsparcia w dziedzinie Azylu',
          '  gender: m',
          'parent: easo',
          'participations:',
          '  - { from: "2011", who: representative, role: alternate }',
          '',
        ].join('\n'),
      },
      [
        'Przedstawiciel Urzędu pełni rolę „alternate” w Zarządzie Europejskiego Urzędu Wsparcia w dziedzinie Azylu (EASO), agencji UE, zajmującej się wspieraniem praktycznej współpracy państw członkowskich w dziedzinie azylu. EASO realizuje także zadania',
      ],
      ['Azylu Europejskiego'],
    ],
    [
      "a board whose name holds its agency's: the agency's bracket and description follow, in a sentence apart from Frontex's, though the same people take part in both, as each is followed by its tasks",
      {
        'bodies/cepol.yaml': `${CEPOL}tasks: zadania związane z oceną potrzeb szkoleniowych państw członkowskich\n`,
        'bodies/cepol-board.yaml': [
          'name:',
          '  nom: Zarząd Agencji Unii Europejskiej ds. Szkolenia w Dziedzinie Ścigania',
          '  gen: Zarządu Agencji Unii Europejskiej ds. Szkolenia w Dziedzinie Ścigania',
          'parent: cepol',
          'participations:',
          '  - { from: "2014", who: representatives, role: participant }',
          '',
        ].join('\n'),
      },
      [
        'Przedstawiciele Urzędu biorą udział w pracach Zarządu Agencji Unii Europejskiej ds. Szkolenia w Dziedzinie Ścigania (CEPOL), agencji UE, zajmującej się szkoleniem funkcjonariuszy organów ścigania. CEPOL realizuje także zadania związane z oceną potrzeb szkoleniowych państw członkowskich. Od marca 2015 r. przedstawiciele Urzędu biorą także udział w pracach Europejskiej Agencji',
      ],
      ['Ścigania Agencji', 'organów ścigania i Europejskiej'],
    ],
    [
      "a board with its agency's acronym: one bracket, the agency's description after it",
      {
        'bodies/cepol.yaml': CEPOL,
        'bodies/cepol-board.yaml': [
          'name:',
          '  nom: Zarząd Agencji Unii Europejskiej ds. Szkolenia w Dziedzinie Ścigania',
          '  gen: Zarządu Agencji Unii Europejskiej ds. Szkolenia w Dziedzinie Ścigania',
          '  gender: m',
          'acronym: CEPOL',
          'parent: cepol',
          'participations:',
          '  - { from: "2014", who: representative, role: participant }',
          '',
        ].join('\n'),
      },
      [
        'Przedstawiciel Urzędu bierze udział w pracach Zarządu Agencji Unii Europejskiej ds. Szkolenia w Dziedzinie Ścigania (CEPOL), agencji UE, zajmującej się szkoleniem funkcjonariuszy organów ścigania.',
      ],
      ['(CEPOL) (CEPOL)'],
    ],
    [
      "a board's name that holds its agency's, the agency named and described before: nothing follows the name",
      {
        ...edited('bodies/easo.yaml', (y) => `${y}participations:\n  - { from: "2010", who: head, role: member }\n`),
        'bodies/easo-management-board.yaml': [
          'name:',
          '  nom: Zarząd Europejskiego Urzędu Wsparcia w dziedzinie Azylu',
          '  loc: Zarządzie Europejskiego Urzędu Wsparcia w dziedzinie Azylu',
          '  gender: m',
          'parent: easo',
          'participations:',
          '  - { from: "2011", who: representative, role: alternate }',
          '',
        ].join('\n'),
      },
      [
        'Szef Urzędu wchodzi też w skład Europejskiego Urzędu Wsparcia w dziedzinie Azylu (EASO), agencji UE,',
        'Przedstawiciel Urzędu pełni rolę „alternate” w Zarządzie Europejskiego Urzędu Wsparcia w dziedzinie Azylu. W latach 2013–2015',
      ],
      ['Azylu EASO', 'Azylu, agencji UE'],
    ],
    [
      "a board named after its agency, the agency named and described before: the board's name and the agency's acronym",
      edited('bodies/easo.yaml', (y) => `${y}participations:\n  - { from: "2010", who: head, role: member }\n`),
      [
        'Szef Urzędu wchodzi też w skład Europejskiego Urzędu Wsparcia w dziedzinie Azylu (EASO), agencji UE, zajmującej się wspieraniem praktycznej współpracy państw członkowskich w dziedzinie azylu. EASO realizuje także zadania związane z koordynacją wsparcia operacyjnego dla państw członkowskich, których systemy azylowe znajdują się pod szczególną presją. Przedstawiciel Urzędu pełni rolę „alternate” w Zarządzie EASO. W latach 2013–2015',
      ],
      [],
    ],
    [
      'missions told "in" the countries where the event says so (direction: in), "we" before "Włoszech"',
      edited('bodies/easo.yaml', (y) =>
        y
          .replace('places: [bulgaria]', 'places: [bulgaria]\n    direction: in')
          .replace('places: [italy, greece]', 'places: [italy, greece]\n    direction: in'),
      ),
      [
        'W latach 2013–2015 eksperci Urzędu wzięli udział w 14 misjach wsparcia w Bułgarii związanych z poprawą warunków',
        'Od października do grudnia 2015 r. eksperci Urzędu wzięli udział w 9 misjach zespołów wsparcia azylowego we Włoszech i w Grecji związanych z relokacją',
      ],
      ['do Bułgarii', 'do Włoch'],
    ],
    [
      'an implementer described in apposition before "oraz partnerów": the apposition closed with a comma',
      { ...edited('projects/ppti.yaml', (y) => y.replace('implementers: [icmpd]', 'implementers: [bamf]\notherPartners: true')), ...BAMF_APPOSED },
      [
        'Od listopada 2012 r. Urząd uczestniczy w projekcie „Prague Process: Targeted Initiative”, realizowanym przez niemiecki Federalny Urząd do spraw Migracji i Uchodźców (BAMF), urząd federalny, zajmujący się sprawami migracji i azylu, oraz partnerów.',
        'W czerwcu 2015 r. Urząd podpisał z BAMF porozumienie',
      ],
      [],
    ],
    [
      'two implementers, the first in apposition, before "oraz partnerów": the list closed by it, with no "oraz" of its own',
      { ...edited('projects/ppti.yaml', (y) => y.replace('implementers: [icmpd]', 'implementers: [bamf, icmpd]\notherPartners: true')), ...BAMF_APPOSED },
      [
        'realizowanym przez niemiecki Federalny Urząd do spraw Migracji i Uchodźców (BAMF), urząd federalny, zajmujący się sprawami migracji i azylu, ICMPD oraz partnerów.',
      ],
      ['oraz ICMPD'],
    ],
    [
      'two implementers without apposition before "oraz partnerów"',
      {
        ...edited('projects/ppti.yaml', (y) => y.replace('implementers: [icmpd]', 'implementers: [icmpd, bamf]\notherPartners: true')),
        'bodies/bamf.yaml': BAMF_ACC,
      },
      ['realizowanym przez ICMPD, niemiecki Federalny Urząd do spraw Migracji i Uchodźców (BAMF) oraz partnerów.'],
      ['ICMPD i niemiecki'],
    ],
    [
      'a board described in apposition after "w": the apposition in the locative, agreeing with it',
      {
        'bodies/steering.yaml': [
          'name:',
          '  nom: Komitet Sterujący Funduszu Azylu, Migracji i Integracji',
          '  loc: Komitecie Sterującym Funduszu Azylu, Migracji i Integracji',
          '  gender: m',
          'acronym: KS AMIF',
          'area: eu',
          'describe: apposition',
          'category: { nom: organ doradczy Komisji Europejskiej, loc: organie doradczym Komisji Europejskiej, gender: m }',
          'remit: programowaniem środków Funduszu',
          'participations:',
          '  - { from: "2014", who: representative, role: alternate }',
          '',
        ].join('\n'),
      },
      [
        'Przedstawiciel Urzędu pełni rolę „alternate” w Komitecie Sterującym Funduszu Azylu, Migracji i Integracji (KS AMIF), organie doradczym Komisji Europejskiej, zajmującym się programowaniem środków Funduszu. Urząd pełni funkcję',
      ],
      [],
    ],
    [
      "an alternate's board with its agency's acronym: one bracket",
      {
        'bodies/cepol.yaml': CEPOL,
        'bodies/cepol-board.yaml': [
          'name:',
          '  nom: Zarząd Agencji Unii Europejskiej ds. Szkolenia w Dziedzinie Ścigania',
          '  loc: Zarządzie Agencji Unii Europejskiej ds. Szkolenia w Dziedzinie Ścigania',
          '  gender: m',
          'acronym: CEPOL',
          'parent: cepol',
          'participations:',
          '  - { from: "2014", who: representative, role: alternate }',
          '',
        ].join('\n'),
      },
      [
        'Przedstawiciel Urzędu pełni rolę „alternate” w Zarządzie Agencji Unii Europejskiej ds. Szkolenia w Dziedzinie Ścigania (CEPOL), agencji UE, zajmującej się szkoleniem funkcjonariuszy organów ścigania.',
      ],
      ['(CEPOL) (CEPOL)'],
    ],
    [
      "what an event was, in the words of the event (event-what): in place of the kind's noun, with its count",
      {
        ...edited('office.yaml', (y) =>
          y.replace(
            '    subject: wymiany informacji o krajach pochodzenia\n',
            '    subject: wymiany informacji o krajach pochodzenia\n    wording: { event-what: memorandum o współpracy }\n',
          ),
        ),
        ...edited('bodies/easo.yaml', (y) =>
          y.replace('    places: [bulgaria]\n', '    places: [bulgaria]\n    wording:\n      event-what: \'{{counted count "loc"}} ekspertów\'\n'),
        ),
      },
      [
        'W czerwcu 2015 r. Urząd podpisał z niemieckim Federalnym Urzędem do spraw Migracji i Uchodźców (BAMF) memorandum o współpracy dotyczące wymiany informacji o krajach pochodzenia.',
        'W latach 2013–2015 eksperci Urzędu wzięli udział w 14 misjach wsparcia ekspertów do Bułgarii związanych z poprawą',
      ],
      ['porozumienie'],
    ],
    [
      'visitors with an acronym are introduced in full',
      edited('bodies/bma-moldova.yaml', (y) => `${y}acronym: BMA\n`),
      ['wizytę studyjną delegacji Biura do spraw Migracji i Azylu Republiki Mołdawii (BMA) poświęconą procedurom azylowym'],
      [],
    ],
    [
      'who belongs to a body is told after its first mention by its acronym',
      edited('bodies/icmpd.yaml', (y) => `${y}composition:\n  groups:\n    - count: 18\n      noun: państwo\n      adjective: członkowski\n`),
      ['z inicjatywy Austrii i Szwajcarii. W skład ICMPD wchodzi 18 państw członkowskich.'],
      ['W skład Międzynarodowego Centrum'],
    ],
    [
      'a founding without a definition opens with the acronym',
      edited('bodies/emn.yaml', (y) => y.replace(/definition:\n( {2}.*\n)+/, '')),
      [
        'Urząd pełni funkcję krajowego punktu kontaktowego Europejskiej Sieci Migracyjnej (ESM). ESM została utworzona w 2008 r. i zajmuje się dostarczaniem aktualnych, obiektywnych i porównywalnych informacji o migracji i azylu.',
      ],
      ['Europejska Sieć Migracyjna została'],
    ],
  ])('%s', async (_name, files, has, lacks) => {
    const { exit, stderr, md, docx } = await build(files);
    expect(stderr).toBe('');
    expect(exit).toBe(0);
    const text = paragraphsOf(md).join('\n');
    const docxText = docx.join('\n');
    for (const sentence of has) {
      expect(text).toContain(sentence);
      expect(docxText).toContain(sentence);
    }
    for (const words of lacks) expect(text).not.toContain(words);
  });
});
