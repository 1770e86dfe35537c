// Test helpers: a scratch copy of the data folder, record edits, and the section rendered in-process.
import { EN } from './messages.ts';
import { accessSync, constants, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { hasErrors } from '../../src/diagnostics/diagnostic.ts';
import { buildSection } from '../../src/model/index.ts';
import { builtInTemplates } from '../../src/paths.ts';
import { check } from '../../src/pipeline/index.ts';
import { hasRecordTexts } from '../../src/pipeline/rehearse.ts';
import { loadTemplates, renderSection } from '../../src/render/index.ts';
import { toMarkdownText } from '../../src/write/markdown.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DATA = join(ROOT, 'data');

/** Where temporary folders go: a file system in memory (/dev/shm) where there is one with room for a few copies of the
 * development libraries, the system's temporary folder otherwise. The tests write and remove thousands of files (npm
 * ci installs 275 MB twice in test/cli/pack.test.ts), and on a disk's file system that costs the kernel twice the CPU. */
const SCRATCH = ((memory: string): string => {
  try {
    accessSync(memory, constants.W_OK);
    const room = statfsSync(memory);
    if (room.bavail * room.bsize >= 2 ** 31) return memory;
  } catch {
    // no such folder, or not writable: the system's temporary folder
  }
  return tmpdir();
})('/dev/shm');

const scratch: string[] = [];

// Removes the temporary folders made so far: test/support/cleanup.ts does after each test file.
export function removeTempDirs(): void {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
}

// Makes an empty temporary folder, removed after the test file.
export function tempDir(): string {
  const dir = mkdtempSync(join(SCRATCH, 'coop-report-test-'));
  scratch.push(dir);
  return dir;
}

/** The folders and files of each folder of the repository copied, by its path: read at its first copy. */
const held = new Map<string, { folders: string[]; files: [string, Buffer][] }>();

// Copies a folder of the repository (the data, a starter project, a fixture: the tests never write them) to a new
// folder `to`. The files are read once per worker and written from memory: most tests copy the same data.
export function copyFolder(from: string, to: string): void {
  if (relative(ROOT, from).startsWith('..')) throw new Error(`${from} is outside the repository`);
  let folder = held.get(from);
  if (!folder) {
    const entries = readdirSync(from, { recursive: true, withFileTypes: true });
    const path = (e: (typeof entries)[number]) => relative(from, join(e.parentPath, e.name));
    folder = {
      folders: entries.filter((e) => e.isDirectory()).map(path),
      files: entries.filter((e) => e.isFile()).map((e) => [path(e), readFileSync(join(e.parentPath, e.name))]),
    };
    held.set(from, folder);
  }
  mkdirSync(to, { recursive: true });
  for (const sub of folder.folders) mkdirSync(join(to, sub), { recursive: true });
  for (const [file, bytes] of folder.files) writeFileSync(join(to, file), bytes);
}

// Copies the real data folder to a temporary one and returns its path.
export function copyData(): string {
  const dir = join(tempDir(), 'data');
  copyFolder(DATA, dir);
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

/** The built-in templates, loaded once per test file as the build loads them: with Handlebars' compiler for data
 * whose records have texts of their own, with its runtime alone for any other. */
const builtIn = new Map<boolean, ReturnType<typeof loadTemplates>>();

// Renders the section for a year to Markdown in-process, failing on any data error.
export async function sectionMarkdown(dataDir: string, year: number): Promise<string> {
  const { dataset, diagnostics } = await check({ dataDir, cwd: ROOT });
  if (!dataset || hasErrors(diagnostics))
    throw new Error(`data errors:\n${diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${EN.text(d.message)}`).join('\n')}`);
  const recordTexts = hasRecordTexts(dataset);
  if (!builtIn.has(recordTexts)) builtIn.set(recordTexts, loadTemplates([builtInTemplates()], ROOT, { recordTexts }));
  return toMarkdownText(renderSection(buildSection(dataset, year), await builtIn.get(recordTexts)!));
}

// Renders the section and folds non-breaking spaces to spaces, for assertions about words.
export async function sectionText(dataDir: string, year: number): Promise<string> {
  return (await sectionMarkdown(dataDir, year)).replace(/\u00a0/g, ' ');
}
