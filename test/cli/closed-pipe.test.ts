// A reader that leaves early (`coop-report years | head -1`): the real bin ends quietly with exit code 141, as a Unix
// tool that SIGPIPE ends, whichever of stdout and stderr was closed, and says nothing on the other.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA, ROOT } from '../support/data.ts';

const BIN = join(ROOT, 'bin', 'coop-report.js');
const INVALID = join(ROOT, 'test', 'fixtures', 'invalid');

/** What the bin did: its exit code and signal, what it wrote to the stream left open, and how much the closed one read. */
interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  open: string;
  closedBytes: number;
}

// Runs the bin with stdout and stderr piped; the reader of `closed` leaves at once, or after the first chunk it reads.
function runClosing(args: string[], closed: 'stdout' | 'stderr', when: 'at once' | 'after the first chunk'): Promise<Ended> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { PATH: process.env.PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
  const reader = child[closed];
  const other = child[closed === 'stdout' ? 'stderr' : 'stdout'];
  let open = '';
  let closedBytes = 0;
  other.setEncoding('utf8').on('data', (text: string) => (open += text));
  if (when === 'at once') reader.destroy();
  else
    reader.once('data', (chunk: Buffer) => {
      closedBytes = chunk.length;
      reader.destroy();
    });
  return new Promise((resolve) => child.once('close', (code, signal) => resolve({ code, signal, open, closedBytes })));
}

describe.skipIf(process.platform === 'win32')('a closed output pipe', () => {
  it.each([
    ['years | head -1', ['years', '--data', DATA], 'stdout'],
    ['validate --report-format json | head -c 10', ['validate', '--data', join(INVALID, 'all-at-once'), '--report-format', 'json'], 'stdout'],
    ['validate 2>&1 >/dev/null | head -1: the problems go to stderr', ['validate', '--data', join(INVALID, 'all-at-once')], 'stderr'],
    ['build 20x0, a usage error on stderr', ['build', '20x0'], 'stderr'],
    ['--help | head -1', ['--help'], 'stdout'],
  ] as const)('%s: closed before the first write, exit 141, nothing on the other stream', async (_what, args, closed) => {
    expect(await runClosing([...args], closed, 'at once')).toEqual({ code: 141, signal: null, open: '', closedBytes: 0 });
  });

  it('schema | head -c 10: a longer output (160 kB) cut after the first bytes, in a real pipe of the shell, exit 141', () => {
    // the child's pipes of spawn() are socket pairs, which hold all 160 kB; a pipe of the shell holds 64 kB at most
    const shell = spawnSync('sh', ['-c', '{ "$0" "$1" schema; echo "exit $?" >&2; } | head -c 10', process.execPath, BIN], { cwd: ROOT, encoding: 'utf8' });
    expect({ stdout: shell.stdout, stderr: shell.stderr }).toEqual({ stdout: '{\n  "$sche', stderr: 'exit 141\n' });
  });

  it('exits as usual when the reader reads everything: years, exit 0', async () => {
    const child = spawn(process.execPath, [BIN, 'years', '--data', DATA], { cwd: ROOT, env: { PATH: process.env.PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    const code = await new Promise((resolve) => child.once('close', resolve));
    expect({ code, stdout }).toEqual({ code: 0, stdout: 'year  bodies  projects\n2010      12         5\n' });
  });
});
