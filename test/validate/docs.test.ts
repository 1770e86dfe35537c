// The documentation of validation stays true: the README's example is the real output, and the pages of codes are
// generated from the codes' declarations (npm run docs) and list every code each check can raise.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyData, ROOT } from '../support/data.ts';
import { schemaLine, vscodeSettings } from '../../src/cli/editor-files.ts';
import { allCodes } from '../../src/codes/all.ts';
import { CODE_PAGES, codeTables, MARKERS, withTables } from '../../src/codes/tables.ts';
import { TOPICS } from '../../src/diagnostics/codes.ts';
import { en } from '../../src/i18n/en.ts';
import { pl } from '../../src/i18n/pl.ts';
import { RULES } from '../../src/validate/index.ts';
import { SCHEMA_CODES } from '../../src/validate/rules/schema-codes.ts';
import { INVALID, runMain, type JsonDiagnostic } from './run.ts';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
describe('the documentation of validation', () => {
  it('shows in the README the output validate really prints', async () => {
    const shown = /\$ coop-report validate\n([\s\S]*?Found 1 error\.\n)/.exec(README)![1];
    const work = join(copyData(), '..');
    const record = join(work, 'data', 'projects', 'reception-expert-teams.yaml');
    writeFileSync(record, readFileSync(record, 'utf8').replace('context: enaro', 'context: enaor'));
    const run = await runMain(['validate'], work);
    expect(run.exit).toBe(1);
    expect(run.stderr).toBe(shown);
  });

  it.each(['docs/data-format.md', 'docs/pl/format-danych.md'])('shows in %s the schema line of a body and the VS Code settings init writes', (page) => {
    const text = readFileSync(join(ROOT, page), 'utf8');
    expect(text).toContain(`\n${schemaLine('body')}\n`);
    expect(text).toContain(`\n\`\`\`json\n${vscodeSettings('/project', '/project/data').content}\`\`\`\n`);
  });
});

describe('the generated pages of codes', () => {
  const codes = allCodes();

  it.each(CODE_PAGES)('$path is as npm run docs writes it from the declarations', ({ path, language, level }) => {
    const page = readFileSync(join(ROOT, path), 'utf8');
    expect(page).toBe(withTables(page, codeTables(codes, language, level)));
  });

  it.each(CODE_PAGES)('$path lists each declared code once, and no other', ({ path }) => {
    const page = readFileSync(join(ROOT, path), 'utf8');
    const listed = [...page.slice(page.indexOf(MARKERS.start), page.indexOf(MARKERS.end)).matchAll(/^\| `([a-z0-9-]+)`/gm)].map((m) => m[1]!);
    expect([...listed].sort()).toEqual(codes.map((c) => c.code as string).sort());
  });

  it('writes a row of a code with its severity, and a pipe inside a cell escaped', () => {
    const meta = { severity: 'warning', topic: 'yaml', en: { means: 'a | b', fix: 'do c' }, pl: { means: 'a \\| b', fix: 'zrób c' } } as const;
    expect(codeTables([{ code: 'empty-file', meta }], 'en', 3)).toBe(
      '### YAML\n\n| code | meaning | what to do |\n| --- | --- | --- |\n| `empty-file` (warning) | a \\| b | do c |\n',
    );
    expect(codeTables([{ code: 'empty-file', meta }], 'pl', 2)).toBe(
      '## YAML\n\n| kod | co oznacza | jak naprawić |\n| --- | --- | --- |\n| `empty-file` (ostrzeżenie) | a \\| b | zrób c |\n',
    );
  });

  it('refuses a page without the markers, rather than write nothing', () => {
    expect(() => withTables('# Codes\n', '')).toThrow('no markers');
  });

  it('declares each code with a severity, a topic, and what it means and what to do in both languages', () => {
    expect(codes.length).toBeGreaterThan(50);
    for (const { code, meta } of codes) {
      expect(['error', 'warning'], code).toContain(meta.severity);
      expect(TOPICS, code).toContain(meta.topic);
      for (const text of [meta.en.means, meta.en.fix, meta.pl.means, meta.pl.fix]) expect(text.trim().length, code).toBeGreaterThan(5);
    }
  });

  it('gives a code raised by several checks one declaration', () => {
    const declarations = RULES.flatMap((rule) => Object.entries(rule.meta.codes)).filter(([code]) => code === 'missing-field');
    expect(declarations.length).toBe(2);
    expect(declarations.every(([, meta]) => meta === SCHEMA_CODES['missing-field'])).toBe(true);
  });

  it("lists in the rules' meta every message of the rules, each in both catalogues", () => {
    const declared = RULES.flatMap((rule) => [...rule.meta.messages]);
    expect(new Set(declared).size).toBe(declared.length);
    expect([...declared].sort()).toEqual(
      Object.keys(en)
        .filter((key) => key.startsWith('rule.'))
        .sort(),
    );
    expect(declared.filter((key) => !(key in pl))).toEqual([]);
  });

  // every case of bad data checked in (test/fixtures/invalid; test/validate/cases.test.ts makes the others) is validated:
  // each diagnostic's code is declared, with its severity
  const made = ['file-too-large', 'not-a-regular-file'];
  it.each(readdirSync(INVALID, { withFileTypes: true }).filter((e) => e.isDirectory() && !made.includes(e.name)))(
    'reports only declared codes, with their declared severity: $name',
    async ({ name }) => {
      const declared = new Map(codes.map(({ code, meta }) => [code as string, meta.severity]));
      const run = await runMain(['validate', '--data', name === 'missing-data-folder' ? 'data' : '.', '--format', 'json'], join(INVALID, name));
      const diagnostics = JSON.parse(run.stdout) as JsonDiagnostic[];
      expect(diagnostics.length).toBeGreaterThan(0);
      expect(diagnostics.filter((d) => declared.get(d.code) !== d.severity).map((d) => `${d.code} ${d.severity}`)).toEqual([]);
    },
  );
});
