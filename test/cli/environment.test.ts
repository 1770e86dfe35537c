// Errors of the environment (a file where a folder goes, a folder where a file goes, a path the system refuses) are
// told as what they are, at the path, with what to do, exit code 2; never as "internal error … bug".
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { DATA, tempDir } from '../support/data.ts';

// Runs the command line in a folder and returns its exit code and output.
async function run(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const exit = await main(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {}, cwd });
  return { exit, stdout, stderr };
}

const ELSEWHERE = 'choose another folder (build: --out, or "out" in the config file)';

const CASES: { name: string; prepare: (cwd: string) => void; args: string[] | ((cwd: string) => string[]); stderr: string; left: string[] }[] = [
  {
    name: 'build: --out names a file',
    prepare: (cwd) => writeFileSync(join(cwd, 'report.txt'), 'notes'),
    args: ['build', '2010', '--data', DATA, '--out', 'report.txt'],
    stderr: `report.txt - error cannot-write: Cannot write here: a file stands where a folder is needed. Move the file, or ${ELSEWHERE}.\n\nFound 1 error.\n`,
    left: ['report.txt'],
  },
  {
    name: 'build: a folder above --out is a file',
    prepare: (cwd) => writeFileSync(join(cwd, 'report.txt'), 'notes'),
    args: ['build', '2010', '--data', DATA, '--out', 'report.txt/2010'],
    stderr: `report.txt - error cannot-write: Cannot write here: a file stands where a folder is needed. Move the file, or ${ELSEWHERE}.\n\nFound 1 error.\n`,
    left: ['report.txt'],
  },
  {
    name: 'build: a folder stands where the .docx goes',
    prepare: (cwd) => mkdirSync(join(cwd, 'out', 'wspolpraca-miedzynarodowa-2010.docx'), { recursive: true }),
    args: ['build', '2010', '--data', DATA],
    stderr: `out/wspolpraca-miedzynarodowa-2010.docx - error cannot-write: Cannot write here: it is a folder, where coop-report writes a file. Move or rename the folder, or ${ELSEWHERE}.\n\nFound 1 error.\n`,
    left: ['out', 'out/wspolpraca-miedzynarodowa-2010.docx'],
  },
  {
    name: 'build --all --report-format json: the same, as JSON',
    prepare: (cwd) => writeFileSync(join(cwd, 'out'), ''),
    args: ['build', '--all', '--data', DATA, '--report-format', 'json'],
    stderr: '',
    left: ['out'],
  },
  {
    name: 'init under a file: no folder left behind',
    prepare: (cwd) => writeFileSync(join(cwd, 'notes'), 'x'),
    args: ['init', 'notes/data'],
    stderr:
      'notes - error cannot-write: notes is not a folder (it is a file or a device), and init writes a project into a folder. Name a new or empty folder instead, such as "coop-report init raport".\n\nFound 1 error.\n',
    left: ['notes'],
  },
  {
    name: 'init failing half-way (a path too long for the system): no half-made folder, so the next init can run',
    prepare: () => {},
    // the folder itself fits in Linux's 4096 bytes of a path; the files inside it do not
    args: (cwd) => ['init', `${`${'d'.repeat(200)}/`.repeat(19)}${'e'.repeat(4070 - cwd.length - 19 * 201)}`],
    stderr: '',
    left: [],
  },
];

describe('environment errors', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const cwd = tempDir();
    c.prepare(cwd);
    const args = typeof c.args === 'function' ? c.args(cwd) : c.args;
    const result = await run(cwd, ...args);
    expect(result.exit).toBe(2);
    expect(result.stderr).not.toContain('internal error');
    if (c.stderr) expect(result.stderr).toBe(c.stderr);
    else if (args.includes('json'))
      expect(JSON.parse(result.stdout)).toEqual([
        {
          file: 'out',
          line: 0,
          column: 0,
          severity: 'error',
          code: 'cannot-write',
          message: `Cannot write here: a file stands where a folder is needed. Move the file, or ${ELSEWHERE}.`,
        },
      ]);
    else expect(result.stderr).toMatch(/ - error cannot-write: Cannot write here: the path is too long\. Choose a folder with a shorter path\.\n/);
    expect((readdirSync(cwd, { recursive: true }) as string[]).sort()).toEqual(c.left);
  });
});

describe('a path the system refuses where coop-report reads', () => {
  it('is told at the path, exit 2, not as a bug', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'tpl', 'partials'), { recursive: true });
    symlinkSync('opening.md.hbs', join(cwd, 'tpl', 'partials', 'opening.md.hbs'));
    const result = await run(cwd, 'build', '2010', '--data', DATA, '--templates', 'tpl');
    expect(result.exit).toBe(2);
    expect(result.stderr.replaceAll(cwd, '<cwd>')).toBe(
      "coop-report: <cwd>/tpl/partials/opening.md.hbs: ELOOP: too many symbolic links encountered, stat '<cwd>/tpl/partials/opening.md.hbs'\nCheck the file or folder named, its permissions and the disk, and run the command again.\n",
    );
    expect(readdirSync(cwd)).toEqual(['tpl']);
  });
});
