// The data format as JSON Schema for editors, produced from the zod definitions the validator uses.
import * as z from 'zod';
import { KIND_NAMES, KINDS, type Kind } from './kinds.ts';
import { SCHEMAS } from './records.ts';

// Returns the JSON Schema (draft-07, which YAML editor extensions read) of one kind of record, or of any record file.
// Every part is written out where it is used, with its description.
export function jsonSchema(kind?: Kind): Record<string, unknown> {
  const titled = (k: Kind) => {
    const place: string = KINDS[k].place;
    return SCHEMAS[k].meta({ title: `coop-report ${k} (data/${place}${place.endsWith('/') ? '*.yaml' : ''})` });
  };
  const schema = kind
    ? titled(kind)
    : z.union([...KIND_NAMES].map(titled)).meta({
        title: 'coop-report record file',
        description:
          'Any record file under data/: the Office, a body, a project or a country. An editor completes the fields of all four; `coop-report schema --kind <kind>` gives the exact schema of one kind.',
      });
  return z.toJSONSchema(schema, { target: 'draft-07' }) as Record<string, unknown>;
}
