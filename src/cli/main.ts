// The command line: parses arguments with commander and runs a command; returns the exit code.
import { Command, CommanderError } from 'commander';
import { showSafely } from '../diagnostics/characters.ts';
import packageJson from '../../package.json' with { type: 'json' };
import { buildCommand } from './commands/build.ts';
import { diffCommand } from './commands/diff.ts';
import { initCommand } from './commands/init.ts';
import { previewCommand } from './commands/preview.ts';
import { reviewCommand } from './commands/review.ts';
import { schemaCommand } from './commands/schema.ts';
import { validateCommand } from './commands/validate.ts';
import { yearsCommand } from './commands/years.ts';
import { OK, USAGE } from './exit-codes.ts';
import type { IO } from './io.ts';
import { UsageError } from './usage-error.ts';

/** The commands, each declared in its own file under commands/. */
const COMMANDS = [buildCommand, validateCommand, yearsCommand, diffCommand, reviewCommand, initCommand, schemaCommand, previewCommand];

// Builds the commander program; each command's action reports its exit code through `done`.
function program(io: IO, done: (code: number) => void): Command {
  const cli = new Command('coop-report')
    .description('Generates the "Współpraca międzynarodowa" section of the annual report from YAML records.')
    .version(packageJson.version, '-v, --version')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showSuggestionAfterError(true)
    .addHelpText('after', `
Examples:
  coop-report build 2010            the 2010 section as out/wspolpraca-miedzynarodowa-2010.md and .docx
  coop-report build --all           every year that has data
  coop-report validate              every problem in data/, at its file:line:column
  coop-report diff 2009 2010        what started, ended or changed role between two years
  coop-report review 2011           what to check before writing 2011
  coop-report preview 2010          the section in the browser, updated as records are saved
  coop-report init raport           a starter project to begin from: its config file and data folder

Run "coop-report <command> --help" for a command's options and examples.
`);
  for (const declare of COMMANDS) cli.addCommand(declare(io, done));
  // commander should throw, not exit, here and in every subcommand; its errors end with the usage line
  for (const command of [cli, ...cli.commands])
    command.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`coop-report: ${s.replace(/^error: /, '')}${usage(command)}`),
    });
  return cli;
}

// Returns the usage line of a command and where to read more.
function usage(command: Command): string {
  const name = command.parent ? `coop-report ${command.name()}` : 'coop-report';
  return `${command.helpInformation().split('\n')[0]}\nRun "${name} --help" for the options and examples.\n`;
}

// Runs the command line and returns the exit code; never throws.
export async function main(argv: string[], io: IO): Promise<number> {
  let code = OK;
  const cli = program(io, (c) => (code = c));
  try {
    await cli.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? OK : USAGE;
    if (error instanceof UsageError) {
      const command = cli.commands.find((c) => c.name() === argv[0]) ?? cli;
      io.stderr.write(`coop-report: ${error.message}\n${usage(command)}`);
      return USAGE;
    }
    const system = error as NodeJS.ErrnoException;
    if (system instanceof Error && typeof system.code === 'string' && typeof system.path === 'string' && /^E[A-Z]+$/.test(system.code)) {
      // a file or folder the system refused (no permission, a pipe, a full disk…): not a bug, and said at its path
      io.stderr.write(`coop-report: ${showSafely(system.path)}: ${showSafely(system.message)}\nCheck the file or folder named, its permissions and the disk, and run the command again.\n`);
      return USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`coop-report: internal error: ${showSafely(message)}\nThis is a bug in coop-report; please report it with the command you ran and, if you can, the data.\n`);
    return USAGE;
  }
}
