// The bundle is what the bin runs, plain ES modules split where the source imports dynamically, and the benchmark's
// synthetic data is valid. No timings: those are `npm run bench`.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { findTemplates, templateSource } from '../../src/render/template-files.ts';
import { ROOT, tempDir } from '../support/data.ts';
import { run } from '../write/docx-parts.ts';

const DIST = join(ROOT, 'dist');

// Runs the bin with arguments and returns its exit code and output.
function bin(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'coop-report.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Reads a script of the bundle, by its path under dist/.
function script(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

// Lists the scripts a script imports statically, by path under dist/: what Node.js loads with it before it runs.
function staticImports(path: string): string[] {
  const folder = path.startsWith('chunks/') ? 'chunks/' : '';
  return [...script(path).matchAll(/(?:^|[;}\n])\s*import\s*(?:[^'"();]*?from\s*)?["']\.\/([^"']+)["']/g)].map((m) => `${folder}${m[1]}`);
}

// Lists a script and every script it loads with it, by path under dist/.
function loadedWith(path: string): string[] {
  const seen = new Set<string>();
  const visit = (p: string) => {
    if (seen.has(p)) return;
    seen.add(p);
    for (const next of staticImports(p)) visit(next);
  };
  visit(path);
  return [...seen].sort();
}

// Lists the chunks a script imports dynamically (each only when a command needs it), by the name esbuild gave them.
function dynamicImports(path: string): string[] {
  return [...new Set([...script(path).matchAll(/import\(\s*["']\.\/(?:chunks\/)?([a-z-]+)-[A-Z0-9]+\.js["']\s*\)/g)].map((m) => m[1]!))].sort();
}

// Names the chunk of a dynamic import, by path under dist/.
function chunk(name: string): string {
  const file = readdirSync(join(DIST, 'chunks')).find((f) => new RegExp(`^${name}-[A-Z0-9]+\\.js$`).test(f));
  if (!file) throw new Error(`no chunk ${name} in dist/chunks`);
  return `chunks/${file}`;
}

/** A string found only in each library, to tell which scripts hold it. */
const MARKS = {
  'the docx library': 'XmlComponent',
  "Handlebars' runtime": 'Template was precompiled with',
  "Handlebars' compiler": 'You must pass a string or Handlebars AST',
  'the preview server': 'text/event-stream',
  'the zip library (fflate)': 'invalid zip data',
  'the DOM (@xmldom/xmldom)': 'DOMImplementation',
  "Node.js's crypto": 'node:crypto',
  "Node.js's zlib": 'node:zlib',
};

// Lists the libraries whose mark is in any of the scripts.
function librariesIn(paths: string[]): string[] {
  return Object.entries(MARKS)
    .filter(([, mark]) => paths.some((p) => script(p).includes(mark)))
    .map(([library]) => library);
}

// Lists the built-in templates' source texts, as src/render/templates.ts reads them.
function templateSources(): string[] {
  return [...findTemplates([join(ROOT, 'templates')], (path) => path).values()].map((file) => templateSource(file.path));
}

describe('the bundle', () => {
  it('is what bin/coop-report.js imports, after turning on the compile cache where Node.js has one', () => {
    const imports = script('../bin/coop-report.js')
      .split('\n')
      .filter((line) => /\bimport\b|\brequire\(|enableCompileCache/.test(line) && !line.startsWith('//'));
    expect(imports).toEqual(["import module from 'node:module';", 'module.enableCompileCache?.();', "const { main } = await import('../dist/cli.js');"]);
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).type).toBe('module');
  });

  it('is plain ES modules: dist/cli.js, the helper thread dist/helper-thread.js, and the chunks esbuild cut, nothing else', () => {
    const files = readdirSync(DIST, { recursive: true }) as string[];
    expect(files.filter((f) => !f.endsWith('.tmp') && f !== 'chunks' && !/^chunks[\\/][a-z-]+-[A-Z0-9]+\.js$/.test(f))).toEqual(['cli.js', 'helper-thread.js']);
  });

  it('imports when needed, and only then, what only some commands use', () => {
    expect(dynamicImports('cli.js')).toEqual(['atomic', 'docx', 'html', 'json-schema', 'markdown', 'pdf', 'preview', 'reference', 'render']);
    expect(dynamicImports(chunk('render'))).toEqual(['compiler']);
    expect(dynamicImports(chunk('docx'))).toEqual(['restyle']);
  });

  it.each([
    ['validate and every command before it writes', 'cli.js', undefined, []],
    ['a DOCX without a reference document', chunk('docx'), 'cli.js', ['the docx library', 'the zip library (fflate)']],
    ['restyling a DOCX with a reference document', chunk('restyle'), chunk('docx'), ['the DOM (@xmldom/xmldom)']],
    ['writing files, with their checks', chunk('atomic'), 'cli.js', ['the zip library (fflate)', "Node.js's crypto", "Node.js's zlib"]],
    ['rendering with the built-in templates', chunk('render'), 'cli.js', ["Handlebars' runtime"]],
    ['an analyst’s own templates', chunk('compiler'), chunk('render'), ["Handlebars' compiler"]],
    ['the preview', chunk('preview'), 'cli.js', ['the preview server']],
  ])('loads, for %s, only the libraries it needs', (_what, path, after, libraries) => {
    const before = after === undefined ? [] : loadedWith(after);
    const own = loadedWith(path).filter((p) => !before.includes(p));
    expect(librariesIn(own)).toEqual(libraries);
  });

  it('holds every built-in template compiled, in the rendering chunk', () => {
    const rendering = script(chunk('render'));
    // each source is a string literal in the script, written as esbuild writes one
    const literal = (source: string) =>
      transformSync(`x(${JSON.stringify(source)})`, { minifyWhitespace: true, minifySyntax: true })
        .code.trim()
        .slice(2, -2);
    const missing = templateSources().filter((source) => !rendering.includes(literal(source)));
    expect(missing).toEqual([]);
    expect(templateSources()).toHaveLength(1 + readdirSync(join(ROOT, 'templates', 'partials')).length);
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
  // one data set of 200 records, which every check below reads; the last makes a second to compare it with
  const generate = (out: string) => spawnSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), '--records', '200', '--out', out], { encoding: 'utf8' });
  let data = '';
  let made: ReturnType<typeof generate>;
  beforeAll(() => {
    data = join(tempDir(), 'data');
    made = generate(data);
  });

  it('writes 200 records that validate with exit 0', () => {
    expect(made.stdout).toBe(`${data}: 150 bodies, 42 projects, 8 countries (200 records)\n`);
    expect(bin('validate', '--data', data)).toEqual({ code: 0, stdout: `${data}: 150 bodies, 42 projects, 8 countries; no errors.\n`, stderr: '' });
  });

  it('writes data in which every year from 2000 to 2025 builds', () => {
    const out = tempDir();
    const run = bin('build', '--all', '--data', data, '--out', out, '--format', 'md', '-q');
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    const years = readdirSync(out).map((f) => Number(/(\d{4})\.md$/.exec(f)?.[1]));
    expect(years).toEqual(Array.from({ length: 26 }, (_, i) => 2000 + i));
  });

  it('gives the same files for the same arguments', () => {
    const again = join(tempDir(), 'again');
    expect(generate(again).status).toBe(0);
    const contents = (dir: string) =>
      ['bodies', 'projects', 'countries'].flatMap((folder) =>
        readdirSync(join(dir, folder))
          .sort()
          .map((f) => `${folder}/${f}\n${readFileSync(join(dir, folder, f), 'utf8')}`),
      );
    expect(contents(data)).toHaveLength(200);
    expect(contents(data)).toEqual(contents(again));
  });
});
