// The field that holds a record's own wording of parts of the built-in sentences (`wording`), with the parts of its kind.
import * as z from 'zod';
import { type Described, described } from './described.ts';
import { RecordText } from './fields.ts';

/** A record's own wording of one part: a text, or false to leave the part out. */
const WordingText = z.union([RecordText, z.literal(false)]);

/** The parts each `wording` field lists, by the field (zod's public registries: https://zod.dev/metadata). */
export const WORDING_FIELDS = z.registry<{ parts: Readonly<Record<string, Described>> }>();

let writtenPartSchema: Record<string, unknown> | undefined;

// Returns the JSON Schema of a part's wording, as zod writes it for any part. It is written when the JSON Schema is
// (`schema`, the editor files), not as the module loads: zod's JSON Schema writer is then not run by a build.
function partSchema(): Record<string, unknown> {
  writtenPartSchema ??= (({ $schema: _, ...rest }) => rest)(z.toJSONSchema(WordingText, { target: 'draft-07' }));
  return writtenPartSchema;
}

// Returns the `wording` field of a kind: any part a template marks may be worded, and the parts the built-in templates
// mark for the kind are listed (for editors: names to complete, each with what it is; for validate, names to suggest).
export function wordingField(parts: Readonly<Record<string, Described>>) {
  const field = z.record(z.string().regex(/^[a-z][a-z-]*$/), WordingText).meta({
    ...described(
      "The record's own wording of a part of a sentence, by the name of the part (see docs/templates.md): a text that replaces the default, or false to leave the part out. An editor offers the parts the built-in templates mark.",
      'Własne brzmienie części zdania, podane pod nazwą tej części (zob. docs/templates.md): tekst zastępujący domyślny albo `false`, by tę część pominąć. Edytor podpowiada części oznaczone we wbudowanych szablonach.',
    ),
    // a getter: zod copies the metadata into the JSON Schema as it writes it, and reads it only then
    get properties() {
      return Object.fromEntries(Object.entries(parts).map(([part, what]) => [part, { ...partSchema(), ...what }]));
    },
  });
  WORDING_FIELDS.add(field, { parts });
  return field.optional();
}
