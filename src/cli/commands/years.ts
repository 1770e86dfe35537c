// `coop-report years`: the years that have data, with how many bodies and projects hold in each.
import { Command } from 'commander';
import { yearsWithData } from '../../model/index.ts';
import { readDataset } from '../data.ts';
import { OK } from '../exit-codes.ts';
import { paintFor, type CommandIO } from '../io.ts';

// Declares `years`: its options and help; `done` receives the exit code.
export function yearsCommand(io: CommandIO, done: (code: number) => void): Command {
  const { t } = io.messages;
  return new Command('years')
    .description(t('years.description'))
    .option('-d, --data <dir>', t('option.data'))
    .option('--json', t('years.json'))
    .addHelpText('after', t('years.examples'))
    .action(async (flags: YearsFlags) => done(await runYears(flags, io)));
}

/** The options of `years`. */
export interface YearsFlags {
  data?: string;
  json?: boolean;
}

// Runs `years` and returns the exit code.
export async function runYears(flags: YearsFlags, io: CommandIO): Promise<number> {
  const { t } = io.messages;
  const read = await readDataset(flags.data, io);
  if ('code' in read) return read.code;
  const years = yearsWithData(read.dataset);
  if (flags.json) io.stdout.write(`${JSON.stringify(years, null, 2)}\n`);
  else if (!years.length) io.stdout.write(`${t('years.none')}\n`);
  else {
    const paint = paintFor(io.stdout, io.env);
    const header = `${t('years.header.year').padEnd(4)}  ${t('years.header.bodies').padStart(6)}  ${t('years.header.projects').padStart(8)}`;
    io.stdout.write(`${paint.bold(header)}\n`);
    for (const y of years) io.stdout.write(`${y.year}  ${String(y.bodies).padStart(6)}  ${String(y.projects).padStart(8)}\n`);
  }
  return OK;
}
