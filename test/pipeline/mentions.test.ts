// How the section names and describes bodies, in both outputs: the first mention in full (name first, acronym first or
// title first, with the original title and acronym in one bracket), later ones short, never an acronym before it is
// introduced; what a body is in apposition agreeing in case with its first mention, or in sentences of its own; the
// phrases of the built-in partials worded by the records. Each case edits the later-year data set
// (test/fixtures/later-year) and builds 2016 with the real command, Markdown and DOCX.
import { strFromU8, unzipSync } from 'fflate';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { copyFolder, ROOT, tempDir, writeRecord } from '../support/data.ts';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'later-year', 'data');

/** The section of the fixture as it stands, paragraph by paragraph. */
const COUNCIL =
  'Urząd, w zakresie swoich zadań, prowadzi współpracę międzynarodową. W ramach współpracy państw członkowskich w Radzie Unii Europejskiej, przedstawiciele Urzędu przewodniczą krajowej delegacji biorącej udział w pracach Grupy Roboczej do spraw azylu. Ponadto uczestniczą w pracach następujących grup roboczych Rady: HLWG i SCIFA, a także innych grup roboczych.';
const FRONTEX =
  'Od października 2016 r. przedstawiciele Urzędu biorą udział w pracach Europejskiej Agencji Straży Granicznej i Przybrzeżnej (Frontex), agencji UE, zajmującej się wspieraniem państw członkowskich w zarządzaniu granicami zewnętrznymi Unii. Agencja realizuje także zadania związane z organizacją wspólnych operacji powrotowych.';
const BUDAPEST =
  'Urząd prowadzi także współpracę międzynarodową poza zakresem spotkań i zadań wynikających z działań instytucji Unii Europejskiej. Przedstawiciel Urzędu bierze udział w spotkaniach Procesu Budapeszteńskiego (Budapest Process – BP). Proces to forum dialogu w sprawach migracji, założone w 1993 r. z inicjatywy Niemiec.';
const ICMPD =
  'Stała współpraca łączy Urząd z ICMPD (Międzynarodowe Centrum Rozwoju Polityki Migracyjnej). ICMPD to organizacja międzynarodowa, zajmująca się wspieraniem państw w tworzeniu polityki migracyjnej, założona w 1993 r. z inicjatywy Austrii i Szwajcarii.';
const PRAGUE =
  'Od marca 2016 r. przedstawiciel Urzędu bierze udział w pracach Procesu Praskiego (Prague Process), inicjatywy politycznej, ustanowionej w 2009 r. w trakcie czeskiej prezydencji w Radzie UE.';

/** A record file replaced or added, as YAML. */
type Files = Record<string, string>;

// Builds 2016 from the fixture with some records replaced; returns the exit code and the paragraphs of both outputs.
async function build(files: Files): Promise<{ exit: number; md: string[]; docx: string[]; stderr: string }> {
  const work = tempDir();
  const data = join(work, 'data');
  copyFolder(FIXTURE, data);
  for (const [file, yaml] of Object.entries(files)) {
    rmSync(join(data, file), { force: true });
    mkdirSync(dirname(join(data, file)), { recursive: true });
    if (yaml) writeRecord(data, file, yaml);
  }
  let stderr = '';
  const io = { stdout: { write: () => true, isTTY: false }, stderr: { write: (s: string) => (stderr += s), isTTY: false }, env: {}, cwd: work };
  const exit = await main(['build', '2016', '--quiet'], io);
  const md = join(work, 'out', 'wspolpraca-miedzynarodowa-2016.md');
  const docx = join(work, 'out', 'wspolpraca-miedzynarodowa-2016.docx');
  if (!existsSync(md)) return { exit, md: [], docx: existsSync(docx) ? ['written'] : [], stderr };
  return {
    exit,
    stderr,
    md: readFileSync(md, 'utf8')
      .split('\n\n')
      .slice(1)
      .map((p) => p.trim().replace(/\u00a0/g, ' ')),
    docx: docxParagraphs(readFileSync(docx)).slice(1),
  };
}

// Returns the text of each paragraph of a DOCX, non-breaking spaces as spaces.
function docxParagraphs(docx: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => unescapeEntities(m[1]!))
      .join('')
      .replace(/\u00a0/g, ' '),
  );
}

// Reads the five entities XML escapes text with.
function unescapeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => named[name]!);
}

const FRONTEX_RECORD = readFileSync(join(FIXTURE, 'bodies', 'frontex.yaml'), 'utf8');
const ICMPD_RECORD = readFileSync(join(FIXTURE, 'bodies', 'icmpd.yaml'), 'utf8');
const BUDAPEST_RECORD = readFileSync(join(FIXTURE, 'bodies', 'budapest-process.yaml'), 'utf8');
const PRAGUE_RECORD = readFileSync(join(FIXTURE, 'bodies', 'prague-process.yaml'), 'utf8');

/** ICMPD in apposition, with the instrumental its apposition after "z" needs. */
const ICMPD_APPOSED = ICMPD_RECORD.replace('describe: sentence', 'describe: apposition').replace(
  'definition:\n  nom: organizacja międzynarodowa\n',
  'definition:\n  nom: organizacja międzynarodowa\n  inst: organizacją międzynarodową\n',
);

/** The Prague Process among the EU bodies, taken part in by the same people from before Frontex: the two are told in
 * one sentence. */
const PRAGUE_IN_EU = PRAGUE_RECORD.replace('area: international', 'area: eu').replace('who: representative\n', 'who: representatives\n');

/** Frontex's remit in the body's own words, which a remit after "na rzecz" reads in the genitive. */
const FRONTEX_WORDED = `${FRONTEX_RECORD.replace('remit: wspieraniem', 'remit: wspierania')}wording:\n  remit: '{{adj "działający" head case}} na rzecz'\n`;

describe('names and descriptions in a later year', () => {
  it.each<[string, Files, string[]]>([
    ['the data set as it is', {}, [`${COUNCIL} ${FRONTEX}`, BUDAPEST, ICMPD, PRAGUE]],
    [
      'a body named twice in its paragraph: in full once, then by its acronym',
      {
        'bodies/icmpd.yaml': `${ICMPD_RECORD}sentences:\n  - '{{cap (mention record "nom")}} ma siedzibę w Wiedniu.'\n`,
      },
      [`${COUNCIL} ${FRONTEX}`, BUDAPEST, `${ICMPD} ICMPD ma siedzibę w Wiedniu.`, PRAGUE],
    ],
    [
      'name first instead of acronym first: the expansion in the case of the sentence',
      { 'bodies/icmpd.yaml': ICMPD_RECORD.replace('introduce: acronym\n', '') },
      [
        `${COUNCIL} ${FRONTEX}`,
        BUDAPEST,
        ICMPD.replace('ICMPD (Międzynarodowe Centrum Rozwoju Polityki Migracyjnej)', 'Międzynarodowym Centrum Rozwoju Polityki Migracyjnej (ICMPD)'),
        PRAGUE,
      ],
    ],
    [
      'an apposition after "z": the category in the instrumental, the participle agreeing',
      {
        'bodies/icmpd.yaml': ICMPD_APPOSED,
      },
      [
        `${COUNCIL} ${FRONTEX}`,
        BUDAPEST,
        'Stała współpraca łączy Urząd z ICMPD (Międzynarodowe Centrum Rozwoju Polityki Migracyjnej), organizacją międzynarodową, zajmującą się wspieraniem państw w tworzeniu polityki migracyjnej, założoną w 1993 r. z inicjatywy Austrii i Szwajcarii.',
        PRAGUE,
      ],
    ],
    [
      'a description in a sentence instead of an apposition, opening with the acronym',
      { 'bodies/frontex.yaml': FRONTEX_RECORD.replace('describe: apposition', 'describe: sentence') },
      [
        `${COUNCIL} Od października 2016 r. przedstawiciele Urzędu biorą udział w pracach Europejskiej Agencji Straży Granicznej i Przybrzeżnej (Frontex). Frontex to agencja UE, zajmująca się wspieraniem państw członkowskich w zarządzaniu granicami zewnętrznymi Unii. Agencja realizuje także zadania związane z organizacją wspólnych operacji powrotowych.`,
        BUDAPEST,
        ICMPD,
        PRAGUE,
      ],
    ],
    [
      "a description in a sentence where the year's plan chooses it over the record's apposition",
      { 'plans/2016.yaml': 'records:\n  - id: frontex\n    describe: sentence\n' },
      [
        `${COUNCIL} Od października 2016 r. przedstawiciele Urzędu biorą udział w pracach Europejskiej Agencji Straży Granicznej i Przybrzeżnej (Frontex). Frontex to agencja UE, zajmująca się wspieraniem państw członkowskich w zarządzaniu granicami zewnętrznymi Unii. Agencja realizuje także zadania związane z organizacją wspólnych operacji powrotowych.`,
        BUDAPEST,
        ICMPD,
        PRAGUE,
      ],
    ],
    [
      "an apposition where the year's plan chooses it over the record's sentence",
      {
        'bodies/icmpd.yaml': ICMPD_RECORD.replace(
          'definition:\n  nom: organizacja międzynarodowa\n',
          'definition:\n  nom: organizacja międzynarodowa\n  inst: organizacją międzynarodową\n',
        ),
        'plans/2016.yaml': 'records:\n  - id: icmpd\n    describe: apposition\n',
      },
      [
        `${COUNCIL} ${FRONTEX}`,
        BUDAPEST,
        'Stała współpraca łączy Urząd z ICMPD (Międzynarodowe Centrum Rozwoju Polityki Migracyjnej), organizacją międzynarodową, zajmującą się wspieraniem państw w tworzeniu polityki migracyjnej, założoną w 1993 r. z inicjatywy Austrii i Szwajcarii.',
        PRAGUE,
      ],
    ],
    [
      'later mentions by the acronym where the record does not ask for its noun',
      { 'bodies/budapest-process.yaml': BUDAPEST_RECORD.replace('refer: noun\n', '') },
      [`${COUNCIL} ${FRONTEX}`, BUDAPEST.replace('Proces to forum', 'BP to forum'), ICMPD, PRAGUE],
    ],
    [
      'the Council sentence in its default wording, and "także" worded into a taking-part sentence',
      {
        'bodies/council-of-the-eu.yaml': readFileSync(join(FIXTURE, 'bodies', 'council-of-the-eu.yaml'), 'utf8').replace(/wording:\n( {2}.*\n)+/, ''),
        'bodies/frontex.yaml': `${FRONTEX_RECORD}wording:\n  taking-part: '{{verb "brać" group.who group.tense}} także udział w'\n`,
      },
      [
        `${COUNCIL.replace('Ponadto uczestniczą w pracach następujących grup roboczych Rady:', 'Dodatkowo uczestniczą w pracach grup:')} ${FRONTEX.replace('biorą udział', 'biorą także udział')}`,
        BUDAPEST,
        ICMPD,
        PRAGUE,
      ],
    ],
    [
      'an apposition in the middle of a sentence: closed with a comma before the place of a partner',
      { 'bodies/icmpd.yaml': ICMPD_APPOSED.replace('area: international', 'area: international\nlocation:\n  nom: Wiedeń\n  loc: Wiedniu\n  gender: m') },
      [
        `${COUNCIL} ${FRONTEX}`,
        BUDAPEST,
        'Stała współpraca łączy Urząd z ICMPD (Międzynarodowe Centrum Rozwoju Polityki Migracyjnej), organizacją międzynarodową, zajmującą się wspieraniem państw w tworzeniu polityki migracyjnej, założoną w 1993 r. z inicjatywy Austrii i Szwajcarii, w Wiedniu.',
        PRAGUE,
      ],
    ],
    [
      'two appositions in one sentence: the first closed with a comma after the note in brackets, the last by the full stop',
      {
        'bodies/prague-process.yaml': PRAGUE_RECORD.replace('area: international', 'area: eu')
          .replace('from: "2016-03"', 'from: "2016-10"')
          .replace('who: representative\n', 'who: representatives\n'),
      },
      [
        `${COUNCIL} Przedstawiciele Urzędu biorą udział w pracach Europejskiej Agencji Straży Granicznej i Przybrzeżnej (Frontex), agencji UE, zajmującej się wspieraniem państw członkowskich w zarządzaniu granicami zewnętrznymi Unii (od października 2016 r.), oraz Procesu Praskiego (Prague Process), inicjatywy politycznej, ustanowionej w 2009 r. w trakcie czeskiej prezydencji w Radzie UE (od października 2016 r.). Agencja realizuje także zadania związane z organizacją wspólnych operacji powrotowych.`,
        BUDAPEST,
        ICMPD,
      ],
    ],
    [
      'a group of bodies in one sentence: "także" worded by its second body is the sentence\'s',
      {
        'bodies/frontex.yaml': `${FRONTEX_RECORD}wording:\n  taking-part: '{{verb "brać" group.who group.tense}} także udział w'\n`,
        'bodies/prague-process.yaml': PRAGUE_IN_EU,
      },
      [
        `${COUNCIL} Przedstawiciele Urzędu biorą także udział w pracach Procesu Praskiego (Prague Process), inicjatywy politycznej, ustanowionej w 2009 r. w trakcie czeskiej prezydencji w Radzie UE (od marca 2016 r.), oraz Europejskiej Agencji Straży Granicznej i Przybrzeżnej (Frontex), agencji UE, zajmującej się wspieraniem państw członkowskich w zarządzaniu granicami zewnętrznymi Unii (od października 2016 r.). Agencja realizuje także zadania związane z organizacją wspólnych operacji powrotowych.`,
        BUDAPEST,
        ICMPD,
      ],
    ],
    [
      'a group of bodies in one sentence: bodies that word "taking-part" differently are told apart',
      {
        'bodies/frontex.yaml': `${FRONTEX_RECORD}wording:\n  taking-part: '{{verb "brać" group.who group.tense}} także udział w'\n`,
        'bodies/prague-process.yaml': `${PRAGUE_IN_EU}wording:\n  taking-part: '{{verb "uczestniczyć" group.who group.tense}} w'\n`,
      },
      [
        `${COUNCIL} Od marca 2016 r. przedstawiciele Urzędu uczestniczą w pracach Procesu Praskiego (Prague Process), inicjatywy politycznej, ustanowionej w 2009 r. w trakcie czeskiej prezydencji w Radzie UE. Od października 2016 r. przedstawiciele Urzędu biorą także udział w pracach Europejskiej Agencji Straży Granicznej i Przybrzeżnej (Frontex), agencji UE, zajmującej się wspieraniem państw członkowskich w zarządzaniu granicami zewnętrznymi Unii. Agencja realizuje także zadania związane z organizacją wspólnych operacji powrotowych.`,
        BUDAPEST,
        ICMPD,
      ],
    ],
    [
      'a group of bodies in one sentence: a body with an activity of its own is told apart',
      {
        'bodies/frontex.yaml': `${FRONTEX_RECORD}wording:\n  activity: spotkaniach\n`,
        'bodies/prague-process.yaml': PRAGUE_IN_EU,
      },
      [
        `${COUNCIL} Od marca 2016 r. przedstawiciele Urzędu biorą udział w pracach Procesu Praskiego (Prague Process), inicjatywy politycznej, ustanowionej w 2009 r. w trakcie czeskiej prezydencji w Radzie UE. Od października 2016 r. przedstawiciele Urzędu biorą udział w spotkaniach Europejskiej Agencji Straży Granicznej i Przybrzeżnej (Frontex), agencji UE, zajmującej się wspieraniem państw członkowskich w zarządzaniu granicami zewnętrznymi Unii. Agencja realizuje także zadania związane z organizacją wspólnych operacji powrotowych.`,
        BUDAPEST,
        ICMPD,
      ],
    ],
    [
      "the phrases of an apposition in the body's own words, agreeing in the genitive of the first mention",
      {
        'bodies/frontex.yaml': FRONTEX_WORDED,
        'bodies/prague-process.yaml': PRAGUE_RECORD.replace('  circumstances:', '  by: Czech\n  circumstances:').replace(
          'participations:',
          `wording:\n  founded-as: '{{adj "powołany" head case}} do życia'\n  initiative: przy udziale\nparticipations:`,
        ),
      },
      [
        `${COUNCIL} ${FRONTEX.replace('zajmującej się wspieraniem', 'działającej na rzecz wspierania')}`,
        BUDAPEST,
        ICMPD,
        PRAGUE.replace(
          'ustanowionej w 2009 r. w trakcie czeskiej prezydencji w Radzie UE.',
          'powołanej do życia w 2009 r. w trakcie czeskiej prezydencji w Radzie UE przy udziale Czech.',
        ),
      ],
    ],
    [
      'the phrases of an apposition in the body\'s own words, agreeing in the instrumental after "z"',
      {
        'bodies/icmpd.yaml': ICMPD_APPOSED.replace(
          'participations:',
          `wording:\n  remit: '{{adj "działający" head case}} na rzecz'\n  founded-as: '{{adj "powołany" head case}}'\n  initiative: na wniosek\nparticipations:`,
        ).replace('remit: wspieraniem', 'remit: wspierania'),
      },
      [
        `${COUNCIL} ${FRONTEX}`,
        BUDAPEST,
        'Stała współpraca łączy Urząd z ICMPD (Międzynarodowe Centrum Rozwoju Polityki Migracyjnej), organizacją międzynarodową, działającą na rzecz wspierania państw w tworzeniu polityki migracyjnej, powołaną w 1993 r. na wniosek Austrii i Szwajcarii.',
        PRAGUE,
      ],
    ],
    [
      "the same words of the body's in a sentence of its own, in the nominative",
      { 'bodies/frontex.yaml': FRONTEX_WORDED.replace('describe: apposition', 'describe: sentence') },
      [
        `${COUNCIL} Od października 2016 r. przedstawiciele Urzędu biorą udział w pracach Europejskiej Agencji Straży Granicznej i Przybrzeżnej (Frontex). Frontex to agencja UE, działająca na rzecz wspierania państw członkowskich w zarządzaniu granicami zewnętrznymi Unii. Agencja realizuje także zadania związane z organizacją wspólnych operacji powrotowych.`,
        BUDAPEST,
        ICMPD,
        PRAGUE,
      ],
    ],
    [
      'a partner from a date, without a character of the cooperation',
      { 'bodies/icmpd.yaml': ICMPD_RECORD.replace('    character: stała\n', '').replace('from: "2014"', 'from: "2016-03"') },
      [`${COUNCIL} ${FRONTEX}`, BUDAPEST, ICMPD.replace('Stała współpraca', 'Od marca 2016 r. współpraca'), PRAGUE],
    ],
  ])('%s', async (_, files, paragraphs) => {
    const built = await build(files);
    expect(built.stderr).toBe('');
    expect(built.exit).toBe(0);
    expect(built.md).toEqual(paragraphs);
    expect(built.docx).toEqual(paragraphs);
  });

  it("tells no description of a body where the year's plan says describe: false, in apposition or in sentences", async () => {
    const built = await build({ 'plans/2016.yaml': 'records:\n  - id: frontex\n    describe: false\n  - id: icmpd\n    describe: false\n' });
    expect(built.exit).toBe(0);
    expect(built.md).toEqual([
      `${COUNCIL} Od października 2016 r. przedstawiciele Urzędu biorą udział w pracach Europejskiej Agencji Straży Granicznej i Przybrzeżnej (Frontex).`,
      BUDAPEST,
      'Stała współpraca łączy Urząd z ICMPD (Międzynarodowe Centrum Rozwoju Polityki Migracyjnej).',
      PRAGUE,
    ]);
    expect(built.docx).toEqual(built.md);
    // the fixture's only year tells neither body's description, so its fields are never told
    expect([...built.stderr.matchAll(/^data\/bodies\/(\S+) - warning (\S+):/gm)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'frontex.yaml:12:1 untold-field',
      'frontex.yaml:16:1 untold-field',
      'frontex.yaml:17:1 untold-field',
      'icmpd.yaml:11:1 untold-field',
      'icmpd.yaml:14:1 untold-field',
      'icmpd.yaml:15:1 untold-field',
    ]);
  });

  it('without describe, tells neither category, remit nor tasks, and warns at each that it is never told', async () => {
    const built = await build({ 'bodies/frontex.yaml': FRONTEX_RECORD.replace('describe: apposition\n', '') });
    expect(built.exit).toBe(0);
    expect(built.md[0]).toBe(
      `${COUNCIL} Od października 2016 r. przedstawiciele Urzędu biorą udział w pracach Europejskiej Agencji Straży Granicznej i Przybrzeżnej (Frontex).`,
    );
    expect(built.docx).toEqual(built.md);
    expect([...built.stderr.matchAll(/^(data\/\S+) - warning untold-field: "(\w+)"/gm)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'data/bodies/frontex.yaml:11:1 category',
      'data/bodies/frontex.yaml:15:1 remit',
      'data/bodies/frontex.yaml:16:1 tasks',
    ]);
  });

  it('reports an apposition whose case form is missing at the noun phrase, and writes nothing', async () => {
    const built = await build({ 'bodies/icmpd.yaml': ICMPD_RECORD.replace('describe: sentence', 'describe: apposition') });
    expect(built.exit).toBe(1);
    expect(built.md).toEqual([]);
    expect(built.docx).toEqual([]);
    expect(built.stderr).toMatch(
      /^data\/bodies\/icmpd\.yaml:11:1 - error missing-form: "definition" has no instrumental \(inst\) form, which a sentence of the 2016 section \(.*apposition\.md\.hbs:8:\d+\) needs\. Add "inst:" under "definition"\./m,
    );
  });
});
