// `coop-report init [dir]`: writes a starter data folder that validates and builds at once.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Command } from 'commander';
import { starterData } from '../../paths.ts';
import { shower } from '../../pipeline.ts';
import { writeAtomically, type OutputFile } from '../../write/index.ts';
import { configFor } from '../config.ts';
import { OK, USAGE } from '../exit-codes.ts';
import type { IO } from '../io.ts';
import { UsageError } from '../usage-error.ts';
import { formatSize } from './build.ts';

/** The schema file beside office.yaml, which the first line of every starter record names. */
const SCHEMA_FILE = 'coop-report.schema.json';

// Declares `init`: its argument, options and help; `done` receives the exit code.
export function initCommand(io: IO, done: (code: number) => void): Command {
  return new Command('init')
    .description('Write a starter data folder: the Office, an example body and an example project, each commented, and the schema editors check them with.')
    .argument('[dir]', `where to write it (default: the config file's data folder, or ./data)`)
    .option('-q, --quiet', 'print only problems')
    .addHelpText('after', `
It never overwrites: the folder must not exist yet, or be empty.

Examples:
  coop-report init                 writes ./data
  coop-report init records         writes ./records; then: coop-report validate --data records
`)
    .action(async (dir: string | undefined, flags: InitFlags) => done(await runInit(dir, flags, io)));
}

/** The options of `init`. */
export interface InitFlags {
  quiet?: boolean;
}

// Runs `init` and returns the exit code.
export async function runInit(dir: string | undefined, flags: InitFlags, io: IO): Promise<number> {
  const config = configFor(io);
  if (!config) return USAGE;
  const show = shower(io.cwd);
  const target = resolve(io.cwd, dir ?? config.data ?? 'data');
  if (existsSync(target) && !(statSync(target).isDirectory() && readdirSync(target).length === 0))
    throw new UsageError(`${show(target)} already exists; init writes a new folder and overwrites nothing. Name another folder, such as "coop-report init records".`);
  const files = await starterFiles(target);
  writeAtomically(files);
  if (flags.quiet) return OK;
  for (const file of files) io.stdout.write(`${show(file.path)} (${formatSize(Buffer.byteLength(file.content))})\n`);
  const data = show(target).includes(' ') ? JSON.stringify(show(target)) : show(target);
  io.stdout.write(`\nNext:\n  coop-report validate --data ${data}\n  coop-report build --all --data ${data}\n`);
  return OK;
}

// Lists the files to write under the target folder: the starter records, and the JSON Schema their first lines name.
async function starterFiles(target: string): Promise<OutputFile[]> {
  const { jsonSchema } = await import('../../schema/json-schema.ts');
  const source = starterData();
  const records = (readdirSync(source, { recursive: true }) as string[])
    .map((entry) => join(source, entry))
    .filter((path) => statSync(path).isFile())
    .sort()
    .map((path) => ({ path: join(target, relative(source, path)), content: readFileSync(path) }));
  return [...records, { path: join(target, SCHEMA_FILE), content: `${JSON.stringify(jsonSchema(), null, 2)}\n` }];
}
