// Pointing at a key or a value of a parsed record, by path.
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { locate, positionsOf, type Path } from '../../src/load/source.ts';

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

// A record of a text as the loader keeps it: where its nodes start, the YAML tree let go.
function recordOf(text: string) {
  const lineCounter = new LineCounter();
  const positions = positionsOf({ document: parseDocument(text, { lineCounter, uniqueKeys: false }), lineCounter });
  return { positions: () => positions };
}

const record = recordOf(TEXT);

/** Keys without values, a key written twice, an alias, and pairs inside a flow list. */
const ODD = [
  'empty:', //                                  1
  'name: first', //                             2
  'name: second', //                            3
  'base: &b {nom: Rada}', //                    4
  'copy: *b', //                                5
  'pairs: [a: 1, b: 2]', //                     6
  '',
].join('\n');

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

  it.each([
    ['a key without a value: the empty value after it', ['empty'], 'value', '1:7'],
    ['a key written twice: the first', ['name'], 'value', '2:7'],
    ['an alias, whose fields are not its own: the alias', ['copy', 'nom'], 'value', '5:7'],
    ['a field the anchor holds', ['base', 'nom'], 'value', '4:16'],
    ['a pair inside a flow list, a mapping of its own: its value', ['pairs', 1, 'b'], 'value', '6:18'],
  ] as [string, Path, 'key' | 'value', string][])('%s', (_what, path, at, expected) => {
    const { line, column } = locate(recordOf(ODD), path, at);
    expect(`${line}:${column}`).toBe(expected);
  });
});
