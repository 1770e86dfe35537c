// The codes of the schema check (./schema.ts, ./schema-issues.ts): a record's fields against the schema of its kind.
import { declareCodes } from '../../diagnostics/codes.ts';

/** The codes of the schema check, with their docs. */
export const SCHEMA_CODES = declareCodes({
  'missing-field': {
    severity: 'error',
    topic: 'fields',
    en: {
      means:
        "a required field is missing (`name`, `nom`, a project's `context`, a participation's `from`, `as` for the role `function`); located at the mapping that lacks it",
      fix: 'add the field the message names, in the mapping it points at',
    },
    pl: {
      means: 'brakuje wymaganego pola: `name`, `nom`, `context` projektu, `from` udziału, `as` dla roli `function`',
      fix: 'dopisz pole wskazane w komunikacie; komunikat wskazuje mapowanie, w którym go brakuje',
    },
  },
  'unknown-field': {
    severity: 'error',
    topic: 'fields',
    en: {
      means: 'a key the record does not take, with "Did you mean" and the allowed keys; `__proto__` and `constructor` are unknown keys like any other',
      fix: 'correct the name ("Did you mean …?"); the message lists the fields allowed there',
    },
    pl: {
      means: 'pole, którego rekord nie przyjmuje – zwykle literówka',
      fix: 'popraw nazwę („Czy chodziło o …?”); komunikat wymienia dozwolone pola',
    },
  },
  'wrong-type': {
    severity: 'error',
    topic: 'fields',
    en: {
      means: 'a value of the wrong type: text for a number (`"15"`), a single value for a list, a date that is not text',
      fix: 'follow the hint: drop the quotes, put the value in quotes, or write it as a list `[…]`',
    },
    pl: {
      means: 'wartość złego typu: tekst zamiast liczby (`"15"`), pojedyncza wartość zamiast listy, data, która nie jest tekstem',
      fix: 'postępuj według wskazówki: usuń cudzysłów, ujmij wartość w cudzysłów albo zapisz ją jako listę `[…]`',
    },
  },
  'not-allowed': {
    severity: 'error',
    topic: 'fields',
    en: {
      means: 'a value outside the allowed set (`role`, `who`, `area`, `gender`, …), with "Did you mean"',
      fix: 'choose one of the values the message lists; for a gender `m`, `f` or `n`',
    },
    pl: {
      means: 'wartość spoza dozwolonego zbioru (`role`, `who`, `area`, `gender`…)',
      fix: 'wybierz jedną z wartości podanych w komunikacie; dla rodzaju: `m`, `f` lub `n` (nie „ż”)',
    },
  },
  'too-small': {
    severity: 'error',
    topic: 'fields',
    en: { means: 'an empty text, or a number below its minimum', fix: 'write the value, or delete the field' },
    pl: { means: 'pusty tekst albo liczba mniejsza niż dopuszczalna', fix: 'wpisz wartość albo usuń pole' },
  },
  'bad-format': {
    severity: 'error',
    topic: 'fields',
    en: {
      means: 'a text in the wrong form, such as an id with capitals, or a count that is not a number (`count: dużo`; `"4,5 tys."` and `"15 000"` are numbers)',
      fix: 'correct it as the message says (an id: lower-case letters, digits and hyphens; a number: `22`, `"4,5 tys."`, `"15 000"`)',
    },
    pl: {
      means: 'tekst w złej postaci, np. identyfikator z wielkimi literami albo liczebność, która nie jest liczbą (`count: dużo`)',
      fix: 'popraw według komunikatu (identyfikator: małe litery, cyfry i łączniki; liczba: `22`, `"4,5 tys."`, `"15 000"`)',
    },
  },
  schema: {
    severity: 'error',
    topic: 'fields',
    en: { means: 'any other schema problem (not expected in practice)', fix: 'correct the field as the message says' },
    pl: { means: 'inny problem z polem (w praktyce się nie zdarza)', fix: 'popraw pole według komunikatu' },
  },
});

declare module '../../diagnostics/codes.ts' {
  interface DeclaredCodes extends Record<keyof typeof SCHEMA_CODES, true> {}
}
