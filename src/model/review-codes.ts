// The codes of `review`, the analyst's checklist before writing a year: all of them warnings.
import { declareCodes } from '../diagnostics/codes.ts';

/** The codes of the review, with their docs. */
export const REVIEW_CODES = declareCodes({
  'carried-over': {
    severity: 'warning',
    topic: 'review',
    en: {
      means: 'an open-ended participation begun in an earlier year that nobody has confirmed for this one',
      fix: 'check in the sources that it still holds; if it does, confirm it with `coop-report confirm <year>`, if not, add `to:`',
    },
    pl: {
      means: 'udział bez daty końcowej, rozpoczęty w poprzednich latach i niepotwierdzony na ten rok',
      fix: 'sprawdź w źródłach, czy trwa; jeśli tak, potwierdź go poleceniem `coop-report confirm <rok>`, jeśli nie – dopisz `to:`',
    },
  },
  'planned-end': {
    severity: 'warning',
    topic: 'review',
    en: { means: "a project's planned end (`to`) falls within the year", fix: 'check that it ended; if it was extended, move `to`' },
    pl: { means: 'projekt ma się zakończyć (`to`) w tym roku', fix: 'sprawdź, czy się zakończył; jeśli go przedłużono, przesuń `to`' },
  },
  'past-planned-end': {
    severity: 'warning',
    topic: 'review',
    en: {
      means: 'a project was planned to end before the year, and the Office still takes part in it',
      fix: 'move `to` to the new planned end, or end the participation',
    },
    pl: {
      means: 'projekt miał się zakończyć przed tym rokiem, a Urząd nadal w nim uczestniczy',
      fix: 'przesuń `to` na nowy planowany termin albo zakończ udział',
    },
  },
  'approximate-date': {
    severity: 'warning',
    topic: 'review',
    en: { means: 'dates marked as estimates (`approximate: true`)', fix: 'confirm the dates in the sources, correct them and delete `approximate`' },
    pl: { means: 'daty oznaczone jako szacunkowe (`approximate: true`)', fix: 'potwierdź daty w źródłach, popraw je i usuń `approximate`' },
  },
  'unchanged-value': {
    severity: 'warning',
    topic: 'review',
    en: {
      means: '`members` or `exchange` has not changed for five years or more',
      fix: 'check that it still holds; record a change in `changes`, or confirm it with `coop-report confirm <year>`',
    },
    pl: {
      means: '`members` lub `exchange` nie zmieniły się od co najmniej pięciu lat',
      fix: 'sprawdź, czy nadal się zgadzają; zmianę zapisz w `changes`, a zgodność potwierdź poleceniem `coop-report confirm <rok>`',
    },
  },
  'never-told': {
    severity: 'warning',
    topic: 'review',
    en: {
      means: 'no section from `firstReportYear` to `asOf` tells or names the body or project',
      fix: "add the Office's participation, name the record from another record that is told, or delete the file",
    },
    pl: {
      means: 'żaden rozdział od `firstReportYear` do `asOf` nie opisuje ani nie wymienia gremium lub projektu',
      fix: 'dodaj udział Urzędu, odwołaj się do rekordu z innego opisywanego rekordu albo usuń plik',
    },
  },
  'no-as-of': {
    severity: 'warning',
    topic: 'review',
    en: {
      means: '`office.yaml` does not say how far the facts go (an error with `new-year`)',
      fix: 'add `asOf:` with the date up to which the records are current',
    },
    pl: { means: '`office.yaml` nie podaje, do kiedy sięgają fakty (przy `new-year` to błąd)', fix: 'dodaj `asOf:` z datą, na którą rekordy są aktualne' },
  },
});

declare module '../diagnostics/codes.ts' {
  interface DeclaredCodes extends Record<keyof typeof REVIEW_CODES, true> {}
}
