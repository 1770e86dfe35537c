// `coop-report validate`: checks every record and prints every problem.
import { resolve } from 'node:path';
import { hasErrors } from '../../diagnostics/diagnostic.ts';
import { check } from '../../pipeline.ts';
import { DATA_ERRORS, OK } from '../exit-codes.ts';
import type { IO } from '../io.ts';
import { report, type ReportFormat } from '../report.ts';

/** The options of `validate`. */
export interface ValidateFlags {
  data: string;
  format: ReportFormat;
  quiet?: boolean;
}

// Runs `validate` and returns the exit code.
export function runValidate(flags: ValidateFlags, io: IO): number {
  const { diagnostics, dataset } = check({ dataDir: resolve(io.cwd, flags.data), cwd: io.cwd });
  report(diagnostics, flags.format, io);
  if (hasErrors(diagnostics)) return DATA_ERRORS;
  if (flags.format === 'text' && !flags.quiet && dataset)
    io.stdout.write(`${flags.data}: ${dataset.bodies.length} bodies, ${dataset.projects.length} projects, ${dataset.countries.length} countries; no errors.\n`);
  return OK;
}
