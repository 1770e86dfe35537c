// The sentences of the 2010 section are generated: none of them stands whole in the data or the templates.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/data.ts';

// Lists every file below a folder.
function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

// Folds every kind of space to one plain space, so that line wrapping and non-breaking spaces do not hide a match.
const fold = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

const golden = readFileSync(join(ROOT, 'test', 'golden', 'wspolpraca-miedzynarodowa-2010.md'), 'utf8');
const sentences = golden
  .split('\n\n')
  .slice(1)
  .flatMap((paragraph) => fold(paragraph).split(/(?<=\.)\s+(?=\p{Lu})/u));
const sources = [...filesBelow(join(ROOT, 'data')), ...filesBelow(join(ROOT, 'templates'))].map((path) => ({ path, text: fold(readFileSync(path, 'utf8')) }));

describe('generated, not stored', () => {
  it('splits the golden section into its sentences', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(18);
  });

  it.each(sentences)('"%s" stands whole in no data or template file', (sentence) => {
    expect(sources.filter((s) => s.text.includes(sentence)).map((s) => s.path)).toEqual([]);
  });
});
