// `coop-report init [dir]`: writes a starter project (config file and data folder) that validates and builds at once.
import type { Language } from '../../i18n/language.ts';
import { message } from '../../i18n/message.ts';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Command } from 'commander';
import { starterProject } from '../../paths.ts';
import { shower } from '../../pipeline/index.ts';
import { error, WHOLE } from '../../diagnostics/diagnostic.ts';
import { writeAtomically, WriteError, writeProblem, type OutputFile } from '../../write/index.ts';
import { CONFIG_FILE } from '../config.ts';
import { OK, USAGE } from '../exit-codes.ts';
import type { CommandIO } from '../io.ts';
import { report } from '../report.ts';
import { UsageError } from '../usage-error.ts';
import { programWords, quoted } from '../invocation.ts';
import { formatSize } from './build.ts';
import { knownIds, schemaFiles, VSCODE_SETTINGS, vscodeSettings } from '../editor-files.ts';

/** The data folder of the project, as the starter config file names it. */
const DATA_FOLDER = 'data';

// Declares `init`: its argument, options and help; `done` receives the exit code.
export function initCommand(io: CommandIO, done: (code: number) => void): Command {
  const { t } = io.messages;
  return new Command('init')
    .description(t('init.description'))
    .argument('[dir]', t('init.dir'))
    .option('-q, --quiet', t('option.quiet'))
    .addHelpText('after', () => t('init.examples', { config: CONFIG_FILE, data: DATA_FOLDER }))
    .action(async (dir: string | undefined, flags: InitFlags) => done(await runInit(dir, flags, io)));
}

/** The options of `init`. */
export interface InitFlags {
  quiet?: boolean;
}

// Runs `init` and returns the exit code.
export async function runInit(dir: string | undefined, flags: InitFlags, io: CommandIO): Promise<number> {
  const { t } = io.messages;
  const show = shower(io.cwd);
  const target = resolve(io.cwd, dir ?? '.');
  const cannot = (cause: WriteError) => {
    report([error(cause.code, cause.said, show(cause.path), WHOLE)], 'text', io);
    return USAGE;
  };
  let undo: () => void;
  // a file where the project folder goes (init /dev/null), or a folder that cannot be read, is told at its path
  try {
    const file = fileInTheWay(target);
    if (file) throw new WriteError(message('init.not-a-folder', { path: show(file), folder: freeFolder(io.cwd, 'raport') }), file);
    for (const taken of [join(target, CONFIG_FILE), join(target, DATA_FOLDER)])
      if (existsSync(taken) && !(statSync(taken).isDirectory() && readdirSync(taken).length === 0))
        throw new UsageError(message('init.exists', { path: show(taken), folder: freeFolder(io.cwd, dir ?? 'raport') }));
    // a failed write leaves no half-made folder, which the next init would refuse
    undo = undoer(target);
  } catch (cause) {
    const problem = writeProblem(cause, target);
    if (!(problem instanceof WriteError)) throw problem;
    return cannot(problem);
  }
  // VS Code's settings of a folder that has them are the user's: they stay as they are
  const settingsKept = existsSync(join(target, VSCODE_SETTINGS));
  const files = await starterFiles(target, !settingsKept, io.messages.language);
  try {
    await writeAtomically(files);
  } catch (cause) {
    undo();
    if (!(cause instanceof WriteError)) throw cause;
    return cannot(cause);
  }
  if (flags.quiet) return OK;
  for (const file of files) io.stdout.write(`${show(file.path)} (${formatSize(Buffer.byteLength(file.content), io.messages.language)})\n`);
  if (settingsKept) io.stdout.write(`\n${t('editor.settings-kept', { path: show(join(target, VSCODE_SETTINGS)) })}\n`);
  io.stdout.write(
    `\n${t('init.next')}\n${nextSteps(io.cwd, target, programWords(io.env, io.cwd, target))
      .map((line) => `  ${line}\n`)
      .join('')}`,
  );
  return OK;
}

// Names a folder that does not exist yet, for init to suggest: the name given, else with "-2", "-3"… added.
function freeFolder(cwd: string, name: string): string {
  const base = name.replace(/[\\/]+$/, '') || 'raport';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!existsSync(resolve(cwd, candidate))) return candidate;
  }
}

// Returns the nearest of the target and the folders above it that exists when it is not a folder; undefined otherwise.
function fileInTheWay(target: string): string | undefined {
  for (let path = target; ; path = dirname(path)) {
    const stat = statOrUndefined(path);
    if (stat) return stat.isDirectory() ? undefined : path;
    if (dirname(path) === path) return undefined;
  }
}

// Reads what is at a path; undefined when nothing is, or a file stands above it (ENOTDIR); other failures throw.
function statOrUndefined(path: string): ReturnType<typeof statSync> {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw cause;
  }
}

// Returns the commands to run next: into the project folder, unless it is the working folder, then validate and build,
// each started as `program` says (as this run was: see ../invocation.ts).
export function nextSteps(cwd: string, target: string, program = 'coop-report'): string[] {
  const folder = relative(cwd, target) || undefined;
  const cd = folder === undefined ? [] : [`cd ${quoted(folder)}`];
  return [...cd, `${program} validate`, `${program} build --all`];
}

// Returns what removes the folders writing will make: the highest missing folder of the target, or, when the target
// exists, the entries of it and of its data folder that are not there now (only what init adds; never the user's files).
function undoer(target: string): () => void {
  let missing: string | undefined;
  for (let dir = target; !existsSync(dir) && dirname(dir) !== dir; dir = dirname(dir)) missing = dir;
  if (missing) return () => existsSync(missing) && rmSync(missing, { recursive: true, force: true });
  const folders = [target, join(target, DATA_FOLDER), join(target, VSCODE_SETTINGS, '..')];
  const before = folders.map((folder) => new Set(existsSync(folder) ? readdirSync(folder) : []));
  return () =>
    folders.forEach((folder, i) => {
      if (existsSync(folder))
        for (const entry of readdirSync(folder)) if (!before[i]!.has(entry)) rmSync(join(folder, entry), { recursive: true, force: true });
    });
}

// Lists the files to write under the project folder: the starter project with its comments in the run's language, the
// JSON Schema of each kind that its records' first lines name, and VS Code's settings that name them too.
async function starterFiles(target: string, withSettings: boolean, language: Language): Promise<OutputFile[]> {
  const source = starterProject(language);
  const files = (readdirSync(source, { recursive: true }) as string[])
    .map((entry) => join(source, entry))
    .filter((path) => statSync(path).isFile())
    .sort()
    .map((path) => ({ path: join(target, relative(source, path)), content: readFileSync(path) }));
  const data = join(target, DATA_FOLDER);
  const schemas = await schemaFiles(data, language, knownIds(join(source, DATA_FOLDER)));
  return [...files, ...schemas, ...(withSettings ? [vscodeSettings(target, data)] : [])];
}
