// The Polish guide stays complete: it explains every code declared in the source, and its links lead somewhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCodes } from '../../src/codes/all.ts';
import { jsonSchema } from '../../src/schema/json-schema.ts';
import { ROOT } from '../support/data.ts';

const GUIDE = join(ROOT, 'docs', 'pl');

describe('the Polish guide', () => {
  it('explains every code in the tables of docs/pl/kody.md', () => {
    const listed = new Set([...readFileSync(join(GUIDE, 'kody.md'), 'utf8').matchAll(/^\| `([a-z0-9-]+)`/gm)].map((m) => m[1]!));
    const declared = allCodes().map(({ code }) => code as string);
    expect(declared).toContain('carried-over');
    expect(declared.filter((code) => !listed.has(code))).toEqual([]);
  });

  it.each(readdirSync(GUIDE).filter((f) => f.endsWith('.md')))('%s links only to files that exist', (file) => {
    const text = readFileSync(join(GUIDE, file), 'utf8');
    const targets = [...text.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((t) => !/^https?:/.test(t));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((t) => !existsSync(join(dirname(join(GUIDE, file)), t)))).toEqual([]);
  });

  it.each(['docs/data-format.md', 'docs/pl/format-danych.md'])('%s names every field of every kind of record', (doc) => {
    const fields = new Set<string>();
    // every name under "properties" anywhere in the JSON Schema of the records: fields, and the fields of their parts
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties') for (const field of Object.keys(value as object)) fields.add(field);
        walk(value);
      }
    };
    walk(jsonSchema());
    const text = readFileSync(join(ROOT, doc), 'utf8');
    // a field is named in code (`role`, `role:`, `exchange.perYear`) or stands as a key in a YAML example
    const named = (field: string) => new RegExp(`[\`.]${field}[\`:]|^[ -]*${field}:|[{,] ${field}:`, 'm').test(text);
    expect(fields.size).toBeGreaterThan(80);
    expect([...fields].filter((field) => !named(field))).toEqual([]);
  });

  it('is linked at the top of the README', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n').slice(0, 4).join('\n')).toContain('(docs/pl/README.md)');
  });
});
