// `init` writes the starter project byte for byte, and the commands it prints next work as printed.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextSteps } from '../../src/cli/commands/init.ts';
import { main } from '../support/shipped.ts';
import { jsonSchema } from '../../src/schema/json-schema.ts';
import { ROOT, tempDir } from '../support/data.ts';

const STARTER = join(ROOT, 'starter');

// Runs the command line in a folder and returns its exit code and output.
async function run(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const exit = await main(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {}, cwd });
  return { exit, stdout, stderr };
}

// Lists the files under a folder, relative to it.
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

// Splits a printed command line into words, as a shell would for plain words and double-quoted ones.
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

// Runs the lines after "Next:" as printed: "cd DIR" changes the folder, "coop-report …" runs the command there.
async function followNextSteps(cwd: string, stdout: string) {
  const lines = stdout
    .split('\nNext:\n')[1]!
    .trimEnd()
    .split('\n')
    .map((line) => words(line.trim()));
  const runs = [];
  for (const [program, ...args] of lines) {
    if (program === 'cd') cwd = resolve(cwd, args[0]!);
    else if (program === 'coop-report') runs.push({ args: args.join(' '), ...(await run(cwd, ...args)) });
    else throw new Error(`not a command init should print: ${program}`);
  }
  return { cwd, runs };
}

describe('init', () => {
  it('writes each starter file as it is, and the JSON Schema of the record files beside office.yaml', async () => {
    const cwd = tempDir();
    expect((await run(cwd, 'init', 'raport')).exit).toBe(0);
    expect(files(join(cwd, 'raport'))).toEqual([...files(STARTER), 'data/coop-report.schema.json'].sort());
    for (const file of files(STARTER)) expect(readFileSync(join(cwd, 'raport', file), 'utf8')).toBe(readFileSync(join(STARTER, file), 'utf8'));
    expect(JSON.parse(readFileSync(join(cwd, 'raport', 'data', 'coop-report.schema.json'), 'utf8'))).toEqual(jsonSchema());
  });

  it.each([
    ['the working folder', [], ''],
    ['a new folder', ['fresh'], 'fresh'],
    ['a folder with a space in its name', ['raport 2025'], 'raport 2025'],
    ['a folder two levels down', ['projekty/2025'], 'projekty/2025'],
  ])('in %s: the next steps, run as printed, validate and build every year into the project', async (_where, args, folder) => {
    const cwd = tempDir();
    const init = await run(cwd, 'init', ...args);
    expect(init.exit).toBe(0);
    const { cwd: project, runs } = await followNextSteps(cwd, init.stdout);
    expect(project).toBe(join(cwd, folder));
    expect(runs.map(({ args, exit, stderr }) => ({ args, exit, stderr }))).toEqual([
      { args: 'validate', exit: 0, stderr: '' },
      { args: 'build --all', exit: 0, stderr: '' },
    ]);
    expect(runs[0]!.stdout).toBe('data: 1 body, 1 project, 0 countries; no errors.\n');
    expect(runs[1]!.stdout.split('\n').at(-2)).toMatch(/^Built 3 years \(2023–2025\): 6 files, \d+\.\d kB\.$/);
    expect(readdirSync(join(project, 'out')).sort()).toEqual(
      ['2023', '2024', '2025'].flatMap((year) => [`wspolpraca-miedzynarodowa-${year}.docx`, `wspolpraca-miedzynarodowa-${year}.md`]),
    );
  });

  it('works from a folder below the project, as the config file is found upward', async () => {
    const cwd = tempDir();
    await run(cwd, 'init', 'raport');
    mkdirSync(join(cwd, 'raport', 'notatki'));
    const built = await run(join(cwd, 'raport', 'notatki'), 'build', '2024', '--format', 'md');
    const written = join(cwd, 'raport', 'out', 'wspolpraca-miedzynarodowa-2024.md');
    expect(built).toEqual({
      exit: 0,
      stdout: `${written} (${statSync(written).size} B)\n`,
      stderr: 'coop-report: using the settings in ../coop-report.config.yaml\n',
    });
  });

  it.each([
    ['the project folder', 'raport', ['cd raport', 'coop-report validate', 'coop-report build --all']],
    ['the working folder', '', ['coop-report validate', 'coop-report build --all']],
    ['a folder with a space', 'raport 2025', ['cd "raport 2025"', 'coop-report validate', 'coop-report build --all']],
    ['a folder beside the working one', '../inne', ['cd ../inne', 'coop-report validate', 'coop-report build --all']],
    ['Polish letters', 'współpraca', ['cd "współpraca"', 'coop-report validate', 'coop-report build --all']],
  ])('prints next steps for %s', (_what, folder, expected) => {
    expect(nextSteps('/home/analityk', resolve('/home/analityk', folder))).toEqual(expected);
  });

  it.each([
    ['a config file', { 'coop-report.config.yaml': 'data: records\n' }, 'raport/coop-report.config.yaml already exists'],
    ['a data folder with a file in it', { 'data/notes.txt': '' }, 'raport/data already exists'],
  ])('refuses a folder that already holds %s, writing nothing', async (_what, existing, message) => {
    const cwd = tempDir();
    for (const [file, text] of Object.entries(existing)) {
      mkdirSync(join(cwd, 'raport', file, '..'), { recursive: true });
      writeFileSync(join(cwd, 'raport', file), text);
    }
    expect(await run(cwd, 'init', 'raport')).toEqual({
      exit: 2,
      stdout: '',
      stderr: `coop-report: ${message}; init writes a new project and overwrites nothing. Name a new folder, such as "coop-report init raport-2".\nUsage: coop-report init [options] [dir]\nRun "coop-report init --help" for the options and examples.\n`,
    });
    expect(files(join(cwd, 'raport'))).toEqual(Object.keys(existing));
  });

  it('writes into a folder that holds other files, such as a fresh clone of a repository', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, '.git'));
    writeFileSync(join(cwd, 'README.md'), '# Sprawozdanie\n');
    expect((await run(cwd, 'init', '--quiet')).exit).toBe(0);
    expect(existsSync(join(cwd, 'data', 'office.yaml'))).toBe(true);
    expect(readFileSync(join(cwd, 'README.md'), 'utf8')).toBe('# Sprawozdanie\n');
  });

  it('starts every record with the schema line for editors, pointing at the schema beside office.yaml', () => {
    const data = join(STARTER, 'data');
    for (const file of files(data).filter((f) => f.endsWith('.yaml'))) {
      const up = file.includes('/') ? '../' : './';
      expect(readFileSync(join(data, file), 'utf8').split('\n')[0], file).toBe(`# yaml-language-server: $schema=${up}coop-report.schema.json`);
    }
  });
});
