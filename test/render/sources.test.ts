// Sources: the tree rendered with them is the tree the writers always took, and each sentence names its records.
import { isDeepStrictEqual } from 'node:util';
import type { Root } from 'mdast';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSection } from '../../src/model/index.ts';
import { builtInTemplates } from '../../src/paths.ts';
import { check } from '../../src/pipeline/index.ts';
import type { Validated } from '../../src/validate/index.ts';
import { loadTemplates, rehearseSection, renderSection, renderWithSources, sectionTree, type Sentence, type Templates } from '../../src/render/index.ts';
import { cut } from '../../src/render/sources/sentences.ts';
import { toDocx } from '../../src/write/docx/index.ts';
import { toMarkdownText } from '../../src/write/markdown.ts';
import { copyData, DATA, editRecord, ROOT, tempDir } from '../support/data.ts';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The 2010 section's sentences, paragraph by paragraph, as the Office's report has them. */
const SENTENCES_2010 = [
  [1, 'Urząd, w zakresie swoich zadań, prowadzi współpracę międzynarodową.'],
  [
    1,
    'W ramach współpracy państw członkowskich w Radzie Unii Europejskiej, przedstawiciele Urzędu przewodniczą krajowym delegacjom biorącym udział w pracach: Grupy Roboczej do spraw azylu, Grupy Roboczej do spraw wiz (podgrupy VISION) oraz Grupy Roboczej do spraw Integracji, Migracji i Wydaleń (w komponencie admisyjnym).',
  ],
  [1, 'Dodatkowo uczestniczą w pracach grup: SCIFA i FREEMO, a także innych grup roboczych.'],
  [1, 'Pracownicy Urzędu wchodzą też w skład tych Komitetów Komisji Europejskiej, które zajmują się problematyką odpowiadającą zadaniom Urzędu.'],
  [
    1,
    'Przedstawiciel Urzędu pełni rolę „alternate” w Radzie Nadzorczej Europejskiej Agencji Wsparcia Azylowego (EASO), nowo utworzonej instytucji UE, zajmującej się ułatwianiem współpracy i podnoszeniem poziomu działania krajowych instytucji azylowych.',
  ],
  [1, 'Agencja realizować ma także zadania związane z budową Wspólnego Europejskiego Systemu Azylowego.'],
  [2, 'Urząd prowadzi także współpracę międzynarodową poza zakresem spotkań i zadań wynikających z działań instytucji Unii Europejskiej.'],
  [2, 'Stała, niemal bieżąca współpraca łączy Urząd z krajowym Biurem UNHCR (Urząd Wysokiego Komisarza Narodów Zjednoczonych do Spraw Uchodźców) w Warszawie.'],
  [
    2,
    'Do szczególnie istotnych elementów tej współpracy można zaliczyć program „Standard Operating Procedures on Sexual Gender Based Violence”, realizowany nie tylko przez Urząd i UNHCR, ale i Komendę Główną Policji, Fundację „La Strada”, Fundację „Ocalenie” i Centrum Pomocy Prawnej im. Haliny Nieć.',
  ],
  [3, 'Szef Urzędu wchodzi w skład Grupy Sterującej GDISC (Konferencja Dyrektorów Generalnych Służb Imigracyjnych).'],
  [
    3,
    'W ramach różnych inicjatyw, podejmowanych przez GDISC, Urząd – między innymi – współrealizował z innymi państwami kilkuletni projekt pomocowy dla Ukrainy „Capacity Building and Technical Support to Ukrainian Authorities to Effectively Respond to Irregular Transit-Migration”, odpowiadając za komponent azylowy tego projektu.',
  ],
  [
    4,
    'W 2010 roku Urząd do Spraw Cudzoziemców przystąpił do „European Network of Asylum Reception Organisations” (ENARO) w skład której wchodzi 15 państw UE oraz Szwajcaria i Norwegia.',
  ],
  [
    4,
    'Projekt ten opiera się na wymianie dobrych praktyk i cennych doświadczeń oraz wzmacnianiu współpracy międzynarodowej w obszarze opieki nad osobami ubiegającymi się o nadanie statusu uchodźców.',
  ],
  [4, 'Idea Programu realizowana jest poprzez regularną (dwa razy do roku) wymianę pracowników z państw należących do ENARO.'],
  [
    4,
    'Od grudnia 2010 r. Urząd uczestniczy w projekcie „Reception Expert Teams”, realizowanym przez holenderską Centralną Agencję ds. Azylu (COA) oraz partnerów.',
  ],
  [
    4,
    'Założeniem projektu jest wypracowanie wspólnej metodologii w obszarach, związanych z przyjmowaniem i opieką nad osobami ubiegającymi się o status uchodźcy.',
  ],
  [
    5,
    'Wskazać można także na udział przedstawicieli Urzędu w realizacji programów partnerskich w tym projektów realizowanych w ramach partnerstw na rzecz mobilności ukierunkowanych na wzmacnianie zdolności administracyjnych służb migracyjnych z Mołdową i Gruzją.',
  ],
  [6, 'Ponadto przedstawiciel Urzędu bierze udział w pracach Polsko-Rosyjskiej Komisji Międzyrządowej do spraw Współpracy Międzyregionalnej.'],
] as const;

let checked: Validated;
let templates: Templates;

beforeAll(async () => {
  checked = await check({ dataDir: DATA, cwd: ROOT });
  templates = await loadTemplates([builtInTemplates()], ROOT);
});

// Renders a year with its sources and returns the tree and its sentences.
function traced(year: number, data = checked): { tree: Root; sentences: Sentence[] } {
  const tree = renderWithSources(buildSection(data.dataset!, year), templates, recordsOf(data));
  return { tree, sentences: tree.data!.sentences! };
}

// Lists the data set's records as written, the Office first.
const recordsOf = (data: Validated) => [data.dataset!.office, ...data.dataset!.records];

// Folds non-breaking spaces, so that sentences compare with plain text.
const fold = (text: string) => text.replace(/\u00a0/g, ' ');

describe('rehearsing a section (what validate renders, and build then writes)', () => {
  it('gives, for every year the facts go back to, no problem and the Markdown renderSection renders', () => {
    const years = Array.from({ length: 2010 - 1990 + 1 }, (_, n) => 1990 + n).filter((year) => buildSection(checked.dataset!, year).paragraphs.length);
    expect(years.length).toBeGreaterThan(10);
    const differing = years.filter((year) => {
      const { problems, markdown } = rehearseSection(buildSection(checked.dataset!, year), templates, () => {});
      return problems.length > 0 || !isDeepStrictEqual(sectionTree(markdown), renderSection(buildSection(checked.dataset!, year), templates));
    });
    expect(differing).toEqual([]);
  });
});

describe('rendering with sources', () => {
  it('gives, for every year the facts go back to, the tree renderSection gives, and the same Markdown', () => {
    // the report years and the history before them: every section the facts can tell
    const years = Array.from({ length: 2010 - 1990 + 1 }, (_, n) => 1990 + n).filter((year) => buildSection(checked.dataset!, year).paragraphs.length);
    expect(years.length).toBeGreaterThan(10);
    const differing = years.filter((year) => {
      const plain = renderSection(buildSection(checked.dataset!, year), templates);
      const { tree } = traced(year);
      const markdown = toMarkdownText(tree);
      delete tree.data;
      return !isDeepStrictEqual(tree, plain) || markdown !== toMarkdownText(plain);
    });
    expect(differing).toEqual([]);
  });

  it('writes the same DOCX bytes from the tree with sources', async () => {
    const options = { title: 'T', creator: 'C', subject: 'S', headingLevel: 1, date: new Date('2010-12-31T12:00:00Z') };
    const plain = await toDocx(renderSection(buildSection(checked.dataset!, 2010), templates), options);
    expect(Buffer.from(await toDocx(traced(2010).tree, options)).equals(Buffer.from(plain))).toBe(true);
  });

  it('cuts the 2010 section into the 18 sentences of the Office report, in their paragraphs', () => {
    expect(traced(2010).sentences.map((s) => [s.paragraph, fold(s.text)])).toEqual(SENTENCES_2010.map(([p, text]) => [p, text]));
  });

  it('places each sentence in its paragraph text by offsets', () => {
    const { tree, sentences } = traced(2010);
    const paragraphs = tree.children.filter((node) => node.type === 'paragraph').map((p) => p.children.map((c) => ('value' in c ? c.value : '')).join(''));
    for (const s of sentences) expect(paragraphs[s.paragraph - 1]!.slice(s.start, s.end)).toBe(s.text);
  });

  it("names the ENARO sentence's records, files, lines and fields", () => {
    const enaro = traced(2010).sentences.find((s) => fold(s.text).includes('ENARO) w skład'))!;
    // "W 2010 roku" is the date the Office joined (participations[0].from); the records in the order first read
    expect(enaro.sources).toEqual([
      {
        id: 'enaro',
        file: 'data/bodies/enaro.yaml',
        line: 1,
        fields: [
          { field: 'participations[0].from', line: 19 },
          { field: 'title', line: 1 },
          { field: 'acronym', line: 6 },
          { field: 'name.gender', line: 5 },
          { field: 'members.euStates', line: 13 },
          { field: 'members.countries[0]', line: 14 },
          { field: 'members.countries[1]', line: 14 },
          { field: 'basis', line: 15 },
          { field: 'noun.nom', line: 9 },
          { field: 'noun.gender', line: 11 },
          { field: 'exchange.perYear', line: 17 },
        ],
      },
      {
        id: 'office',
        file: 'data/office.yaml',
        line: 4,
        fields: [
          { field: 'name.nom', line: 7 },
          { field: 'name.gender', line: 13 },
        ],
      },
      { id: 'switzerland', file: 'data/countries/switzerland.yaml', line: 1, fields: [{ field: 'name.nom', line: 2 }] },
      { id: 'norway', file: 'data/countries/norway.yaml', line: 1, fields: [{ field: 'name.nom', line: 2 }] },
    ]);
  });

  it('follows a record to where it now stands in its file', async () => {
    const data = copyData();
    editRecord(data, 'bodies/enaro.yaml', (doc) => doc.setIn(['members', 'euStates'], 22));
    writeFileSync(
      join(data, 'bodies', 'enaro.yaml'),
      `# ENARO, moved down two lines\n\n${(await import('node:fs')).readFileSync(join(data, 'bodies', 'enaro.yaml'), 'utf8')}`,
    );
    const moved = await check({ dataDir: data, cwd: data });
    const enaro = traced(2010, moved).sentences.find((s) => fold(s.text).includes('ENARO) w skład'))!;
    expect(fold(enaro.text)).toContain('wchodzą 22 państwa UE');
    const record = enaro.sources.find((r) => r.id === 'enaro')!;
    expect([record.file, record.line, record.fields.find((f) => f.field === 'members.euStates')?.line]).toEqual(['bodies/enaro.yaml', 3, 15]);
  });

  it('points a field a dated change sets at the change in force in the year', async () => {
    const data = copyData();
    const path = join(data, 'bodies', 'enaro.yaml');
    writeFileSync(
      path,
      `${readFileSync(path, 'utf8')}changes:\n  - from: "2010-06"\n    members:\n      euStates: 22\n      countries: [switzerland, norway]\n  - from: "2012"\n    members:\n      euStates: 25\n`,
    );
    const changed = await check({ dataDir: data, cwd: dirname(data) });
    expect(changed.diagnostics).toEqual([]);
    const enaro = traced(2010, changed).sentences.find((s) => fold(s.text).includes('ENARO) w skład'))!;
    expect(fold(enaro.text)).toContain('wchodzą 22 państwa UE');
    const fields = enaro.sources.find((r) => r.id === 'enaro')!.fields;
    // enaro.yaml has 21 lines; the 2010 change follows "changes:" on line 22: euStates on line 25, countries on 26
    expect(fields.filter((f) => f.field.startsWith('members.')).map((f) => [f.field, f.line])).toEqual([
      ['members.euStates', 25],
      ['members.countries[0]', 26],
      ['members.countries[1]', 26],
    ]);
  });

  it('names the end of a span told before its record is named, and no field the file does not hold', async () => {
    const data = copyData();
    editRecord(data, 'bodies/scifa.yaml', (doc) => doc.setIn(['participations', 0, 'to'], '2010-06'));
    const ended = await check({ dataDir: data, cwd: dirname(data) });
    const scifa = traced(2010, ended).sentences.find((s) => fold(s.text).startsWith('Do czerwca 2010 r. uczestniczyli'))!;
    expect(scifa.sources.find((r) => r.id === 'scifa')!.fields).toEqual([
      { field: 'participations[0].to', line: 11 },
      { field: 'acronym', line: 5 },
    ]);
    // a date is a field as written ("2010-06"), never its month or year
    expect(scifa.sources.flatMap((r) => r.fields.map((f) => f.field)).filter((f) => /\.(month|year)$/.test(f))).toEqual([]);
  });

  it('gives a sentence of a custom template that reads no record no sources', async () => {
    const folder = join(tempDir(), 'templates');
    mkdirSync(join(folder, 'partials'), { recursive: true });
    writeFileSync(join(folder, 'partials', 'opening.md.hbs'), 'Tekst bez danych. Drugie zdanie {{cap (form office.short "nom")}}.\n');
    const custom = await loadTemplates([folder, builtInTemplates()], ROOT);
    const tree = renderWithSources(buildSection(checked.dataset!, 2010), custom, recordsOf(checked));
    expect(tree.data!.sentences!.slice(0, 2).map((s) => [s.text, s.sources.map((r) => r.id)])).toEqual([
      ['Tekst bez danych.', ['office']],
      ['Drugie zdanie Urząd.', ['office']],
    ]);
  });
});

describe('cutting a paragraph into sentences', () => {
  it.each([
    ['one sentence', 'Urząd prowadzi współpracę.', ['Urząd prowadzi współpracę.']],
    ['two sentences', 'Pierwsze zdanie. Drugie zdanie.', ['Pierwsze zdanie.', 'Drugie zdanie.']],
    ['"r." before a capital stays inside', 'Od grudnia 2010\u00a0r. Urząd uczestniczy.', ['Od grudnia 2010\u00a0r. Urząd uczestniczy.']],
    ['"ds." and "im." stay inside', 'Agencja ds. Azylu i Centrum im. Haliny Nieć.', ['Agencja ds. Azylu i Centrum im. Haliny Nieć.']],
    ['an initial stays inside', 'Pan J. Kowalski przyszedł.', ['Pan J. Kowalski przyszedł.']],
    ['a closing quote ends with the sentence', 'Program „Alfa”. Beta.', ['Program „Alfa”.', 'Beta.']],
    ['a closing bracket ends with the sentence', 'Tak (EASO). Agencja działa.', ['Tak (EASO).', 'Agencja działa.']],
    ['a number may open a sentence', 'Koniec. 15 państw.', ['Koniec.', '15 państw.']],
    ['a lower-case word does not', 'Koniec. a potem.', ['Koniec. a potem.']],
    ['a question and an exclamation', 'Czy tak? Tak! Dobrze.', ['Czy tak?', 'Tak!', 'Dobrze.']],
    ['a sentence without a final mark', 'Bez kropki', ['Bez kropki']],
    ['a 40 kB word between sentences', `Ala. A${'a'.repeat(40_000)}. Potem. Dalej.`, ['Ala.', `A${'a'.repeat(40_000)}.`, 'Potem.', 'Dalej.']],
    ['a 40 kB word ending in "r" is no abbreviation', `${'a'.repeat(40_000)}r. Urząd.`, [`${'a'.repeat(40_000)}r.`, 'Urząd.']],
    ['40,000 periods in a row are one end', `Ala${'.'.repeat(40_000)} Kot.`, [`Ala${'.'.repeat(40_000)}`, 'Kot.']],
    ['40,000 spaces after a period', `Ala.${' '.repeat(40_000)}kot. Pies.`, [`Ala.${' '.repeat(40_000)}kot.`, 'Pies.']],
    ['an initial outside the Basic Multilingual Plane stays inside', 'Pan \u{1d400}. Kowalski przyszedł.', ['Pan \u{1d400}. Kowalski przyszedł.']],
  ])('%s', (_name, text, expected) => {
    expect(cut(text).map(({ start, end }) => text.slice(start, end))).toEqual(expected);
  });

  it('ends a sentence where a block starts after a final mark, even after an abbreviation', () => {
    const text = 'Do 2010 r. Urząd działa.';
    expect(
      cut(text, [
        { at: 0, block: 0 },
        { at: 11, block: 1 },
      ]).map(({ start, end }) => text.slice(start, end)),
    ).toEqual(['Do 2010 r.', 'Urząd działa.']);
  });
});
