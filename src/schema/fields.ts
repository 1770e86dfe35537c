// Field definitions shared by every kind of record: names, dates, ids.
import * as z from 'zod';
import { described } from './described.ts';
import { ID_PATTERN } from './kinds.ts';
import { marked } from './marks.ts';

/** A record id: the file name without `.yaml`. */
export const Id = z
  .string()
  .regex(ID_PATTERN, 'an id of lower-case letters, digits and hyphens')
  .meta(described('The id of another record: its file name without .yaml.', 'Identyfikator innego rekordu: nazwa jego pliku bez .yaml.'));

/** An ISO date known to the year, month or day: "2010", "2010-12", "2010-12-01". */
// The patterns are hints for editors (JSON Schema); the calendar check is the dates rule's, with one code for all.
export const IsoDate = marked(
  z
    .union([z.string().meta({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }), z.number().int().meta({ minimum: 1000, maximum: 9999 })])
    .meta(described('An ISO date: "2010", "2010-12" or "2010-12-01".', 'Data ISO: „2010”, „2010-12” lub „2010-12-01”.'))
    .brand<'date'>(),
  { type: 'date' },
);

/** The id of a body (a file in bodies/). */
export const BodyId = marked(
  Id.meta(
    described('The id of a body: its file name in bodies/ without .yaml.', 'Identyfikator instytucji: nazwa jej pliku w folderze bodies/ bez .yaml.'),
  ).brand<'body'>(),
  { type: 'ref', kind: 'body' },
);

/** The id of a country (a file in countries/). */
export const CountryId = marked(
  Id.meta(
    described('The id of a country: its file name in countries/ without .yaml.', 'Identyfikator państwa: nazwa jego pliku w folderze countries/ bez .yaml.'),
  ).brand<'country'>(),
  {
    type: 'ref',
    kind: 'country',
  },
);

/** What each case form is, wherever a field holds one. */
export const CASE_FORMS = {
  nom: described('The nominative, mianownik: kto? co?', 'Mianownik: kto? co?'),
  gen: described('The genitive, dopełniacz: kogo? czego?', 'Dopełniacz: kogo? czego?'),
  dat: described('The dative, celownik: komu? czemu?', 'Celownik: komu? czemu?'),
  acc: described('The accusative, biernik: kogo? co?', 'Biernik: kogo? co?'),
  inst: described('The instrumental, narzędnik: z kim? z czym?', 'Narzędnik: z kim? z czym?'),
  loc: described('The locative, miejscownik: o kim? o czym?', 'Miejscownik: o kim? o czym?'),
} as const;

const form = (c: keyof typeof CASE_FORMS) => z.string().min(1).meta(CASE_FORMS[c]);

/** The grammatical gender of a noun. */
export const Gender = z
  .enum(['m', 'f', 'n'])
  .meta(described('Grammatical gender of the head noun: m, f or n.', 'Rodzaj gramatyczny rzeczownika głównego: `m` (męski), `f` (żeński) lub `n` (nijaki).'));

/** Whether a plural is masculine-personal. */
export const Personal = z.boolean().meta(described('Masculine-personal plural ("przedstawiciele").', 'Liczba mnoga męskoosobowa („przedstawiciele”).'));

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
      number: z
        .enum(['sg', 'pl'])
        .meta(described('Grammatical number: sg (default) or pl.', 'Liczba gramatyczna: `sg` (pojedyncza, domyślnie) lub `pl` (mnoga).'))
        .optional(),
      personal: Personal.optional(),
    })
    .meta(
      described(
        'A Polish noun phrase: the nominative and the other case forms the text uses.',
        'Polska fraza rzeczownikowa: mianownik i formy innych przypadków, których używa tekst.',
      ),
    ),
  { type: 'phrase' },
);

/** Free descriptive prose: no names, counts or dates, described in English and in Polish. */
export const Prose = (en: string, pl: string) => z.string().min(1).meta(described(en, pl));

/** A text the record writes itself, as a short Handlebars template with the helpers the built-in templates use:
 * "{{cap (form record.name \"nom\")}} to forum dialogu …". Checked by validate, which renders every year. */
export const RecordText = marked(
  z
    .string()
    .min(1)
    .meta(
      described(
        'A sentence written as a short template with the helpers of the built-in templates.',
        'Zdanie zapisane jako krótki szablon z funkcjami pomocniczymi wbudowanych szablonów.',
      ),
    )
    .brand<'text'>(),
  { type: 'text' },
);
