// The data folder as a boundary: a link is followed only inside it, only regular files are read, the size limit holds
// whatever a file says of its size, and a message quotes only an excerpt of a value. Each case is a scratch copy of
// the data with one change, validated with --format json: exit code and every diagnostic exactly.
import { mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBounded } from '../../src/load/bounded-read.ts';
import { utf16 } from '../../src/load/read-file.ts';
import { copyData, tempDir } from '../support/data.ts';
import { runBin, runMain, type JsonDiagnostic } from '../validate/run.ts';

const OUTSIDE_FILE = (target: string) =>
  `This file is a link to "${target}", which lies outside the data folder; coop-report reads only what lies inside it. Copy the file into the data folder instead of linking to it.`;

const UTF16 = (order: string) =>
  `This file is saved in UTF-16 (${order}), but record files are UTF-8. Save the file as UTF-8 (in Notepad: "Save as", Encoding: UTF-8).`;

const BINARY =
  'The tag "!!binary" makes this value binary data, which no field of a record takes: record files use no YAML tags. Remove the tag and write the value as text, a number, a list or a mapping.';

interface Case {
  name: string;
  /** Changes the scratch data folder (its path given). */
  make: (data: string) => void;
  exit: number;
  /** Every diagnostic: "file:line:column code: message", files as printed from the folder above the data. */
  expect: string[];
}

const CASES: Case[] = [
  {
    name: 'a record file linked to /proc/self/environ: refused at the link, nothing of the environment quoted',
    make: (data) => symlinkSync('/proc/self/environ', join(data, 'bodies', 'x.yaml')),
    exit: 1,
    expect: [`data/bodies/x.yaml:0:0 outside-data: ${OUTSIDE_FILE('/proc/self/environ')}`],
  },
  {
    name: 'a record file linked to /proc/self/pagemap (stat says 0 bytes): refused at the link, unread',
    make: (data) => symlinkSync('/proc/self/pagemap', join(data, 'countries', 'pagemap.yaml')),
    exit: 1,
    expect: [`data/countries/pagemap.yaml:0:0 outside-data: ${OUTSIDE_FILE('/proc/self/pagemap')}`],
  },
  {
    name: 'a record file linked to a file beside the data folder',
    make: (data) => {
      renameSync(join(data, 'bodies', 'coa.yaml'), join(data, '..', 'coa.yaml'));
      symlinkSync('../../coa.yaml', join(data, 'bodies', 'coa.yaml'));
    },
    exit: 1,
    expect: [`data/bodies/coa.yaml:0:0 outside-data: ${OUTSIDE_FILE('../../coa.yaml')}`],
  },
  {
    name: 'office.yaml linked outside: refused, and not also called missing',
    make: (data) => {
      renameSync(join(data, 'office.yaml'), join(data, '..', 'office.yaml'));
      symlinkSync('../office.yaml', join(data, 'office.yaml'));
    },
    exit: 1,
    expect: [`data/office.yaml:0:0 outside-data: ${OUTSIDE_FILE('../office.yaml')}`],
  },
  {
    name: 'a record folder linked outside: refused at the folder, its files unread',
    make: (data) => {
      renameSync(join(data, 'countries'), join(data, '..', 'countries'));
      symlinkSync('../countries', join(data, 'countries'));
    },
    exit: 1,
    expect: [
      'data/countries:0:0 outside-data: This folder is a link to "../countries", which lies outside the data folder; coop-report reads only what lies inside it. Copy the folder into the data folder instead of linking to it.',
    ],
  },
  {
    name: 'a link that stays inside the data folder is followed',
    make: (data) => {
      mkdirSync(join(data, 'shared'));
      renameSync(join(data, 'bodies', 'coa.yaml'), join(data, 'shared', 'coa.yaml'));
      symlinkSync('../shared/coa.yaml', join(data, 'bodies', 'coa.yaml'));
    },
    exit: 0,
    expect: [],
  },
  {
    name: 'a pipe: refused before it is opened for a read that would block',
    make: (data) => execFileSync('mkfifo', [join(data, 'bodies', 'pipe.yaml')]),
    exit: 1,
    expect: ['data/bodies/pipe.yaml:1:1 unreadable-file: Cannot read this record file: it is not a regular file (a device, pipe or socket).'],
  },
  {
    name: 'UTF-16LE without a BOM: named as UTF-16, not as Windows-1250',
    make: (data) => writeFileSync(join(data, 'countries', 'x.yaml'), Buffer.from('name:\n  nom: Łotwa\n  gen: Łotwy\n', 'utf16le')),
    exit: 1,
    expect: [`data/countries/x.yaml:1:1 not-utf8: ${UTF16('UTF-16LE, which Notepad calls "Unicode"')}`],
  },
  {
    name: 'UTF-16BE without a BOM',
    make: (data) => writeFileSync(join(data, 'countries', 'x.yaml'), Buffer.from('name:\n  nom: Łotwa\n', 'utf16le').swap16()),
    exit: 1,
    expect: [`data/countries/x.yaml:1:1 not-utf8: ${UTF16('UTF-16BE')}`],
  },
  {
    name: 'UTF-16LE with a BOM',
    make: (data) => writeFileSync(join(data, 'countries', 'x.yaml'), Buffer.from('\uFEFFname: x\n', 'utf16le')),
    exit: 1,
    expect: [`data/countries/x.yaml:1:1 not-utf8: ${UTF16('UTF-16LE, which Notepad calls "Unicode"')}`],
  },
  {
    name: 'a !!binary value at the top: at its tag, not "a mapping", not "the single value"',
    make: (data) => writeFileSync(join(data, 'countries', 'x.yaml'), '# binary\n!!binary aGVsbG8=\n'),
    exit: 1,
    expect: [`data/countries/x.yaml:2:1 yaml-syntax: ${BINARY}`],
  },
  {
    name: 'a !!binary value in a field: at its tag, once (not a field for each method of a Buffer)',
    make: (data) => writeFileSync(join(data, 'countries', 'x.yaml'), 'name: !!binary aGVsbG8=\n'),
    exit: 1,
    expect: [`data/countries/x.yaml:1:7 yaml-syntax: ${BINARY}`],
  },
  {
    name: 'a !!timestamp in a list',
    make: (data) => writeFileSync(join(data, 'countries', 'x.yaml'), 'name:\n  nom: [!!timestamp 2010-01-01]\n'),
    exit: 1,
    expect: [
      'data/countries/x.yaml:2:9 yaml-syntax: The tag "!!timestamp" makes this value a date and time, which no field of a record takes: record files use no YAML tags. Remove the tag and write the value as text, a number, a list or a mapping.',
    ],
  },
  {
    name: 'a long single value: quoted as an excerpt of 80 characters, the cut marked',
    make: (data) => writeFileSync(join(data, 'countries', 'x.yaml'), `${'ż'.repeat(5000)}\n`),
    exit: 1,
    expect: [
      `data/countries/x.yaml:1:1 not-a-mapping: A record file must hold a mapping of fields (key: value), but this one holds the single value "${'ż'.repeat(79)}…".`,
    ],
  },
  {
    name: 'an unknown tag of 3,000 characters: quoted as an excerpt',
    make: (data) => writeFileSync(join(data, 'countries', 'x.yaml'), `name: !${'a'.repeat(3000)} x\n`),
    exit: 1,
    expect: [
      `data/countries/x.yaml:1:7 yaml-syntax: The tag "!${'a'.repeat(78)}…" is not one of YAML's, and record files use no YAML tags. Remove the tag before the value; if "!" belongs to the text, put the value in quotes.`,
    ],
  },
];

describe('the data folder as a boundary', () => {
  it.each(CASES)('$name', async ({ make, exit, expect: expected }) => {
    const data = copyData();
    make(data);
    const run = await runMain(['validate', '--data', data, '--format', 'json'], join(data, '..'));
    const found = (JSON.parse(run.stdout) as JsonDiagnostic[]).map((d) => `${d.file}:${d.line}:${d.column} ${d.code}: ${d.message}`);
    expect(found).toEqual(expected);
    expect(run.exit).toBe(exit);
  });

  it('prints no environment through the bin, in the github format', () => {
    const data = copyData();
    symlinkSync('/proc/self/environ', join(data, 'bodies', 'x.yaml'));
    const run = runBin(['validate', '--data', 'data', '--report-format', 'github'], join(data, '..'));
    expect(run.stdout).toBe(`::error file=data/bodies/x.yaml,title=outside-data::${OUTSIDE_FILE('/proc/self/environ')}\n`);
    expect(run.stderr).toBe('');
    expect(run.exit).toBe(1);
  });

  it('builds nothing when a link leads outside', async () => {
    const data = copyData();
    symlinkSync('/proc/self/environ', join(data, 'bodies', 'x.yaml'));
    const out = join(tempDir(), 'out');
    const run = await runMain(['build', '2010', '--data', data, '--out', out, '--report-format', 'json'], join(data, '..'));
    expect(run.exit).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject([{ code: 'outside-data', file: 'data/bodies/x.yaml', line: 0, column: 0 }]);
    expect(() => execFileSync('ls', [out])).toThrow();
  });
});

describe('readBounded', () => {
  it('stops reading /proc/self/pagemap (stat: 0 bytes) just past the limit, at once', () => {
    const started = performance.now();
    expect(readBounded('/proc/self/pagemap', 1024 * 1024)).toEqual({ why: 'too-large' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.each([
    ['a file of exactly the limit', 'x'.repeat(16), { bytes: Buffer.from('x'.repeat(16)) }],
    ['one byte more: refused with the size stat gives', 'x'.repeat(17), { why: 'too-large', size: 17 }],
    ['an empty file', '', { bytes: Buffer.alloc(0) }],
  ])('%s', (_what, text, expected) => {
    const path = join(tempDir(), 'f.yaml');
    writeFileSync(path, text);
    expect(readBounded(path, 16)).toEqual(expected);
  });

  it.each([
    ['a folder', (dir: string) => mkdirSync(join(dir, 'f')), { why: 'EISDIR' }],
    ['a pipe', (dir: string) => execFileSync('mkfifo', [join(dir, 'f')]), { why: 'special' }],
    ['a device', (dir: string) => symlinkSync('/dev/zero', join(dir, 'f')), { why: 'special' }],
    ['nothing', () => undefined, { why: 'ENOENT' }],
  ])('refuses %s', (_what, make, expected) => {
    const dir = tempDir();
    make(dir);
    expect(readBounded(join(dir, 'f'), 16)).toEqual(expected);
  });
});

describe('utf16', () => {
  it.each([
    ['UTF-8 text', Buffer.from('name:\n  nom: Łotwa\n'), undefined],
    ['UTF-16LE without a BOM', Buffer.from('name: x\n', 'utf16le'), 'le'],
    ['UTF-16BE without a BOM', Buffer.from('name: x\n', 'utf16le').swap16(), 'be'],
    ['a UTF-16LE BOM', Buffer.from([0xff, 0xfe, 0x41]), 'le'],
    ['a UTF-16BE BOM', Buffer.from([0xfe, 0xff, 0x41]), 'be'],
    ['UTF-8 with one NUL', Buffer.from('name: a\u0000b\n'), undefined],
  ])('%s', (_what, bytes, expected) => {
    expect(utf16(bytes)).toBe(expected);
  });
});
