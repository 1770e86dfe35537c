// The codes the command line raises: its configuration file, and the files of a build it cannot read or write, or
// that come out broken.
import { declareCodes } from '../diagnostics/codes.ts';

/** The codes of the command line, with their docs. */
export const CLI_CODES = declareCodes({
  'reference-doc': {
    severity: 'error',
    topic: 'build',
    en: {
      means:
        'the `--reference-doc` DOCX cannot be used: missing, not a regular file, over 64 MiB, not a zip, a part over 32 MiB or inflating more than 500 times over, a part that is not well-formed XML or declares a DOCTYPE, a relationship to a part it lacks (exit 2)',
      fix: 'save the document as `.docx` in Word or LibreOffice and name it again',
    },
    pl: {
      means: 'dokumentu wzorcowego (`--reference-doc`) nie da się użyć: nie istnieje, nie jest plikiem DOCX, jest za duży lub uszkodzony (kod wyjścia 2)',
      fix: 'zapisz dokument w Wordzie lub LibreOffice jako `.docx` i wskaż go ponownie',
    },
  },
  'cannot-write': {
    severity: 'error',
    topic: 'build',
    en: {
      means:
        'a file of the build cannot be written: no permission, a full or read-only disk, a file where a folder goes, a folder where a file goes (exit 2; the files already there are unchanged)',
      fix: 'close the file in Word, free some space, or name another folder with `--out`',
    },
    pl: {
      means:
        'pliku nie da się zapisać: brak uprawnień, pełny dysk, plik otwarty w innym programie, plik w miejscu folderu (kod wyjścia 2; pliki, które już tam były, pozostają bez zmian)',
      fix: 'zamknij plik w Wordzie, zwolnij miejsce albo wskaż inny folder opcją `--out`',
    },
  },
  'bad-output': {
    severity: 'error',
    topic: 'build',
    en: {
      means:
        'a file of the build came out broken, checked before anything is written: a PDF that is empty, does not start with `%PDF` or has no page (LibreOffice exited 0 without converting), a DOCX that is not a readable zip archive with `word/document.xml` (exit 2; nothing is written)',
      fix: 'build again; if the PDF is broken again, open the DOCX in LibreOffice and export it to PDF to see why; report a broken DOCX as a bug',
    },
    pl: {
      means:
        'plik utworzony w trakcie budowania jest wadliwy, co wykryto przed zapisaniem czegokolwiek: PDF jest pusty, nie zaczyna się od `%PDF` albo nie ma żadnej strony (LibreOffice zakończył pracę bez błędu, ale nie przekształcił dokumentu), DOCX nie jest czytelnym archiwum zip z częścią `word/document.xml` (kod wyjścia 2; niczego nie zapisano)',
      fix: 'uruchom budowanie ponownie; jeśli PDF znów jest wadliwy, otwórz plik DOCX w LibreOffice i wyeksportuj go do PDF, aby poznać przyczynę; wadliwy DOCX zgłoś jako błąd programu',
    },
  },
  config: {
    severity: 'error',
    topic: 'build',
    en: {
      means: '`coop-report.config.yaml` has an unknown key or a wrong value, or is not a file (exit 2)',
      fix: 'correct the setting the message names; the settings are `data`, `out`, `templates`, `formats` and `root`',
    },
    pl: {
      means: 'plik `coop-report.config.yaml` ma nieznane ustawienie lub złą wartość albo nie jest plikiem (kod wyjścia 2)',
      fix: 'popraw wskazane ustawienie; dostępne to `data`, `out`, `templates`, `formats` i `root`',
    },
  },
});

declare module '../diagnostics/codes.ts' {
  interface DeclaredCodes extends Record<keyof typeof CLI_CODES, true> {}
}
