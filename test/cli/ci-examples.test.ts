// The CI recipes in examples/ci/ run coop-report commands that work: each one, run on a copy of the data, exits 0.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../support/shipped.ts';
import { copyFolder, DATA, ROOT, tempDir } from '../support/data.ts';

const EXAMPLES = join(ROOT, 'examples', 'ci');

// Lists the shell lines of a workflow or pipeline that call coop-report, in order.
function commands(file: string): string[] {
  const lines: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node === 'string') lines.push(...node.split('\n').filter((line) => line.trim().startsWith('npx coop-report ')));
    else if (node && typeof node === 'object') Object.values(node).forEach(visit);
  };
  visit(parse(readFileSync(join(EXAMPLES, file), 'utf8')));
  return lines.map((line) => line.trim());
}

describe.each([
  ['github-actions.yml', ['npx coop-report validate --report-format github', 'npx coop-report build --all']],
  ['gitlab-ci.yml', ['npx coop-report validate', 'npx coop-report build --all']],
])('%s', (file, expected) => {
  it('validates, then builds every year', () => {
    expect(commands(file)).toEqual(expected);
  });

  it('runs each command successfully on the data, and keeps one .md and one .docx per year in out/', async () => {
    const cwd = tempDir();
    copyFolder(DATA, join(cwd, 'data'));
    let stderr = '';
    for (const line of commands(file)) {
      const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, env: {}, cwd };
      expect(await main(line.split(' ').slice(2), io), `${line}\n${stderr}`).toBe(0);
    }
    const out = readdirSync(join(cwd, 'out'));
    expect(out.filter((f) => f.endsWith('.md')).length).toBeGreaterThanOrEqual(1);
    expect(out.filter((f) => f.endsWith('.docx')).length).toBe(out.filter((f) => f.endsWith('.md')).length);
  });
});

it('examples/ci holds exactly the two recipes', () => {
  expect(readdirSync(EXAMPLES).sort()).toEqual(['github-actions.yml', 'gitlab-ci.yml']);
});
