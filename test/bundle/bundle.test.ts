// The bundle is what the bin runs, and the benchmark's synthetic data is valid. No timings: those are `npm run bench`.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import LIST from '../../scripts/bundle.json' with { type: 'json' };
import { findTemplates, templateSource } from '../../src/render/templates.ts';
import { ROOT, tempDir } from '../support/data.ts';
import { run } from '../write/docx-parts.ts';

const DIST = join(ROOT, 'dist');
/** The parts scripts/bundle.mjs cuts out of the core: modules and libraries. */
const PARTS = [...Object.keys(LIST.parts), ...Object.keys(LIST.libraries)];
/** The parts no bundling command runs, which therefore have no code cache: none. */
const UNRUN: string[] = [];

// Runs the bin with arguments and returns its exit code and output.
function bin(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'coop-report.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Lists the built-in templates' source texts, as src/render/templates.ts reads them.
function templateSources(): string[] {
  return [...findTemplates([join(ROOT, 'templates')], (path) => path).values()].map((file) => templateSource(file.path));
}

describe('the bundle', () => {
  it('is what bin/coop-report.js requires, as CommonJS', () => {
    const requires = readFileSync(join(ROOT, 'bin', 'coop-report.js'), 'utf8')
      .split('\n')
      .filter((line) => /\brequire\(|^import /.test(line));
    expect(requires).toEqual(["const { main } = require('../dist/cli.cjs');"]);
    expect(JSON.parse(readFileSync(join(ROOT, 'bin', 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
  });

  it('writes dist/cli.cjs, the core and each part it loads when needed, each with its code cache', () => {
    const scripts = ['coop-report', ...PARTS.map((p) => `part-${p}`)];
    const cached = (script: string) => !UNRUN.some((p) => script === `part-${p}`);
    expect(
      readdirSync(DIST)
        .filter((f) => !f.endsWith('.tmp'))
        .sort(),
    ).toEqual(['cli.cjs', ...scripts.flatMap((s) => [`${s}.cjs`, ...(cached(s) ? [`${s}.cjs.cache`] : [])])].sort());
    expect(readFileSync(join(DIST, 'cli.cjs'), 'utf8')).toBe(readFileSync(join(ROOT, 'scripts', 'cli-loader.cjs'), 'utf8'));
  });

  it('marks each code cache with the build of the scripts, one build for all', () => {
    const builds = new Set<string | undefined>();
    for (const name of ['coop-report', ...PARTS.filter((p) => !UNRUN.includes(p)).map((p) => `part-${p}`)]) {
      const build = /\/\/# build ([0-9a-f]{16})\n?$/.exec(readFileSync(join(DIST, `${name}.cjs`), 'utf8'))?.[1];
      const cache = readFileSync(join(DIST, `${name}.cjs.cache`));
      expect(build).toMatch(/^[0-9a-f]{16}$/);
      expect(cache.subarray(0, cache.indexOf(10)).toString()).toBe(build);
      expect(cache.length).toBeGreaterThan(10_000);
      builds.add(build);
    }
    expect(builds.size).toBe(1);
  });

  it('keeps zod, Handlebars and docx out of the core, which validate runs alone', () => {
    // a mark of each in the script of the part that holds it (the records' shapes are written into the core as data)
    const marks = [
      ['zod', 'schema-issues', '_zod'],
      ['Handlebars', 'render', 'node_modules/handlebars/'],
      ['docx', 'docx', 'XmlComponent'],
    ];
    const core = readFileSync(join(DIST, 'coop-report.cjs'), 'utf8');
    for (const [, part, mark] of marks) expect(readFileSync(join(DIST, `part-${part}.cjs`), 'utf8')).toContain(mark);
    expect(marks.filter(([, , mark]) => core.includes(mark!)).map(([library]) => library)).toEqual([]);
  });

  it("holds the messages and Polish grammar in the core alone: the parts use the core's, not copies", () => {
    // a message of the catalogues, and the function that builds the tables of Polish verbs (names stay in the bundle)
    const marks = ['Cannot write here: ', 'function withInfinitives('];
    const holding = readdirSync(DIST).filter((f) => f.endsWith('.cjs') && marks.some((mark) => readFileSync(join(DIST, f), 'utf8').includes(mark)));
    expect(holding).toEqual(['coop-report.cjs']);
  });

  it("holds docx in the DOCX writer's part alone, which only a command writing a DOCX loads", () => {
    // XmlComponent: the class every element of docx derives from
    expect(readFileSync(join(ROOT, 'node_modules', 'docx', 'dist', 'index.cjs'), 'utf8')).toContain('XmlComponent');
    const holding = readdirSync(DIST).filter((f) => f.endsWith('.cjs') && readFileSync(join(DIST, f), 'utf8').includes('XmlComponent'));
    expect(holding).toEqual(['part-docx.cjs']);
  });

  it.each([
    // the message parser: for the summary, which counts with plurals; a build that goes well writes no such message
    ['validate', ['validate'], ['render', 'formatjs-icu-messageformat-parser']],
    ['build 2010', ['build', '2010', '--out', 'OUT'], ['render', 'markdown', 'docx']],
    ['build 2010 --format md', ['build', '2010', '--out', 'OUT', '--format', 'md'], ['render', 'markdown']],
    ['build 2010 --format html --sources', ['build', '2010', '--out', 'OUT', '--format', 'html', '--sources'], ['render', 'html', 'yaml']], // yaml: the lines of the sources
    ['build with a template of its own', ['build', '2010', '--out', 'OUT', '--format', 'md', '--templates', 'TEMPLATES'], ['render', 'compiler', 'markdown']],
    [
      'build with a named character reference in a template',
      ['build', '2010', '--out', 'OUT', '--format', 'md', '--templates', 'ENTITY'],
      ['render', 'compiler', 'character-entities', 'markdown'],
    ],
    ['validate with a broken record', ['validate', '--data', 'BROKEN'], ['yaml', 'schema-issues', 'formatjs-icu-messageformat-parser']],
  ])('%s loads only the parts it needs', (_what, args, parts) => {
    const work = tempDir();
    const section = readFileSync(join(ROOT, 'templates', 'section.md.hbs'), 'utf8');
    mkdirSync(join(work, 'templates'));
    writeFileSync(join(work, 'templates', 'section.md.hbs'), `${section}\n\n`);
    mkdirSync(join(work, 'entity'));
    writeFileSync(join(work, 'entity', 'section.md.hbs'), `${section}\n\nR&eacute;sum&eacute;\n`);
    mkdirSync(join(work, 'broken', 'countries'), { recursive: true });
    cpSync(join(ROOT, 'data', 'office.yaml'), join(work, 'broken', 'office.yaml'));
    writeFileSync(join(work, 'broken', 'countries', 'x.yaml'), 'name:\n  nom: 12\n');
    const argv = args.map(
      (a) => ({ OUT: join(work, 'out'), TEMPLATES: join(work, 'templates'), ENTITY: join(work, 'entity'), BROKEN: join(work, 'broken') })[a] ?? a,
    );
    const script = `const cli = require(${JSON.stringify(join(DIST, 'cli.cjs'))}); const quiet = { write: () => true };
      cli.main(${JSON.stringify(argv)}, { stdout: quiet, stderr: quiet, env: {}, cwd: ${JSON.stringify(ROOT)} }).then(() => console.log(JSON.stringify(cli.codeCaches().map((c) => c.name))));`;
    const ran = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
    expect(ran.sort()).toEqual(['coop-report', ...parts.map((p) => `part-${p}`)].sort());
    if (args[0] === 'build') expect(readdirSync(join(work, 'out')).length).toBe(args.includes('md') ? 1 : 2);
    if (args.includes('ENTITY')) expect(readFileSync(join(work, 'out', 'wspolpraca-miedzynarodowa-2010.md'), 'utf8')).toMatch(/\nRésumé\n$/);
  });

  it('holds every built-in template compiled, in the render part', () => {
    const script = readFileSync(join(DIST, 'part-render.cjs'), 'utf8');
    // each source is a string literal in the script, written as esbuild writes one
    const literal = (source: string) =>
      transformSync(`x(${JSON.stringify(source)})`, { minifyWhitespace: true, minifySyntax: true })
        .code.trim()
        .slice(2, -2);
    const missing = templateSources().filter((source) => !script.includes(literal(source)));
    expect(missing).toEqual([]);
    expect(templateSources()).toHaveLength(1 + readdirSync(join(ROOT, 'templates', 'partials')).length);
  });

  it('holds the generated validator of every kind of record, so that valid records need no zod', () => {
    const script = readFileSync(join(DIST, 'coop-report.cjs'), 'utf8');
    const written = ['office', 'body', 'project', 'country'].filter((kind) => new RegExp(`exports\\d*\\.${kind}=validate\\d+`).test(script));
    expect(written).toEqual(['office', 'body', 'project', 'country']);
  });

  it('runs: the bin validates the embedded data', () => {
    expect(bin('validate')).toEqual({ code: 0, stdout: 'data: 22 bodies, 5 projects, 5 countries; no errors.\n', stderr: '' });
  });

  it('runs: the bin writes a large output whole through a pipe before it exits', async () => {
    const inProcess = await run(['schema'], ROOT);
    const piped = bin('schema');
    expect(piped.stdout.length).toBeGreaterThan(20_000);
    expect(piped).toEqual({ code: 0, stdout: inProcess.stdout, stderr: '' });
  });

  it('runs: the bin builds 2010 as Markdown and DOCX', () => {
    const out = tempDir();
    const run = bin('build', '2010', '--out', out);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['wspolpraca-miedzynarodowa-2010.docx', 'wspolpraca-miedzynarodowa-2010.md']);
    expect(readFileSync(join(out, 'wspolpraca-miedzynarodowa-2010.md'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'test', 'golden', 'wspolpraca-miedzynarodowa-2010.md'), 'utf8'),
    );
  });
});

describe('bench/generate.mjs', () => {
  it('writes 200 records that validate with exit 0', () => {
    const data = join(tempDir(), 'data');
    const made = spawnSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), '--records', '200', '--out', data], { encoding: 'utf8' });
    expect(made.stdout).toBe(`${data}: 150 bodies, 42 projects, 8 countries (200 records)\n`);
    expect(bin('validate', '--data', data)).toEqual({ code: 0, stdout: `${data}: 150 bodies, 42 projects, 8 countries; no errors.\n`, stderr: '' });
  });

  it('writes data in which every year from 2000 to 2025 builds', () => {
    const data = join(tempDir(), 'data');
    execFileSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), '--records', '200', '--out', data]);
    const out = tempDir();
    const run = bin('build', '--all', '--data', data, '--out', out, '--format', 'md', '-q');
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    const years = readdirSync(out).map((f) => Number(/(\d{4})\.md$/.exec(f)?.[1]));
    expect(years).toEqual(Array.from({ length: 26 }, (_, i) => 2000 + i));
  });

  it('gives the same files for the same arguments', () => {
    const [a, b] = [join(tempDir(), 'a'), join(tempDir(), 'b')];
    for (const out of [a, b]) execFileSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), '--records', '200', '--out', out]);
    const contents = (dir: string) =>
      ['bodies', 'projects', 'countries'].flatMap((folder) =>
        readdirSync(join(dir, folder))
          .sort()
          .map((f) => `${folder}/${f}\n${readFileSync(join(dir, folder, f), 'utf8')}`),
      );
    expect(contents(a)).toHaveLength(200);
    expect(contents(a)).toEqual(contents(b));
  });
});
