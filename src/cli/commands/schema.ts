// `coop-report schema`: prints the data format as JSON Schema, for editors that check YAML as it is typed; with --write,
// writes the schema of each kind into the data folder, listing the ids of its records, for the editor to offer them.
import { message } from '../../i18n/message.ts';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { error, WHOLE } from '../../diagnostics/diagnostic.ts';
import { shower } from '../../pipeline/index.ts';
import { KIND_NAMES, type Kind } from '../../schema/kinds.ts';
import { writeAtomically, WriteError } from '../../write/index.ts';
import { configFor } from '../config.ts';
import { knownIds, schemaFiles } from '../editor-files.ts';
import { DATA_ERRORS, OK, USAGE } from '../exit-codes.ts';
import type { CommandIO } from '../io.ts';
import { report } from '../report.ts';
import { formatSize } from './build.ts';

/** The options of `schema`. */
export interface SchemaFlags {
  kind?: Kind;
  write?: boolean;
  data?: string;
  quiet?: boolean;
}

// Declares `schema`: its options and help; `done` receives the exit code.
export function schemaCommand(io: CommandIO, done: (code: number) => void): Command {
  const { t } = io.messages;
  return new Command('schema')
    .description(t('schema.description'))
    .addOption(new Option('-k, --kind <kind>', t('schema.kind')).choices(KIND_NAMES).conflicts('write'))
    .option('-w, --write', t('editor.write'))
    .option('-d, --data <dir>', t('option.data'))
    .option('-q, --quiet', t('option.quiet'))
    .addHelpText('after', t('schema.examples'))
    .action(async (flags: SchemaFlags) => done(await runSchema(flags, io)));
}

// Runs `schema` and returns the exit code.
export async function runSchema(flags: SchemaFlags, io: CommandIO): Promise<number> {
  if (!flags.write) {
    const { jsonSchema } = await import('../../schema/json-schema.ts');
    io.stdout.write(`${JSON.stringify(jsonSchema(flags.kind, { language: io.messages.language }), null, 2)}\n`);
    return OK;
  }
  const config = configFor(io, 'text', flags.quiet);
  if (!config) return USAGE;
  const show = shower(io.cwd);
  const dataDir = resolve(io.cwd, flags.data ?? config.data ?? 'data');
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    report(
      [error('data-folder', message('load.data-folder', { folder: show(dataDir), why: existsSync(dataDir) ? 'file' : 'missing' }), show(dataDir), WHOLE)],
      'text',
      io,
    );
    return DATA_ERRORS;
  }
  const files = await schemaFiles(dataDir, io.messages.language, knownIds(dataDir));
  try {
    await writeAtomically(files);
  } catch (cause) {
    if (!(cause instanceof WriteError)) throw cause;
    report([error(cause.code, cause.said, show(cause.path), WHOLE)], 'text', io);
    return USAGE;
  }
  if (!flags.quiet) for (const file of files) io.stdout.write(`${show(file.path)} (${formatSize(Buffer.byteLength(file.content), io.messages.language)})\n`);
  return OK;
}
