// Property tests: valid records, mutated at random (keys dropped, types swapped, text truncated, characters and bytes
// injected), must give diagnostics only. Whatever the input: exit 0 or 1 (never 2), no stack trace, no internal error,
// every diagnostic inside its file, and nothing written when the exit is 1.
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import { copyFolder, DATA, tempDir } from '../support/data.ts';
import { runMain, type JsonDiagnostic } from '../validate/run.ts';

/** Runs of each property: 50 take a few seconds; FUZZ_RUNS=1000 searches longer. */
const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 50) };

const FILES = (readdirSync(DATA, { recursive: true }) as string[]).filter((f) => f.endsWith('.yaml')).sort();

// Copies the data, lets `mutate` change one file's bytes, builds 2010 as Markdown, and checks what came out.
async function buildMutated(file: string, mutate: (bytes: Buffer) => Buffer | string): Promise<void> {
  const work = tempDir();
  const data = join(work, 'data');
  const out = join(work, 'out');
  copyFolder(DATA, data);
  writeFileSync(join(data, file), mutate(readFileSync(join(data, file))));
  const run = await runMain(['build', '2010', '--data', 'data', '--out', 'out', '--format', 'md', '-q', '--report-format', 'json'], work);
  expect([0, 1]).toContain(run.exit);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toContain('internal error');
  const diagnostics = JSON.parse(run.stdout) as JsonDiagnostic[];
  for (const d of diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    const path = join(work, d.file);
    if (existsSync(path) && statSync(path).isFile()) expect(d.line).toBeLessThanOrEqual(readFileSync(path).toString('latin1').split('\n').length);
  }
  if (run.exit === 1) {
    expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(existsSync(out)).toBe(false);
  } else expect(readdirSync(out)).toEqual(['wspolpraca-miedzynarodowa-2010.md']);
}

// Lists the path of every value in a YAML document.
function valuePaths(node: unknown, path: (string | number)[] = []): (string | number)[][] {
  const here = path.length ? [path] : [];
  if (isMap(node)) return [...here, ...node.items.flatMap((pair) => valuePaths(pair.value, [...path, String((pair.key as { value?: unknown }).value)]))];
  if (isSeq(node)) return [...here, ...node.items.flatMap((item, i) => valuePaths(item, [...path, i]))];
  return here;
}

// Values of every type, the plausible ones (a year, an id, a role) weighted up.
const value = fc.oneof(
  {
    arbitrary: fc.constantFrom(2009, 15, 1.5, -1, true, null, [], {}, '', 'x', '2010', '2010-13', '2010-02-30', 'enaro', 'norway', 'member', '__proto__'),
    weight: 3,
  },
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 12 }),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);
const key = fc.oneof(
  fc.string({ minLength: 1, maxLength: 8 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'nom', 'gen', 'from', 'to', 'parent', 'acronim', 'subgroup'),
);

describe('mutated records give diagnostics, never a crash', () => {
  it('survives keys dropped, renamed, values swapped for other types, and every value of a file retyped', async () => {
    const edit = fc.record({ file: fc.constantFrom(...FILES), pick: fc.nat(), op: fc.constantFrom('drop', 'swap', 'rename', 'retype', 'retype'), value, key });
    await fc.assert(
      fc.asyncProperty(edit, async ({ file, pick, op, value, key }) => {
        await buildMutated(file, (bytes) => {
          const doc = parseDocument(bytes.toString('utf8'));
          const paths = valuePaths(doc.contents as Node);
          const path = paths[pick % paths.length]!;
          if (op === 'retype')
            for (const leaf of paths.filter((p) => !paths.some((q) => q.length > p.length && p.every((s, i) => q[i] === s)))) doc.setIn(leaf, value);
          else if (op === 'swap') doc.setIn(path, value);
          else {
            const old = doc.getIn(path, true);
            doc.deleteIn(path);
            if (op === 'rename' && typeof path[path.length - 1] === 'string') doc.setIn([...path.slice(0, -1), key], old);
          }
          return doc.toString();
        });
      }),
      RUNS,
    );
  });

  it('survives text truncated and characters or raw bytes injected', async () => {
    const injected = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(
        '\t',
        ': ',
        '- ',
        '"',
        "'",
        '&a ',
        '*a',
        '[',
        ']',
        '{',
        '}',
        '#',
        '\u0000',
        '\uFEFF',
        '\r',
        '\n  ',
        '---\n',
        '? ',
        '!foo ',
        '!!binary ',
        '%YAML 1.2\n',
        '__proto__: 1\n',
        'l\u0335',
        'ł',
        '\u200b',
        '|',
        '>',
        '@',
      ),
    );
    const edit = fc.record({
      file: fc.constantFrom(...FILES),
      at: fc.nat(),
      op: fc.constantFrom('truncate', 'inject', 'bytes'),
      text: injected,
      bytes: fc.uint8Array({ minLength: 1, maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(edit, async ({ file, at, op, text, bytes }) => {
        await buildMutated(file, (old) => {
          const cut = at % (old.length + 1);
          if (op === 'truncate') return old.subarray(0, cut);
          return Buffer.concat([old.subarray(0, cut), op === 'bytes' ? Buffer.from(bytes) : Buffer.from(text), old.subarray(cut)]);
        });
      }),
      RUNS,
    );
  });
});

describe('what validate accepts builds', () => {
  it('builds every year of mutated data that validate accepted (build --all exit 0), over many years', async () => {
    // the records as history from 1992 on, kept current to 2012: every year renders
    const history = join(tempDir(), 'data');
    copyFolder(DATA, history);
    writeFileSync(
      join(history, 'office.yaml'),
      readFileSync(join(history, 'office.yaml'), 'utf8')
        .replace('asOf: "2010"', 'asOf: "2012"')
        .replace(/^firstReportYear: .*\n/m, ''),
    );
    const edit = fc.record({ file: fc.constantFrom(...FILES), pick: fc.nat(), value, op: fc.constantFrom('swap', 'drop') });
    await fc.assert(
      fc.asyncProperty(edit, async ({ file, pick, value, op }) => {
        const work = tempDir();
        const data = join(work, 'data');
        cpSync(history, data, { recursive: true });
        const doc = parseDocument(readFileSync(join(data, file), 'utf8'));
        const path = valuePaths(doc.contents as Node)[pick % valuePaths(doc.contents as Node).length]!;
        if (op === 'swap') doc.setIn(path, value);
        else doc.deleteIn(path);
        writeFileSync(join(data, file), doc.toString());
        const validated = await runMain(['validate', '--data', 'data', '--format', 'json'], work);
        expect([0, 1]).toContain(validated.exit);
        if (validated.exit !== 0) return;
        const built = await runMain(['build', '--all', '--data', 'data', '--out', 'out', '--format', 'md', '-q'], work);
        // warnings (a field no sentence tells any more, say) may be printed; no error
        expect(built.exit).toBe(0);
        expect(built.stderr).not.toMatch(/ - error /);
      }),
      { numRuns: Math.ceil(RUNS.numRuns / 2) },
    );
  });
});
