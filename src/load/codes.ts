// The codes loading raises: finding the record files, reading them and parsing their YAML.
import { declareCodes } from '../diagnostics/codes.ts';

/** The codes of loading, with their docs. */
export const LOAD_CODES = declareCodes({
  'data-folder': {
    severity: 'error',
    topic: 'data-folder',
    en: {
      means: 'the data folder (or one of `bodies/`, `projects/`, `countries/`) does not exist, is a file, or cannot be read',
      fix: 'run the command in the project folder, or name the data folder with `--data FOLDER` or in `coop-report.config.yaml`; `coop-report init` starts a new project',
    },
    pl: {
      means: 'folder z danymi (albo jeden z folderów `bodies/`, `projects/`, `countries/`) nie istnieje, jest plikiem lub nie daje się odczytać',
      fix: 'sprawdź, czy polecenie działa w folderze projektu; wskaż folder opcją `--data FOLDER` albo w pliku `coop-report.config.yaml`; nowy projekt tworzy `coop-report init`',
    },
  },
  'outside-data': {
    severity: 'error',
    topic: 'data-folder',
    en: {
      means:
        'a record file, a record folder or `office.yaml` is a link that leads outside the data folder: refused at the link, and what it leads to is neither read nor quoted',
      fix: 'copy the file or folder into the data folder instead of linking to it',
    },
    pl: {
      means:
        'plik rekordu, folder rekordów albo `office.yaml` jest dowiązaniem symbolicznym prowadzącym poza folder z danymi; coop-report nie odczytuje ani nie przytacza tego, do czego prowadzi',
      fix: 'zamiast dowiązania skopiuj plik lub folder do folderu z danymi',
    },
  },
  'missing-office': {
    severity: 'error',
    topic: 'data-folder',
    en: { means: 'there is no `office.yaml`', fix: 'create it (see [the data format](data-format.md#officeyaml)) or name the right data folder' },
    pl: {
      means: 'w folderze z danymi nie ma pliku `office.yaml`',
      fix: 'utwórz go (zob. [format danych](format-danych.md#urząd-officeyaml)) albo wskaż właściwy folder',
    },
  },
  'stray-file': {
    severity: 'warning',
    topic: 'data-folder',
    en: {
      means: 'a `.yaml` file outside the record folders, or a `.yml` file, which is not read',
      fix: 'move the file into `bodies/`, `projects/` or `countries/`, rename it to `.yaml`, or delete it',
    },
    pl: {
      means: 'plik `.yaml` poza folderami rekordów albo plik z rozszerzeniem `.yml` – nie jest wczytywany',
      fix: 'przenieś plik do `bodies/`, `projects/` lub `countries/`, zmień rozszerzenie na `.yaml` albo usuń plik',
    },
  },
  'bad-id': {
    severity: 'error',
    topic: 'data-folder',
    en: {
      means: "a record's file name is not an id (lower-case letters, digits, hyphens)",
      fix: 'rename the file to the name the message gives, such as `working-party.yaml`',
    },
    pl: {
      means: 'nazwa pliku nie nadaje się na identyfikator (wielkie litery, spacje, polskie znaki)',
      fix: 'zmień nazwę pliku na podaną w komunikacie: małe litery, cyfry i łączniki, np. `grupa-robocza.yaml`',
    },
  },
  'unreadable-file': {
    severity: 'error',
    topic: 'reading',
    en: {
      means: 'the file cannot be read: a folder, a broken link, a pipe or device, no permission',
      fix: 'check the file the message names and its permissions',
    },
    pl: {
      means: 'pliku nie da się odczytać: to folder, uszkodzony skrót, potok lub urządzenie albo brak uprawnień',
      fix: 'sprawdź plik wskazany w komunikacie i jego uprawnienia',
    },
  },
  'file-too-large': {
    severity: 'error',
    topic: 'reading',
    en: { means: 'the file is over 1 MiB; it is refused before it is read', fix: 'split the file so that each record has a file of its own' },
    pl: { means: 'plik ma ponad 1 MiB; rekord to kilkadziesiąt wierszy', fix: 'podziel plik tak, by każdy rekord był w osobnym pliku' },
  },
  'not-utf8': {
    severity: 'error',
    topic: 'reading',
    en: {
      means:
        'the file is not UTF-8: the line and column of the first bad byte, its value, and the Windows-1250 letter it would be. A UTF-8 BOM and CRLF line ends are accepted; decomposed letters (NFD) are read as composed (NFC)',
      fix: 'save the file as UTF-8 (in Notepad: "Save as", Encoding: UTF-8)',
    },
    pl: {
      means: 'plik nie jest zapisany w UTF-8; komunikat podaje wiersz i kolumnę pierwszego złego bajtu oraz literę, którą byłby w Windows-1250',
      fix: 'zapisz plik w UTF-8 (w Notatniku: „Zapisz jako”, Kodowanie: UTF-8)',
    },
  },
  'yaml-syntax': {
    severity: 'error',
    topic: 'yaml',
    en: {
      means:
        'the file is not valid YAML: the first syntax error; also a second document (`---`), an unknown tag (`!foo`), a key that is a list or mapping, an alias with no anchor above it',
      fix: 'correct the line the message names and the line above it; the message says what is missing',
    },
    pl: {
      means:
        'plik nie jest poprawnym YAML: brakujący cudzysłów, nawias lub dwukropek, złe wcięcie; także drugi dokument (`---`), znacznik (`!coś`), klucz, który jest listą, alias bez kotwicy',
      fix: 'popraw wskazany wiersz i wiersz nad nim; komunikat mówi, czego zabrakło',
    },
  },
  'duplicate-key': {
    severity: 'error',
    topic: 'yaml',
    en: { means: 'a key is set twice in one mapping (also `1` and `"1"`); says where it was first set', fix: 'delete one of the two, or merge their values' },
    pl: {
      means: 'ten sam klucz występuje dwa razy w jednym mapowaniu; komunikat podaje wiersz pierwszego wystąpienia',
      fix: 'usuń jedno z wystąpień albo połącz ich wartości',
    },
  },
  'tab-indent': {
    severity: 'error',
    topic: 'yaml',
    en: {
      means:
        "a line's indentation holds a tab, at its start or after spaces: located at the first tab, once a line, and the syntax errors on that line (which follow from it) are not reported. A tab is not indentation, and not reported, on a blank or comment line, or on a line that continues a block text (`\\|`, `>`), a quoted text or brackets, where YAML reads it as text or as a space",
      fix: 'replace the tab with spaces (YAML indents with spaces only)',
    },
    pl: {
      means: 'we wcięciu wiersza jest tabulator, na początku albo po spacjach; kolumna wskazuje pierwszy tabulator',
      fix: 'zastąp tabulator spacjami (YAML dopuszcza we wcięciach tylko spacje)',
    },
  },
  'too-deep': {
    severity: 'error',
    topic: 'yaml',
    en: {
      means: 'the file nests more than 100 levels (indentation, `- ` and open brackets): refused before parsing',
      fix: 'check that every `[` and `{` is closed',
    },
    pl: { means: 'plik ma ponad 100 poziomów zagnieżdżenia', fix: 'sprawdź, czy każdy nawias `[` i `{` jest zamknięty' },
  },
  'yaml-aliases': {
    severity: 'error',
    topic: 'yaml',
    en: { means: 'aliases expand to more than 100 values (an "alias bomb"), located at the first alias', fix: 'write the values out, without aliases' },
    pl: { means: 'aliasy (`*nazwa`) rozwijają się do ponad 100 wartości', fix: 'wpisz wartości wprost, bez aliasów' },
  },
  'empty-file': {
    severity: 'error',
    topic: 'yaml',
    en: { means: 'the file holds no YAML value, only comments or nothing', fix: 'fill in the record, or delete the file' },
    pl: { means: 'plik jest pusty albo zawiera same komentarze', fix: 'uzupełnij rekord albo usuń plik' },
  },
  'not-a-mapping': {
    severity: 'error',
    topic: 'yaml',
    en: {
      means: 'the file holds a list or a single value instead of `key: value` fields',
      fix: 'write the record as fields, such as `name:`, `area:`, `participations:`',
    },
    pl: {
      means: 'plik zawiera listę albo pojedynczą wartość zamiast pól `klucz: wartość`',
      fix: 'zapisz rekord jako pola, np. `name:`, `area:`, `participations:`',
    },
  },
  'published-file': {
    severity: 'error',
    topic: 'year',
    en: { means: 'the folder `published/` beside the data folder cannot be read', fix: 'check the permissions of the folder' },
    pl: { means: 'folderu `published/` nie da się odczytać', fix: 'sprawdź uprawnienia do folderu' },
  },
});

declare module '../diagnostics/codes.ts' {
  interface DeclaredCodes extends Record<keyof typeof LOAD_CODES, true> {}
}
