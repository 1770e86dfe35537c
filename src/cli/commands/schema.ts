// `coop-report schema`: prints the data format as JSON Schema, for editors that check YAML as it is typed.
import { Command, Option } from 'commander';
import { KIND_NAMES, type Kind } from '../../schema/kinds.ts';
import { OK } from '../exit-codes.ts';
import type { IO } from '../io.ts';

// Declares `schema`: its options and help; `done` receives the exit code.
export function schemaCommand(io: IO, done: (code: number) => void): Command {
  return new Command('schema')
    .description('Print the data format as JSON Schema, for a YAML editor to complete and check fields.')
    .addOption(new Option('-k, --kind <kind>', 'the schema of one kind of record only (default: any record file)').choices(KIND_NAMES))
    .addHelpText('after', `
Examples:
  coop-report schema > data/coop-report.schema.json
  coop-report schema --kind body > data/body.schema.json

Then put this line at the top of a record file (the path is relative to the file):
  # yaml-language-server: $schema=../coop-report.schema.json
`)
    .action(async (flags: { kind?: Kind }) => {
      const { jsonSchema } = await import('../../schema/json-schema.ts');
      io.stdout.write(`${JSON.stringify(jsonSchema(flags.kind), null, 2)}\n`);
      done(OK);
    });
}
