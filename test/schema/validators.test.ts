// The validators the bundle checks records with (src/schema/validator-source.ts: Ajv's code generated from the JSON
// Schema that zod makes) accept only what zod accepts, and the data they pass is the data zod gives.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlain } from '../../src/load/plain-read.ts';
import { KIND_NAMES, KINDS } from '../../src/schema/kinds.ts';
import { SCHEMAS } from '../../src/schema/records.ts';
import { validatorSource } from '../../src/schema/validator-source.ts';
import type { Validator } from '../../src/schema/validators.ts';
import { DATA, tempDir } from '../support/data.ts';

/** Runs of each property: FUZZ_RUNS=5000 searches longer. */
const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 300) };

/** The generated validators, loaded as the bundle holds them: a CommonJS module of their source text. */
const VALIDATORS = (() => {
  const file = join(tempDir(), 'validators.cjs');
  writeFileSync(file, validatorSource()!);
  return createRequire(import.meta.url)(file) as Record<(typeof KIND_NAMES)[number], Validator>;
})();

// Checks a validator against zod on one input: it accepts only what zod accepts, and leaves the data as zod gives
// it (it may refuse more: such a record goes to zod); returns whether the validator accepts.
function agrees(kind: (typeof KIND_NAMES)[number], input: unknown): boolean {
  const zod = SCHEMAS[kind].safeParse(structuredClone(input));
  const data = structuredClone(input);
  const valid = VALIDATORS[kind](data);
  if (valid) {
    expect(zod.success).toBe(true);
    expect(data).toEqual(zod.data);
  }
  return valid;
}

// The records of the embedded data, by kind.
function records(): { kind: (typeof KIND_NAMES)[number]; data: Record<string, unknown> }[] {
  return KIND_NAMES.flatMap((kind) => {
    const place: string = KINDS[kind].place;
    const folder = join(DATA, place.endsWith('/') ? place : '.');
    const files = place.endsWith('/') ? (existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.yaml')) : []) : [place];
    return files.map((f) => ({ kind, data: readPlain(readFileSync(join(folder, f), 'utf8'))! }));
  });
}

describe('the generated validators', () => {
  it('exist for every kind of record', () => {
    expect(Object.keys(VALIDATORS).sort()).toEqual([...KIND_NAMES].sort());
  });

  it('accept every record of the embedded data, with the data zod gives', () => {
    const all = records();
    expect(all).toHaveLength(33);
    for (const { kind, data } of all) expect(agrees(kind, data)).toBe(true);
  });

  it.each([
    ['an unknown field', 'country', { name: { nom: 'Norwegia' }, capital: 'Oslo' }],
    ['a missing field', 'country', {}],
    ['an empty form', 'country', { name: { nom: '' } }],
    ['a number for text', 'country', { name: { nom: 12 } }],
    ['a role not in the list', 'project', { name: { nom: 'p' }, context: 'x', participations: [{ who: 'office', role: 'boss' }] }],
    ['an id with capitals', 'project', { name: { nom: 'p' }, context: 'Enaro' }],
    ['a fraction of a member count', 'body', { name: { nom: 'b' }, members: { euStates: 2.5 } }],
    ['null for a mapping', 'office', null],
    ['a list for a mapping', 'office', []],
    ['an endless member count', 'body', { name: { nom: 'b' }, members: { euStates: Number.POSITIVE_INFINITY } }],
    ['a member count that is not a number', 'body', { name: { nom: 'b' }, members: { euStates: Number.NaN } }],
    ['a member count past 2^53', 'body', { name: { nom: 'b' }, members: { euStates: 2 ** 60 } }],
  ] as const)('refuse %s, as zod does', (_what, kind, input) => {
    expect(SCHEMAS[kind].safeParse(input).success).toBe(false);
    expect(agrees(kind, input)).toBe(false);
  });

  it('agree with zod on records with a field dropped, changed or added', () => {
    const all = records();
    const value = fc.oneof(
      fc.constantFrom('', 'x', '2010', 2010, 1.5, -1, true, null, [], {}, 'member', 'office', 'f', 'sg', 'Enaro'),
      fc.string({ maxLength: 4 }),
      fc.integer(),
    );
    const change = fc.record({ pick: fc.nat(), field: fc.nat(), to: fc.option(value, { nil: undefined }), add: fc.boolean() });
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 3 }), (changes) => {
        const { kind, data } = all[changes[0]!.pick % all.length]!;
        const copy = structuredClone(data) as Record<string, unknown>;
        for (const { field, to, add } of changes) {
          const keys = Object.keys(copy);
          const key = add ? ['acronym', 'gender', 'extra', 'from', 'role'][field % 5]! : keys[field % keys.length]!;
          if (to === undefined) delete copy[key];
          else copy[key] = to;
        }
        if (agrees(kind, copy)) accepted++;
      }),
      RUNS,
    );
    expect(accepted).toBeGreaterThan(0);
  });
});
