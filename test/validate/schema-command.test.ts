// `coop-report schema`: JSON Schema from the validator's own definitions, which every record in data/ satisfies.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FOLDERS, KIND_NAMES, KINDS } from '../../src/schema/kinds.ts';
import { copyData, DATA, tempDir } from '../support/data.ts';
import { schemaProblems } from './json-schema.ts';
import { runMain } from './run.ts';

// Runs `coop-report schema [args]` and returns the parsed schema.
async function schema(...args: string[]): Promise<Record<string, unknown>> {
  const run = await runMain(['schema', ...args], tempDir());
  expect(run.exit).toBe(0);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

// Lists every record file of data/ with its kind and parsed content.
function records(): { file: string; kind: string; data: unknown }[] {
  return (readdirSync(DATA, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => ({ file, kind: FOLDERS.get(file.split('/')[0]!) ?? 'office', data: parse(readFileSync(join(DATA, file), 'utf8')) as unknown }));
}

describe('coop-report schema', () => {
  it('prints a draft-07 schema for any record file: anyOf the kinds of the registry, each titled with its place', async () => {
    const any = await schema();
    expect(any.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(any.title).toBe('coop-report record file');
    const titles = (any.anyOf as { title: string }[]).map((k) => k.title);
    expect(titles.slice(0, 5)).toEqual([
      'coop-report office (data/office.yaml)',
      'coop-report body (data/bodies/*.yaml)',
      'coop-report project (data/projects/*.yaml)',
      'coop-report country (data/countries/*.yaml)',
      'coop-report plan (data/plans/*.yaml)',
    ]);
    expect(titles.length).toBe(KIND_NAMES.length);
    KIND_NAMES.forEach((kind, i) =>
      expect(titles[i]).toBe(`coop-report ${kind} (data/${KINDS[kind].place}${KINDS[kind].place.endsWith('/') ? '*.yaml' : ''})`),
    );
  });

  it('accepts every record file in data/, in the combined schema and in the schema of its kind', async () => {
    const any = await schema();
    const found = records();
    expect(new Set(found.map((r) => r.kind))).toEqual(new Set(['office', 'body', 'project', 'country']));
    for (const { file, kind, data } of found) {
      expect([file, schemaProblems(any, data)]).toEqual([file, []]);
      expect([file, schemaProblems(await schema('--kind', kind), data)]).toEqual([file, []]);
    }
  });

  const enaro = () => parse(readFileSync(join(DATA, 'bodies', 'enaro.yaml'), 'utf8')) as Record<string, any>;
  it.each([
    ['an unknown key', (r: Record<string, any>) => (r.acronim = 'ENARO'), '$: unknown key acronim'],
    ['a value not allowed', (r: Record<string, any>) => (r.area = 'internatonal'), '$.area: not one of ["eu","international","partnerships","bilateral"]'],
    ['a missing nominative', (r: Record<string, any>) => delete r.name.nom, '$.name: missing nom'],
    ['a number as text', (r: Record<string, any>) => (r.members.euStates = '15'), '$.members.euStates: expected integer'],
    [
      'a date in no ISO form',
      (r: Record<string, any>) => (r.participations[0].from = '2010-1'),
      '$.participations[0].from: matches no branch of anyOf ($.participations[0].from: does not match ^\\d{4}(-\\d{2}(-\\d{2})?)?$ | $.participations[0].from: expected integer)',
    ],
    ['an id in capitals', (r: Record<string, any>) => (r.parent = 'Easo'), '$.parent: does not match ^[a-z0-9][a-z0-9-]*$'],
  ])('rejects %s in the schema of a body', async (_what, spoil, problem) => {
    const record = enaro();
    spoil(record);
    expect(schemaProblems(await schema('--kind', 'body'), record)).toEqual([problem]);
  });

  it('tells the kinds apart: a body is not a project, which needs a context', async () => {
    expect(schemaProblems(await schema('--kind', 'project'), enaro())).toContain('$: missing context');
  });

  it('lets a record file start with the yaml-language-server line the README shows, and the schemas --write writes', async () => {
    const data = copyData();
    const path = join(data, 'bodies', 'enaro.yaml');
    writeFileSync(path, `# yaml-language-server: $schema=../schemas/body.json\n${readFileSync(path, 'utf8')}`);
    expect((await runMain(['schema', '--write', '--data', data, '-q'], tempDir())).exit).toBe(0);
    const run = await runMain(['validate', '--data', data, '-q'], tempDir());
    expect([run.exit, run.stderr]).toEqual([0, '']);
    const written = JSON.parse(readFileSync(join(data, 'schemas', 'body.json'), 'utf8')) as Record<string, unknown>;
    expect(schemaProblems(written, parse(readFileSync(path, 'utf8')))).toEqual([]);
  });

  it('with --write, writes the schema of each kind into the data folder, listing the ids of the records there', async () => {
    const cwd = tempDir();
    expect((await runMain(['init', '-q'], cwd)).exit).toBe(0);
    writeFileSync(join(cwd, 'data', 'bodies', 'easo.yaml'), 'name: {nom: Agencja}\n');
    mkdirSync(join(cwd, 'data', 'countries'));
    writeFileSync(join(cwd, 'data', 'countries', 'ua.yaml'), 'name: {nom: Ukraina}\n');
    const run = await runMain(['schema', '--write'], cwd);
    expect(run).toEqual({
      exit: 0,
      stdout: KIND_NAMES.map(
        (kind) => `data/schemas/${kind}.json (${(statSync(join(cwd, 'data', 'schemas', `${kind}.json`)).size / 1000).toFixed(1)} kB)\n`,
      ).join(''),
      stderr: '',
    });
    const read = (kind: string) => JSON.parse(readFileSync(join(cwd, 'data', 'schemas', `${kind}.json`), 'utf8')) as Record<string, any>;
    expect(read('body').properties.parent.enum).toEqual(['easo', 'gdisc']);
    expect(read('project').properties.context.enum).toEqual(['easo', 'gdisc']);
    expect(read('project').properties.beneficiary.enum).toEqual(['ua']);
    expect(read('body').properties.members.properties.countries.items.enum).toEqual(['ua']);
    expect(read('plan').properties.order.items.enum).toEqual(['easo', 'gdisc']);
    expect(read('country').title).toBe('coop-report country (data/countries/*.yaml)');
  });

  it('with --write --lang pl, writes the descriptions and titles in Polish', async () => {
    const cwd = tempDir();
    expect((await runMain(['init', '-q'], cwd)).exit).toBe(0);
    expect((await runMain(['schema', '--write', '--lang', 'pl', '-q'], cwd)).exit).toBe(0);
    const body = JSON.parse(readFileSync(join(cwd, 'data', 'schemas', 'body.json'), 'utf8')) as Record<string, any>;
    expect([body.title, body.properties.parent.description, body.properties.parent.enum]).toEqual([
      'coop-report: instytucja (data/bodies/*.yaml)',
      'Instytucja, do której należy ta instytucja.',
      ['gdisc'],
    ]);
  });

  it.each([
    ['a data folder that does not exist', ['schema', '--write', '--data', 'nic'], 1, 'nic - error data-folder: The data folder "nic" does not exist.'],
    ['--kind with --write', ['schema', '--write', '--kind', 'body'], 2, "coop-report: option '-k, --kind <kind>' cannot be used with option '-w, --write'"],
  ])('with --write, refuses %s', async (_what, args, exit, message) => {
    const run = await runMain(args, tempDir());
    expect([run.exit, run.stdout]).toEqual([exit, '']);
    expect(run.stderr).toContain(message);
  });

  it.each([
    ['--lang pl', ['--lang', 'pl'], 'coop-report: instytucja (data/bodies/*.yaml)', 'Skrótowiec: „EASO”.'],
    ['--lang en', ['--lang', 'en'], 'coop-report body (data/bodies/*.yaml)', 'The acronym: "EASO".'],
  ])('in the language of the run (%s): the title and every description', async (_how, lang, title, acronym) => {
    const body = (await schema('--kind', 'body', ...lang)) as Record<string, any>;
    expect([body.title, body.properties.acronym.description]).toEqual([title, acronym]);
  });

  it('refuses a kind that does not exist with exit 2', async () => {
    const run = await runMain(['schema', '--kind', 'person'], tempDir());
    expect(run.exit).toBe(2);
    expect(run.stderr).toContain(`argument 'person' is invalid. Allowed choices are ${KIND_NAMES.join(', ')}.`);
    expect(run.stderr).toContain('Allowed choices are office, body, project, country, plan');
  });
});
