// `coop-report schema`: prints the data format as JSON Schema, for editors that check YAML as it is typed.
import { Command, Option } from 'commander';
import { KIND_NAMES, type Kind } from '../../schema/kinds.ts';
import { OK } from '../exit-codes.ts';
import type { CommandIO } from '../io.ts';

// Declares `schema`: its options and help; `done` receives the exit code.
export function schemaCommand(io: CommandIO, done: (code: number) => void): Command {
  const { t } = io.messages;
  return new Command('schema')
    .description(t('schema.description'))
    .addOption(new Option('-k, --kind <kind>', t('schema.kind')).choices(KIND_NAMES))
    .addHelpText('after', t('schema.examples'))
    .action(async (flags: { kind?: Kind }) => {
      const { jsonSchema } = await import('../../schema/json-schema.ts');
      io.stdout.write(`${JSON.stringify(jsonSchema(flags.kind), null, 2)}\n`);
      done(OK);
    });
}
