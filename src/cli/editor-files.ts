// The files that let an editor with the YAML language server (VS Code's YAML extension) complete and check the records
// as they are typed: the JSON Schema of each kind in the data folder's schemas/, in the language of the run and listing
// the ids of the records there, and VS Code's settings that give each folder of records the schema of its kind.
import { join, relative } from 'node:path';
import type { Language } from '../i18n/language.ts';
import { findRecordFiles } from '../load/find-files.ts';
import { KIND_NAMES, KINDS, type Kind } from '../schema/kinds.ts';
import type { KnownIds } from '../schema/json-schema.ts';
import type { OutputFile } from '../write/index.ts';

/** The folder of the schema files, under the data folder. */
export const SCHEMA_FOLDER = 'schemas';
/** VS Code's settings of a project folder. */
export const VSCODE_SETTINGS = join('.vscode', 'settings.json');

// Returns the path of a kind's schema file relative to a record file of the kind: "../schemas/body.json".
export function schemaLine(kind: Kind): string {
  const up = KINDS[kind].place.endsWith('/') ? '../' : './';
  return `# yaml-language-server: $schema=${up}${SCHEMA_FOLDER}/${kind}.json`;
}

// Lists the ids of the bodies and countries a data folder holds, by their file names; none of a folder that cannot be read.
export function knownIds(dataDir: string): KnownIds {
  const { files } = findRecordFiles(dataDir, (path) => path);
  const of = (kind: Kind) => files.filter((file) => file.kind === kind).map((file) => file.id);
  return { body: of('body'), country: of('country') };
}

// Writes the schema file of each kind for a data folder, in a language, listing the ids given.
export async function schemaFiles(dataDir: string, language: Language, ids: KnownIds): Promise<OutputFile[]> {
  const { jsonSchema } = await import('../schema/json-schema.ts');
  return KIND_NAMES.map((kind) => ({
    path: join(dataDir, SCHEMA_FOLDER, `${kind}.json`),
    content: `${JSON.stringify(jsonSchema(kind, { language, ids }), null, 2)}\n`,
  }));
}

// Writes VS Code's settings for a project folder: each kind's schema file for the files of its kind (yaml.schemas).
export function vscodeSettings(projectDir: string, dataDir: string): OutputFile {
  const data = relative(projectDir, dataDir).split('\\').join('/') || '.';
  const schemas = Object.fromEntries(
    KIND_NAMES.map((kind) => {
      const place: string = KINDS[kind].place;
      return [`./${data}/${SCHEMA_FOLDER}/${kind}.json`, `${data}/${place}${place.endsWith('/') ? '*.yaml' : ''}`];
    }),
  );
  return { path: join(projectDir, VSCODE_SETTINGS), content: `${JSON.stringify({ 'yaml.schemas': schemas }, null, 2)}\n` };
}
