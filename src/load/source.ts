// A parsed YAML record file, with what is needed to point at its keys and values.
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Position } from '../diagnostics/diagnostic.ts';
import type { Kind } from '../schema/kinds.ts';
import { message } from '../i18n/message.ts';
import type { Text } from '../i18n/params.ts';

/** A record file's YAML document, with what turns offsets into lines and columns. */
export interface YamlTree {
  document: Document.Parsed;
  lineCounter: LineCounter;
}

/** Where a node of a record file starts, and its children: a mapping's pairs by key (the first of each), with where
 * each key starts, or a list's items. What `locate` needs of the YAML tree, kept in place of it: a record's tree is
 * many times larger, and a build that traces its sentences (HTML, --sources) points into every record it names. */
export interface PlacedNode {
  start?: number;
  pairs?: Map<string, { key?: number; value?: PlacedNode }>;
  items?: PlacedNode[];
}

/** Where the nodes of a record file start, with what turns offsets into lines and columns. */
export interface Positions {
  root: PlacedNode;
  lineCounter: LineCounter;
}

/** One record file as loaded: its id and kind, its plain data, and where its keys and values stand. */
export interface SourceRecord {
  id: string;
  kind: Kind;
  file: string;
  data: unknown;
  /** Where the nodes of the file start, found in the text parsed again the first time they are asked for. */
  positions(): Positions;
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
export function locate(record: Pick<SourceRecord, 'positions'>, path: Path, at: 'key' | 'value' = 'value'): Position {
  const { root, lineCounter } = record.positions();
  let node: PlacedNode | undefined = root;
  let offset = root.start ?? 0;
  for (const step of path) {
    if (node?.pairs) {
      const pair = node.pairs.get(String(step));
      if (!pair) break;
      offset = at === 'key' && step === path[path.length - 1] ? (pair.key ?? offset) : (pair.value?.start ?? pair.key ?? offset);
      node = pair.value;
    } else if (node?.items && typeof step === 'number') {
      const item = node.items[step];
      if (item === undefined) break;
      offset = item.start ?? offset;
      node = item;
    } else break;
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

// Keeps where each node of a YAML tree starts, and lets the tree go.
export function positionsOf({ document, lineCounter }: YamlTree): Positions {
  return { root: placed(document.contents), lineCounter };
}

// Places a node and its children: a mapping's pairs by key (the first of each), a list's items.
function placed(node: unknown): PlacedNode {
  const start = rangeStart(node);
  if (isMap(node)) {
    const pairs = new Map<string, { key?: number; value?: PlacedNode }>();
    for (const pair of node.items)
      if (isScalar(pair.key) && !pairs.has(String(pair.key.value)))
        pairs.set(String(pair.key.value), {
          key: rangeStart(pair.key),
          value: pair.value === null || pair.value === undefined ? undefined : placed(pair.value),
        });
    return { start, pairs };
  }
  if (isSeq(node)) return { start, items: node.items.map(placed) };
  return { start };
}

// Returns where a YAML node starts, if it has a range.
function rangeStart(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}
