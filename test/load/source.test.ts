// Pointing at a key or a value of a parsed record, by path.
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { locate, type Path } from '../../src/load/source.ts';

const TEXT = [
  'name:', //                                   1
  '  nom: Europejska Sieć', //                  2
  'members:', //                                3
  '  countries: [switzerland, norway]', //      4
  'participations:', //                         5
  '  - from: "2010"', //                        6
  '    who: office', //                         7
  '  - who: head', //                           8
  '',
].join('\n');

const lineCounter = new LineCounter();
const tree = { document: parseDocument(TEXT, { lineCounter }), lineCounter };
const record = { tree: () => tree };

describe('locate', () => {
  it.each([
    ['the value of a top-level key', ['name'], 'value', '2:3'],
    ['the key itself', ['name'], 'key', '1:1'],
    ['a nested value', ['name', 'nom'], 'value', '2:8'],
    ['a nested key', ['name', 'nom'], 'key', '2:3'],
    ['an item of a flow list', ['members', 'countries', 1], 'value', '4:28'],
    ['a field of a list item', ['participations', 0, 'who'], 'value', '7:10'],
    ['a key in the second list item', ['participations', 1, 'who'], 'key', '8:5'],
    ['a list item itself', ['participations', 1], 'value', '8:5'],
    ['a missing key: the nearest thing that exists', ['participations', 1, 'from'], 'value', '8:5'],
    ['an index past the end: the list', ['participations', 5], 'value', '6:3'],
    ['the whole record', [], 'value', '1:1'],
  ] as [string, Path, 'key' | 'value', string][])('%s', (_what, path, at, expected) => {
    const { line, column } = locate(record, path, at);
    expect(`${line}:${column}`).toBe(expected);
  });
});
