// Whole messages in both languages: the English ones as coop-report has always written them, the Polish ones with
// their plural forms, cases and typography.
import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/diagnostics/format.ts';
import { error, warning } from '../../src/diagnostics/diagnostic.ts';
import type { MessageKey } from '../../src/i18n/en.ts';
import { format, messagesIn, type MessageParams } from '../../src/i18n/messages.ts';

const CASES: [MessageKey, MessageParams, string, string][] = [
  ['found.errors', { count: 1 }, '1 error', '1 błąd'],
  ['found.errors', { count: 2 }, '2 errors', '2 błędy'],
  ['found.errors', { count: 4 }, '4 errors', '4 błędy'],
  ['found.errors', { count: 5 }, '5 errors', '5 błędów'],
  ['found.errors', { count: 12 }, '12 errors', '12 błędów'],
  ['found.errors', { count: 22 }, '22 errors', '22 błędy'],
  ['found.errors', { count: 25 }, '25 errors', '25 błędów'],
  ['found.errors', { count: 101 }, '101 errors', '101 błędów'],
  // from 1,000 on, digits are grouped as each language groups them: Polish only from 10 000, with a no-break space
  ['found.errors', { count: 1234 }, '1,234 errors', '1234 błędy'],
  ['found.errors', { count: 12345 }, '12,345 errors', '12\u00a0345 błędów'],
  // a value that names a property every object inherits chooses "other", as any value without an option of its own
  [
    'load.not-utf8',
    { hex: '0xE6', line: 3, guess: '__proto__' },
    'This file is not UTF-8: byte 0xE6 on line 3 is not valid UTF-8 ("__proto__" in Windows-1250, so the file was probably saved in that encoding). Save the file as UTF-8 (in Notepad: "Save as", Encoding: UTF-8).',
    'Ten plik nie jest zapisany w UTF-8: bajt 0xE6 w wierszu 3 nie jest poprawnym znakiem UTF-8 (w Windows-1250 to „__proto__”, więc plik zapisano zapewne w tym kodowaniu). Zapisz plik w UTF-8 (w Notatniku: „Zapisz jako”, Kodowanie: UTF-8).',
  ],
  // a kind is named in each language, and a kind with no words of its own in a message by its name
  [
    'rule.unknown-id',
    { id: 'norwegia', kind: 'country', folder: 'countries/', hint: '' },
    '"norwegia" names no record; expected the id of a country (a file in countries/).',
    '„norwegia” nie wskazuje żadnego rekordu; oczekiwano identyfikatora państwa (pliku w countries/).',
  ],
  [
    'rule.unknown-id',
    { id: 'szczyt', kind: 'meeting', folder: 'meetings/', hint: '' },
    '"szczyt" names no record; expected the id of a record of the kind "meeting" (a file in meetings/).',
    '„szczyt” nie wskazuje żadnego rekordu; oczekiwano identyfikatora rekordu rodzaju „meeting” (pliku w meetings/).',
  ],
  [
    'rule.duplicate-id',
    { id: 'szczyt', kind: 'meeting', file: 'meetings/szczyt.yaml' },
    'The id "szczyt" is already used by a record of the kind "meeting" in meetings/szczyt.yaml; records name each other by id, so an id must be unique across folders. Rename one of the two files.',
    'Identyfikator „szczyt” jest już używany przez rekord rodzaju „meeting” w pliku meetings/szczyt.yaml; rekordy odwołują się do siebie przez identyfikatory, więc identyfikator musi być niepowtarzalny we wszystkich folderach. Zmień nazwę jednego z dwóch plików.',
  ],
  [
    'review.never-told',
    { first: 2010, last: 2014, kind: 'meeting' },
    "No section from 2010 to 2014 tells or names this meeting. Add the Office's participation, refer to it from a record that is told, or remove the file.",
    'Żaden rozdział od 2010 do 2014 r. nie opisuje ani nie wymienia tego rekordu rodzaju „meeting”. Dodaj udział Urzędu, odwołaj się do niego z opisywanego rekordu albo usuń plik.',
  ],
  ['found.warnings', { count: 1 }, '1 warning', '1 ostrzeżenie'],
  ['found.warnings', { count: 2 }, '2 warnings', '2 ostrzeżenia'],
  ['found.warnings', { count: 5 }, '5 warnings', '5 ostrzeżeń'],
  ['found.warnings', { count: 14 }, '14 warnings', '14 ostrzeżeń'],
  ['found.warnings', { count: 23 }, '23 warnings', '23 ostrzeżenia'],
  [
    'validate.summary',
    { folder: 'data', bodies: 1, projects: 2, countries: 5 },
    'data: 1 body, 2 projects, 5 countries; no errors.',
    'data: 1 gremium, 2 projekty, 5 państw; bez błędów.',
  ],
  [
    'validate.summary',
    { folder: 'data', bodies: 22, projects: 1, countries: 3 },
    'data: 22 bodies, 1 project, 3 countries; no errors.',
    'data: 22 gremia, 1 projekt, 3 państwa; bez błędów.',
  ],
  [
    'validate.summary',
    { folder: 'data', bodies: 12, projects: 15, countries: 1 },
    'data: 12 bodies, 15 projects, 1 country; no errors.',
    'data: 12 gremiów, 15 projektów, 1 państwo; bez błędów.',
  ],
  [
    'build.summary',
    { years: 19, range: '1992–2010', files: 38, size: '301,2 kB' },
    'Built 19 years (1992–2010): 38 files, 301,2 kB.',
    'Utworzono 38 plików za 19 lat (1992–2010), razem 301,2 kB.',
  ],
  [
    'build.summary',
    { years: 1, range: '2010', files: 2, size: '12,3 kB' },
    'Built 1 year (2010): 2 files, 12,3 kB.',
    'Utworzono 2 pliki za 1 rok (2010), razem 12,3 kB.',
  ],
  [
    'build.summary',
    { years: 3, range: '2023–2025', files: 1, size: '1,0 kB' },
    'Built 3 years (2023–2025): 1 file, 1,0 kB.',
    'Utworzono 1 plik za 3 lata (2023–2025), razem 1,0 kB.',
  ],
  ['review.items', { count: 1, year: '2011' }, '1 item to check before writing 2011.', 'Do sprawdzenia przed napisaniem rozdziału za 2011 r.: 1 pozycja.'],
  ['review.items', { count: 3, year: '2011' }, '3 items to check before writing 2011.', 'Do sprawdzenia przed napisaniem rozdziału za 2011 r.: 3 pozycje.'],
  ['review.items', { count: 7, year: '2011' }, '7 items to check before writing 2011.', 'Do sprawdzenia przed napisaniem rozdziału za 2011 r.: 7 pozycji.'],
  [
    'review.unchanged-value',
    { key: 'members', from: '2005', years: 5, year: '2010' },
    '"members" has stayed the same since 2005 (5 years by 2010). Check that it still holds; record a change with "changes: [{from: …, members: …}]", or confirm it with "coop-report confirm 2010".',
    'Wartość „members” nie zmieniła się od 2005 r. (5 lat do 2010 r.). Sprawdź, czy nadal obowiązuje; zapisz zmianę jako „changes: [{from: …, members: …}]” albo potwierdź ją poleceniem „coop-report confirm 2010”.',
  ],
  [
    'review.unchanged-value',
    { key: 'exchange', from: '2008', years: 22, year: '2030' },
    '"exchange" has stayed the same since 2008 (22 years by 2030). Check that it still holds; record a change with "changes: [{from: …, exchange: …}]", or confirm it with "coop-report confirm 2030".',
    'Wartość „exchange” nie zmieniła się od 2008 r. (22 lata do 2030 r.). Sprawdź, czy nadal obowiązuje; zapisz zmianę jako „changes: [{from: …, exchange: …}]” albo potwierdź ją poleceniem „coop-report confirm 2030”.',
  ],
  [
    'pipeline.missing-form',
    { where: 'name', form: 'loc', sentence: 'the 2010 section (partials/lead.md.hbs:3:7)' },
    '"name" has no locative (loc) form, which a sentence of the 2010 section (partials/lead.md.hbs:3:7) needs. Add "loc:" under "name".',
    '„name” nie ma formy miejscownika (loc), której potrzebuje zdanie the 2010 section (partials/lead.md.hbs:3:7). Dodaj „loc:” pod „name”.',
  ],
  [
    'pipeline.sentence',
    { year: '2010', template: 'partials/lead.md.hbs', line: '3', column: '7' },
    'the 2010 section (partials/lead.md.hbs:3:7)',
    'rozdziału za 2010 r. (partials/lead.md.hbs:3:7)',
  ],
  [
    'pipeline.missing-form',
    { where: 'short', form: 'inst', sentence: 'rozdziału za 2010 r. (section.md.hbs:1:1)' },
    '"short" has no instrumental (inst) form, which a sentence of rozdziału za 2010 r. (section.md.hbs:1:1) needs. Add "inst:" under "short".',
    '„short” nie ma formy narzędnika (inst), której potrzebuje zdanie rozdziału za 2010 r. (section.md.hbs:1:1). Dodaj „inst:” pod „short”.',
  ],
  [
    'rule.unknown-id',
    { id: 'enaro2', kind: 'body', folder: 'bodies/', hint: '' },
    '"enaro2" names no record; expected the id of a body (a file in bodies/).',
    '„enaro2” nie wskazuje żadnego rekordu; oczekiwano identyfikatora gremium (pliku w bodies/).',
  ],
  [
    'rule.wrong-kind',
    { id: 'norway', actual: 'country', file: 'data/countries/norway.yaml', kind: 'project', folder: 'projects/', hint: '' },
    '"norway" is a country (data/countries/norway.yaml); expected the id of a project (a file in projects/).',
    '„norway” to państwo (data/countries/norway.yaml); oczekiwano identyfikatora projektu (pliku w projects/).',
  ],
  [
    'rule.duplicate-id',
    { id: 'gdisc', kind: 'body', file: 'data/bodies/gdisc.yaml' },
    'The id "gdisc" is already used by a body in data/bodies/gdisc.yaml; records name each other by id, so an id must be unique across folders. Rename one of the two files.',
    'Identyfikator „gdisc” jest już używany przez gremium w pliku data/bodies/gdisc.yaml; rekordy odwołują się do siebie przez identyfikatory, więc identyfikator musi być niepowtarzalny we wszystkich folderach. Zmień nazwę jednego z dwóch plików.',
  ],
  ['rule.duplicate-name.one', { field: 'acronym', value: 'GDISC' }, 'acronym ("GDISC")', 'ten sam skrót („GDISC”)'],
  ['rule.duplicate-name.one', { field: 'name', value: 'projekt' }, 'name ("projekt")', 'tę samą nazwę („projekt”)'],
  ['rule.duplicate-name.many', { first: 'name, acronym', last: 'title' }, 'name, acronym and title', 'te same pola name, acronym i title'],
  ['schema.gender-hint', { meant: 'f', value: 'ż' }, ' Did you mean "f"? (ż is feminine.)', ' Czy chodziło o „f”? („ż” oznacza rodzaj żeński).'],
  ['schema.gender-hint', { meant: 'n', value: 'nijaki' }, ' Did you mean "n"? (nijaki is neuter.)', ' Czy chodziło o „n”? („nijaki” oznacza rodzaj nijaki).'],
  [
    'load.not-utf8',
    { hex: '0xB3', line: '2', guess: 'ł' },
    'This file is not UTF-8: byte 0xB3 on line 2 is not valid UTF-8 ("ł" in Windows-1250, so the file was probably saved in that encoding). Save the file as UTF-8 (in Notepad: "Save as", Encoding: UTF-8).',
    'Ten plik nie jest zapisany w UTF-8: bajt 0xB3 w wierszu 2 nie jest poprawnym znakiem UTF-8 (w Windows-1250 to „ł”, więc plik zapisano zapewne w tym kodowaniu). Zapisz plik w UTF-8 (w Notatniku: „Zapisz jako”, Kodowanie: UTF-8).',
  ],
  [
    'load.not-utf8',
    { hex: '0x81', line: '7', guess: 'none' },
    'This file is not UTF-8: byte 0x81 on line 7 is not valid UTF-8. Save the file as UTF-8 (in Notepad: "Save as", Encoding: UTF-8).',
    'Ten plik nie jest zapisany w UTF-8: bajt 0x81 w wierszu 7 nie jest poprawnym znakiem UTF-8. Zapisz plik w UTF-8 (w Notatniku: „Zapisz jako”, Kodowanie: UTF-8).',
  ],
  ['diff.part', { role: 'członek', who: 'Urząd', subgroup: '', span: 'od 2010-05' }, 'członek (Urząd) od 2010-05', 'członek (Urząd) od 2010-05'],
  [
    'diff.backwards',
    { from: '2011', to: '2009', same: 'no', first: '2009', second: '2011' },
    'The first year must be before the second: "diff 2011 2009" compares 2011 with an earlier year. Did you mean "diff 2009 2011"?',
    'Pierwszy rok musi być wcześniejszy niż drugi: „diff 2011 2009” porównuje rok 2011 z wcześniejszym rokiem. Czy chodziło o „diff 2009 2011”?',
  ],
  [
    'diff.backwards',
    { from: '2010', to: '2010', same: 'yes', first: '2010', second: '2011' },
    'The first year must be before the second: "diff 2010 2010" compares 2010 with itself. Did you mean "diff 2010 2011"?',
    'Pierwszy rok musi być wcześniejszy niż drugi: „diff 2010 2010” porównuje rok 2010 z nim samym. Czy chodziło o „diff 2010 2011”?',
  ],
  [
    'commander.too-many-arguments',
    { command: 'diff', expected: 2, got: '3' },
    "too many arguments for 'diff'. Expected 2 arguments but got 3.",
    'za dużo argumentów polecenia diff. Oczekiwano 2 argumentów, a podano 3.',
  ],
  [
    'commander.too-many-arguments',
    { command: 'none', expected: 1, got: '2' },
    'too many arguments. Expected 1 argument but got 2.',
    'za dużo argumentów. Oczekiwano 1 argumentu, a podano 2.',
  ],
  [
    'pdf.more',
    { output: 'Error: source file could not be loaded', count: '1234' },
    'Error: source file could not be loaded… (and 1234 more characters)',
    'Error: source file could not be loaded… (i 1234 znaki więcej)',
  ],
  ['pdf.more', { output: 'x', count: '1235' }, 'x… (and 1235 more characters)', 'x… (i 1235 znaków więcej)'],
  ['pdf.more', { output: 'x', count: '3' }, 'x… (and 3 more characters)', 'x… (i 3 znaki więcej)'],
  // templates: what is quoted from the template or from Handlebars stays as it is, the sentence around it is translated
  [
    'template.not-a-file',
    { what: 'folder' },
    'A template should be a text file, but this is a folder; remove it or put a template in its place.',
    'Szablon powinien być plikiem tekstowym, a to jest folder; usuń go albo umieść w tym miejscu szablon.',
  ],
  [
    'template.folder',
    { folder: 'my-templates', why: 'missing' },
    'The templates folder "my-templates" does not exist; check --templates or "templates" in the config file.',
    'Folder szablonów „my-templates” nie istnieje; sprawdź opcję --templates albo ustawienie „templates” w pliku konfiguracyjnym.',
  ],
  [
    'template.unused',
    { name: 'openng.md.hbs', hint: '' },
    'openng.md.hbs replaces no built-in template and no template includes it, so nothing uses it.',
    'Szablon openng.md.hbs nie zastępuje żadnego wbudowanego szablonu i nie dołącza go żaden inny, więc nic z niego nie korzysta.',
  ],
  [
    'template.helper-failed',
    { name: 'namedList', message: '(records ?? []).map is not a function' },
    'The helper "namedList" failed: (records ?? []).map is not a function',
    'Pomocnik „namedList” zgłosił błąd: (records ?? []).map is not a function',
  ],
  [
    'template.handlebars',
    { message: 'Must pass iterator to #each' },
    'Must pass iterator to #each',
    'Handlebars nie może wykonać szablonu w tym miejscu: Must pass iterator to #each',
  ],
  [
    'template.missing-field',
    { field: 'founded', expression: 'office.founded', root: 'no' },
    'The data has no field "founded" here (in "office.founded"). Check the name against the fields listed in the README ("Custom templates"), or guard it with {{#if …}}.',
    'Dane nie mają tu pola „founded” (w „office.founded”). Porównaj nazwę z listą pól w README (rozdział „Custom templates”) albo obejmij wyrażenie blokiem {{#if …}}.',
  ],
  [
    'template.missing-field',
    { field: 'year', expression: 'none', root: 'yes' },
    'The data has no field "year" here. A partial sees its block; the section\'s "year" is {{@root.year}}.',
    'Dane nie mają tu pola „year”. Szablon częściowy widzi tylko swój blok; pole „year” całego rozdziału to {{@root.year}}.',
  ],
  [
    'template.partial-cycle',
    { depth: '32', chain: 'a → b → a' },
    'Partials include each other 32 levels deep (a → b → a → …): a partial includes itself, directly or through others. Remove the {{> …}} that closes the circle.',
    'Szablony częściowe dołączają się nawzajem na 32 poziomach (a → b → a → …): któryś z nich dołącza sam siebie, wprost lub przez inne. Usuń dołączenie {{> …}}, które zamyka to koło.',
  ],
  [
    'template.mismatch',
    { opened: 'if', closed: 'each' },
    'Template syntax error: {{#if}} is closed by {{/each}}; close it with {{/if}}.',
    'Błąd składni szablonu: blok {{#if}} jest zamknięty przez {{/each}}; zamknij go znacznikiem {{/if}}.',
  ],
  [
    'template.unclosed',
    { name: 'each' },
    'Template syntax error: {{#each}} is never closed; add {{/each}} where the block ends.',
    'Błąd składni szablonu: blok {{#each}} nie został zamknięty; dodaj {{/each}} tam, gdzie blok się kończy.',
  ],
  [
    'template.unexpected',
    { what: 'token', token: '}}' },
    'Template syntax error: unexpected "}}" here.',
    'Błąd składni szablonu: w tym miejscu nie może wystąpić „}}”.',
  ],
  [
    'template.unexpected',
    { what: 'end', token: '' },
    'Template syntax error: unexpected end of the template here.',
    'Błąd składni szablonu: w tym miejscu nie może wystąpić koniec szablonu.',
  ],
  [
    'template.unexpected',
    { what: 'text', token: '' },
    'Template syntax error: unexpected text here.',
    'Błąd składni szablonu: w tym miejscu nie może wystąpić tekst.',
  ],
  [
    'helper.unknown-noun',
    { noun: 'panstwo', hint: '', nouns: 'państwo, kraj' },
    'Unknown counted noun "panstwo". Known nouns: państwo, kraj; or give its forms as { one: …, few: …, many: … }.',
    'Nieznany rzeczownik liczony „panstwo”. Znane rzeczowniki: państwo, kraj; można też podać jego formy jako { one: …, few: …, many: … }.',
  ],
  [
    'helper.number',
    { value: '"dużo"' },
    'Expected a number (such as 22, 4.5, "4,5 tys." or "1,2 mln"), but got "dużo".',
    'Oczekiwano liczby (np. 22, 4.5, „4,5 tys.” albo „1,2 mln”), a otrzymano "dużo".',
  ],
  // Polish grammar: a counted noun or verb written in the data or a template
  [
    'noun.needs',
    { key: 'few', example: '{ one: misja, few: misje, many: misji }' },
    'A counted noun needs "few" (the nominative plural), as in { one: misja, few: misje, many: misji }.',
    'Rzeczownik liczony wymaga pola „few” (mianownik liczby mnogiej), np. { one: misja, few: misje, many: misji }.',
  ],
  [
    'noun.missing-form',
    { noun: 'misja', form: 'inst', number: 'pl', key: 'pl: { inst: … }' },
    'The counted noun "misja" has no instrumental plural; give it as "pl: { inst: … }".',
    'Rzeczownik liczony „misja” nie ma formy narzędnika liczby mnogiej; dopisz tę formę jako „pl: { inst: … }”.',
  ],
  [
    'noun.missing-form',
    { noun: 'dzień roboczy', form: 'gen', number: 'sg', key: 'other' },
    'The counted noun "dzień roboczy" has no genitive singular; give it as "other".',
    'Rzeczownik liczony „dzień roboczy” nie ma formy dopełniacza liczby pojedynczej; dopisz tę formę jako „other”.',
  ],
  ['verb.both', { tense: 'future' }, 'A verb needs both future3sg and future3pl.', 'Czasownik wymaga obu form: „future3sg” i „future3pl”.'],
  [
    'verb.past-forms',
    { keys: 'm, f, n, plPersonal, plOther', missing: 'n, plOther' },
    'The "past" of a verb gives m, f, n, plPersonal, plOther; missing: n, plOther.',
    'Pole „past” czasownika zawiera formy m, f, n, plPersonal, plOther; brakuje: n, plOther.',
  ],
  [
    'preview.port-in-use',
    { port: '4321' },
    'Port 4321 on 127.0.0.1 is in use; stop what uses it or choose another with --port.',
    'Port 4321 pod adresem 127.0.0.1 jest zajęty; zatrzymaj program, który go używa, albo wybierz inny opcją --port.',
  ],
  // a quoted value is an excerpt: 80 characters at most, the cut marked with "…", whole characters; an unquoted one is not cut
  [
    'load.not-a-mapping',
    { what: 'value', value: 'x'.repeat(80) },
    `A record file must hold a mapping of fields (key: value), but this one holds the single value "${'x'.repeat(80)}".`,
    `Plik rekordu musi zawierać mapowanie pól (klucz: wartość), a ten zawiera pojedynczą wartość „${'x'.repeat(80)}”.`,
  ],
  [
    'load.not-a-mapping',
    { what: 'value', value: 'x'.repeat(81) },
    `A record file must hold a mapping of fields (key: value), but this one holds the single value "${'x'.repeat(79)}…".`,
    `Plik rekordu musi zawierać mapowanie pól (klucz: wartość), a ten zawiera pojedynczą wartość „${'x'.repeat(79)}…”.`,
  ],
  [
    'load.not-a-mapping',
    { what: 'value', value: `${'x'.repeat(78)}😀😀` },
    `A record file must hold a mapping of fields (key: value), but this one holds the single value "${'x'.repeat(78)}…".`,
    `Plik rekordu musi zawierać mapowanie pól (klucz: wartość), a ten zawiera pojedynczą wartość „${'x'.repeat(78)}…”.`,
  ],
  [
    'load.outside-data',
    { what: 'file', target: `/${'a'.repeat(100)}` },
    `This file is a link to "/${'a'.repeat(78)}…", which lies outside the data folder; coop-report reads only what lies inside it. Copy the file into the data folder instead of linking to it.`,
    `Ten plik jest dowiązaniem symbolicznym do „/${'a'.repeat(78)}…”, czyli do miejsca poza folderem z danymi, a coop-report odczytuje tylko to, co znajduje się w tym folderze. Zamiast dowiązania skopiuj plik do folderu z danymi.`,
  ],
  [
    'load.utf16',
    { order: 'be' },
    'This file is saved in UTF-16 (UTF-16BE), but record files are UTF-8. Save the file as UTF-8 (in Notepad: "Save as", Encoding: UTF-8).',
    'Ten plik zapisano w kodowaniu UTF-16 (UTF-16BE), a pliki rekordów muszą być zapisane w UTF-8. Zapisz plik w UTF-8 (w Notatniku: „Zapisz jako”, Kodowanie: UTF-8).',
  ],
  [
    'template.output-budget',
    { limit: 'runs', max: 10000, what: 'text' },
    'This template ran its blocks more than 10000 times while being rendered, far more than a text of a record needs: its blocks repeat too much. Check the blocks around this place.',
    'Ten szablon podczas wypełniania wykonał swoje bloki ponad 10000 razy, znacznie więcej, niż potrzeba na tekst rekordu: jego bloki za wiele razy się powtarzają. Sprawdź bloki wokół tego miejsca.',
  ],
  // positions in a list as the analyst counts them, from 1
  ['path.item', { position: 1 }, 'item 1', '1. wpis'],
  ['path.item', { position: 12 }, 'item 12', '12. wpis'],
  // who and role in the overlap messages, in the analyst's words (a role with a hyphen is chosen by its underscore)
  ['rule.overlap.who', { who: 'representatives' }, 'representatives', 'przedstawicieli'],
  ['rule.overlap.who', { who: 'head' }, 'the Head of the Office', 'Szefa Urzędu'],
  ['rule.overlap.role', { role: 'chair_delegation' }, 'chair of the delegation', 'przewodnictwo delegacji'],
  ['rule.overlap.role', { role: 'co_implementer' }, 'co-implementer', 'współrealizator'],
  // values quoted as each language quotes them
  ['helper.value.text', { text: 'female' }, '"female"', '„female”'],
  ['commander.quoted', { value: 'text' }, '"text"', '„text”'],
  ['placeholder.year-a', {}, 'yearA', 'rok1'],
  ['placeholder.dir', {}, 'dir', 'folder'],
  [
    'load.yaml.unclosed-quote',
    { quote: 'single' },
    'The single quote that opens this value is never closed, so everything after it, to the end of the file, reads as one text. Close the value with the same quote at its end.',
    'Apostrof, który otwiera tę wartość, nie został zamknięty, więc wszystko, co po nim następuje, aż do końca pliku, jest odczytywane jako jeden tekst. Zamknij wartość takim samym znakiem na jej końcu.',
  ],
  [
    'schema.bad-key',
    { where: 'Pole „wording.Opening”', key: 'Opening' },
    'Pole „wording.Opening”: "Opening" cannot name a part: a name is small letters and hyphens, starting with a letter, such as "beyond-eu".',
    'Pole „wording.Opening”: „Opening” nie może być nazwą części zdania: nazwa składa się z małych liter i łączników i zaczyna się od litery, np. „beyond-eu”.',
  ],
  [
    'init.exists',
    { path: 'raport/data', folder: 'raport-2' },
    'raport/data already exists; init writes a new project and overwrites nothing. Name a new folder, such as "coop-report init raport-2".',
    'raport/data już istnieje; init zapisuje nowy projekt i niczego nie nadpisuje. Wskaż nowy folder, np. „coop-report init raport-2”.',
  ],
];

describe('messages', () => {
  it.each(CASES)('%s %j', (key, params, english, polish) => {
    expect(format('en', key, params)).toBe(english);
    expect(format('pl', key, params)).toBe(polish);
  });
});

describe('a message built from parts in its own language', () => {
  it.each([
    [
      'en',
      'This body has the same name ("Grupa Robocza") as data/bodies/a.yaml, so the section would tell the same body twice. If one file is a copy, give it its own name; if they are the same body, keep one file.',
    ],
    [
      'pl',
      'To gremium ma tę samą nazwę („Grupa Robocza”) co plik data/bodies/a.yaml, więc rozdział opisałby to samo gremium dwa razy. Jeśli jeden z plików jest kopią, popraw w nim: name; jeśli to to samo gremium, zostaw jeden plik.',
    ],
  ] as const)('duplicate-name in %s', (language, text) => {
    const which = format(language, 'rule.duplicate-name.one', { field: 'name', value: 'Grupa Robocza' });
    expect(format(language, 'rule.duplicate-name', { kind: 'body', which, file: 'data/bodies/a.yaml', fields: 'name' })).toBe(text);
  });
});

describe('the count under the problems', () => {
  const plain = { red: String, yellow: String, dim: String, bold: String, cyan: String };
  const problems = (errors: number, warnings: number) => [
    ...Array.from({ length: errors }, (_, i) => error('bad-date', 'x', `f${i}.yaml`, { line: 0, column: 0 })),
    ...Array.from({ length: warnings }, (_, i) => warning('stray-file', 'y', `g${i}.yaml`, { line: 0, column: 0 })),
  ];
  it.each([
    [1, 0, 'Found 1 error.', 'Znaleziono 1 błąd.'],
    [2, 0, 'Found 2 errors.', 'Znaleziono 2 błędy.'],
    [5, 0, 'Found 5 errors.', 'Znaleziono 5 błędów.'],
    [0, 1, 'Found 1 warning.', 'Znaleziono 1 ostrzeżenie.'],
    [0, 2, 'Found 2 warnings.', 'Znaleziono 2 ostrzeżenia.'],
    [0, 5, 'Found 5 warnings.', 'Znaleziono 5 ostrzeżeń.'],
    [3, 1, 'Found 3 errors, 1 warning.', 'Znaleziono 3 błędy, 1 ostrzeżenie.'],
    [1, 12, 'Found 1 error, 12 warnings.', 'Znaleziono 1 błąd, 12 ostrzeżeń.'],
  ])('%i errors, %i warnings', (errors, warnings, english, polish) => {
    const last = (language: 'en' | 'pl') =>
      formatText(problems(errors, warnings), plain, () => undefined, messagesIn(language))
        .trimEnd()
        .split('\n')
        .at(-1);
    expect(last('en')).toBe(english);
    expect(last('pl')).toBe(polish);
  });

  it('names the severity in the language of the run and keeps the code', () => {
    const text = formatText(problems(1, 1), plain, () => undefined, messagesIn('pl'));
    expect(text).toBe('f0.yaml - błąd bad-date: x\n\ng0.yaml - ostrzeżenie stray-file: y\n\nZnaleziono 1 błąd, 1 ostrzeżenie.\n');
  });
});
