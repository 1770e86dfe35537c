// The data format as JSON Schema for editors, produced from the zod definitions the validator uses, in the language of
// the run, and listing the ids of the records a reference may name when they are given.
import * as z from 'zod';
import type { Language } from '../i18n/language.ts';
import { format } from '../i18n/messages.ts';
import { described } from './described.ts';
import { translatedDescriptions } from './descriptions.ts';
import { KIND_NAMES, KINDS, type Kind } from './kinds.ts';
import { MARKS } from './marks.ts';
import { SCHEMAS } from './records.ts';

/** The ids of the records a reference may name, by the kind it names: an editor offers them as the values. */
export type KnownIds = Partial<Record<'body' | 'country', readonly string[]>>;

/** How to write a JSON Schema: its language (English by default) and the ids of the records of the project. */
export interface SchemaOptions {
  language?: Language;
  ids?: KnownIds;
}

// Returns the JSON Schema (draft-07, which YAML editor extensions read) of one kind of record, or of any record file.
// Every part is written out where it is used, with its description.
export function jsonSchema(kind?: Kind, { language = 'en', ids = {} }: SchemaOptions = {}): Record<string, unknown> {
  const titled = (k: Kind) => SCHEMAS[k].meta({ title: format(language, 'editor.schema-title', { kind: k, place: placeOf(k) }) });
  const schema = kind
    ? titled(kind)
    : z.union([...KIND_NAMES].map(titled)).meta({
        title: format(language, 'editor.any-title'),
        ...described(
          'Any record file under data/: the Office, a body, a project or a country. An editor completes the fields of all four; `coop-report schema --kind <kind>` gives the exact schema of one kind.',
          'Dowolny plik rekordu w folderze data/: Urząd, instytucja, projekt lub państwo. Edytor podpowiada pola wszystkich czterech; „coop-report schema --kind <rodzaj>” daje dokładny schemat jednego rodzaju.',
        ),
      });
  const json = z.toJSONSchema(schema, {
    target: 'draft-07',
    // a reference lists the ids of the records it may name, for an editor to offer and check
    override: ({ zodSchema, jsonSchema }) => {
      const mark = MARKS.get(zodSchema);
      const known = mark?.type === 'ref' ? ids[mark.kind] : undefined;
      if (known?.length) jsonSchema.enum = [...known];
    },
  }) as Record<string, unknown>;
  return translatedDescriptions(json, language);
}

// Names the files of a kind under the data folder: "data/office.yaml", "data/bodies/*.yaml".
export function placeOf(kind: Kind): string {
  const place: string = KINDS[kind].place;
  return `data/${place}${place.endsWith('/') ? '*.yaml' : ''}`;
}
