// The command line, case by case. Each case is a folder under test/fixtures/cli/ holding its working folder (data,
// templates, config), case.yaml (arguments, exit code, environment) and the exact expected stdout, stderr and files.
// Every case runs in-process through main() with captured output; the cases of BIN_CASES run through
// bin/coop-report.js as well, in a process of its own.
// After a deliberate change of output, `UPDATE_GOLDEN=1 npx vitest run test/cli/cases.test.ts` rewrites the expected
// stdout and stderr from the in-process runs (test/support/golden.ts): review the diff before committing it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../support/golden.ts';
import { englishWords } from '../support/polish.ts';
import { expectedFiles, FIXTURES, readCase, runBin, runInProcess, type RunResult } from './run.ts';

/** Every case, by its fixture folder, with what it shows. */
const CASES: Record<string, string> = {
  // usage: exit 2 with the usage line
  version: '--version prints the version on stdout',
  'help-years': 'years --help shows the options and examples',
  'unknown-command': 'an unknown command is a usage error, with a suggestion',
  'unknown-option': 'an unknown option is a usage error',
  'malformed-year': '"20x0" is not a year',
  'short-year': '"10" is not a year',
  'missing-year': 'build without a year or --all',
  'year-and-all': 'build with both a year and --all',
  'diff-missing-year': 'diff needs two years',
  'diff-malformed-year': 'diff checks both years',
  'diff-backwards': 'diff with the later year first is a usage error',
  'validate-unknown-option': 'validate rejects unknown options too',
  'unknown-format': 'build --format with an unknown format',
  // build
  'build-year': 'build <year> writes one file per format and prints its path and size',
  'build-all': 'build --all writes every year that has data and sums up',
  'build-quiet': '--quiet prints nothing on success',
  'build-empty-year': 'a year before the first report year: exit 1, located at firstReportYear in office.yaml',
  'build-data-error': 'a broken record: exit 1, located, nothing written',
  'build-all-template-error': 'build --all: a template failing in one year names the year, and nothing is written',
  'build-html-sources': 'build --format html --sources writes the page and each sentence with its records, files and lines',
  // preview (the server itself: test/preview, test/browser)
  'preview-bad-port': 'preview --port out of range is a usage error',
  // years, diff
  years: 'the years with data as a table',
  'years-json': 'years --json',
  'years-data-error': 'years stops on a broken record with exit 1',
  diff: 'what started, ended and changed role, grouped',
  'diff-json': 'diff --format json',
  'diff-empty-years': 'diff of two years in which nothing holds: exit 1',
  // the analyst's year: open it, confirm what still holds, keep published years as published
  'new-year': 'new-year moves asOf in office.yaml, keeping its comments, then prints the review of the year',
  'new-year-not-next': 'new-year of a year that does not follow asOf: exit 1, located at asOf',
  'pl-new-year-no-as-of': 'new-year without asOf: exit 1, in Polish, nothing written',
  confirm: 'confirm writes "confirmed" into every record review lists, as its last line, and sums up',
  'confirm-named': 'confirm of the files named only; a file named twice is written once, one with nothing to confirm is said',
  'confirm-not-a-record': 'confirm of a file outside the records: exit 1, and no record is written',
  'confirm-beyond-as-of': 'confirm of a year past asOf: exit 1, located at asOf, saying to open the year first',
  publish: 'publish keeps the section and its sentences in published/ beside the data folder',
  'publish-unchanged': 'publish of a year published already that the data leaves as it was',
  'publish-refused': 'publish of a year the data changes, without --accept: exit 1, the changes, nothing written',
  'publish-accept': 'publish --accept replaces the kept section with the one the data gives now',
  'published-changed': 'validate warns of each sentence of a published year the data changes, with before, after and sources',
  'published-strict': 'build --strict: a change to a published year is an error, and nothing is written',
  'pl-review-published': 'review lists a change to a published year among its items, in Polish',
  // init
  init: 'init writes the starter folder and says what to run next',
  'init-folder': 'init [dir] writes the folder named',
  'init-existing': 'init refuses an existing folder with exit 2 and writes nothing',
  'pl-init': 'init under a Polish locale writes the Polish starter, the schema of each kind and the settings of VS Code',
  // validate
  'validate-github': 'validate --format github prints annotations on stdout',
  // config
  'config-upward': 'the config file is found above the working folder; its paths are relative to it',
  'config-overridden': 'command-line options win over the config file',
  'config-unknown-key': 'an unknown key in the config: located, with "did you mean", exit 2',
  'config-bad-format': 'a format the tool does not write, in the config: located, exit 2',
  'config-validate': 'validate reads the data folder from the config file',
  // templates
  'templates-override': 'a custom partial replaces the built-in one of the same name',
  'templates-config': 'the templates folder can come from the config file',
  'template-syntax': 'an unclosed block: located at its opening',
  'template-mismatch': 'a block closed by the wrong name: located',
  'template-unexpected': 'a stray brace: located where the parser stopped',
  'template-unknown-helper': 'a helper that does not exist: located',
  'template-missing-partial': 'a partial that does not exist: located',
  'template-missing-field': 'a field the data does not have: located, named',
  'template-missing-form': 'a helper failing on the data (a case form the record lacks): located, named',
  'template-helper-failure': 'a helper given the wrong kind of value: located',
  'heading-level-hex': '--heading-level 0x2, which Number() reads as 2: refused, nothing written',
  'heading-level-seven': '--heading-level 7, past Heading 6: refused, nothing written',
  'init-dev-null': 'init /dev/null: located at the path with a code, no system error text',
  'init-file': 'init into a folder under a file: located at the file with a code, nothing written',
  'template-folder-missing': '--templates naming a folder that does not exist',
  // colour
  'colour-forced': 'FORCE_COLOR colours the diagnostics even on a pipe',
  'colour-terminal': 'a terminal gets colour',
  'no-color-terminal': 'NO_COLOR turns colour off even on a terminal',
  // language: Polish with a Polish locale or --lang pl, English otherwise; the codes the same in both
  'pl-validate': 'LANG=pl_PL.UTF-8: Polish messages, severities and count ("6 błędów, 2 ostrzeżenia")',
  'pl-validate-few': 'LC_ALL wins over LANG: "2 błędy, 1 ostrzeżenie"',
  'pl-lang-en': '--lang en gives English whatever the locale',
  'lang-unknown': '--lang with a language coop-report does not speak is a usage error',
  'pl-help-years': '--lang pl: the help in Polish',
  'pl-help': 'the help of coop-report itself in Polish, "[opcje]" in the list of commands too',
  'pl-help-review': "the help in Polish, commander's notes on choices and defaults too",
  'pl-years': 'LC_MESSAGES=pl: the years table with Polish headings',
  'pl-diff': 'the diff in Polish: labels, roles and people',
  'pl-review': 'the review checklist in Polish',
  'pl-build-all': 'the summary of build --all in Polish, sizes with a decimal comma',
  'pl-unknown-option': "commander's error and the usage line in Polish",
  'pl-template-syntax': '--lang pl over an English locale: a syntax error of a template in Polish, the code it quotes as it is',
  'pl-template-unknown-helper': 'an unknown helper in Polish, with "Czy chodziło o…"',
  'pl-template-missing-field': 'a field the data does not have, named in Polish, in the section of its year',
  'pl-template-helper-failure': 'a helper given the wrong kind of value: located, in Polish, naming what it expected and what it got',
  'pl-template-unused': 'a custom template nothing uses: a Polish warning with a suggestion, and the build goes on',
  'pl-template-handlebars': "Handlebars' own error, quoted as it is inside a Polish sentence",
  'pl-template-noun-forms': 'a counted noun built in a template with a gender Polish grammar does not know: in Polish',
  'pl-mistakes': 'YAML syntax of several kinds, a tab, a misspelt field, a wrong id, a bad date, changes out of order: each located, in Polish',
  'pl-mistakes-sentences': "a record's own sentences with misspelt fields, a name printed whole, a count of nothing and a case left out: located, in Polish",
};

/**
 * The cases that also run through bin/coop-report.js: each command, each exit code, and each way the environment
 * reaches the bin (colour, locale). The bin only hands argv, the streams and the environment to main() and exits with
 * its code, so these show it doing that for every kind of run; the in-process run of every case checks the rest.
 */
const BIN_CASES = [
  'version',
  'unknown-command',
  'build-year',
  'build-all',
  'build-data-error',
  'build-html-sources',
  'years-json',
  'diff',
  'init',
  'validate-github',
  'config-validate',
  'template-syntax',
  'colour-forced',
  'pl-validate-few',
  'pl-unknown-option',
];

// Checks a run against the case's expected exit code, output and files.
function check(name: string, run: RunResult): void {
  const spec = readCase(name);
  expect(run.exit, 'exit code').toBe(spec.exit);
  expectGolden(run.stdout, join(FIXTURES, name, 'expected-stdout.txt'), { absentIfEmpty: true });
  expectGolden(run.stderr, join(FIXTURES, name, 'expected-stderr.txt'), { absentIfEmpty: true });
  for (const file of expectedFiles(name))
    expect(readFileSync(join(run.work, file), 'utf8'), file).toBe(readFileSync(join(FIXTURES, name, 'expected-files', file), 'utf8'));
  for (const path of spec.absent ?? []) expect(existsSync(join(run.work, path)), `${path} should not exist`).toBe(false);
}

describe('CLI cases', () => {
  it('has a row in the table for every fixture folder, and a folder for every row', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(CASES).sort());
  });

  describe('in-process, through main()', () => {
    for (const [name, what] of Object.entries(CASES))
      it(`${name}: ${what}`, async () => {
        check(name, await runInProcess(name, readCase(name)));
      });
  });

  describe('through bin/coop-report.js', () => {
    it("runs cases of the table, none of them with terminals (a child's streams are pipes)", () => {
      expect(BIN_CASES.filter((name) => !(name in CASES) || readCase(name).tty)).toEqual([]);
    });

    for (const name of BIN_CASES) it(`${name}: ${CASES[name]}`, () => check(name, runBin(name, readCase(name))));
  });
});

// The catalogue of mistakes an analyst makes, run in Polish: besides the exact output of each case (above), every
// message is Polish prose, with nothing of a program's insides in it.
describe('a catalogue of mistakes, in Polish', () => {
  it.each(['pl-mistakes', 'pl-mistakes-sentences'])('%s: no English word, no "undefined", no escaped quote, no position counted from 0', async (name) => {
    const run = await runInProcess(name, readCase(name));
    const messages = run.stderr
      .split('\n')
      .filter((line) => /^\S+:\d+:\d+ - /.test(line))
      .map((line) => line.replace(/^\S+:\d+:\d+ - \S+ [\w-]+: /, ''));
    expect(messages.length).toBe(name === 'pl-mistakes' ? 13 : 5);
    for (const message of messages) {
      expect(englishWords(message), message).toEqual([]);
      expect(message).not.toMatch(/undefined|\bnull\b|\[object|\\"|\[\d+\]/);
    }
  });
});
