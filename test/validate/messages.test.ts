// Messages that once misled: each says what is wrong and suggests only what would be right.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { copyData, writeRecord } from '../support/data.ts';

// Runs the command line in a folder and returns its exit code and the problems as JSON.
async function run(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const exit = await main(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {}, cwd });
  return { exit, stdout, stderr };
}

const CASES: { name: string; change: (data: string) => void; args: string[]; message: string }[] = [
  {
    name: '"gender: ż" suggests f (ż is żeński), not m',
    change: (data) => writeRecord(data, 'countries/norway.yaml', 'name:\n  nom: Norwegia\n  gen: Norwegii\n  inst: Norwegią\n  gender: ż\n'),
    args: ['validate', '--format', 'json'],
    message: 'Field "name.gender" is "ż"; expected one of: m, f, n. Did you mean "f"? (ż is feminine.)',
  },
  {
    name: 'a .yml file is told to take a name that is a usable id',
    change: (data) => renameSync(join(data, 'bodies', 'enaro.yaml'), join(data, 'bodies', 'ENARO-2.yml')),
    args: ['validate', '--format', 'json'],
    message: 'ENARO-2.yml is not read: record files end in .yaml; rename it to enaro-2.yaml.',
  },
  {
    name: 'a case that is not one, in a template: no "add mian: to the data"',
    change: (data) => {
      mkdirSync(join(data, '..', 'tpl', 'partials'), { recursive: true });
      writeFileSync(join(data, '..', 'tpl', 'partials', 'opening.md.hbs'), '{{form office.short "mian"}} działa.');
    },
    args: ['build', '2010', '--templates', 'tpl', '--report-format', 'json'],
    message: '"mian" is not a case; the cases are nom, gen, dat, acc, inst, loc. Did you mean "nom"? (in the 2010 section)',
  },
  {
    name: 'a near miss of a case',
    change: (data) => {
      mkdirSync(join(data, '..', 'tpl', 'partials'), { recursive: true });
      writeFileSync(join(data, '..', 'tpl', 'partials', 'opening.md.hbs'), '{{form office.short "gne"}} działa.');
    },
    args: ['build', '2010', '--templates', 'tpl', '--report-format', 'json'],
    message: '"gne" is not a case; the cases are nom, gen, dat, acc, inst, loc. Did you mean "gen"? (in the 2010 section)',
  },
];

describe('messages', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const data = copyData();
    c.change(data);
    const result = await run(join(data, '..'), ...c.args);
    const messages = (JSON.parse(result.stdout) as { message: string }[]).map((d) => d.message);
    expect(messages).toContain(c.message);
  });
});
