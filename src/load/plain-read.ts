// Reads a plain record file with js-yaml, which reads small files several times faster than the yaml library from a
// cold start. "Plain": no tabs, anchors, aliases, tags, directives, second documents, complex keys, lone carriage
// returns or control characters, every key a name written once. On such files both libraries give the same data (the YAML 1.2 core
// schema; test/load/plain-read.test.ts holds them to it). Any other file, and any file js-yaml refuses, is read by
// the yaml library (./parse-file.ts), which finds and locates every problem; it also gives the positions that
// messages about a plain file point at, when there is a message to write.
import { CORE_SCHEMA, defineMappingTag, load, loadAll } from 'js-yaml';

/** What a plain file never holds: tab, & (anchor), * (alias), ! (tag), ? (complex key), control characters. */
const NOT_PLAIN_CHARACTER = /[\t&*!?\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;

/** Nor a line starting with % (directive), --- or ... (document markers), nor a carriage return without a line feed. */
const NOT_PLAIN_LINE = /^(?:%|---|\.\.\.)|\r(?!\n)/m;

/** A key the records use: a name of letters, digits, hyphens and underscores. */
const NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Mappings whose keys are names, each once: anything else makes js-yaml give up on the file. */
const nameMap = defineMappingTag<Record<string, unknown>>('tag:yaml.org,2002:map', {
  create: () => ({}),
  addPair: (map, key, value) => {
    if (typeof key !== 'string' || !NAME.test(key)) return 'a key that is not a name';
    if (Object.hasOwn(map, key)) return 'a key written twice';
    map[key] = value;
    return '';
  },
  has: (map, key) => typeof key === 'string' && Object.hasOwn(map, key),
  keys: (map) => Object.keys(map),
  get: (map, key) => (typeof key === 'string' && Object.hasOwn(map, key) ? map[key] : null),
  identify: () => false,
});

const SCHEMA = CORE_SCHEMA.withTags(nameMap);

// Returns the data of a plain file whose top is a mapping, or undefined for the yaml library to read it.
export function readPlain(text: string): Record<string, unknown> | undefined {
  if (!isPlain(text)) return undefined;
  try {
    return mapping(load(text, { schema: SCHEMA }));
  } catch {
    return undefined;
  }
}

// Reads many files' texts as readPlain does each (undefined for a file not read): the plain ones as one stream of
// documents, which js-yaml reads in two thirds of the time it takes for them one by one; if the stream fails (a
// file js-yaml refuses), file by file. Plain texts hold no "---" or "...", so each is one document of the stream.
export function readPlainAll(texts: readonly (string | undefined)[]): (Record<string, unknown> | undefined)[] {
  const plain = texts.flatMap((text, i) => (text !== undefined && isPlain(text) ? [i] : []));
  const read: (Record<string, unknown> | undefined)[] = texts.map(() => undefined);
  if (plain.length > 1) {
    try {
      const documents = loadAll(plain.map((i) => `---\n${texts[i]!}${texts[i]!.endsWith('\n') ? '' : '\n'}`).join(''), { schema: SCHEMA });
      if (documents.length === plain.length) {
        plain.forEach((i, k) => (read[i] = mapping(documents[k])));
        return read;
      }
    } catch {
      // read each below
    }
  }
  for (const i of plain) read[i] = readPlain(texts[i]!);
  return read;
}

// Tells whether a text is plain: none of the characters and lines above.
function isPlain(text: string): boolean {
  return !NOT_PLAIN_CHARACTER.test(text) && !NOT_PLAIN_LINE.test(text);
}

// Returns the data when it is a mapping, else undefined.
function mapping(data: unknown): Record<string, unknown> | undefined {
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}
