// A parsed YAML record file, with what is needed to point at its keys and values.
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Position } from '../diagnostics/diagnostic.ts';
import type { Kind } from '../schema/kinds.ts';
import { message } from '../i18n/message.ts';
import type { Text } from '../i18n/params.ts';

/** A record file's YAML document, with what turns offsets into lines and columns. */
export interface YamlTree {
  document: Document.Parsed;
  lineCounter: LineCounter;
}

/** One record file as loaded: its id and kind, its plain data, and its YAML tree to point at keys and values. */
export interface SourceRecord {
  id: string;
  kind: Kind;
  file: string;
  data: unknown;
  /** The YAML tree of the file, parsed again from its text the first time it is asked for. */
  tree(): YamlTree;
}

export type Path = readonly (string | number)[];

// Writes a path as data (sources.json, the preview's sources): participations[0].role.
export function pathText(path: Path): string {
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i ? `.${step}` : step)).join('');
}

// Reads a path written by pathText back: "participations[0].role" is ["participations", 0, "role"].
export function pathOfText(text: string): Path {
  return [...text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])));
}

// Writes a path for a message, a list's items counted as the analyst counts them, from 1: "participations › item 1 ›
// role" (in Polish "participations › 1. wpis › role").
export function pathInMessage(path: Path): Text {
  const parts: Text[] = [];
  path.forEach((step, i) => {
    if (i > 0) parts.push(typeof step === 'string' && typeof path[i - 1] === 'string' ? '.' : ' › ');
    parts.push(typeof step === 'number' ? message('path.item', { position: step + 1 }) : step);
  });
  return parts;
}

// Finds the position of the node at a path: the key when `at` is 'key', else the value.
export function locate(record: Pick<SourceRecord, 'tree'>, path: Path, at: 'key' | 'value' = 'value'): Position {
  const { document, lineCounter } = record.tree();
  let node: unknown = document.contents;
  let offset = rangeStart(node) ?? 0;
  for (const step of path) {
    if (isMap(node)) {
      const pair = keysOf(node).get(String(step));
      if (!pair) break;
      offset = at === 'key' && step === path[path.length - 1] ? (rangeStart(pair.key) ?? offset) : (rangeStart(pair.value) ?? rangeStart(pair.key) ?? offset);
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else break;
  }
  const { line, col } = lineCounter.linePos(offset);
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
