// The config file, coop-report.config.yaml: found upward from the working folder up to the project's root; its paths
// are relative to itself.
import { message } from '../i18n/message.ts';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { error, WHOLE, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { readBounded } from '../load/bounded-read.ts';
import { parserDiagnostics } from '../load/yaml-errors.ts';
import { shower } from '../pipeline/index.ts';
import { suggestion } from '../validate/suggest.ts';
import { showSafely } from '../diagnostics/characters.ts';
import { FORMATS } from '../write/index.ts';
import type { CommandIO } from './io.ts';
import { report, type ReportFormat } from './report.ts';

export const CONFIG_FILE = 'coop-report.config.yaml';

/** What a config file may set; folders are absolute. */
export interface Config {
  data?: string;
  templates?: string;
  out?: string;
  formats?: string[];
  /** This file's folder is the project's root (the search never goes above a config file, so this only says so). */
  root?: boolean;
}

/** How large a config file may be: it holds a few lines. */
const MAX_CONFIG_BYTES = 64 * 1024;

const FOLDER_KEYS = ['data', 'templates', 'out'] as const;
const KEYS = [...FOLDER_KEYS, 'formats', 'root'];

// Reads the config file that governs the working folder (none is fine); reports its errors and returns undefined then.
// A file found above the working folder is named on stderr (unless quiet), since it changes where files go unseen.
export function configFor(io: CommandIO, format: ReportFormat = 'text', quiet = false): Config | undefined {
  const { t } = io.messages;
  const path = findConfig(io.cwd);
  if (!path) return {};
  const shown = shower(io.cwd)(path);
  const { config, diagnostics } = readConfig(path, shown);
  report(diagnostics, format, io);
  if (diagnostics.length) return undefined;
  if (!quiet && format === 'text' && dirname(path) !== resolve(io.cwd))
    io.stderr.write(`coop-report: ${t('config.using', { file: showSafely(relative(io.cwd, path)) })}\n`);
  return config;
}

// Finds the config file in the folder or the nearest folder above it, up to the project's root: the first folder
// holding .git. A config file in a folder above the root (a stray one in the home folder, say) is never used.
export function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_FILE))) return join(dir, CONFIG_FILE);
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return undefined;
  }
}

// Reads and checks a config file: a YAML error, an unknown key or a wrong value is an error at its line and column.
export function readConfig(path: string, file: string): { config: Config; diagnostics: Diagnostic[] } {
  const config: Config = {};
  // parse
  const lineCounter = new LineCounter();
  const position = (node: unknown) => {
    const at = lineCounter.linePos((node as { range?: [number] } | null)?.range?.[0] ?? 0);
    return { line: at.line, column: at.col };
  };
  // a pipe or a device would block the read, and a folder cannot be read: each is refused at its path; and the limit
  // holds whatever size the file gives
  const read = readBounded(path, MAX_CONFIG_BYTES);
  if ('why' in read && (read.why === 'EISDIR' || read.why === 'special'))
    return {
      config,
      diagnostics: [error('config', message('config.not-a-file', { file: CONFIG_FILE, what: read.why === 'EISDIR' ? 'folder' : 'special' }), file, WHOLE)],
    };
  if ('why' in read && read.why === 'too-large')
    return {
      config,
      diagnostics: [
        error(
          'config',
          message('config.too-large', { file: CONFIG_FILE, size: read.size === undefined ? 'more' : String(read.size), max: String(MAX_CONFIG_BYTES) }),
          file,
          WHOLE,
        ),
      ],
    };
  if ('why' in read) return { config, diagnostics: [error('config', message('config.unreadable', { file: CONFIG_FILE, code: read.why }), file, WHOLE)] };
  const text = read.bytes.toString('utf8');
  const document = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  // its syntax errors said as a record file's are, in the run's language
  const diagnostics = parserDiagnostics(document, lineCounter, file, text).map((d) => error('config', d.message, file, d));
  if (diagnostics.length || document.contents === null) return { config, diagnostics };
  if (!isMap(document.contents))
    return { config, diagnostics: [error('config', message('config.not-a-mapping', { file: CONFIG_FILE, keys: KEYS.join(', ') }), file)] };
  // check each setting
  const seen = new Set<string>();
  for (const pair of document.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as Node | null;
    if (seen.has(key)) {
      diagnostics.push(error('config', message('config.twice', { key }), file, position(pair.key)));
      continue;
    }
    seen.add(key);
    const text = isScalar(value) && typeof value.value === 'string' && value.value.trim() ? value.value : undefined;
    if ((FOLDER_KEYS as readonly string[]).includes(key)) {
      if (text === undefined) diagnostics.push(error('config', message('config.folder', { key, file: CONFIG_FILE }), file, position(value ?? pair.key)));
      else config[key as (typeof FOLDER_KEYS)[number]] = resolve(dirname(path), text);
    } else if (key === 'root') {
      if (!isScalar(value) || typeof value.value !== 'boolean') diagnostics.push(error('config', message('config.root'), file, position(value ?? pair.key)));
      else config.root = value.value;
    } else if (key === 'formats') {
      const formats = isSeq(value) ? value.items.map((item) => (isScalar(item) ? String(item.value) : '')) : text?.split(',').map((f) => f.trim());
      const unknown = formats?.find((f) => !(f in FORMATS));
      if (!formats?.length || unknown !== undefined)
        diagnostics.push(
          error(
            'config',
            message('config.formats', { formats: Object.keys(FORMATS).join(', '), unknown: unknown || 'none' }),
            file,
            position(value ?? pair.key),
          ),
        );
      else config.formats = formats;
    } else diagnostics.push(error('config', message('config.unknown', { key, hint: suggestion(key, KEYS), keys: KEYS.join(', ') }), file, position(pair.key)));
  }
  return { config, diagnostics };
}
