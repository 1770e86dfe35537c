// Characters in the data: controls, noncharacters and lone surrogates refused at the value; bidirectional and
// zero-width characters warned about.
import { describe, expect, it } from 'vitest';
import { EN } from '../support/messages.ts';
import { copyData, writeRecord } from '../support/data.ts';
import { located, runMain, type JsonDiagnostic } from './run.ts';

/** norway.yaml with the nominative given; the other forms as in the data. */
const norway = (nom: string, gen = 'Norwegii') => `name:\n  nom: ${nom}\n  gen: ${gen}\n  inst: Norwegią\n  gender: f\n`;

const CASES: { name: string; yaml: string; expect: string[]; says: string; exit: number }[] = [
  {
    name: 'ESC, written as a YAML escape',
    yaml: norway('"Norwe\\egia"'),
    expect: ['countries/norway.yaml:2:8 bad-character'],
    says: 'This text holds U+001B (ESC) at character 6, a control character that a DOCX cannot hold',
    exit: 1,
  },
  {
    name: 'BEL',
    yaml: norway('"Norwegia\\a"'),
    expect: ['countries/norway.yaml:2:8 bad-character'],
    says: 'U+0007 (BEL) at character 9, a control character',
    exit: 1,
  },
  {
    name: 'U+FFFE, written raw',
    yaml: norway('Norwegia\uFFFE'),
    expect: ['countries/norway.yaml:2:8 bad-character'],
    says: 'U+FFFE (a noncharacter) at character 9, a noncharacter',
    exit: 1,
  },
  {
    name: 'U+FFFF as an escape',
    yaml: norway('"\\uFFFF"'),
    expect: ['countries/norway.yaml:2:8 bad-character'],
    says: 'U+FFFF (a noncharacter) at character 1',
    exit: 1,
  },
  {
    name: 'a lone surrogate',
    yaml: norway('"Norwegia"', '"Norwegii\\uD800"'),
    expect: ['countries/norway.yaml:3:8 bad-character'],
    says: 'U+D800 at character 9, a half of a surrogate pair',
    exit: 1,
  },
  { name: 'a C1 control', yaml: norway('"Nor\\x85wegia"'), expect: ['countries/norway.yaml:2:8 bad-character'], says: 'U+0085 (NEL) at character 4', exit: 1 },
  {
    name: 'a control and an override in one value: an error and a warning',
    yaml: norway('"\\u202ENorwegia\\e"'),
    expect: ['countries/norway.yaml:2:8 bad-character', 'countries/norway.yaml:2:8 invisible-character'],
    says: 'U+001B (ESC) at character 10',
    exit: 1,
  },
  {
    name: 'RIGHT-TO-LEFT OVERRIDE: a warning only',
    yaml: norway('"Norw\\u202Eegia"'),
    expect: ['countries/norway.yaml:2:8 invisible-character'],
    says: 'This text holds U+202E (RIGHT-TO-LEFT OVERRIDE) at character 5, which does not show but changes the order in which the text reads',
    exit: 0,
  },
  {
    name: 'ZERO WIDTH SPACE: a warning only',
    yaml: norway('"Norwegia\\u200B"'),
    expect: ['countries/norway.yaml:2:8 invisible-character'],
    says: 'U+200B (ZERO WIDTH SPACE) at character 9, which does not show but splits or joins words unseen',
    exit: 0,
  },
  { name: 'a tab inside quotes is text', yaml: norway('"Norwegia\\t"'), expect: [], says: '', exit: 0 },
];

describe('characters in the data', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const data = copyData();
    writeRecord(data, 'countries/norway.yaml', c.yaml);
    const run = await runMain(['validate', '--data', data, '--format', 'json'], data);
    const diagnostics = JSON.parse(run.stdout) as JsonDiagnostic[];
    expect(located(diagnostics)).toEqual(c.expect);
    if (c.says) expect(EN.text(diagnostics[0]!.message)).toContain(c.says);
    expect(run.exit).toBe(c.exit);
  });
});
