// docs/templates.md stays true: its lists of verbs and nouns are the lexicon's, and its YAML examples read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NOUNS, VERBS, conjugatePhrase, countIn, readCountedNoun, readVerb } from '../../src/polish/index.ts';
import { ROOT } from '../support/data.ts';

const DOC = readFileSync(join(ROOT, 'docs', 'templates.md'), 'utf8');

// Returns the comma-separated words between <!-- name --> and <!-- /name -->.
function listed(name: string): string[] {
  const text = new RegExp(`<!-- ${name} -->\\n([\\s\\S]*?)<!-- /${name} -->`).exec(DOC)?.[1] ?? '';
  return text
    .split(/,\s*/)
    .map((word) => word.trim())
    .filter(Boolean);
}

// Returns the YAML blocks of the document, parsed.
function yamlBlocks(): Record<string, unknown>[] {
  return [...DOC.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!) as Record<string, unknown>);
}

describe('docs/templates.md', () => {
  it('lists every verb of the lexicon, in its order', () => {
    expect(listed('verbs')).toEqual(Object.keys(VERBS));
  });

  it('lists every counted noun of the lexicon, in its order', () => {
    expect(listed('nouns')).toEqual(Object.keys(NOUNS));
  });

  it('gives verbs and nouns in YAML that read and say what the text says', () => {
    const said = yamlBlocks().map((block) => {
      if ('noun' in block) {
        const noun = readCountedNoun(block.noun).noun!;
        return [countIn(1, noun), countIn(2, noun), countIn(5, noun), countIn(2, noun, 'gen')];
      }
      const verb = readVerb(block.verb).verb!;
      return [
        conjugatePhrase(verb, 'past', { gender: 'm', number: 'pl', personal: true }),
        conjugatePhrase(verb, 'past', { gender: 'f', number: 'sg' }),
        conjugatePhrase(verb, 'future', { gender: 'm', number: 'sg' }),
      ];
    });
    expect(said).toEqual([
      ['wizytowali', 'wizytowała', 'będzie wizytować'],
      ['zebrali się', 'zebrała się', 'zbierze się'],
      ['1 dzień roboczy', '2 dni robocze', '5 dni roboczych', '2 dni roboczych'],
    ]);
  });
});
