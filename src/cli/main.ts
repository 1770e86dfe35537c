// The command line: parses arguments with commander and runs a command; returns the exit code.
import { Command, CommanderError, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { runBuild, type BuildFlags } from './commands/build.ts';
import { runValidate, type ValidateFlags } from './commands/validate.ts';
import { OK, USAGE } from './exit-codes.ts';
import type { IO } from './io.ts';
import { REPORT_FORMATS } from './report.ts';
import { UsageError } from './usage-error.ts';

// Builds the commander program; each action stores its exit code.
function program(io: IO, done: (code: number) => void): Command {
  const cli = new Command('coop-report')
    .description('Generates the "Współpraca międzynarodowa" section of the annual report from YAML records.')
    .version(packageJson.version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showSuggestionAfterError(true);
  cli
    .command('build')
    .description('Write the section for a year as Markdown and DOCX.')
    .argument('<year>', 'the report year, four digits')
    .option('-d, --data <dir>', 'the data folder', 'data')
    .option('-o, --out <dir>', 'where to write the files', 'out')
    .option('-f, --format <list>', 'output formats, comma-separated: md,docx', 'md,docx')
    .option('-t, --templates <dir>', 'a folder of templates that override the built-in ones by name')
    .option('--heading-level <n>', 'the level of the section heading in the DOCX', '1')
    .addOption(new Option('--report-format <format>', 'how to print problems').choices(REPORT_FORMATS).default('text'))
    .option('-q, --quiet', 'print only problems')
    .addHelpText('after', '\nExamples:\n  coop-report build 2010\n  coop-report build 2011 --data ./data --out ./out --format docx\n')
    .action(async (year: string, flags: BuildFlags & { reportFormat: BuildFlags['report'] }) => done(await runBuild(year, { ...flags, report: flags.reportFormat }, io)));
  cli
    .command('validate')
    .description('Check every record and print every problem, located.')
    .option('-d, --data <dir>', 'the data folder', 'data')
    .addOption(new Option('-f, --format <format>', 'how to print problems').choices(REPORT_FORMATS).default('text'))
    .option('-q, --quiet', 'print only problems')
    .addHelpText('after', '\nExamples:\n  coop-report validate\n  coop-report validate --data ./data --format github\n')
    .action((flags: ValidateFlags) => done(runValidate(flags, io)));
  return cli;
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
      io.stderr.write(`coop-report: ${error.message}\n${cli.commands.find((c) => argv.includes(c.name()))?.helpInformation().split('\n')[0] ?? cli.helpInformation().split('\n')[0]}\n`);
      return USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`coop-report: internal error: ${message}\nThis is a bug in coop-report; please report it with the command you ran and, if you can, the data.\n`);
    return USAGE;
  }
}
