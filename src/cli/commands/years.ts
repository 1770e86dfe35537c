// `coop-report years`: the years that have data, with how many bodies and projects hold in each.
import { Command } from 'commander';
import { yearsWithData } from '../../model/index.ts';
import { readDataset } from '../data.ts';
import { OK } from '../exit-codes.ts';
import { paintFor, type IO } from '../io.ts';

// Declares `years`: its options and help; `done` receives the exit code.
export function yearsCommand(io: IO, done: (code: number) => void): Command {
  return new Command('years')
    .description('List the years that have data, with how many bodies and projects hold in each.')
    .option('-d, --data <dir>', `the data folder (default: the config file's, or ./data)`)
    .option('--json', 'print a JSON array of {year, bodies, projects}')
    .addHelpText('after', `
Examples:
  coop-report years
  coop-report years --data ../records --json
`)
    .action(async (flags: YearsFlags) => done(await runYears(flags, io)));
}

/** The options of `years`. */
export interface YearsFlags {
  data?: string;
  json?: boolean;
}

// Runs `years` and returns the exit code.
export async function runYears(flags: YearsFlags, io: IO): Promise<number> {
  const read = await readDataset(flags.data, io);
  if ('code' in read) return read.code;
  const years = yearsWithData(read.dataset);
  if (flags.json) io.stdout.write(`${JSON.stringify(years, null, 2)}\n`);
  else if (!years.length) io.stdout.write('No record holds in any year.\n');
  else {
    const paint = paintFor(io.stdout, io.env);
    io.stdout.write(`${paint.bold('year  bodies  projects')}\n`);
    for (const y of years) io.stdout.write(`${y.year}  ${String(y.bodies).padStart(6)}  ${String(y.projects).padStart(8)}\n`);
  }
  return OK;
}
