// Ctrl-C (or SIGTERM, SIGHUP) during `build --format pdf`: soffice runs in a process group of its own, which the
// terminal's Ctrl-C does not reach, so coop-report ends that group, removes its temporary folder, writes nothing, and
// exits with 128 + the signal's number. The real bin runs with a stand-in soffice that starts a helper and waits.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DATA, ROOT, tempDir } from '../support/data.ts';

const BIN = join(ROOT, 'bin', 'coop-report.js');

// Writes a soffice that, like LibreOffice's launcher, starts the real program (a sleep) and waits for it, having noted
// its own process id (its group's, as it leads one) and the folder it was told to write to.
function slowSoffice(work: string): string {
  const path = join(work, 'soffice');
  const script = [
    '#!/bin/sh',
    'while [ $# -gt 1 ]; do [ "$1" = --outdir ] && out=$2; shift; done',
    `printf %s "$out" > '${join(work, 'outdir')}'`,
    'sleep 60 &',
    `echo $$ > '${join(work, 'pid.tmp')}' && mv '${join(work, 'pid.tmp')}' '${join(work, 'pid')}'`,
    'wait',
  ];
  writeFileSync(path, `${script.join('\n')}\n`, { mode: 0o755 });
  return path;
}

// Lists the processes of a process group that are still running (a zombie not yet collected counts as ended).
function groupMembers(group: number): number[] {
  const members: number[] = [];
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      // the fields after the command's name, in parentheses: state, parent, group
      const [state, , pgrp] = readFileSync(`/proc/${name}/stat`, 'utf8')
        .replace(/^.*\) /s, '')
        .split(' ');
      if (Number(pgrp) === group && state !== 'Z') members.push(Number(name));
    } catch {
      // ended while listed
    }
  }
  return members;
}

// Waits until a file exists (at most ten seconds).
async function appears(path: string): Promise<void> {
  for (let wait = 0; wait < 200 && !existsSync(path); wait++) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!existsSync(path)) throw new Error(`${path} did not appear`);
}

describe.skipIf(process.platform !== 'linux')('a signal during build --format pdf', () => {
  it.each([
    ['SIGINT', 'Ctrl-C', 130],
    ['SIGTERM', 'a kill', 143],
    ['SIGHUP', 'the terminal closed', 129],
  ] as const)('%s (%s): LibreOffice ended with its helpers, its folder removed, nothing written, exit %i', async (signal, _what, exit) => {
    const work = tempDir();
    const out = join(work, 'out');
    mkdirSync(out);
    // what a build of last week left: it must stay as it was
    writeFileSync(join(out, 'wspolpraca-miedzynarodowa-2010.md'), 'the section of last week\n');
    const child = spawn(process.execPath, [BIN, 'build', '2010', '--data', DATA, '--out', out, '--format', 'md,docx,pdf', '--soffice', slowSoffice(work)], {
      cwd: work,
      env: { PATH: process.env.PATH },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const closed = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('close', (code, sig) => resolve([code, sig])));
    await appears(join(work, 'pid'));
    const group = Number(readFileSync(join(work, 'pid'), 'utf8'));
    // should coop-report leave the group running, the test ends it rather than leave it behind
    onTestFinished(() => {
      if (groupMembers(group).length) process.kill(-group, 'SIGKILL');
    });
    const folder = readFileSync(join(work, 'outdir'), 'utf8');
    expect(groupMembers(group).length).toBe(2);
    expect(existsSync(join(folder, 'section.docx'))).toBe(true);

    child.kill(signal);
    const [code, ended] = await closed;
    expect({ code, ended, stdout, stderr }).toEqual({
      code: exit,
      ended: null,
      stdout: '',
      stderr: `coop-report: stopped by ${signal} while LibreOffice converted the DOCX to PDF: LibreOffice was ended, and nothing was written.\n`,
    });
    // SIGKILL is delivered at once, but the process table may take a moment to show it
    for (let wait = 0; wait < 20 && groupMembers(group).length; wait++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(groupMembers(group)).toEqual([]);
    expect(existsSync(folder)).toBe(false);
    expect(readdirSync(out)).toEqual(['wspolpraca-miedzynarodowa-2010.md']);
    expect(readFileSync(join(out, 'wspolpraca-miedzynarodowa-2010.md'), 'utf8')).toBe('the section of last week\n');
  });
});
