// The data format as JSON Schema for editors, produced from the zod definitions the validator uses.
import { z } from 'zod';
import { KIND_NAMES, KINDS, type Kind } from './kinds.ts';
import { SCHEMAS } from './records.ts';
import { withoutPartLists } from './wording.ts';

// Returns the JSON Schema (draft-07, which YAML editor extensions read) of one kind of record, or of any record file.
// For editors, every part is written out where it is used, with its description. For the validators (./validator-source.ts)
// a part used in several places is written once, under definitions, and referred to (less than half the code); what
// only editors read is left out: descriptions and titles, and the parts of sentences listed under `wording`.
export function jsonSchema(kind?: Kind, reader: 'editor' | 'validator' = 'editor'): Record<string, unknown> {
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
  if (reader === 'editor') return z.toJSONSchema(schema, { target: 'draft-07' }) as Record<string, unknown>;
  return z.toJSONSchema(schema, { target: 'draft-07', reused: 'ref', override: forValidator }) as Record<string, unknown>;
}

// Leaves out of a part of the validators' schema what only editors read (a zod override of toJSONSchema).
function forValidator(context: { zodSchema: object; jsonSchema: { properties?: unknown; description?: unknown; title?: unknown } }): void {
  withoutPartLists(context);
  delete context.jsonSchema.description;
  delete context.jsonSchema.title;
}
