// Writes are all or none across the files of a build, leave no temporary file, create temporary files exclusively
// under names nobody can plant, and clean what a killed run left.
import * as fs from 'node:fs';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN } from '../support/messages.ts';
import { writeAtomically, type FileSystem } from '../../src/write/atomic.ts';
import { WriteError } from '../../src/write/write-error.ts';
import { tempDir } from '../support/data.ts';

// Returns an error as the file system gives it.
function systemError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed`), { code });
}

// Returns the file system with one call failing the nth time it is made (1-based) on a path that ends as given.
function failing(call: 'openSync' | 'writeSync' | 'renameSync' | 'mkdirSync', nth: number, code: string): FileSystem {
  let count = 0;
  const wrapped = ((...args: unknown[]) => {
    if (++count === nth) throw systemError(code);
    return (fs[call] as (...a: unknown[]) => unknown)(...args);
  }) as never;
  return { ...fs, [call]: wrapped };
}

// Lists a folder, hidden files included.
function listing(dir: string): string[] {
  return readdirSync(dir).sort();
}

// Makes an out folder holding an earlier build of a.md and b.md.
function earlierBuild(): string {
  const out = join(tempDir(), 'out');
  mkdirSync(out);
  writeFileSync(join(out, 'a.md'), 'old a');
  writeFileSync(join(out, 'b.md'), 'old b');
  return out;
}

describe('writeAtomically', () => {
  it('writes every file and leaves nothing else', () => {
    const out = earlierBuild();
    writeAtomically([
      { path: join(out, 'a.md'), content: 'new a' },
      { path: join(out, 'b.md'), content: new Uint8Array([0x6e, 0x62]) },
      { path: join(out, 'c.md'), content: 'new c' },
    ]);
    expect(listing(out)).toEqual(['a.md', 'b.md', 'c.md']);
    expect(['a.md', 'b.md', 'c.md'].map((f) => readFileSync(join(out, f), 'utf8'))).toEqual(['new a', 'nb', 'new c']);
  });

  it.each([
    [
      'the second rename fails: the first file gets its old bytes back',
      failing('renameSync', 2, 'EIO'),
      'b.md',
      'Cannot write here: the disk reported an input/output error.',
    ],
    [
      'the disk fills up while writing the second file',
      failing('writeSync', 2, 'ENOSPC'),
      'b.md',
      'Cannot write here: the disk is full. Free some space, or choose another folder (build: --out, or "out" in the config file); the files already there are unchanged.',
    ],
    [
      'the first temporary file cannot be created',
      failing('openSync', 1, 'EACCES'),
      'a.md',
      'Cannot write here: permission denied. Make the folder writable, or choose another folder (build: --out, or "out" in the config file).',
    ],
    ['the third file, a new one, cannot be renamed', failing('renameSync', 3, 'EPERM'), 'c.md', 'Cannot write here: the operation is not permitted.'],
  ])('%s: every file as it was, no temporary file left, a WriteError at the path', (_what, fileSystem, at, says) => {
    const out = earlierBuild();
    const files = [
      { path: join(out, 'a.md'), content: 'new a' },
      { path: join(out, 'b.md'), content: 'new b' },
      { path: join(out, 'c.md'), content: 'new c' },
    ];
    let thrown: unknown;
    try {
      writeAtomically(files, fileSystem);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WriteError);
    expect((thrown as WriteError).path).toBe(join(out, at));
    expect(EN.text((thrown as WriteError).said)).toContain(says);
    expect(listing(out)).toEqual(['a.md', 'b.md']);
    expect([readFileSync(join(out, 'a.md'), 'utf8'), readFileSync(join(out, 'b.md'), 'utf8')]).toEqual(['old a', 'old b']);
  });

  it.each([
    ['--out names a file', (dir: string) => writeFileSync(join(dir, 'out'), 'x'), 'out', 'Cannot write here: a file stands where a folder is needed.'],
    [
      'a folder above --out is a file',
      (dir: string) => writeFileSync(join(dir, 'out'), 'x'),
      'out',
      'Cannot write here: a file stands where a folder is needed.',
    ],
    [
      '--out is a symlink that leads nowhere',
      (dir: string) => symlinkSync(join(dir, 'gone'), join(dir, 'out')),
      'out',
      'Cannot write here: a link on the path leads nowhere, or a folder was removed meanwhile. Fix the link, or choose another folder',
    ],
    [
      'a folder stands where a file goes',
      (dir: string) => mkdirSync(join(dir, 'out', 'b.md'), { recursive: true }),
      'out/b.md',
      'Cannot write here: it is a folder, where coop-report writes a file.',
    ],
  ])('%s: a WriteError at the path, nothing written', (_what, prepare, at, says) => {
    const dir = tempDir();
    prepare(dir);
    const outDir = join(dir, _what.includes('above') ? 'out/sub' : 'out');
    let thrown: unknown;
    try {
      writeAtomically([
        { path: join(outDir, 'a.md'), content: 'a' },
        { path: join(outDir, 'b.md'), content: 'b' },
      ]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WriteError);
    expect((thrown as WriteError).path).toBe(join(dir, at));
    expect(EN.text((thrown as WriteError).said)).toContain(says);
    expect(existsSync(join(outDir, 'a.md'))).toBe(false);
  });

  it.runIf(process.platform === 'linux' && existsSync('/proc/self'))('--out under /proc, a folder that takes no folders: a WriteError at /proc at once', () => {
    let thrown: unknown;
    try {
      writeAtomically([{ path: '/proc/coop-report-out/a.md', content: 'a' }]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WriteError);
    expect((thrown as WriteError).path).toBe('/proc');
    expect(EN.text((thrown as WriteError).said)).toBe(
      'Cannot write here: this folder takes no new folders (a system folder, such as /proc). Choose another folder (build: --out, or "out" in the config file).',
    );
  });

  it('creates each temporary file exclusively ("wx") under a name of the process id and 64 random bits', () => {
    const out = earlierBuild();
    const opened: { path: string; flags: unknown }[] = [];
    const recording: FileSystem = {
      ...fs,
      openSync: ((path: string, flags: unknown, mode: unknown) => (opened.push({ path, flags }), fs.openSync(path, flags as string, mode as number))) as never,
    };
    writeAtomically([{ path: join(out, 'a.md'), content: '1' }], recording);
    writeAtomically([{ path: join(out, 'a.md'), content: '2' }], recording);
    expect(opened.map((o) => o.flags)).toEqual(['wx', 'wx']);
    for (const { path } of opened) expect(path.slice(out.length + 1)).toMatch(new RegExp(`^\\.a\\.md\\.${process.pid}-[0-9a-f]{16}\\.tmp$`));
    expect(opened[0]!.path).not.toBe(opened[1]!.path);
  });

  it('replaces a symlink planted at the output path instead of writing through it', () => {
    const out = earlierBuild();
    const victim = join(tempDir(), 'victim.txt');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, join(out, 'c.md'));
    writeAtomically([{ path: join(out, 'c.md'), content: 'section' }]);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(fs.lstatSync(join(out, 'c.md')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(out, 'c.md'), 'utf8')).toBe('section');
  });

  it('removes the temporary files and copies a killed run left, and keeps those of a run still going', () => {
    const out = earlierBuild();
    const dead = 2 ** 22 + 12345; // above Linux's largest process id
    const leftovers = [`.a.md.${dead}-0123456789abcdef.tmp`, `.b.md.${dead}-fedcba9876543210.old`];
    const running = `.a.md.${process.pid}-00000000000000ff.tmp`;
    for (const name of [...leftovers, running]) writeFileSync(join(out, name), 'half');
    writeAtomically([{ path: join(out, 'a.md'), content: 'new a' }]);
    expect(listing(out)).toEqual([running, 'a.md', 'b.md'].sort());
  });
});
