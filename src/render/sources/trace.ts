// Traces which fields of which records the templates read while each block of the section is told.
import type { Path } from '../../load/index.ts';
import type { ReadHook } from '../escape.ts';

/** Where an object lies: the record it belongs to and its path inside that record. */
interface Place {
  record: object;
  path: Path;
}

/** Where each object of the model lies, and the records from which every record they lead to has been placed (a walk
 * need not go through them again), found once for every rendering of the same records: a record's own objects lie at
 * the same paths whatever the year, so the years after the first place only what is new to them. Before, each year
 * placed every object reachable from its section again: at 50,000 records, the whole data set once a year. The
 * renderings share them when they share the Office's object, which tells the Office from the other records; a data set
 * loaded again (the preview, at each save) has objects of its own. */
const PLACED = new WeakMap<object, { places: WeakMap<object, Place>; walked: WeakSet<object> }>();

/** What was read while one block was told: each record, with the paths of the fields read, in the order first read. */
export type BlockReads = Map<object, Path[]>;

/** A tracer: the hook to give the view, a way to count the reads of a block, and what each block read. */
export interface Tracer {
  hook: ReadHook;
  /** Places every record reachable from a value before anything is read: a date the model passed on ("Do czerwca
   * 2010 r.", a group's end) is then traced to the record it belongs to even when it is read before the record. */
  placeRecordsIn(value: object): void;
  within<T>(block: number, tell: () => T): T;
  reads: BlockReads[];
}

// Makes a tracer; `isRecord` tells the model's records (bodies, projects, countries, the Office) from other objects,
// `office` is the Office's object, which it tells by.
export function makeTracer(isRecord: (value: object) => boolean, office: object): Tracer {
  let placed = PLACED.get(office);
  if (!placed) PLACED.set(office, (placed = { places: new WeakMap(), walked: new WeakSet() }));
  const { places, walked } = placed;
  const reads: BlockReads[] = [];
  let current: BlockReads | undefined;
  // records: each object inside a record, down to the next record, is placed once, when the record is first met
  const placeOf = (value: object): Place | undefined => {
    if (!isRecord(value)) return places.get(value);
    if (!places.has(value)) placeInside(value, { record: value, path: [] }, places, isRecord);
    return places.get(value);
  };
  const hook: ReadHook = (target) => (key, value) => {
    if (!current || !Object.hasOwn(target, key) || (Array.isArray(target) && key === 'length')) return;
    const place = placeOf(target);
    if (!place) return;
    if (value !== null && typeof value === 'object') placeOf(value);
    const path = [...place.path, Array.isArray(target) ? Number(key) : key];
    const paths = current.get(place.record) ?? [];
    if (!paths.some((known) => same(known, path))) paths.push(path);
    current.set(place.record, paths);
  };
  const within = <T>(block: number, tell: () => T): T => {
    const outer = current;
    current = reads[block] ??= new Map();
    try {
      return tell();
    } finally {
      current = outer;
    }
  };
  const placeRecordsIn = (root: object) => {
    const seen = new Set<object>();
    const stack = [root];
    while (stack.length) {
      const value = stack.pop()!;
      if (seen.has(value)) continue;
      seen.add(value);
      if (isRecord(value)) {
        // an earlier walk went through it, and placed everything it leads to
        if (walked.has(value)) continue;
        walked.add(value);
        placeOf(value);
      }
      for (const child of Object.values(value)) if (child !== null && typeof child === 'object') stack.push(child);
    }
  };
  return { hook, placeRecordsIn, within, reads };
}

// Places a record's own objects (names, participations, members…) under it, stopping at other records.
function placeInside(value: object, place: Place, places: WeakMap<object, Place>, isRecord: (value: object) => boolean): void {
  places.set(value, place);
  for (const [key, child] of Object.entries(value)) {
    if (child === null || typeof child !== 'object' || places.has(child) || isRecord(child)) continue;
    placeInside(child, { record: place.record, path: [...place.path, Array.isArray(value) ? Number(key) : key] }, places, isRecord);
  }
}

// Tells whether two paths are the same.
function same(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((step, i) => step === b[i]);
}

// Keeps the deepest paths only: "name.gen" says more than "name", which was read on the way to it.
export function leafPaths(paths: Path[]): Path[] {
  return paths.filter((path) => !paths.some((other) => other.length > path.length && path.every((step, i) => step === other[i])));
}
