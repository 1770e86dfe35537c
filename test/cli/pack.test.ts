// The package as the analyst gets it: `npm pack` gives a tarball that installs into an empty prefix with nothing
// else (no dependencies, no registry) and works outside this repository, on a data folder anywhere.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
      packed.filter((file) => file.startsWith('dist/')).every((file) => file === 'dist/cli.js' || /^dist\/chunks\/[a-z-]+-[A-Z0-9]+\.js$/.test(file)),
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

  it('runs with npx --package <tarball>, without installing it', () => {
    const project = join(work, 'fresh');
    const run = exec('npm', ['exec', '--offline', '--yes', '--package', tarball, '--', 'coop-report', 'years', '--json'], {
      cwd: project,
      env: { ...process.env, PATH: [dirname(process.execPath), process.env.PATH].join(delimiter) },
    });
    expect({ code: run.code, years: (JSON.parse(run.stdout) as { year: number }[]).map((y) => y.year) }).toEqual({ code: 0, years: [2023, 2024, 2025] });
  });
});
