// The fast reader of plain files (src/load/plain-read.ts) gives the data the yaml library gives, or leaves the file
// to it: over a table of texts, every YAML file in the repository, and generated files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument, stringify } from 'yaml';
import { readPlain, readPlainAll } from '../../src/load/plain-read.ts';
import { checkShape } from '../../src/load/yaml-shape.ts';
import { ROOT } from '../support/data.ts';

/** Runs of each property: FUZZ_RUNS=5000 searches longer. */
const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 300) };

// Reads a text as the yaml library does in src/load/parse-file.ts: its data, or undefined when it has any problem.
function yamlData(text: string): unknown {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true });
  if (document.errors.length || document.warnings.length || checkShape(document, lineCounter, 'x.yaml').length) return undefined;
  return document.toJS();
}

// Checks the one promise: what the fast reader reads, the yaml library reads the same, without a problem. Returns
// whether the fast reader read it (a property whose files all go to the yaml library would prove nothing).
function agrees(text: string): boolean {
  const plain = readPlain(text);
  if (plain !== undefined) expect(plain).toEqual(yamlData(text));
  return plain !== undefined;
}

describe('readPlain', () => {
  it.each([
    ['a record', 'name:\n  nom: Norwegia\n  gen: Norwegii\n  gender: f\n', { name: { nom: 'Norwegia', gen: 'Norwegii', gender: 'f' } }],
    ['lists, block and flow', 'a:\n  - x\n  - y\nb: [c, d]\n', { a: ['x', 'y'], b: ['c', 'd'] }],
    [
      'core-schema scalars',
      'a: 12\nb: "12"\nc: true\nd: ~\ne: 1.5\nf: 0x1F\ng: 0o17\nh: 1_000\ni: yes\n',
      { a: 12, b: '12', c: true, d: null, e: 1.5, f: 31, g: 15, h: '1_000', i: 'yes' },
    ],
    ['comments, CRLF and a folded scalar', 'a: x # note\r\nb: >\r\n  one\r\n  two\r\n', { a: 'x', b: 'one two\n' }],
    ['Polish letters, quoted and plain', 'nom: "Łódź"\nacc: żółć\n', { nom: 'Łódź', acc: 'żółć' }],
  ])('reads %s', (_what, text, data) => {
    expect(readPlain(text)).toEqual(data);
    expect(yamlData(text)).toEqual(data);
  });

  it.each([
    ['a tab', 'name:\n\tnom: a\n'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a key written twice', 'a: 1\na: 2\n'],
    ['a number as a key', '1: a\n'],
    ['null as a key', '~: a\nnull: b\n'],
    ['a list as a key', '[a]: b\n'],
    ['a complex key', '? a\n: b\n'],
    ['__proto__', '__proto__: a\n'],
    ['a list at the top', '- a\n'],
    ['a single value', 'a\n'],
    ['nothing', '# only a comment\n'],
    ['broken syntax', 'a: "x\n'],
    ['a control character', 'a: x\u0007\n'],
    ['a byte order mark', '\ufeffa: 1\n'],
    ['a carriage return alone, which the two libraries read differently', 'a: 1\rb: 2\n'],
  ])('leaves %s to the yaml library', (_what, text) => {
    expect(readPlain(text)).toBeUndefined();
  });

  it('reads every YAML file in the repository as the yaml library does', () => {
    const folders = ['data', 'starter', join('test', 'fixtures')];
    const files = folders.flatMap((folder) =>
      (readdirSync(join(ROOT, folder), { recursive: true }) as string[])
        .map((f) => join(ROOT, folder, f))
        .filter((f) => /\.ya?ml$/.test(f) && statSync(f).isFile()),
    );
    expect(files.length).toBeGreaterThan(100);
    let read = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      agrees(text);
      if (readPlain(text) !== undefined) read++;
    }
    // most are plain: the fast reader is the common case
    expect(read).toBeGreaterThan(files.length / 2);
  });

  // Values of the shapes records have, with strings that look like other things.
  const scalar = fc.oneof(
    fc.constantFrom(
      '2010',
      '2010-12',
      'true',
      'null',
      '~',
      '1_000',
      '0x1F',
      '0o7',
      '.5',
      '1e3',
      '-',
      ': a',
      '# b',
      '"',
      "'",
      'a\nb',
      ' lead',
      'trail ',
      '[x]',
      '{y}',
      'Łódź',
      'a, b',
      '%',
      '@x',
    ),
    fc.string({ maxLength: 10 }),
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.boolean(),
    fc.constant(null),
  );
  const key = fc.oneof(
    { arbitrary: fc.constantFrom('name', 'nom', 'from', 'to', 'who', 'role', 'a-b', 'x_y', 'Rok2'), weight: 6 },
    fc.string({ minLength: 1, maxLength: 6 }),
  );
  const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
  })).node;
  const record = fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 });
  const style = fc.record({ flow: fc.boolean(), quote: fc.boolean(), indent: fc.integer({ min: 1, max: 4 }), width: fc.integer({ min: 20, max: 80 }) });

  it('reads generated files as the yaml library does', () => {
    let read = 0;
    fc.assert(
      fc.property(record, style, (data, { flow, quote, indent, width }) => {
        if (agrees(stringify(data, { collectionStyle: flow ? 'flow' : 'any', defaultStringType: quote ? 'QUOTE_DOUBLE' : 'PLAIN', indent, lineWidth: width })))
          read++;
      }),
      RUNS,
    );
    expect(read).toBeGreaterThan(RUNS.numRuns / 5);
  });

  it('reads generated files with a character inserted, deleted or replaced as the yaml library does', () => {
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.integer({ min: 0, max: 2 }),
      insert: fc.constantFrom('', ' ', '  ', '\n', ':', '- ', '"', "'", '#', '[', ']', '{', '}', ',', '|', '>', 'x', '\r\n', '\\'),
    });
    let read = 0;
    fc.assert(
      fc.property(record, fc.array(edit, { minLength: 1, maxLength: 3 }), (data, edits) => {
        let text = stringify(data);
        for (const { at, remove, insert } of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + remove);
        }
        if (agrees(text)) read++;
      }),
      RUNS,
    );
    expect(read).toBeGreaterThan(RUNS.numRuns / 25);
  });

  it('reads the files of a folder together as it reads each alone', () => {
    const texts = [...(readdirSync(join(ROOT, 'data'), { recursive: true }) as string[])]
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => readFileSync(join(ROOT, 'data', f), 'utf8'));
    expect(readPlainAll(texts)).toEqual(texts.map(readPlain));
    expect(readPlainAll(texts).every((data) => data !== undefined)).toBe(true);
  });

  it.each([
    ['one file js-yaml refuses among plain ones', ['a: 1\n', 'b: "x\n', 'c: 3\n']],
    ['a file that is not a mapping', ['a: 1\n', '- x\n', 'c: 3\n']],
    ['an unclosed list before the next file', ['a: [1,\n', 'b: 2\n']],
    ['an unclosed quote before the next file', ["a: 'x\n", 'b: 2\n']],
    ['a file without its last line end, and an empty one', ['a: 1', '', '# only a comment', 'b: 2']],
    ['files that are not read at all', [undefined, 'a: 1\n', undefined]],
  ])('reads together as alone with %s', (_what, texts) => {
    expect(readPlainAll(texts)).toEqual(texts.map((t) => (t === undefined ? undefined : readPlain(t))));
  });

  it('reads generated folders together as it reads each file alone', () => {
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.integer({ min: 0, max: 2 }),
      insert: fc.constantFrom('', ' ', '\n', ':', '- ', '"', "'", '[', ']', '{', '}', ',', '|', '>', '\\'),
    });
    const text = fc.tuple(record, fc.option(edit, { nil: undefined })).map(([data, e]) => {
      const t = stringify(data);
      if (!e) return t;
      const i = e.at % (t.length + 1);
      return t.slice(0, i) + e.insert + t.slice(i + e.remove);
    });
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 6 }), (texts) => {
        expect(readPlainAll(texts)).toEqual(texts.map(readPlain));
      }),
      RUNS,
    );
  });
});
