// `init` writes the starter project byte for byte, and the commands it prints next work as printed.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextSteps } from '../../src/cli/commands/init.ts';
import { programWords } from '../../src/cli/invocation.ts';
import { main } from '../support/shipped.ts';
import { parse } from 'yaml';
import { schemaLine, vscodeSettings } from '../../src/cli/editor-files.ts';
import { jsonSchema } from '../../src/schema/json-schema.ts';
import { FOLDERS, KIND_NAMES } from '../../src/schema/kinds.ts';
import { ROOT, tempDir } from '../support/data.ts';

const STARTER = join(ROOT, 'starter', 'en');
const STARTER_PL = join(ROOT, 'starter', 'pl');
/** The files init writes besides the starter project: a schema of each kind, and VS Code's settings naming them. */
const EDITOR_FILES = [...KIND_NAMES.map((kind) => `data/schemas/${kind}.json`), '.vscode/settings.json'];

// Runs the command line in a folder and returns its exit code and output.
async function run(cwd: string, ...args: string[]) {
  return runWith({}, cwd, ...args);
}

// Runs the command line in a folder with an environment (LANG) and returns its exit code and output.
async function runWith(env: Record<string, string>, cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const exit = await main(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env, cwd });
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
  it.each([
    ['English', [], STARTER, 'en'],
    ['Polish, with --lang pl', ['--lang', 'pl'], STARTER_PL, 'pl'],
  ] as const)(
    'in %s, writes each starter file as it is, the JSON Schema of each kind and the settings of VS Code',
    async (_language, lang, starter, language) => {
      const cwd = tempDir();
      expect((await run(cwd, 'init', 'raport', ...lang)).exit).toBe(0);
      expect(files(join(cwd, 'raport'))).toEqual([...files(starter), ...EDITOR_FILES].sort());
      for (const file of files(starter)) expect(readFileSync(join(cwd, 'raport', file), 'utf8')).toBe(readFileSync(join(starter, file), 'utf8'));
      for (const kind of KIND_NAMES)
        expect(JSON.parse(readFileSync(join(cwd, 'raport', 'data', 'schemas', `${kind}.json`), 'utf8'))).toEqual(
          jsonSchema(kind, { language, ids: { body: ['gdisc'], country: [] } }),
        );
      // the settings, as the guides show them word for word (test/validate/docs.test.ts)
      expect(readFileSync(join(cwd, 'raport', '.vscode', 'settings.json'), 'utf8')).toBe(
        vscodeSettings(join(cwd, 'raport'), join(cwd, 'raport', 'data')).content,
      );
    },
  );

  it.each([
    [
      'LANG=pl_PL.UTF-8',
      [],
      { LANG: 'pl_PL.UTF-8' },
      '# Ustawienia tego projektu, które odczytuje każde polecenie coop-report uruchomione w tym folderze lub niżej. Ścieżki',
    ],
    [
      '--lang pl',
      ['--lang', 'pl'],
      {},
      '# Ustawienia tego projektu, które odczytuje każde polecenie coop-report uruchomione w tym folderze lub niżej. Ścieżki',
    ],
    [
      '--lang en under a Polish locale',
      ['--lang', 'en'],
      { LANG: 'pl_PL.UTF-8' },
      '# The settings of this project, read by every coop-report command run in this folder or below it. Paths are',
    ],
  ])("under %s, comments the config file in the run's language", async (_how, lang, env, first) => {
    const cwd = tempDir();
    expect((await runWith(env, cwd, 'init', 'raport', ...lang)).exit).toBe(0);
    expect(readFileSync(join(cwd, 'raport', 'coop-report.config.yaml'), 'utf8').split('\n')[0]).toBe(first);
  });

  it('holds the same records in each language, only the comments differ, and each comment is in its language', () => {
    const comments = (text: string) => text.split('\n').filter((line) => line.startsWith('#') && !line.startsWith('# yaml-language-server:'));
    expect(files(STARTER_PL)).toEqual(files(STARTER));
    for (const file of files(STARTER)) {
      const [en, pl] = [readFileSync(join(STARTER, file), 'utf8'), readFileSync(join(STARTER_PL, file), 'utf8')];
      expect([file, parse(pl)]).toEqual([file, parse(en)]);
      expect([file, comments(pl).length > 0, comments(pl).filter((line) => comments(en).includes(line) && line.length > 30)]).toEqual([file, true, []]);
      expect([file, comments(pl).filter((line) => /\b(the|and|of|is|are)\b/.test(line))]).toEqual([file, []]);
    }
  });

  it('leaves the VS Code settings a folder has as they are, and says how to add the schemas to them', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, '.vscode'));
    writeFileSync(join(cwd, '.vscode', 'settings.json'), '{ "editor.tabSize": 2 }\n');
    const init = await run(cwd, 'init');
    expect(init.exit).toBe(0);
    expect(readFileSync(join(cwd, '.vscode', 'settings.json'), 'utf8')).toBe('{ "editor.tabSize": 2 }\n');
    expect(init.stdout).toContain(
      '\n.vscode/settings.json exists, and init left it as it is. For VS Code to check the records, add to it the "yaml.schemas" the README shows.\n',
    );
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
    ['the PATH', {}, 'coop-report'],
    ['npm run, which is no npx', { npm_command: 'run-script', npm_lifecycle_script: 'coop-report init raport' }, 'coop-report'],
    ['npx running another program (npx vitest)', { npm_command: 'exec', npm_lifecycle_script: 'vitest run' }, 'coop-report'],
    ['npx of an installed copy', { npm_command: 'exec', npm_lifecycle_script: "'coop-report'" }, 'npx coop-report'],
    ['npx of an installed copy, its arguments in the script', { npm_command: 'exec', npm_lifecycle_script: 'coop-report init raport' }, 'npx coop-report'],
    ['npx of a program whose name starts alike', { npm_command: 'exec', npm_lifecycle_script: "'coop-report-x'" }, 'coop-report'],
    [
      'npx of a packed file beside the working folder',
      { npm_command: 'exec', npm_lifecycle_script: "'coop-report'", npm_config_package: './coop-report-0.1.0.tgz' },
      'npx --yes --package ../coop-report-0.1.0.tgz coop-report',
    ],
    [
      'npx of a packed file named without ./',
      { npm_command: 'exec', npm_lifecycle_script: 'coop-report', npm_config_package: 'pakiety/coop-report-0.1.0.tgz' },
      'npx --yes --package ../pakiety/coop-report-0.1.0.tgz coop-report',
    ],
    [
      'npx of a packed file in a folder with a space',
      { npm_command: 'exec', npm_lifecycle_script: 'coop-report', npm_config_package: '/home/analityk/moje pliki/coop-report-0.1.0.tgz' },
      'npx --yes --package "../moje pliki/coop-report-0.1.0.tgz" coop-report',
    ],
    [
      'npx of a name in the registry',
      { npm_command: 'exec', npm_lifecycle_script: 'coop-report', npm_config_package: 'coop-report@0.1.0' },
      'npx --yes --package coop-report@0.1.0 coop-report',
    ],
  ])('starts the next steps as this run was started: from %s', (_how, env, expected) => {
    expect(programWords(env, '/home/analityk', '/home/analityk/raport')).toBe(expected);
  });

  it('prints the next steps with npx when npx ran a packed file', async () => {
    const cwd = tempDir();
    const env = { npm_command: 'exec', npm_lifecycle_script: 'coop-report init raport', npm_config_package: './coop-report-0.1.0.tgz' };
    let stdout = '';
    const exit = await main(['init', 'raport'], { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true }, env, cwd });
    expect({ exit, next: stdout.split('\n\n')[1] }).toEqual({
      exit: 0,
      next: [
        'Next:',
        '  cd raport',
        '  npx --yes --package ../coop-report-0.1.0.tgz coop-report validate',
        '  npx --yes --package ../coop-report-0.1.0.tgz coop-report build --all',
        '',
      ].join('\n'),
    });
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

  it.each([STARTER, STARTER_PL])('starts every record of %s with the schema line for editors, naming the schema of its kind', (starter) => {
    const data = join(starter, 'data');
    for (const file of files(data).filter((f) => f.endsWith('.yaml'))) {
      const kind = file.includes('/') ? FOLDERS.get(file.split('/')[0]!)! : 'office';
      expect(readFileSync(join(data, file), 'utf8').split('\n')[0], file).toBe(schemaLine(kind));
    }
  });
});
