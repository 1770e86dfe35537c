// A failed build writes nothing: the files of an earlier build stay byte for byte, and no temporary file is left.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { thrown } from '../support/messages.ts';
import { writeAtomically } from '../../src/write/atomic.ts';
import { copyData, editRecord, tempDir } from '../support/data.ts';
import { runMain, type JsonDiagnostic } from './run.ts';

// Reads every file of a folder (recursively, dot files included) as bytes, by relative path.
function snapshot(dir: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) files[join(entry.parentPath, entry.name).slice(dir.length + 1)] = readFileSync(join(entry.parentPath, entry.name));
  return files;
}

describe('a build that fails on the data', () => {
  it('leaves the files of the earlier build byte-identical and no temporary file behind', async () => {
    const data = copyData();
    const out = join(tempDir(), 'out');
    const first = await runMain(['build', '2010', '--data', data, '--out', out, '-q'], tempDir());
    expect(first.exit).toBe(0);
    const before = snapshot(out);
    expect(Object.keys(before).sort()).toEqual(['wspolpraca-miedzynarodowa-2010.docx', 'wspolpraca-miedzynarodowa-2010.md']);
    // a data error, and a change that would alter the text if it were written
    editRecord(data, 'bodies/enaro.yaml', (doc) => {
      doc.setIn(['members', 'euStates'], 22);
      doc.setIn(['participations', 0, 'from'], '2010-13');
    });
    const second = await runMain(['build', '2010', '--data', data, '--out', out, '--report-format', 'json'], tempDir());
    expect(second.exit).toBe(1);
    const diagnostics = JSON.parse(second.stdout) as JsonDiagnostic[];
    expect(diagnostics.map((d) => d.code)).toEqual(['bad-date']);
    expect(snapshot(out)).toEqual(before);
  });

  it('writes nothing at all into an output folder that did not exist', async () => {
    const data = copyData();
    writeFileSync(join(data, 'countries', 'norway.yaml'), 'name:\n\tnom: Norwegia\n');
    const parent = tempDir();
    const run = await runMain(['build', '2010', '--data', data, '--out', join(parent, 'out')], parent);
    expect(run.exit).toBe(1);
    expect(readdirSync(parent)).toEqual([]);
  });
});

describe('writeAtomically', () => {
  it('writes every file whole', () => {
    const dir = tempDir();
    writeAtomically([
      { path: join(dir, 'a.md'), content: 'nowy' },
      { path: join(dir, 'sub', 'b.bin'), content: Uint8Array.of(1, 2, 3) },
    ]);
    expect(snapshot(dir)).toEqual({ 'a.md': Buffer.from('nowy'), [join('sub', 'b.bin')]: Buffer.from([1, 2, 3]) });
  });

  it('keeps the earlier files and removes its temporary files when a write fails midway', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), 'stary');
    // the second file's folder cannot be made: a file stands where it should be
    writeFileSync(join(dir, 'blocked'), 'not a folder');
    const files = [
      { path: join(dir, 'a.md'), content: 'nowy' },
      { path: join(dir, 'blocked', 'b.md'), content: 'nowy' },
    ];
    expect(thrown(() => writeAtomically(files))).toContain('Cannot write here: a file stands where a folder is needed.');
    expect(snapshot(dir)).toEqual({ 'a.md': Buffer.from('stary'), blocked: Buffer.from('not a folder') });
  });

  it('removes its temporary files when a rename fails', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), 'stary');
    // a folder where the second file should go: the temporary file is written, the rename over a folder fails
    mkdirSync(join(dir, 'b.md'));
    expect(
      thrown(() =>
        writeAtomically([
          { path: join(dir, 'b.md'), content: 'nowy' },
          { path: join(dir, 'a.md'), content: 'nowy' },
        ]),
      ),
    ).toContain('Cannot write here: it is a folder, where coop-report writes a file.');
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md']);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('stary');
  });
});
