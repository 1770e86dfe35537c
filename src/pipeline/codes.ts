// The codes the pipeline raises: a year with nothing to build, and what rendering every year in memory finds.
import { declareCodes } from '../diagnostics/codes.ts';

/** The codes of the pipeline, with their docs. */
export const PIPELINE_CODES = declareCodes({
  'missing-form': {
    severity: 'error',
    topic: 'text',
    en: {
      means:
        'a noun phrase lacks a case form that a sentence needs: every year is rendered in memory with the templates in use, and the problem is placed at the noun phrase (in the record or in its `changes`), naming the year and the template line that needs it',
      fix: 'add the form the message names under that name, such as `loc: Radzie Unii Europejskiej`',
    },
    pl: {
      means: 'frazie rzeczownikowej brakuje formy przypadka, której potrzebuje zdanie (komunikat podaje rok i miejsce w szablonie), np. miejscownika (`loc`)',
      fix: 'dopisz pod wskazaną nazwą podaną formę, np. `loc: Radzie Unii Europejskiej`',
    },
  },
  'record-text': {
    severity: 'error',
    topic: 'text',
    en: {
      means:
        'a record\'s own text (`sentences`, `wording`) has an error: syntax, an unknown helper, a field the data lacks, a helper given a value it cannot use (a name where a date goes: "Argument 1 of "inDate" should be a date, but got …"); placed at the text, naming its line and column within it and the year',
      fix: 'correct the text; the message gives the line and column within it and the year',
    },
    pl: {
      means:
        'własny tekst rekordu (`sentences`, `wording`) ma błąd: składni, nieznany pomocnik, pole, którego brak w danych, albo pomocnik otrzymał wartość, której nie może użyć (np. nazwę zamiast daty: „Argument nr 1 pomocnika „inDate” powinien być datą, a otrzymano …”)',
      fix: 'popraw tekst; komunikat podaje wiersz i kolumnę w tekście oraz rok',
    },
  },
  'unread-wording': {
    severity: 'warning',
    topic: 'text',
    en: {
      means:
        'a record words a part of a sentence (`wording`) that no sentence of any year has with the templates in use: a misspelt part (with "Did you mean"), or a part given on another record than the one its sentence is about (`newly-established` on a board, not its agency); placed at the part, listing the parts of the record\'s kind',
      fix: 'correct the name as suggested, or move the part to the record its sentence is about (the parts are listed in [the data format](data-format.md))',
    },
    pl: {
      means:
        'rekord podaje w `wording` część zdania, której przy bieżących szablonach nie ma żadne zdanie w żadnym roku: nazwa z literówką albo część podana w innym rekordzie niż ten, o którym jest zdanie (np. `newly-established` w radzie zamiast w agencji)',
      fix: 'popraw nazwę według podpowiedzi albo przenieś część do właściwego rekordu (tabela części: [format danych](format-danych.md))',
    },
  },
  'template-data': {
    severity: 'error',
    topic: 'text',
    en: { means: 'a helper failed on a value of a record while rendering a year in memory; placed at the value', fix: 'correct the value as the message says' },
    pl: { means: 'pomocnik szablonu nie poradził sobie z wartością rekordu', fix: 'popraw wskazaną wartość według komunikatu' },
  },
  'untold-field': {
    severity: 'warning',
    topic: 'text',
    en: {
      means:
        "a field that only sentences tell (`remit`, `basis`, `members`, `definition`, …) is given on a record that is told, but no sentence of any year reads it with the templates in use: the record's role does not tell it",
      fix: "check the participation's role; if the field belongs in the text, tell it in a sentence of the record's own (`sentences`), else delete it",
    },
    pl: {
      means:
        'rekord opisywany w rozdziale ma pole, które trafia do tekstu tylko przez zdania (`remit`, `basis`, `members`, `definition`…), ale przy jego roli żadne zdanie w żadnym roku go nie używa',
      fix: 'sprawdź rolę w udziale; jeśli pole ma się znaleźć w tekście, opisz je własnym zdaniem (`sentences`), a jeśli nie – usuń je',
    },
  },
  'empty-year': {
    severity: 'error',
    topic: 'build',
    en: { means: 'nothing in the data holds in the year asked for; lists the years that have data', fix: 'ask for another year, or complete the records' },
    pl: {
      means: 'w danych nic nie obowiązuje w podanym roku; komunikat wymienia lata, dla których są dane',
      fix: 'podaj inny rok albo uzupełnij rekordy',
    },
  },
  'beyond-as-of': {
    severity: 'error',
    topic: 'build',
    en: {
      means: '`build` of a year after the year of `asOf` in `office.yaml`: the facts do not go that far; placed at `asOf`',
      fix: 'open that year with `coop-report new-year <year>`, then bring the records up to it',
    },
    pl: {
      means: 'rok jest późniejszy niż data `asOf` w `office.yaml`: dane nie sięgają tak daleko',
      fix: 'otwórz ten rok poleceniem `coop-report new-year <rok>`, a potem uzupełnij rekordy (zob. [przewodnik](README.md#1-otwórz-rok-coop-report-new-year-2011))',
    },
  },
  'before-first-year': {
    severity: 'error',
    topic: 'build',
    en: {
      means: '`build` of a year before `firstReportYear` in `office.yaml`; placed at `firstReportYear`',
      fix: 'ask for a later year, or lower `firstReportYear`',
    },
    pl: { means: 'rok jest wcześniejszy niż `firstReportYear` w `office.yaml`', fix: 'podaj późniejszy rok albo obniż `firstReportYear`' },
  },
  'published-changed': {
    severity: 'warning',
    topic: 'year',
    en: {
      means:
        'the data would change the text of a year kept by `coop-report publish`: said by `validate`, `build`, `review` and `preview`, one per sentence, at its paragraph in `published/wspolpraca-miedzynarodowa-YEAR.md`, with the sentence as published and as it would read, and the records and fields it is made from (an error with `--strict`)',
      fix: 'undo the change, or record it with its date in `changes`; if it is meant, accept it with `coop-report publish <year> --accept`',
    },
    pl: {
      means:
        'dane zmieniłyby tekst opublikowanego rozdziału (`coop-report publish`); komunikat podaje zdanie przed zmianą i po niej oraz rekordy i pola, z których powstało (także przy `validate`, `build` i `preview`; z `--strict` to błąd)',
      fix: 'cofnij zmianę albo zapisz ją z datą w `changes`; jeśli jest zamierzona, przyjmij ją poleceniem `coop-report publish <rok> --accept`',
    },
  },
  'not-next-year': {
    severity: 'error',
    topic: 'year',
    en: {
      means: '`new-year` of a year that is not the one after `asOf` (or is open already); placed at `asOf`',
      fix: 'give the year after `asOf`',
    },
    pl: {
      means: '`new-year` roku, który nie następuje bezpośrednio po `asOf` (albo jest już otwarty); wskazuje `asOf`',
      fix: 'podaj rok następny po `asOf`',
    },
  },
  'not-a-record': {
    severity: 'error',
    topic: 'year',
    en: { means: '`confirm` given a file that is not a record file of the data folder', fix: 'name files of `bodies/` or `projects/` of the data folder' },
    pl: { means: '`confirm` z plikiem, który nie jest rekordem w folderze danych', fix: 'podaj pliki z `bodies/` lub `projects/` folderu danych' },
  },
});

declare module '../diagnostics/codes.ts' {
  interface DeclaredCodes extends Record<keyof typeof PIPELINE_CODES, true> {}
}
