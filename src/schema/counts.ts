// A count and its noun as the analyst writes them ("ponad 100 misji", "27 państw członkowskich UE"): the number, its
// bound, the noun the lexicon declines or its forms, and an adjective that agrees with the count.
import * as z from 'zod';
import { described } from './described.ts';
import { QUANTITY } from '../polish/index.ts';
import { CASE_FORMS, Gender, Personal } from './fields.ts';
import { marked } from './marks.ts';

/** A number as the analyst writes it: 22, 4.5, "4,5 tys.", "15 000". */
const Quantity = z
  .union([z.number().min(0), z.string().regex(QUANTITY, 'a number such as 22, 4.5, "4,5 tys.", "1,2 mln" or "15 000"')])
  .meta(described('A number: 22, 4.5, "4,5 tys." or "15 000".', 'Liczba: 22, 4.5, „4,5 tys.” lub „15 000”.'));

/** How a count is bounded: "ok. 100", "ponad 100", "co najmniej 3". */
const Bound = z
  .enum(['about', 'over', 'nearly', 'almost', 'atLeast', 'atMost'])
  .meta(
    described(
      'about (ok.), over (ponad), nearly (blisko), almost (prawie), atLeast (co najmniej), atMost (co najwyżej).',
      '`about` (ok.), `over` (ponad), `nearly` (blisko), `almost` (prawie), `atLeast` (co najmniej), `atMost` (co najwyżej).',
    ),
  );

/** A counted noun's forms in the cases a sentence asks for besides those of a count: { loc: misjach wsparcia }. */
const CaseForms = z.strictObject(Object.fromEntries(Object.entries(CASE_FORMS).map(([c, what]) => [c, z.string().min(1).meta(what).optional()])));

/** A counted noun: a word the lexicon knows ("państwo", "misja") or its forms. */
export const CountedNoun = z
  .union([
    z.string().min(1),
    z.strictObject({
      one: z.string().min(1).meta(described('The nominative singular: "kraj kandydujący".', 'Mianownik liczby pojedynczej: „kraj kandydujący”.')),
      few: z
        .string()
        .min(1)
        .meta(described('The nominative plural, after 2-4: "kraje kandydujące".', 'Mianownik liczby mnogiej, po 2–4: „kraje kandydujące”.')),
      many: z
        .string()
        .min(1)
        .meta(described('The genitive plural, after 5: "krajów kandydujących".', 'Dopełniacz liczby mnogiej, po 5: „krajów kandydujących”.')),
      other: z
        .string()
        .min(1)
        .meta(described('The genitive singular, after a fraction: "kraju kandydującego".', 'Dopełniacz liczby pojedynczej, po ułamku: „kraju kandydującego”.'))
        .optional(),
      gender: Gender.optional(),
      personal: Personal.optional(),
      sg: CaseForms.meta(
        described(
          'Singular forms in other cases, after 1: { loc: misji wsparcia }.',
          'Formy liczby pojedynczej w innych przypadkach, po 1: { loc: misji wsparcia }.',
        ),
      ).optional(),
      pl: CaseForms.meta(
        described(
          'Plural forms in other cases, after 2 or more: { loc: misjach wsparcia }.',
          'Formy liczby mnogiej w innych przypadkach, po 2 i więcej: { loc: misjach wsparcia }.',
        ),
      ).optional(),
    }),
  ])
  .meta(
    described(
      'The noun counted: a word of the lexicon ("państwo", "misja", "dzień") or its forms {one, few, many}.',
      'Rzeczownik liczony: słowo ze słownika programu („państwo”, „misja”, „dzień”) lub jego formy `{one, few, many}`.',
    ),
  );
marked(CountedNoun, { type: 'counted-noun' });

/** An adjective or participle that agrees with a count, as the masculine nominative singular. */
const Adjective = marked(
  z
    .string()
    .min(1)
    .meta(
      described(
        'An adjective or participle agreeing with the count: "uczestniczący" -> "17 państw uczestniczących".',
        'Przymiotnik lub imiesłów uzgadniany z liczebnikiem: „uczestniczący” → „17 państw uczestniczących”.',
      ),
    ),
  {
    type: 'adjective',
  },
);

/** A count with its noun: "27 państw członkowskich UE", "ponad 100 misji". */
export const Count = z
  .strictObject({
    count: Quantity.optional(),
    bound: Bound.optional(),
    words: z.boolean().meta(described('Write the number in words: "trzech", "dwóch".', 'Liczba zapisana słownie: „trzech”, „dwóch”.')).optional(),
    noun: CountedNoun.optional(),
    adjective: Adjective.optional(),
  })
  .meta(
    described('A number of things: the count, an optional bound, and the noun.', 'Liczebność: liczba, opcjonalne przybliżenie („ok.”, „ponad”) i rzeczownik.'),
  );
