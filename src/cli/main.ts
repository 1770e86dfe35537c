// The command line: parses arguments with commander and runs a command; returns the exit code.
import { Command, CommanderError, Help } from 'commander';
import { showSafely } from '../diagnostics/characters.ts';
import { languageFor, withoutLang } from '../i18n/language.ts';
import { saidBy } from '../i18n/message.ts';
import { messagesIn, type Messages } from '../i18n/messages.ts';
import packageJson from '../../package.json' with { type: 'json' };
import { buildCommand } from './commands/build.ts';
import { confirmCommand } from './commands/confirm.ts';
import { diffCommand } from './commands/diff.ts';
import { initCommand } from './commands/init.ts';
import { newYearCommand } from './commands/new-year.ts';
import { previewCommand } from './commands/preview.ts';
import { publishCommand } from './commands/publish.ts';
import { reviewCommand } from './commands/review.ts';
import { schemaCommand } from './commands/schema.ts';
import { validateCommand } from './commands/validate.ts';
import { yearsCommand } from './commands/years.ts';
import { OK, USAGE } from './exit-codes.ts';
import type { CommandIO, IO } from './io.ts';
import { UsageError } from './usage-error.ts';
import { commanderMessage, describedExtras, placeholder, usageLine } from './commander-messages.ts';

/** The commands, each declared in its own file under commands/. */
const COMMANDS = [
  buildCommand,
  validateCommand,
  yearsCommand,
  diffCommand,
  reviewCommand,
  newYearCommand,
  confirmCommand,
  publishCommand,
  initCommand,
  schemaCommand,
  previewCommand,
];

// Builds the commander program; each command's action reports its exit code through `done`.
function program(io: CommandIO, done: (code: number) => void): Command {
  const { messages } = io;
  const { t } = messages;
  const cli = new Command('coop-report')
    .description(t('cli.description'))
    .version(packageJson.version, '-v, --version', t('cli.version'))
    .option('--lang <lang>', t('cli.lang'))
    .helpCommand('help [command]', t('cli.help-command'))
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showSuggestionAfterError(true)
    .addHelpText('after', t('cli.examples'));
  for (const declare of COMMANDS) cli.addCommand(declare(io, done));
  // commander should throw, not exit, here and in every subcommand; its errors end with the usage line;
  // its help speaks the language of the run (the section titles through styleTitle, the help option's text, the
  // "[options]" of each command in the list of commands)
  const titles: Record<string, string> = {
    'Usage:': t('cli.title.usage'),
    'Arguments:': t('cli.title.arguments'),
    'Options:': t('cli.title.options'),
    'Commands:': t('cli.title.commands'),
    'Global Options:': t('cli.title.global-options'),
  };
  for (const command of [cli, ...cli.commands])
    command
      .exitOverride()
      .helpOption('-h, --help', t('cli.help'))
      .usage(usageLine(command.usage(), messages))
      .configureHelp({
        styleTitle: (title) => titles[title] ?? title,
        optionDescription(option) {
          return describedExtras(Help.prototype.optionDescription.call(this, option), messages);
        },
        argumentDescription(argument) {
          return describedExtras(Help.prototype.argumentDescription.call(this, argument), messages);
        },
        subcommandTerm(subcommand) {
          return usageLine(Help.prototype.subcommandTerm.call(this, subcommand), messages);
        },
        optionTerm(option) {
          return usageLine(Help.prototype.optionTerm.call(this, option), messages);
        },
        argumentTerm(argument) {
          return Help.prototype.argumentTerm.call(this, argument).replace(/^\w+/, (name) => placeholder(name, messages));
        },
      })
      .configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
        outputError: (s, write) => write(`coop-report: ${commanderMessage(s.replace(/^error: /, ''), messages)}${usage(command, messages)}`),
      });
  return cli;
}

// Returns the usage line of a command and where to read more.
function usage(command: Command, messages: Messages): string {
  const { t } = messages;
  const name = command.parent ? `coop-report ${command.name()}` : 'coop-report';
  return `${command.helpInformation().split('\n')[0]}\n${t('cli.usage-hint', { name })}\n`;
}

// Runs the command line and returns the exit code; never throws. The language is chosen here, once, and passed on.
export async function main(argv: string[], io: IO): Promise<number> {
  const language = languageFor(argv, io.env);
  if (typeof language !== 'string') {
    io.stderr.write(`coop-report: ${messagesIn('en').t('cli.unknown-lang', { value: showSafely(language.unknown) })}\n`);
    return USAGE;
  }
  return run(withoutLang(argv), { ...io, messages: messagesIn(language) });
}

// Parses the command line and runs its command, in the language already chosen.
async function run(argv: string[], io: CommandIO): Promise<number> {
  const { t, text } = io.messages;
  let code = OK;
  const cli = program(io, (c) => (code = c));
  try {
    await cli.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? OK : USAGE;
    if (error instanceof UsageError) {
      const command = cli.commands.find((c) => c.name() === argv[0]) ?? cli;
      io.stderr.write(`coop-report: ${text(error.said)}\n${usage(command, io.messages)}`);
      return USAGE;
    }
    const system = error as NodeJS.ErrnoException;
    if (system instanceof Error && typeof system.code === 'string' && typeof system.path === 'string' && /^E[A-Z]+$/.test(system.code)) {
      // a file or folder the system refused (no permission, a pipe, a full disk…): not a bug, and said at its path
      io.stderr.write(`coop-report: ${showSafely(system.path)}: ${showSafely(system.message)}\n${t('cli.system-error')}\n`);
      return USAGE;
    }
    io.stderr.write(`coop-report: ${t('cli.internal-error', { message: showSafely(text(saidBy(error))) })}\n`);
    return USAGE;
  }
}
