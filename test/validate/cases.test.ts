// Bad input, case by case. Each case is a folder under test/fixtures/invalid/: a small data set with one defect (or a
// few, in all-at-once). Every case runs `validate --format json` in-process and must give exit 1 and exactly the listed
// diagnostics, each as "file:line:column code", with the words that say what to do; a few run through the real bin too.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN } from '../support/messages.ts';
import { tempDir } from '../support/data.ts';
import { INVALID, located, runBin, runMain, type JsonDiagnostic } from './run.ts';

interface Case {
  name: string;
  /** Every diagnostic, in order: file (inside the case folder), line, column and code. */
  expect: string[];
  /** Words the first diagnostic's message must hold. */
  says: string;
  /** Makes what cannot be checked in (a huge file, a pipe) in a scratch copy of the case folder. */
  setup?: (dir: string) => void;
  /** The data folder, inside the case folder (default: the case folder itself). */
  data?: string;
}

const CASES: Case[] = [
  // the file as a whole
  { name: 'yaml-syntax', expect: ['countries/norway.yaml:3:3 yaml-syntax'], says: 'or close the bracket' },
  {
    name: 'duplicate-key',
    expect: ['countries/norway.yaml:4:3 duplicate-key', 'countries/norway.yaml:6:1 duplicate-key'],
    says: 'Duplicate key "nom": it is already set on line 2',
  },
  { name: 'tab-indent', expect: ['countries/norway.yaml:2:1 tab-indent', 'countries/norway.yaml:3:1 tab-indent'], says: 'Replace the tab with spaces' },
  // a space, then a tab: the parser reads the first line as a mapping item at another column, yet it is the tab, at its column
  {
    name: 'tab-after-space',
    expect: ['countries/norway.yaml:3:2 tab-indent', 'countries/norway.yaml:5:2 tab-indent'],
    says: 'This line is indented with a tab; YAML indents with spaces only. Replace the tab with spaces.',
  },
  { name: 'empty-file', expect: ['countries/norway.yaml:1:1 empty-file'], says: 'expected a mapping of fields' },
  { name: 'not-a-mapping', expect: ['countries/norway.yaml:1:1 not-a-mapping'], says: 'but this one holds a list' },
  { name: 'two-documents', expect: ['countries/norway.yaml:6:1 yaml-syntax'], says: 'A second YAML document starts here' },
  { name: 'complex-key', expect: ['countries/norway.yaml:6:1 yaml-syntax'], says: 'this key is a list' },
  { name: 'yaml-tag', expect: ['countries/norway.yaml:2:8 yaml-syntax'], says: 'The tag "!polish" is not one of YAML\'s' },
  { name: 'unresolved-alias', expect: ['countries/norway.yaml:3:8 yaml-syntax'], says: 'The alias *genitive names no anchor' },
  { name: 'alias-bomb', expect: ['countries/norway.yaml:4:8 yaml-aliases'], says: 'expand to more than 100 values' },
  { name: 'too-deep', expect: ['countries/norway.yaml:2:106 too-deep'], says: 'nests more than 100 levels' },
  { name: 'not-utf8', expect: ['bodies/enaro.yaml:3:22 not-utf8'], says: 'byte 0xE6 on line 3 is not valid UTF-8 ("ć" in Windows-1250' },
  {
    name: 'file-too-large',
    expect: ['countries/norway.yaml:1:1 file-too-large'],
    says: 'This file has 2097168 bytes; a record file may have at most 1048576',
    setup: (dir) => writeFileSync(join(dir, 'countries', 'norway.yaml'), `name:\n  nom: "${'x'.repeat(2 * 1024 * 1024)}"\n`),
  },
  {
    name: 'not-a-regular-file',
    expect: ['countries/sweden.yaml:1:1 unreadable-file'],
    says: 'it is not a regular file',
    setup: (dir) => execFileSync('mkfifo', [join(dir, 'countries', 'sweden.yaml')]),
  },
  { name: 'unreadable-file', expect: ['countries/sweden.yaml:1:1 unreadable-file'], says: 'it is a folder, not a file' },
  { name: 'missing-data-folder', data: 'data', expect: ['data:0:0 data-folder'], says: 'does not exist. Pass the folder that holds office.yaml' },
  { name: 'record-folder-is-a-file', expect: ['countries:0:0 data-folder'], says: 'should be a folder of record files, but it is a file' },
  { name: 'missing-office', expect: [':0:0 missing-office'], says: 'No office.yaml in' },
  { name: 'bad-file-name', expect: ['countries/Norwegia.yaml:1:1 bad-id'], says: 'Rename it to "norwegia.yaml"' },
  {
    name: 'proto-keys',
    expect: ['countries/norway.yaml:6:1 unknown-field', 'countries/norway.yaml:8:1 unknown-field'],
    says: 'Unknown field "__proto__" in this record. Allowed fields: name, prep, changes.',
  },
  // fields
  {
    name: 'missing-field',
    expect: ['countries/norway.yaml:1:1 missing-field', 'projects/reception-expert-teams.yaml:1:1 missing-field'],
    says: 'Missing required field "nom" in "name": expected text',
  },
  {
    name: 'wrong-type',
    expect: ['bodies/enaro.yaml:9:13 wrong-type', 'bodies/enaro.yaml:10:14 wrong-type'],
    says: 'should be a number, but it is the text "15". Remove the quotes.',
  },
  { name: 'not-allowed', expect: ['bodies/enaro.yaml:7:7 not-allowed', 'bodies/enaro.yaml:14:11 not-allowed'], says: 'Did you mean "international"?' },
  {
    name: 'unknown-field',
    expect: ['bodies/enaro.yaml:5:3 unknown-field', 'bodies/enaro.yaml:6:1 unknown-field'],
    says: 'Unknown field "gendre" in "name". Did you mean "gender"?',
  },
  { name: 'empty-value', expect: ['countries/norway.yaml:2:8 too-small'], says: 'Field "name.nom" must not be empty' },
  // dates
  { name: 'bad-date', expect: ['bodies/enaro.yaml:12:11 bad-date', 'bodies/enaro.yaml:13:9 bad-date'], says: '"2010-02-30" is not a valid date' },
  // a count the section cannot write as a number is refused at the record, not where a template meets it
  { name: 'bad-count', expect: ['bodies/enaro.yaml:17:14 bad-format'], says: 'expected a number such as 22, 4.5, "4,5 tys.", "1,2 mln" or "15 000"' },
  // a counted noun the lexicon lacks, and an adjective not given as its masculine nominative singular (here in changes)
  {
    name: 'bad-words',
    expect: ['bodies/enaro.yaml:18:13 bad-noun', 'bodies/enaro.yaml:25:22 bad-adjective'],
    says: 'Unknown counted noun "państw". Did you mean "państwo"?',
  },
  // a space or a tab inside the quotes is not part of an ISO date, and the model would not read it as one
  { name: 'padded-date', expect: ['bodies/enaro.yaml:12:11 bad-date', 'bodies/enaro.yaml:13:9 bad-date'], says: 'is not a valid date' },
  {
    name: 'end-before-start',
    expect: ['projects/reception-expert-teams.yaml:10:5 end-before-start'],
    says: 'The end date "2010-06" is before the start date "2010-12"',
  },
  { name: 'missing-from', expect: ['bodies/enaro.yaml:12:5 missing-field'], says: 'Missing "from" in this participation' },
  // references
  {
    name: 'unknown-id',
    expect: ['projects/reception-expert-teams.yaml:7:10 unknown-id', 'projects/reception-expert-teams.yaml:8:21 unknown-id'],
    says: '"enaor" names no record; expected the id of a body (a file in bodies/). Did you mean "enaro"?',
  },
  { name: 'function-without-as', expect: ['bodies/emn.yaml:10:11 missing-field'], says: 'Missing field "as" for the role "function"' },
  { name: 'unknown-parent', expect: ['bodies/asylum-working-party.yaml:5:9 unknown-id'], says: 'Did you mean "council-of-the-eu"?' },
  { name: 'wrong-kind', expect: ['projects/reception-expert-teams.yaml:8:16 wrong-kind'], says: '"norway" is a country' },
  { name: 'duplicate-id', expect: ['countries/norway.yaml:1:1 duplicate-id'], says: 'The id "norway" is already used by a body in' },
  {
    name: 'parent-cycle',
    expect: ['bodies/council-of-the-eu.yaml:9:9 parent-cycle'],
    says: 'council-of-the-eu → vision → visa-working-party → council-of-the-eu',
  },
  // events: a running total for the year the event ends in (that year tells the whole), visitors of a meeting
  { name: 'event-so-far-year', expect: ['bodies/emn.yaml:19:15 so-far-year'], says: 'A running total for 2018, but the event runs to 2018' },
  { name: 'event-visitors', expect: ['bodies/emn.yaml:14:5 event-visitors'], says: 'Visitors are told only with "kind: hosted"' },
  // plans: named by a year, and planning records that exist
  { name: 'plan-year', expect: ['plans/twenty-ten.yaml:1:1 plan-year'], says: '"twenty-ten.yaml" is not a year' },
  {
    name: 'plan-record',
    expect: ['plans/2014.yaml:5:9 unknown-id'],
    says: '"enm" names no body or project; expected the id of a body, a project (a file in bodies/ or projects/) or "office". Did you mean "emn"?',
  },
  { name: 'not-a-subgroup', expect: ['bodies/visa-working-party.yaml:10:15 not-a-subgroup'], says: '"vision" is not a subgroup of "visa-working-party"' },
  // one cause, one diagnostic: a record named by others fails its own checks, and nothing more is said
  { name: 'broken-target-schema', expect: ['bodies/coa.yaml:7:1 unknown-field'], says: 'Unknown field "website"' },
  { name: 'broken-target-yaml', expect: ['bodies/enaro.yaml:6:10 yaml-syntax'], says: 'The double quote that opens this value is never closed' },
  // grammar data
  { name: 'missing-form', expect: ['bodies/coa.yaml:1:1 missing-form'], says: '"name" has no accusative (acc) form, which a sentence of the 2010 section (' },
  // every problem in one run
  {
    name: 'all-at-once',
    expect: [
      'bodies/enaro.yaml:12:11 bad-date',
      'bodies/enaro.yaml:14:11 not-allowed',
      'countries/norway.yaml:3:3 duplicate-key',
      'projects/reception-expert-teams.yaml:1:1 unknown-field',
      'projects/reception-expert-teams.yaml:8:21 unknown-id',
    ],
    says: '"2010-13" is not a valid date',
  },
];

// Lays out a case in a scratch folder when it needs a setup, and returns the working folder and the --data argument.
function place(c: Case): { cwd: string; data: string } {
  const data = c.data ? `${c.name}/${c.data}` : c.name;
  if (!c.setup) return { cwd: INVALID, data };
  const cwd = tempDir();
  cpSync(join(INVALID, c.name), join(cwd, c.name), { recursive: true });
  c.setup(join(cwd, c.name));
  return { cwd, data };
}

// Runs one case in-process and returns its diagnostics, with file names relative to the case folder.
async function diagnose(c: Case): Promise<{ exit: number; diagnostics: JsonDiagnostic[]; stderr: string }> {
  const { cwd, data } = place(c);
  const run = await runMain(['validate', '--data', data, '--format', 'json'], cwd);
  const diagnostics = (JSON.parse(run.stdout) as JsonDiagnostic[]).map((d) => ({ ...d, file: d.file.replace(`${c.name}/`, '').replace(c.name, '') }));
  return { exit: run.exit, diagnostics, stderr: run.stderr };
}

describe('validate on bad input', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { exit, diagnostics, stderr } = await diagnose(c);
    expect(located(diagnostics)).toEqual(c.expect);
    expect(exit).toBe(1);
    expect(stderr).toBe('');
    expect(EN.text(diagnostics[0]!.message)).toContain(c.says);
    for (const d of diagnostics) expect(d.severity).toBe('error');
  });

  it('has a fixture folder for every case and a case for every fixture folder', () => {
    const folders = readdirSync(INVALID, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.sort()).toEqual(CASES.map((c) => c.name).sort());
  });

  it('never obeys a __proto__ key: the prototype of every object stays clean', async () => {
    await diagnose(CASES.find((c) => c.name === 'proto-keys')!);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('validate through bin/coop-report.js', () => {
  const text = (name: string) => runBin(['validate', '--data', name], INVALID);

  it('prints the text format with a code frame under each diagnostic, and exits 1', () => {
    const run = text('unknown-id');
    expect(run.exit).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        'unknown-id/projects/reception-expert-teams.yaml:7:10 - error unknown-id: "enaor" names no record; expected the id of a body (a file in bodies/). Did you mean "enaro"?',
        '  6 |   gender: m',
        '> 7 | context: enaor',
        '    |          ^',
        '  8 | implementers: [coa, cao]',
        '',
        'unknown-id/projects/reception-expert-teams.yaml:8:21 - error unknown-id: "cao" names no record; expected the id of a body (a file in bodies/). Did you mean "coa"?',
        '  7 | context: enaor',
        '> 8 | implementers: [coa, cao]',
        '    |                     ^',
        '  9 | from: "2010-12"',
        '',
        'Found 2 errors.',
        '',
      ].join('\n'),
    );
  });

  it.each(['not-utf8', 'alias-bomb', 'too-deep', 'all-at-once'])('%s: exit 1, located, no stack trace', (name) => {
    const run = text(name);
    const expected = CASES.find((c) => c.name === name)!.expect;
    expect(run.exit).toBe(1);
    for (const line of expected) expect(run.stderr).toContain(`${name}/${line.split(' ')[0]} - error ${line.split(' ')[1]}:`);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).toMatch(new RegExp(`Found ${expected.length} errors?\\.\\n$`));
  });
});
