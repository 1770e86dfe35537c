// Every word of the Polish catalogue and of the Polish guide passes a Polish spell-checker, beyond a short list of
// technical words (file formats, programs, the names of fields and options, which stay as the analyst types them).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type nspell from 'nspell';
import { beforeAll, describe, expect, it } from 'vitest';
import { pl } from '../../src/i18n/pl.ts';
import { jsonSchema } from '../../src/schema/json-schema.ts';
import { KIND_NAMES } from '../../src/schema/kinds.ts';
import { ROOT } from '../support/data.ts';
import { literalText } from '../support/polish.ts';
import { spellCheckerFor } from '../support/spelling.ts';

/** Words the dictionary does not know that the Polish texts use on purpose. */
const ACCEPTED = new Set(
  readFileSync(join(import.meta.dirname, 'accepted-words.txt'), 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean),
);

// Lists the words of a Polish text to check: code (`…`, indented lines, options, paths, Handlebars' {{…}}, YAML's
// { key: … }), quoted values („…”), links and acronyms are left out.
function wordsToCheck(text: string): string[] {
  const prose = text
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\{\{[^}]*\}\}|\{ [^{}]*: [^{}]*\}/g, ' ')
    .replace(/^ {2,}.*$/gm, ' ')
    .replace(/„[^”]*”/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/https?:\S+/g, ' ')
    .replace(/(?<![\p{L}\d])(?:--?|\$|\.)[\w-]+|[\w.-]*[/\\][\w./\\-]*|<[^>]*>|\b\w+\.(?:yaml|yml|json|docx|md|exe)\b/gu, ' ');
  // a hyphenated compound ("wejścia-wyjścia") is checked part by part
  return (prose.match(/\p{L}+/gu) ?? []).filter((w) => !/^\p{Lu}{2,}\p{Ll}*$/u.test(w) && w.length > 1);
}

// Lists the descriptions of a JSON Schema as an editor shows them: the Markdown where there is one, with its code.
function descriptions(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(descriptions);
  if (node === null || typeof node !== 'object') return [];
  const { description, markdownDescription } = node as { description?: unknown; markdownDescription?: unknown };
  const own = typeof description === 'string' ? [typeof markdownDescription === 'string' ? markdownDescription : description] : [];
  return [...own, ...Object.values(node).flatMap(descriptions)];
}

/** What the analyst's editor shows in Polish: the JSON Schema's descriptions, and the comments of the Polish starter. */
const EDITOR_TEXTS = {
  'the descriptions of the JSON Schema': [...new Set([undefined, ...KIND_NAMES].flatMap((kind) => descriptions(jsonSchema(kind, { language: 'pl' }))))],
  'the comments of the Polish starter project': (readdirSync(join(ROOT, 'starter', 'pl'), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => readFileSync(join(ROOT, 'starter', 'pl', file), 'utf8').split('\n'))
    .filter((line) => line.startsWith('# ') && !/^# (yaml-language-server|[a-z]+):/.test(line)),
};

describe('spelling of the Polish interface and guide', () => {
  const guides = readdirSync(join(ROOT, 'docs', 'pl')).filter((f) => f.endsWith('.md'));
  let spell: ReturnType<typeof nspell>;
  beforeAll(() => {
    // the dictionary cut down to the stems these texts can use (test/support/spelling.ts): the same answers, in a second
    const words = [
      ...Object.values(pl).map(literalText),
      ...guides.map((file) => readFileSync(join(ROOT, 'docs', 'pl', file), 'utf8')),
      ...Object.values(EDITOR_TEXTS).flat(),
    ].flatMap(wordsToCheck);
    spell = spellCheckerFor(words);
  }, 120_000);
  const rejected = (words: string[]) => [...new Set(words.filter((w) => !spell.correct(w) && !ACCEPTED.has(w) && !ACCEPTED.has(w.toLowerCase())))];

  it('finds the words of a text, leaving code, quotes and paths out', () => {
    expect(wordsToCheck('Plik `office.yaml` w data/bodies/ ma pole „from” (--lang pl, UTF-8).')).toEqual(['Plik', 'ma', 'pole', 'pl']);
    expect(wordsToCheck('Dodaj {{/if}} albo formy { one: …, few: … } (blok {{#if …}}).')).toEqual(['Dodaj', 'albo', 'formy', 'blok']);
  });

  it('has no word in the Polish catalogue that the dictionary rejects', () => {
    const words = Object.values(pl).flatMap((message) => wordsToCheck(literalText(message)));
    expect(words.length).toBeGreaterThan(1500);
    expect(rejected(words)).toEqual([]);
  });

  it.each(Object.entries(EDITOR_TEXTS))('has no word in %s that the dictionary rejects', (_what, texts) => {
    const words = texts.flatMap(wordsToCheck);
    expect(words.length).toBeGreaterThan(150);
    expect(rejected(words)).toEqual([]);
  });

  it.each(guides)('has no word in docs/pl/%s that the dictionary rejects', (file) => {
    const words = wordsToCheck(readFileSync(join(ROOT, 'docs', 'pl', file), 'utf8'));
    expect(words.length).toBeGreaterThan(300);
    expect(rejected(words)).toEqual([]);
  });
});
