// The registry of kinds: loading finds each kind's records in the place the registry gives, and the view of a year
// holds them in the list it names.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRecordFiles } from '../../src/load/find-files.ts';
import { FOLDERS, KIND_NAMES, KINDS, listOf, SINGLE_FILES } from '../../src/schema/kinds.ts';
import { tempDir } from '../support/data.ts';

describe('the registry of kinds', () => {
  it('gives the places and lists of the kinds of the data', () => {
    expect(KIND_NAMES.slice(0, 4)).toEqual(['office', 'body', 'project', 'country']);
    expect([...SINGLE_FILES]).toEqual([['office.yaml', 'office']]);
    expect([...FOLDERS].slice(0, 3)).toEqual([
      ['bodies', 'body'],
      ['projects', 'project'],
      ['countries', 'country'],
    ]);
    expect(KIND_NAMES.slice(0, 4).map(listOf)).toEqual([undefined, 'bodies', 'projects', 'countries']);
  });

  it.each(KIND_NAMES)('loading finds a record of the kind %s in its place, with its id', (kind) => {
    const dir = tempDir();
    const place: string = KINDS[kind].place;
    const file = place.endsWith('/') ? `${place}sample-record.yaml` : place;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), 'name: x\n');
    if (kind !== 'office') writeFileSync(join(dir, 'office.yaml'), 'name: x\n');
    const { files, diagnostics } = findRecordFiles(dir, (path) => path.slice(dir.length + 1));
    expect(diagnostics).toEqual([]);
    expect(files.filter((f) => f.kind === kind).map(({ file, id }) => ({ file, id }))).toEqual([{ file, id: place.endsWith('/') ? 'sample-record' : kind }]);
  });
});
