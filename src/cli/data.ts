// Reads the data a command works on: the folder from the command line, the config file or ./data.
import { resolve } from 'node:path';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { check } from '../pipeline/index.ts';
import type { Dataset } from '../validate/dataset.ts';
import { configFor } from './config.ts';
import { DATA_ERRORS, USAGE } from './exit-codes.ts';
import type { CommandIO } from './io.ts';
import { report } from './report.ts';

// Loads and validates the data folder; prints its problems, and returns the exit code to stop with when there are errors.
export async function readDataset(data: string | undefined, io: CommandIO): Promise<{ dataset: Dataset; dataDir: string } | { code: number }> {
  const config = configFor(io);
  if (!config) return { code: USAGE };
  const dataDir = resolve(io.cwd, data ?? config.data ?? 'data');
  const { dataset, diagnostics } = await check({ dataDir, cwd: io.cwd });
  report(diagnostics, 'text', io);
  return dataset && !hasErrors(diagnostics) ? { dataset, dataDir } : { code: DATA_ERRORS };
}
