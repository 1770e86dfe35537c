// A parsed YAML record file, with what is needed to point at its keys and values.
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Position } from '../diagnostics/diagnostic.ts';
import type { Kind } from '../schema/records.ts';

/** One record file as loaded: its id and kind, its YAML document, and its plain data. */
export interface SourceRecord {
  id: string;
  kind: Kind;
  file: string;
  document: Document.Parsed;
  lineCounter: LineCounter;
  data: unknown;
}

export type Path = readonly (string | number)[];

// Finds the position of the node at a path: the key when `at` is 'key', else the value.
export function locate(record: Pick<SourceRecord, 'document' | 'lineCounter'>, path: Path, at: 'key' | 'value' = 'value'): Position {
  let node: unknown = record.document.contents;
  let offset = rangeStart(node) ?? 0;
  for (const step of path) {
    if (isMap(node)) {
      const pair = keysOf(node).get(String(step));
      if (!pair) break;
      offset = at === 'key' && step === path[path.length - 1] ? rangeStart(pair.key) ?? offset : rangeStart(pair.value) ?? rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else break;
  }
  const { line, col } = record.lineCounter.linePos(offset);
  return { line, column: col };
}

const keyIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

// Indexes a mapping's pairs by key (the first of each), once, so that locating stays linear in large files.
function keysOf(map: YAMLMap): Map<string, Pair> {
  let index = keyIndex.get(map);
  if (!index) {
    index = new Map();
    for (const item of map.items) if (isScalar(item.key) && !index.has(String(item.key.value))) index.set(String(item.key.value), item);
    keyIndex.set(map, index);
  }
  return index;
}

// Returns where a YAML node starts, if it has a range.
function rangeStart(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}
