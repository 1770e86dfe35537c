// The package as the analyst gets it: `npm pack` gives a tarball that installs into an empty prefix with nothing
// else (no dependencies, no registry) and works outside this repository, on a data folder anywhere.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatSize } from '../../src/cli/commands/build.ts';
import { DATA, ROOT, tempDir } from '../support/data.ts';

const WINDOWS = process.platform === 'win32';
const GOLDEN = join(ROOT, 'test', 'golden', 'wspolpraca-miedzynarodowa-2010.md');

// Runs a program and returns its exit code and output; npm through the shell on Windows, where it is npm.cmd.
function exec(program: string, args: string[], options: SpawnSyncOptions = {}) {
  const run = spawnSync(program, args, { encoding: 'utf8', shell: WINDOWS && program === 'npm', ...options });
  return { code: run.status, stdout: String(run.stdout), stderr: String(run.stderr) };
}

// Lists the files under folders of the repository, as paths relative to it with forward slashes.
function filesUnder(...folders: string[]): string[] {
  return folders.flatMap((folder) =>
    (readdirSync(join(ROOT, folder), { recursive: true }) as string[])
      .filter((f) => statSync(join(ROOT, folder, f)).isFile() && !f.endsWith('.tmp'))
      .map((f) => `${folder}/${f.split('\\').join('/')}`),
  );
}

describe('the packed package, installed into an empty prefix', () => {
  const work = tempDir();
  const prefix = join(work, 'prefix');
  let tarball = '';
  let packed: string[] = [];
  // the installed command, found as the analyst's shell finds it: on the PATH, beside node
  const env = {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm_|PATH$)/i.test(name))),
    PATH: [WINDOWS ? prefix : join(prefix, 'bin'), dirname(process.execPath)].join(delimiter),
  };
  const coopReport = (cwd: string, ...args: string[]) => exec(WINDOWS ? 'coop-report.cmd' : 'coop-report', args, { cwd, env, shell: WINDOWS });

  beforeAll(() => {
    // the bundle in dist/ is current (test/support/bundle.ts made it), so packing need not run prepare again
    const pack = exec('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT });
    expect(pack.code, pack.stderr).toBe(0);
    const [result] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    tarball = join(work, result!.filename);
    packed = result!.files.map((f) => f.path);
    const install = exec('npm', ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], { cwd: work });
    expect(install.code, install.stderr).toBe(0);
  }, 120_000);

  it('holds the command, its bundle, the built-in templates and the starter project, and nothing else', () => {
    expect(packed.sort()).toEqual(['package.json', 'README.md', ...filesUnder('bin', 'dist', 'templates', 'starter')].sort());
    expect(
      packed
        .filter((file) => file.startsWith('dist/'))
        .every((file) => file === 'dist/cli.js' || file === 'dist/helper-thread.js' || /^dist\/chunks\/[a-z-]+-[A-Z0-9]+\.js$/.test(file)),
    ).toBe(true);
  });

  it('installs no other package: the bundle carries every library', () => {
    const modules = join(prefix, WINDOWS ? '' : 'lib', 'node_modules');
    expect(readdirSync(modules)).toEqual(['coop-report']);
    expect(readdirSync(join(modules, 'coop-report')).sort()).toEqual(['README.md', 'bin', 'dist', 'package.json', 'starter', 'templates']);
  });

  it('prints its version from any folder', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(coopReport(work, '--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('makes a project with init, and inside it validates and builds every year, as init says to', () => {
    expect(coopReport(work, 'init', 'fresh', '--quiet')).toEqual({ code: 0, stdout: '', stderr: '' });
    const project = join(work, 'fresh');
    expect(coopReport(project, 'validate')).toEqual({ code: 0, stdout: 'data: 1 body, 1 project, 0 countries; no errors.\n', stderr: '' });
    const built = coopReport(project, 'build', '--all');
    expect({ code: built.code, stderr: built.stderr, last: built.stdout.split('\n').at(-2) }).toEqual({
      code: 0,
      stderr: '',
      last: expect.stringMatching(/^Built 3 years \(2023–2025\): 6 files, \d+\.\d kB\.$/),
    });
    expect(readdirSync(join(project, 'out')).length).toBe(6);
  });

  it('builds the 2010 section from a data folder elsewhere, byte for byte as the repository does', () => {
    const elsewhere = join(work, 'raport');
    cpSync(DATA, join(elsewhere, 'rekordy'), { recursive: true });
    const built = coopReport(elsewhere, 'build', '2010', '--data', 'rekordy', '--out', 'wyniki', '--format', 'md');
    expect(built).toEqual({
      code: 0,
      stdout: `${join('wyniki', 'wspolpraca-miedzynarodowa-2010.md')} (${formatSize(statSync(GOLDEN).size, 'en')})\n`,
      stderr: '',
    });
    expect(readFileSync(join(elsewhere, 'wyniki', 'wspolpraca-miedzynarodowa-2010.md'))).toEqual(readFileSync(GOLDEN));
  });
});

/** A block of install commands in a guide: the folder it runs in, and its lines as printed. */
interface InstallBlock {
  doc: string;
  where: 'clone' | 'file' | 'npx' | 'project';
  lines: string[];
}

// Finds the blocks of install commands of a guide: each ```sh block after a "<!-- install: <where> -->" line.
function installBlocks(doc: string): InstallBlock[] {
  const text = readFileSync(join(ROOT, doc), 'utf8');
  return [...text.matchAll(/<!-- install: (\w+) -->\n\s*```sh\n([\s\S]*?)\n\s*```/g)].map((m) => ({
    doc,
    where: m[1] as InstallBlock['where'],
    lines: m[2]!.split('\n').map((line) => line.trim()),
  }));
}

// Copies the repository as a fresh clone has it: the files git tracks, or would (not those .gitignore leaves out).
function freshCopy(to: string): void {
  const listed = exec('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT });
  expect(listed.code, listed.stderr).toBe(0);
  for (const file of listed.stdout.split('\0').filter(Boolean)) if (existsSync(join(ROOT, file))) cpSync(join(ROOT, file), join(to, file), { recursive: true });
}

// Returns a block's commands without their comments, as the shell reads them.
const commands = (block: InstallBlock) => block.lines.map((line) => line.replace(/\s+#.*$/, ''));

// Returns a block's commands one by one: a line of commands joined by && gives each (under sh -e, the same run).
const stepsOf = (block: InstallBlock) => commands(block).flatMap((line) => line.split(/\s*&&\s*/));

describe('the install commands of the Polish guide', () => {
  it("are those of the README, block by block, so that running the README's runs them", () => {
    const english = installBlocks('README.md').filter((block) => block.where !== 'project');
    expect(installBlocks('docs/pl/README.md').map((b) => [b.where, commands(b)])).toEqual(english.map((b) => [b.where, commands(b)]));
  });
});

describe.skipIf(WINDOWS)('the install commands of the README, run as printed in a fresh copy of the repository', () => {
  const blocks = installBlocks('README.md');
  const work = tempDir();
  const clone = join(work, 'clone');
  const prefix = join(work, 'prefix');
  // no terminal (stdin closed), no npm settings of the run that started the tests; the registry only through npm's
  // cache, which the npm ci of the repository filled (npm_config_offline): no network beyond what CI has
  const env = {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm_|PATH$)/i.test(name))),
    PATH: [join(prefix, 'bin'), dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter),
    npm_config_prefix: prefix,
    npm_config_offline: 'true',
    npm_config_update_notifier: 'false',
  };
  // Runs a block's lines as one shell script, in a folder, and returns its exit code and output.
  const sh = (cwd: string, lines: string[]) => exec('sh', ['-ec', lines.join('\n')], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const of = (where: InstallBlock['where']) => blocks.filter((block) => block.where === where);

  it('holds the blocks of every set-up', () => {
    expect(blocks.map((block) => block.where)).toEqual(['clone', 'clone', 'file', 'npx', 'project']);
  });

  it('in a fresh clone: npm ci, then npm link and npm pack, put the command on the PATH and write the packed file', () => {
    mkdirSync(clone, { recursive: true });
    freshCopy(clone);
    expect(existsSync(join(clone, 'node_modules'))).toBe(false);
    // npm pack before npm ci says what to run, and packs nothing
    const early = sh(clone, ['npm pack']);
    expect({
      code: early.code,
      said: early.stderr.includes('bundling needs the development libraries') && early.stderr.includes('Run "npm ci" first'),
    }).toEqual({
      code: 1,
      said: true,
    });
    expect(existsSync(join(clone, 'coop-report-0.1.0.tgz'))).toBe(false);
    // both blocks start in a fresh clone with the same command (npm ci), which leaves the clone as it leaves it: it runs
    // once, then the rest of each block (a second npm ci would install the same libraries again, about 10 s)
    const steps = of('clone').map(stepsOf);
    const differ = steps[0]!.findIndex((step, at) => steps.some((other) => other[at] !== step));
    const shared = steps[0]!.slice(0, differ === -1 ? undefined : differ);
    expect(shared).toEqual(['npm ci']);
    for (const run of [shared, ...steps.map((block) => block.slice(shared.length))].map((lines) => ({ lines, ...sh(clone, lines) })))
      expect(run.code, `${run.lines.join('\n')}\n${run.stderr}`).toBe(0);
    expect(exec('coop-report', ['--version'], { cwd: work, env }).stdout).toBe(`${readJson(join(ROOT, 'package.json')).version}\n`);
    expect(existsSync(join(clone, 'coop-report-0.1.0.tgz'))).toBe(true);
    expect(exec('git', ['check-ignore', '-q', 'coop-report-0.1.0.tgz'], { cwd: ROOT }).code).toBe(0);
  }, 900_000);

  it('with the command on the PATH: init and build --all as printed', () => {
    const anywhere = join(work, 'anywhere');
    mkdirSync(anywhere);
    for (const block of of('project')) expect(sh(anywhere, block.lines)).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(join(anywhere, 'raport-2025', 'out')).length).toBe(6);
  });

  it('from the packed file: npm install -g puts the command on the PATH, and npx runs it and names the next steps in its own form', () => {
    const analyst = join(work, 'analityk');
    mkdirSync(analyst);
    cpSync(join(clone, 'coop-report-0.1.0.tgz'), join(analyst, 'coop-report-0.1.0.tgz'));
    // the analyst's own prefix: the command the clone linked is not on this PATH
    const own = {
      ...env,
      npm_config_prefix: join(analyst, 'prefix'),
      PATH: [join(analyst, 'prefix', 'bin'), dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter),
    };
    for (const block of of('file'))
      expect(exec('sh', ['-ec', block.lines.join('\n')], { cwd: analyst, env: own, stdio: ['ignore', 'pipe', 'pipe'] }).code).toBe(0);
    expect(exec('coop-report', ['--version'], { cwd: analyst, env: own }).code).toBe(0);
    const bare = { ...own, npm_config_prefix: join(analyst, 'none'), PATH: [dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter) };
    const [npx] = of('npx');
    const init = exec('sh', ['-ec', npx!.lines.join('\n')], { cwd: analyst, env: bare, stdio: ['ignore', 'pipe', 'pipe'] });
    expect(init.code, init.stderr).toBe(0);
    const next = init.stdout
      .split('\nNext:\n')[1]!
      .trimEnd()
      .split('\n')
      .map((line) => line.trim());
    expect(next).toEqual([
      'cd raport-2025',
      'npx --yes --package ../coop-report-0.1.0.tgz coop-report validate',
      'npx --yes --package ../coop-report-0.1.0.tgz coop-report build --all',
    ]);
    const followed = exec('sh', ['-ec', next.join('\n')], { cwd: analyst, env: bare, stdio: ['ignore', 'pipe', 'pipe'] });
    expect({ code: followed.code, stderr: followed.stderr, first: followed.stdout.split('\n')[0] }).toEqual({
      code: 0,
      stderr: '',
      first: 'data: 1 body, 1 project, 0 countries; no errors.',
    });
    expect(readdirSync(join(analyst, 'raport-2025', 'out')).length).toBe(6);
  }, 300_000);
});

// Reads a JSON file.
function readJson(path: string): { version: string } {
  return JSON.parse(readFileSync(path, 'utf8')) as { version: string };
}
