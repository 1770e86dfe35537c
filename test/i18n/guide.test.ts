// The Polish guide stays complete: it explains every code coop-report can report, and its links lead somewhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/data.ts';

const GUIDE = join(ROOT, 'docs', 'pl');

// Finds every diagnostic code the source can emit, as test/validate/docs.test.ts does, with the review's.
function codesInSource(): Set<string> {
  const codes = new Set<string>();
  for (const file of readdirSync(join(ROOT, 'src'), { recursive: true }) as string[]) {
    if (!file.endsWith('.ts')) continue;
    const text = readFileSync(join(ROOT, 'src', file), 'utf8');
    for (const m of text.matchAll(
      /\b(?:error|warning)\(\s*'([a-z0-9-]+)'|\bctx\.(?:report|warn)\(\s*[\w.]+,\s*'([a-z0-9-]+)'|\bfail\(\s*'([a-z0-9-]+)'|\bat\(\s*[\w.]+,\s*'([a-z0-9-]+)'/g,
    ))
      codes.add(m[1] ?? m[2] ?? m[3] ?? m[4]!);
  }
  return codes;
}

describe('the Polish guide', () => {
  it('explains every code in the tables of docs/pl/kody.md', () => {
    const listed = new Set([...readFileSync(join(GUIDE, 'kody.md'), 'utf8').matchAll(/^\| `([a-z0-9-]+)`/gm)].map((m) => m[1]!));
    const emitted = codesInSource();
    expect(emitted).toContain('carried-over');
    expect(emitted.size).toBeGreaterThan(40);
    expect([...emitted].filter((code) => !listed.has(code)).sort()).toEqual([]);
  });

  it.each(readdirSync(GUIDE).filter((f) => f.endsWith('.md')))('%s links only to files that exist', (file) => {
    const text = readFileSync(join(GUIDE, file), 'utf8');
    const targets = [...text.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((t) => !/^https?:/.test(t));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((t) => !existsSync(join(dirname(join(GUIDE, file)), t)))).toEqual([]);
  });

  it('is linked at the top of the README', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n').slice(0, 4).join('\n')).toContain('(docs/pl/README.md)');
  });
});
