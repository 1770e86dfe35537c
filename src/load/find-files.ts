// Lists the record files in a data folder, with the kind each folder holds.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { error, warning, WHOLE, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { FOLDERS, ID_PATTERN, SINGLE_FILES, type Kind } from '../schema/kinds.ts';
import { message } from '../i18n/message.ts';
import { leadsOutside, realFolder } from './boundary.ts';

/** A record file found on disk: where it is, how to show it, and the id and kind its name and folder give. */
export interface RecordFile {
  path: string;
  file: string;
  id: string;
  kind: Kind;
  /** Why the file is not read, when it is refused before reading (a link out of the data folder); it still names a record. */
  refused?: Diagnostic;
}

// Lists office.yaml and the .yaml files of each record folder, sorted by name. A link is followed when it leads to a
// place inside the data folder; one that leads outside it is refused at the link, and what it leads to is not read.
export function findRecordFiles(dataDir: string, show: (path: string) => string): { files: RecordFile[]; unlisted: Kind[]; diagnostics: Diagnostic[] } {
  const files: RecordFile[] = [];
  const unlisted: Kind[] = [];
  const diagnostics: Diagnostic[] = [];
  const root = realFolder(dataDir);
  // a link out of the data folder: refused where it stands, and what it leads to never read
  const outside = (path: string, what: 'file' | 'folder'): Diagnostic | undefined => {
    const target = leadsOutside(path, root);
    return target === undefined ? undefined : error('outside-data', message('load.outside-data', { what, target }), show(path), WHOLE);
  };
  const entries = listFolder(dataDir);
  if (typeof entries === 'string') {
    const why = entries === 'ENOENT' ? 'missing' : entries === 'ENOTDIR' ? 'file' : entries;
    diagnostics.push(error('data-folder', message('load.data-folder', { folder: show(dataDir), why }), show(dataDir), WHOLE));
    return { files, unlisted: [...FOLDERS.values()], diagnostics };
  }
  for (const entry of entries) {
    const path = join(dataDir, entry);
    const single = SINGLE_FILES.get(entry);
    const folder = FOLDERS.get(entry);
    if (single) files.push({ path, file: show(path), id: single, kind: single, refused: outside(path, 'file') });
    else if (folder) {
      const refused = outside(path, 'folder');
      if (refused) diagnostics.push(refused);
      const found = refused ? undefined : recordsIn(path, folder, show, diagnostics, outside);
      // one at a time: spreading a folder of a few hundred thousand files into push() overflows the stack
      if (found) for (const file of found) files.push(file);
      else unlisted.push(folder);
    } else if (/\.ya?ml$/.test(entry) && entry !== 'coop-report.config.yaml')
      diagnostics.push(warning('stray-file', message('load.stray-yaml', { entry }), show(path)));
  }
  if (!files.some((f) => f.kind === 'office'))
    diagnostics.push(error('missing-office', message('load.missing-office', { folder: show(dataDir) }), show(dataDir), WHOLE));
  return { files, unlisted, diagnostics };
}

// Lists the .yaml files of one record folder (nothing when it cannot be listed), with a diagnostic for each name that is not an id.
function recordsIn(
  dir: string,
  kind: Kind,
  show: (path: string) => string,
  diagnostics: Diagnostic[],
  outside: (path: string, what: 'file') => Diagnostic | undefined,
): RecordFile[] | undefined {
  const entries = listFolder(dir);
  if (typeof entries === 'string') {
    diagnostics.push(
      error('data-folder', message('load.record-folder', { folder: show(dir), why: entries === 'ENOTDIR' ? 'file' : entries }), show(dir), WHOLE),
    );
    return undefined;
  }
  const found: RecordFile[] = [];
  for (const entry of entries) {
    const path = join(dir, entry);
    if (entry.endsWith('.yml')) diagnostics.push(warning('stray-file', message('load.yml', { entry, name: slug(entry.slice(0, -4)) }), show(path)));
    if (!entry.endsWith('.yaml')) continue;
    const id = entry.slice(0, -'.yaml'.length);
    found.push({ path, file: show(path), id, kind, refused: outside(path, 'file') });
    if (!ID_PATTERN.test(id)) diagnostics.push(error('bad-id', message('load.bad-id', { entry, name: slug(id) }), show(path)));
  }
  return found;
}

// Lists a folder's entries sorted by name, or returns the error code that stopped it.
function listFolder(dir: string): string[] | string {
  try {
    if (!statSync(dir).isDirectory()) return 'ENOTDIR';
    return readdirSync(dir).sort();
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code ?? 'EIO';
  }
}

// Turns a name into an id: "Rada Nadzorcza" -> "rada-nadzorcza", "Łódź" -> "lodz".
function slug(name: string): string {
  const ascii = name
    .replace(/[\u0142\u0141]/g, 'l')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  return ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'record';
}
