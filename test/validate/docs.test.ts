// The documentation of validation stays true: the README's example is the real output, and every code is listed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyData, ROOT } from '../support/data.ts';
import { runMain } from './run.ts';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const CODES_PAGE = readFileSync(join(ROOT, 'docs', 'validation.md'), 'utf8');

// Finds every diagnostic code the source can emit: error('x', …), warning('x', …), ctx.report(r, 'x', …), fail('x', …).
function codesInSource(): Set<string> {
  const codes = new Set<string>();
  for (const file of readdirSync(join(ROOT, 'src'), { recursive: true }) as string[]) {
    if (!file.endsWith('.ts')) continue;
    const text = readFileSync(join(ROOT, 'src', file), 'utf8');
    for (const m of text.matchAll(/\b(?:error|warning)\(\s*'([a-z0-9-]+)'|\b(?:report|warn)\(\s*[\w.]+,\s*'([a-z0-9-]+)'|\bfail\(\s*'([a-z0-9-]+)'/g))
      codes.add(m[1] ?? m[2] ?? m[3]!);
  }
  return codes;
}

describe('the documentation of validation', () => {
  it('shows in the README the output validate really prints', async () => {
    const shown = /\$ coop-report validate\n([\s\S]*?Found 1 error\.\n)/.exec(README)![1];
    const work = join(copyData(), '..');
    const record = join(work, 'data', 'projects', 'reception-expert-teams.yaml');
    writeFileSync(record, readFileSync(record, 'utf8').replace('context: enaro', 'context: enaor'));
    const run = await runMain(['validate'], work);
    expect(run.exit).toBe(1);
    expect(run.stderr).toBe(shown);
  });

  it('lists every code the source can emit in the table of docs/validation.md', () => {
    const listed = new Set([...CODES_PAGE.matchAll(/^\| `([a-z0-9-]+)`/gm)].map((m) => m[1]!));
    const emitted = codesInSource();
    expect(emitted.size).toBeGreaterThan(30);
    expect([...emitted].filter((code) => !listed.has(code))).toEqual([]);
  });

  it('shows the yaml-language-server line in the README', () => {
    expect(README).toContain('# yaml-language-server: $schema=../coop-report.schema.json');
  });
});
