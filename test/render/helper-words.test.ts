// Every word a helper writes is the data's or the grammar's: helpers return names, forms, dates, counts and
// punctuation, and the words of a sentence stand in the partials, as the default words of parts a record may word. The
// sections of this repository's data, of the later-year data set and of every example of the guides are rendered with
// each helper watched: a word of its output must be a word of its arguments (a name, a form, a text of the data), a
// form the grammar inflects from one ("utworzyć" -> "utworzonej"), or a word of the grammar's own tables
// (src/polish: months, numerals, prepositions of dates and places, forms of verbs) or declined from one ("której"). The words of a partial a helper runs
// (the apposition after a mention) are the partial's, which test/render/partial-words.test.ts checks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasErrors } from '../../src/diagnostics/diagnostic.ts';
import { buildSection } from '../../src/model/index.ts';
import { CASES, demonstrative, relativePronoun } from '../../src/polish/index.ts';
import { builtInTemplates } from '../../src/paths.ts';
import { check } from '../../src/pipeline/index.ts';
import { escapeView } from '../../src/render/escape.ts';
import { BLOCK_HELPERS, HELPERS } from '../../src/render/helpers/index.ts';
import { loadTemplates, type Templates } from '../../src/render/index.ts';
import { DATA, ROOT } from '../support/data.ts';
import { exampleData, examplesOf, GUIDES } from '../support/examples.ts';
import { EN } from '../support/messages.ts';

/** The block helpers that write words of their own (a mention and its expansion); the others write their block's. */
const WRITING_BLOCK_HELPERS = ['mention', 'named', 'titled', 'mentionList', 'namedList', 'expansion'];

/** The words of the grammar's tables: every word in a text of src/polish, comments left out. */
const GRAMMAR = (() => {
  const folder = join(ROOT, 'src', 'polish');
  const words = new Set<string>();
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
    const code = readFileSync(join(folder, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const [text] of code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)) for (const word of wordsOf(text)) words.add(word);
  }
  // and the forms of the pronouns it declines itself ("który" -> "której", "ten" -> "tych")
  for (const c of CASES)
    for (const gender of ['m', 'f', 'n'] as const)
      for (const number of ['sg', 'pl'] as const)
        for (const personal of [false, true]) for (const form of [relativePronoun, demonstrative]) words.add(form({ gender, number, personal }, c));
  return words;
})();

// Lists the words of a text, in lower case.
function wordsOf(text: string): string[] {
  return (text.match(/\p{L}+/gu) ?? []).map((w) => w.toLocaleLowerCase('pl'));
}

// Gathers the words of every text in a value, a few levels deep (a record, its name's forms, its founding; a composition's groups, their members and their names).
function wordsIn(value: unknown, into = new Set<string>(), depth = 0, seen = new Set<object>()): Set<string> {
  if (typeof value === 'string') for (const word of wordsOf(value)) into.add(word);
  else if (value && typeof value === 'object' && depth < 6 && !seen.has(value)) {
    seen.add(value);
    for (const item of Object.values(value)) wordsIn(item, into, depth + 1, seen);
  }
  return into;
}

// Tells whether the grammar inflects a word from one of the given words: they differ only in an ending of up to
// three letters ("utworzyć" -> "utworzonej", "Grecja" -> "Grecję", "podpisać" -> "podpisał").
function inflected(word: string, from: Set<string>): boolean {
  for (const source of from) {
    let common = 0;
    while (common < word.length && word[common] === source[common]) common++;
    if (common >= 2 && common >= Math.min(word.length, source.length) - 3) return true;
  }
  return false;
}

// Returns the words of a helper's output that are neither its arguments', nor inflected from them, nor the grammar's;
// the text of partials it ran is left out.
function strangers(output: string, args: unknown[], partials: string[] = []): string[] {
  let own = output;
  for (const text of partials) own = own.replace(text, ' ');
  const given = wordsIn(args);
  return wordsOf(own).filter((word) => !given.has(word) && !GRAMMAR.has(word) && !inflected(word, given));
}

/** What the watch saw: each helper's calls, and each word that was no one's. */
const calls = new Map<string, number>();
const found: string[] = [];
/** The texts of partials run inside a helper being watched, innermost helper last. */
const running: string[][] = [];

// Wraps a helper so that each of its outputs is checked.
function watched(name: string, helper: (...args: unknown[]) => unknown) {
  return function (this: unknown, ...args: unknown[]) {
    const given = args.filter((a) => !(a && typeof a === 'object' && 'hash' in a && 'data' in a));
    running.push([]);
    let output: unknown;
    try {
      output = helper.apply(this, args);
    } finally {
      const partials = running.pop()!;
      const text = Array.isArray(output) ? output.join(' ') : typeof output === 'string' ? output : '';
      calls.set(name, (calls.get(name) ?? 0) + 1);
      for (const word of strangers(text, given, partials)) found.push(`${name}: "${word}" in "${text}"`);
    }
    return output;
  };
}

const originals = new Map<string, unknown>();
let templates: Templates;

beforeAll(async () => {
  const helpers = HELPERS as Record<string, unknown>;
  const blocks = BLOCK_HELPERS as Record<string, unknown>;
  for (const name of Object.keys(helpers)) originals.set(name, helpers[name]);
  for (const name of WRITING_BLOCK_HELPERS) originals.set(`block:${name}`, blocks[name]);
  for (const name of Object.keys(helpers)) helpers[name] = watched(name, helpers[name] as never);
  for (const name of WRITING_BLOCK_HELPERS) blocks[name] = watched(name, blocks[name] as never);
  templates = await loadTemplates([builtInTemplates()], ROOT, { recordTexts: true });
});

afterAll(() => {
  for (const [key, helper] of originals)
    if (key.startsWith('block:')) (BLOCK_HELPERS as Record<string, unknown>)[key.slice(6)] = helper;
    else (HELPERS as Record<string, unknown>)[key] = helper;
});

// Renders each year of a data folder with the helpers watched.
async function renderYears(data: string, years: number[]): Promise<void> {
  const { dataset, diagnostics } = await check({ dataDir: data, cwd: ROOT });
  if (!dataset || hasErrors(diagnostics)) throw new Error(diagnostics.map((d) => `${d.file}:${d.line} ${EN.text(d.message)}`).join('\n'));
  const hook = (_name: string, _context: unknown, text: () => string) => {
    const written = text();
    running[running.length - 1]?.push(written);
    return written;
  };
  for (const year of years) templates.render(escapeView(buildSection(dataset, year)), undefined, hook);
}

const SETS: [string, () => { data: string; years: number[] }][] = [
  ['the data of this repository', () => ({ data: DATA, years: [2010] })],
  ['the later-year data set', () => ({ data: join(ROOT, 'test', 'fixtures', 'later-year', 'data'), years: [2016] })],
  ...GUIDES.flatMap((doc) =>
    examplesOf(doc).map((example, index) => [`${doc}, example ${index + 1}`, () => exampleData(example)] as [string, () => { data: string; years: number[] }]),
  ),
];

/** The words no one's found in the sections of each set. */
const strays = new Map<string, string[]>();

beforeAll(async () => {
  for (const [name, set] of SETS) {
    const { data, years } = set();
    found.length = 0;
    await renderYears(data, years);
    strays.set(name, [...found]);
  }
}, 120_000);

describe('the words helpers write', () => {
  it.each(SETS.map(([name]) => name))('in the sections of %s are the data’s or the grammar’s', (name) => {
    expect(strays.get(name)).toEqual([]);
  });

  it('were watched in every kind of helper that writes words', () => {
    for (const name of ['form', 'mention', 'mentionList', 'expansion', 'adj', 'verb', 'inDate', 'sinceDate', 'eventWhen', 'counted', 'placeList', 'participle'])
      expect([name, calls.get(name) ?? 0]).not.toEqual([name, 0]);
  });

  it.each([
    ['a phrase written by the helper', 'zajmującej się ochroną granic', [{ remit: 'ochroną granic' }], ['zajmującej', 'się']],
    ['a circumstance written by the helper', 'w 2005 r. z inicjatywy Rady', [{ year: 2005 }, 'Rady'], ['inicjatywy']],
    ['a form of the data', 'Agencji UE', [{ nom: 'Agencja UE', gen: 'Agencji UE' }], []],
    ['an adjective declined from its argument', 'utworzonej', ['utworzony', { gender: 'f' }], []],
    ['a verb conjugated from its argument', 'podpisał', ['podpisać', 'm'], []],
    ['a month and a preposition of the grammar', 'we wrześniu 2010 r.', [{ year: 2010, month: 9 }], []],
    ['the words of a partial the helper ran', 'Agencji UE, działającej na rzecz X', [{ nom: 'Agencja UE', gen: 'Agencji UE' }], []],
  ] as const)('the check finds %s', (name, output, args, words) => {
    const partials = name === 'the words of a partial the helper ran' ? [', działającej na rzecz X'] : [];
    expect(strangers(output, [...args], partials)).toEqual(words);
  });
});
