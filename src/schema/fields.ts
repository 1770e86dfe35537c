// Field definitions shared by every kind of record: names, dates, ids.
import * as z from 'zod';
import { ID_PATTERN } from './kinds.ts';
import { marked } from './marks.ts';

/** A record id: the file name without `.yaml`. */
export const Id = z
  .string()
  .regex(ID_PATTERN, 'an id of lower-case letters, digits and hyphens')
  .describe('The id of another record: its file name without .yaml.');

/** An ISO date known to the year, month or day: "2010", "2010-12", "2010-12-01". */
// The patterns are hints for editors (JSON Schema); the calendar check is the dates rule's, with one code for all.
export const IsoDate = marked(
  z
    .union([z.string().meta({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }), z.number().int().meta({ minimum: 1000, maximum: 9999 })])
    .describe('An ISO date: "2010", "2010-12" or "2010-12-01".')
    .brand<'date'>(),
  { type: 'date' },
);

/** The id of a body (a file in bodies/). */
export const BodyId = marked(Id.describe('The id of a body: its file name in bodies/ without .yaml.').brand<'body'>(), { type: 'ref', kind: 'body' });

/** The id of a country (a file in countries/). */
export const CountryId = marked(Id.describe('The id of a country: its file name in countries/ without .yaml.').brand<'country'>(), {
  type: 'ref',
  kind: 'country',
});

/** What each case form is, wherever a field holds one. */
export const CASE_FORMS = {
  nom: 'The nominative, mianownik: kto? co?',
  gen: 'The genitive, dopełniacz: kogo? czego?',
  dat: 'The dative, celownik: komu? czemu?',
  acc: 'The accusative, biernik: kogo? co?',
  inst: 'The instrumental, narzędnik: z kim? z czym?',
  loc: 'The locative, miejscownik: o kim? o czym?',
} as const;

const form = (c: keyof typeof CASE_FORMS) => z.string().min(1).describe(CASE_FORMS[c]);

/** The grammatical gender of a noun. */
export const Gender = z.enum(['m', 'f', 'n']).describe('Grammatical gender of the head noun: m, f or n.');

/** Whether a plural is masculine-personal. */
export const Personal = z.boolean().describe('Masculine-personal plural ("przedstawiciele").');

/** A Polish noun phrase with the case forms the text needs. */
export const NounPhrase = marked(
  z
    .strictObject({
      nom: form('nom'),
      gen: form('gen').optional(),
      dat: form('dat').optional(),
      acc: form('acc').optional(),
      inst: form('inst').optional(),
      loc: form('loc').optional(),
      gender: Gender.optional(),
      number: z.enum(['sg', 'pl']).describe('Grammatical number: sg (default) or pl.').optional(),
      personal: Personal.optional(),
    })
    .describe('A Polish noun phrase: the nominative and the other case forms the text uses.'),
  { type: 'phrase' },
);

/** Free descriptive prose: no names, counts or dates. */
export const Prose = (what: string) => z.string().min(1).describe(what);

/** A text the record writes itself, as a short Handlebars template with the helpers the built-in templates use:
 * "{{cap (form record.name \"nom\")}} to forum dialogu …". Checked by validate, which renders every year. */
export const RecordText = marked(
  z.string().min(1).describe('A sentence written as a short template with the helpers of the built-in templates.').brand<'text'>(),
  { type: 'text' },
);
