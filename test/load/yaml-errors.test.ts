// The yaml library's syntax errors, each said by its error code in the run's language, at the place to correct: never
// the library's English words.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/i18n/language.ts';
import { messagesIn } from '../../src/i18n/messages.ts';
import { parseFiles } from '../../src/load/parse-file.ts';
import { tempDir } from '../support/data.ts';

// Parses a text as the record countries/x.yaml and lists its problems as "line:column code: message", in a language.
function problems(text: string, language: Language): string[] {
  const { text: written } = messagesIn(language);
  const path = join(tempDir(), 'x.yaml');
  writeFileSync(path, text);
  return parseFiles([{ path, file: 'x.yaml', id: 'x', kind: 'country' }])[0]!.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}: ${written(d.message)}`);
}

/** What each kind of mistake is told, in each language. */
const SAID: Record<Language, Record<string, string>> = {
  en: {
    'colon-in-value':
      'A second "key: value" starts inside this value: a colon followed by a space begins a key. If the colon belongs to the text, put the whole value in quotes; if the next line is a field of its own, indent it as the fields beside it.',
    indent:
      'The indentation here does not match the lines around it: the fields of one mapping, and the items of one list, start at the same column, and a value in brackets [ ] or { } is closed and indented more than its key. Line this up with the fields above it, or close the bracket.',
    'double-quote':
      'The double quote that opens this value is never closed, so everything after it, to the end of the file, reads as one text. Close the value with the same quote at its end.',
    'single-quote':
      'The single quote that opens this value is never closed, so everything after it, to the end of the file, reads as one text. Close the value with the same quote at its end.',
    missing:
      'Something is missing here: a colon after a field\'s name ("name: value"), a comma between the items in brackets, or a space before a comment ("#"). Add what is missing.',
    'key-on-one-line':
      "A key fits on one line and ends with a colon: this line goes on with a key from the line above, or a colon is missing after a field's name. Add the colon, or put a long value in quotes.",
    unexpected:
      'This cannot stand here: a bracket or a comma without its pair, text after a closing quote, or a list item ("- ") on the line of a field. Remove it, or put the whole value in quotes.',
    'reserved-start': 'A value without quotes cannot start with "@": YAML reserves it. Put the value in quotes.',
    'block-in-brackets':
      'Inside brackets [ ] or { } the items stand on the line, separated by commas; a list item ("- ") or a "key: value" on a line of its own cannot be inside them. Write the items between the brackets with commas, or remove the brackets and write one item a line.',
    escape:
      'In double quotes a backslash begins a special character (a new line, say), and this one begins none. Put the value in single quotes instead, or write the backslash twice.',
    marks:
      'Anchors ("&name"), aliases ("*name") and tags ("!name") are YAML\'s marks, which record files do not need, and here they are written as YAML does not allow. Remove them; if "&", "*" or "!" belongs to the text, put the value in quotes.',
    tag: 'The tag "!polish" is not one of YAML\'s, and record files use no YAML tags. Remove the tag before the value; if "!" belongs to the text, put the value in quotes.',
    directive:
      'A line that starts with "%" is a YAML directive, which record files do not use. Remove the line, or put a value that starts with "%" in quotes.',
    'long-key':
      'This key is over 1024 characters long: a key is a field\'s name. Probably a long value has lost its key, or its colon; write it as "name: value".',
    tab: 'This line is indented with a tab; YAML indents with spaces only. Replace the tab with spaces.',
  },
  pl: {
    'colon-in-value':
      'W tej wartości zaczyna się kolejna para „klucz: wartość”: dwukropek, po którym stoi spacja, rozpoczyna klucz. Jeśli dwukropek należy do tekstu, ujmij całą wartość w cudzysłów; jeśli następny wiersz to osobne pole, wyrównaj jego wcięcie z sąsiednimi polami.',
    indent:
      'Wcięcie w tym miejscu nie pasuje do sąsiednich wierszy: pola jednego mapowania i elementy jednej listy zaczynają się w tej samej kolumnie, a wartość w nawiasach [ ] lub { } jest zamknięta i wcięta bardziej niż jej klucz. Wyrównaj wiersz z polami powyżej albo zamknij nawias.',
    'double-quote':
      'Cudzysłów, który otwiera tę wartość, nie został zamknięty, więc wszystko, co po nim następuje, aż do końca pliku, jest odczytywane jako jeden tekst. Zamknij wartość takim samym znakiem na jej końcu.',
    'single-quote':
      'Apostrof, który otwiera tę wartość, nie został zamknięty, więc wszystko, co po nim następuje, aż do końca pliku, jest odczytywane jako jeden tekst. Zamknij wartość takim samym znakiem na jej końcu.',
    missing:
      'Czegoś tu brakuje: dwukropka po nazwie pola („nazwa: wartość”), przecinka między elementami w nawiasach albo spacji przed komentarzem („#”). Uzupełnij brakujący znak.',
    'key-on-one-line':
      'Klucz musi mieścić się w jednym wierszu i kończyć dwukropkiem: ten wiersz jest dalszym ciągiem klucza z wiersza powyżej albo brakuje w nim dwukropka po nazwie pola. Dopisz dwukropek albo ujmij długą wartość w cudzysłów.',
    unexpected:
      'Ten znak nie może wystąpić w tym miejscu: nawias lub przecinek bez pary, tekst po zamykającym cudzysłowie albo element listy („- ”) w wierszu pola. Usuń go albo ujmij całą wartość w cudzysłów.',
    'reserved-start': 'Wartość bez cudzysłowu nie może zaczynać się od znaku „@”, który YAML zastrzega dla siebie. Ujmij wartość w cudzysłów.',
    'block-in-brackets':
      'W nawiasach [ ] lub { } elementy stoją w jednym wierszu, rozdzielone przecinkami; element listy („- ”) ani para „klucz: wartość” w osobnym wierszu nie mogą się w nich znaleźć. Wpisz elementy w nawiasach po przecinku albo usuń nawiasy i wpisz każdy element w osobnym wierszu.',
    escape:
      'W cudzysłowie podwójnym ukośnik wsteczny rozpoczyna znak specjalny (np. nowy wiersz), a ten nie rozpoczyna żadnego. Ujmij wartość w apostrofy zamiast cudzysłowu albo wpisz ukośnik dwukrotnie.',
    marks:
      'Kotwice („&nazwa”), aliasy („*nazwa”) i znaczniki („!nazwa”) to oznaczenia YAML, których pliki rekordów nie potrzebują, a tu zapisano je w sposób, na który YAML nie pozwala. Usuń je; jeśli „&”, „*” lub „!” należy do tekstu, ujmij wartość w cudzysłów.',
    tag: 'Znacznik „!polish” nie jest znacznikiem YAML, a pliki rekordów i tak nie używają znaczników. Usuń znacznik sprzed wartości; jeśli „!” należy do tekstu, ujmij wartość w cudzysłów.',
    directive:
      'Wiersz zaczynający się od „%” to dyrektywa YAML, a pliki rekordów jej nie używają. Usuń ten wiersz albo ujmij w cudzysłów wartość, która zaczyna się od „%”.',
    'long-key':
      'Ten klucz ma ponad 1024 znaki, a klucz to nazwa pola. Zapewne długiej wartości brakuje klucza albo dwukropka; zapisz ją jako „nazwa: wartość”.',
    tab: 'Ten wiersz jest wcięty tabulatorem, a YAML dopuszcza we wcięciach tylko spacje. Zastąp tabulator spacjami.',
  },
};

/** Each mistake: the file's text, where it is told (line:column code) and what it is told. */
const CASES: [string, string, string, string][] = [
  ['a colon in a value', 'name:\n  nom: Sieć\n  gen: Sieci: x\n', '3:8 yaml-syntax', 'colon-in-value'],
  ['a line indented one space more than the field above', 'name:\n  nom: Sieć\n   gen: Sieci\n', '2:8 yaml-syntax', 'colon-in-value'],
  ['a field indented less than the one above', 'name:\n  nom: a\n gen: b\n', '3:1 yaml-syntax', 'indent'],
  ['an unclosed bracket', 'name: [a, b\nacronym: X\n', '2:1 yaml-syntax', 'indent'],
  ['an unclosed double quote', 'name:\n  nom: "Sieć\nacronym: X\n', '2:8 yaml-syntax', 'double-quote'],
  ['an unclosed single quote', "name:\n  nom: 'Sieć\nacronym: X\n", '2:8 yaml-syntax', 'single-quote'],
  ['a field without its colon', 'name:\n  nom: Sieć\n  gen Sieci\nacronym: X\n', '3:3 yaml-syntax', 'missing'],
  ['a key over two lines', 'name:\n  nom: Sieć\nacronym\n  X\n', '3:1 yaml-syntax', 'key-on-one-line'],
  ['text after a closing quote', 'acronym: "X" Y\n', '1:14 yaml-syntax', 'unexpected'],
  ['a value starting with @', 'acronym: @X\n', '1:10 yaml-syntax', 'reserved-start'],
  ['a list item inside brackets', 'name: {nom: a, gen: - x}\n', '1:21 yaml-syntax', 'block-in-brackets'],
  ['a backslash in double quotes', 'acronym: "C:\\Users"\n', '1:13 yaml-syntax', 'escape'],
  ['two anchors on one value', 'acronym: &a &b X\n', '1:13 yaml-syntax', 'marks'],
  ['an unknown tag', 'acronym: !polish X\n', '1:10 yaml-syntax', 'tag'],
  ['a directive without the line "---" after it: at the directive', '# Norwegia\n%YAML 1.2\nacronym: X\n', '2:1 yaml-syntax', 'directive'],
  ['a directive of no YAML version, without "---"', '%FOO bar\nacronym: X\n', '1:1 yaml-syntax', 'directive'],
  [
    'a key of 1,100 characters',
    'kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk: 1\n',
    '1:1 yaml-syntax',
    'long-key',
  ],
  ['a tab', 'name:\n\tnom: Sieć\n', '2:1 tab-indent', 'tab'],
];

describe('syntax errors of YAML', () => {
  it.each(CASES.flatMap(([what, text, at, said]) => (['en', 'pl'] as const).map((language) => [what, language, text, at, said] as const)))(
    '%s (%s)',
    (_what, language, text, at, said) => {
      expect(problems(text, language)).toEqual([`${at}: ${SAID[language][said]}`]);
    },
  );

  it('never says what the library says', () => {
    const english = /must|allowed|Implicit|Unexpected|Missing|Unresolved|indicator|scalar|token/;
    for (const [, text] of CASES) for (const language of ['en', 'pl'] as const) expect(problems(text, language).join('\n')).not.toMatch(english);
  });
});
