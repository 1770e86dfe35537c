// Test helpers: a scratch copy of the data folder, record edits, and the section rendered in-process.
import { EN } from './messages.ts';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { parseDocument } from 'yaml';
import { hasErrors } from '../../src/diagnostics/diagnostic.ts';
import { buildSection } from '../../src/model/index.ts';
import { builtInTemplates } from '../../src/paths.ts';
import { check } from '../../src/pipeline/index.ts';
import { loadTemplates, renderSection } from '../../src/render/index.ts';
import { toMarkdownText } from '../../src/write/markdown.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DATA = join(ROOT, 'data');

const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// Makes an empty temporary folder, removed after the test file.
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'coop-report-test-'));
  scratch.push(dir);
  return dir;
}

// Copies the real data folder to a temporary one and returns its path.
export function copyData(): string {
  const dir = join(tempDir(), 'data');
  cpSync(DATA, dir, { recursive: true });
  return dir;
}

// Edits one record file through the YAML document API: `edit` sets and deletes values by path.
export function editRecord(dataDir: string, file: string, edit: (doc: ReturnType<typeof parseDocument>) => void): void {
  const path = join(dataDir, file);
  const doc = parseDocument(readFileSync(path, 'utf8'));
  edit(doc);
  writeFileSync(path, doc.toString());
}

// Writes a new record file from YAML text.
export function writeRecord(dataDir: string, file: string, yaml: string): void {
  writeFileSync(join(dataDir, file), yaml);
}

/** The built-in templates, compiled once per test file: they do not depend on the data. */
let builtIn: ReturnType<typeof loadTemplates> | undefined;

// Renders the section for a year to Markdown in-process, failing on any data error.
export async function sectionMarkdown(dataDir: string, year: number): Promise<string> {
  const { dataset, diagnostics } = await check({ dataDir, cwd: ROOT });
  if (!dataset || hasErrors(diagnostics))
    throw new Error(`data errors:\n${diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${EN.text(d.message)}`).join('\n')}`);
  builtIn ??= loadTemplates([builtInTemplates()], ROOT);
  return toMarkdownText(renderSection(buildSection(dataset, year), await builtIn));
}

// Renders the section and folds non-breaking spaces to spaces, for assertions about words.
export async function sectionText(dataDir: string, year: number): Promise<string> {
  return (await sectionMarkdown(dataDir, year)).replace(/\u00a0/g, ' ');
}
