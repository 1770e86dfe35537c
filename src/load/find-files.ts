// Lists the record files in a data folder, with the kind each folder holds.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { error, warning, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Kind } from '../schema/records.ts';

/** A record file found on disk. */
export interface RecordFile {
  path: string;
  id: string;
  kind: Kind;
}

const FOLDERS: Record<string, Kind> = { bodies: 'body', projects: 'project', countries: 'country' };

// Lists office.yaml and the .yaml files of each record folder, sorted by name.
export function findRecordFiles(dataDir: string, show: (path: string) => string): { files: RecordFile[]; diagnostics: Diagnostic[] } {
  const files: RecordFile[] = [];
  const diagnostics: Diagnostic[] = [];
  let entries: string[];
  try {
    if (!statSync(dataDir).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
    entries = readdirSync(dataDir).sort();
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
    const why = missing ? 'does not exist' : 'is not a readable folder';
    diagnostics.push(error('data-folder', `The data folder ${show(dataDir)} ${why}. Pass the folder that holds office.yaml with --data DIR, or create one with "coop-report init".`, show(dataDir)));
    return { files, diagnostics };
  }
  for (const entry of entries) {
    const path = join(dataDir, entry);
    if (entry === 'office.yaml') files.push({ path, id: 'office', kind: 'office' });
    else if (entry in FOLDERS) files.push(...listFolder(path, FOLDERS[entry]!, show, diagnostics));
    else if (/\.ya?ml$/.test(entry) && entry !== 'coop-report.config.yaml')
      diagnostics.push(warning('stray-file', `${entry} is not read: records live in bodies/, projects/ or countries/, and the Office in office.yaml.`, show(path)));
  }
  if (!files.some((f) => f.kind === 'office'))
    diagnostics.push(error('missing-office', `No office.yaml in ${show(dataDir)}: it names the Office ("Urząd do Spraw Cudzoziemców") and is required.`, show(dataDir)));
  return { files, diagnostics };
}

// Lists the .yaml files of one record folder.
function listFolder(dir: string, kind: Kind, show: (path: string) => string, diagnostics: Diagnostic[]): RecordFile[] {
  const found: RecordFile[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (entry.endsWith('.yaml')) found.push({ path, id: entry.slice(0, -'.yaml'.length), kind });
    else if (entry.endsWith('.yml'))
      diagnostics.push(warning('stray-file', `${entry} is not read: record files end in .yaml; rename it to ${entry.slice(0, -4)}.yaml.`, show(path)));
  }
  return found;
}
