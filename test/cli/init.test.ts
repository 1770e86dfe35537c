// `init` writes the starter folder byte for byte, and what it writes validates and builds at once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { jsonSchema } from '../../src/schema/json-schema.ts';
import { ROOT, tempDir } from '../support/data.ts';

const STARTER = join(ROOT, 'starter');

// Runs the command line in a folder and returns its exit code and output.
async function run(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const exit = await main(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {}, cwd });
  return { exit, stdout, stderr };
}

// Lists the files under a folder, relative to it.
function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

describe('init', () => {
  it('writes each starter file as it is, and the JSON Schema of the record files beside office.yaml', async () => {
    const cwd = tempDir();
    expect((await run(cwd, 'init', 'records')).exit).toBe(0);
    expect(files(join(cwd, 'records'))).toEqual([...files(STARTER), 'coop-report.schema.json'].sort());
    for (const file of files(STARTER)) expect(readFileSync(join(cwd, 'records', file), 'utf8')).toBe(readFileSync(join(STARTER, file), 'utf8'));
    expect(JSON.parse(readFileSync(join(cwd, 'records', 'coop-report.schema.json'), 'utf8'))).toEqual(jsonSchema());
  });

  it('writes a folder that validates without a problem and builds every year', async () => {
    const cwd = tempDir();
    await run(cwd, 'init');
    expect(await run(cwd, 'validate')).toEqual({ exit: 0, stdout: 'data: 1 body, 1 project, 0 countries; no errors.\n', stderr: '' });
    const built = await run(cwd, 'build', '--all', '--quiet');
    expect(built).toEqual({ exit: 0, stdout: '', stderr: '' });
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(
      ['2023', '2024', '2025'].flatMap((year) => [`wspolpraca-miedzynarodowa-${year}.docx`, `wspolpraca-miedzynarodowa-${year}.md`]),
    );
  });

  it('starts every record with the schema line for editors, pointing at the schema beside office.yaml', () => {
    for (const file of files(STARTER).filter((f) => f.endsWith('.yaml'))) {
      const up = file.includes('/') ? '../' : './';
      expect(readFileSync(join(STARTER, file), 'utf8').split('\n')[0], file).toBe(`# yaml-language-server: $schema=${up}coop-report.schema.json`);
    }
  });
});
