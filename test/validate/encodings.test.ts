// Text as editors save it: a UTF-8 BOM, CRLF line ends and decomposed Polish letters (NFD) change nothing in the output.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyData, DATA, tempDir } from '../support/data.ts';
import { runMain } from './run.ts';

const STEM = 'wspolpraca-miedzynarodowa-2010';

// Rewrites every record file of a data folder through `change`.
function rewriteAll(dir: string, change: (text: string) => string): void {
  for (const entry of readdirSync(dir, { recursive: true }) as string[])
    if (entry.endsWith('.yaml')) writeFileSync(join(dir, entry), change(readFileSync(join(dir, entry), 'utf8')));
}

// Builds 2010 from a data folder and returns the Markdown bytes and the DOCX parts (creation times set aside).
async function build(data: string): Promise<{ md: Buffer; docx: Record<string, string> }> {
  const out = join(tempDir(), 'out');
  const run = await runMain(['build', '2010', '--data', data, '--out', out, '-q'], tempDir());
  expect(run.stderr).toBe('');
  expect(run.exit).toBe(0);
  const parts = unzipSync(readFileSync(join(out, `${STEM}.docx`)));
  const docx = Object.fromEntries(
    Object.entries(parts).map(([name, bytes]) => [name, strFromU8(bytes).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1')]),
  );
  return { md: readFileSync(join(out, `${STEM}.md`)), docx };
}

describe('encodings that mean the same text', () => {
  let plain: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    plain = await build(DATA);
  });

  it('reads files with a BOM and CRLF line ends as if they had neither', async () => {
    const data = copyData();
    rewriteAll(data, (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`);
    expect(readFileSync(join(data, 'office.yaml')).subarray(0, 4)).toEqual(Buffer.from([0xef, 0xbb, 0xbf, 0x23]));
    expect(await build(data)).toEqual(plain);
  });

  it('normalizes decomposed letters (NFD) to NFC', async () => {
    const data = copyData();
    rewriteAll(data, (text) => text.normalize('NFD'));
    expect(readFileSync(join(data, 'bodies', 'easo.yaml'), 'utf8')).toContain('u\u0142atwianiem');
    expect(readFileSync(join(data, 'bodies', 'enaro.yaml'), 'utf8')).toContain('Sie\u0063\u0301');
    expect(await build(data)).toEqual(plain);
  });

  it('locates problems in a CRLF file with a BOM on the line and column an editor shows', async () => {
    const data = copyData();
    writeFileSync(join(data, 'countries', 'norway.yaml'), '\uFEFFname:\r\n  nom: Norwegia\r\n  gen: Norwegii\r\n  gendre: f\r\n');
    const run = await runMain(['validate', '--data', data, '--format', 'json'], tempDir());
    expect(run.exit).toBe(1);
    expect((JSON.parse(run.stdout) as { line: number; column: number; code: string }[]).map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      '4:3 unknown-field',
    ]);
  });

  it('gives columns in the text as written when letters before the problem are decomposed', async () => {
    const data = copyData();
    // "ć" written as c + U+0301 takes two places before "gendre", as in the editor
    writeFileSync(join(data, 'countries', 'norway.yaml'), 'name: {nom: "Sie\u0107", gendre: f}\n'.normalize('NFD'));
    const run = await runMain(['validate', '--data', data, '--format', 'json'], tempDir());
    expect((JSON.parse(run.stdout) as { line: number; column: number; code: string }[]).map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      '1:22 unknown-field',
    ]);
  });
});
