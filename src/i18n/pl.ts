// Katalog polski: każdy komunikat interfejsu, według klucza, w formacie ICU MessageFormat.
// Klucze i symbole zastępcze są te same co w en.ts (sprawdza to test/i18n/catalogues.test.ts).
import type { MessageKey } from './en.ts';

export const pl: Record<MessageKey, string> = {
  // program i jego pomoc
  'cli.description': 'Tworzy z rekordów YAML rozdział „Współpraca międzynarodowa” sprawozdania rocznego.',
  'cli.examples': `
Przykłady:
  coop-report build 2010            rozdział za 2010 r. jako out/wspolpraca-miedzynarodowa-2010.md i .docx
  coop-report build --all           każdy rok, dla którego są dane
  coop-report validate              wszystkie problemy w data/, każdy z plikiem, wierszem i kolumną
  coop-report diff 2009 2010        udziały rozpoczęte, zakończone i zmienione między dwoma latami
  coop-report review 2011           co sprawdzić przed napisaniem rozdziału za 2011 r.
  coop-report new-year 2011         otwiera 2011 r. („asOf”) i wypisuje, co sprawdzić
  coop-report confirm 2011          potwierdza na 2011 r. to, co nadal obowiązuje
  coop-report publish 2010          zachowuje wydrukowany rozdział za 2010 r.: odtąd każde polecenie ostrzega o zmianach
  coop-report preview 2010          rozdział w przeglądarce, odświeżany po każdym zapisie rekordu
  coop-report init raport           projekt startowy: plik konfiguracyjny i folder z danymi

Opcje i przykłady polecenia: „coop-report <polecenie> --help”.
`,
  'cli.version': 'wyświetla numer wersji',
  'cli.help': 'wyświetla pomoc do polecenia',
  'cli.help-command': 'wyświetla pomoc do polecenia',
  'cli.lang': 'język komunikatów i pomocy: en lub pl (domyślnie: według LC_ALL, LC_MESSAGES lub LANG)',
  'cli.title.usage': 'Użycie:',
  'cli.title.arguments': 'Argumenty:',
  'cli.title.options': 'Opcje:',
  'cli.title.commands': 'Polecenia:',
  'cli.title.global-options': 'Opcje ogólne:',
  'cli.usage-hint': 'Opcje i przykłady: „{name} --help”.',
  'cli.unknown-lang': '--lang przyjmuje en lub pl, a nie „{value}”.',
  'cli.system-error': 'Sprawdź wskazany plik lub folder, uprawnienia do niego i miejsce na dysku, po czym uruchom polecenie ponownie.',
  'cli.internal-error': 'błąd wewnętrzny: {message}\nTo błąd w coop-report; zgłoś go, podając uruchomione polecenie i, jeśli to możliwe, dane.',
  'option.data': 'folder z danymi (domyślnie: wskazany w pliku konfiguracyjnym albo ./data)',
  'option.templates': 'folder z szablonami, które zastępują wbudowane szablony o tej samej nazwie',
  'option.quiet': 'wypisuje tylko problemy',
  'option.report-format': 'sposób wypisania problemów',
  'argument.year': 'rok sprawozdawczy, cztery cyfry',

  // build
  'build.description': 'Zapisuje rozdział za dany rok (lub za każdy rok z opcją --all) w formatach Markdown i DOCX.',
  'build.all': 'tworzy rozdział za każdy rok, dla którego są dane',
  'build.out': 'folder, do którego trafią pliki (domyślnie: wskazany w pliku konfiguracyjnym albo ./out)',
  'build.format': 'formaty wyjściowe rozdzielone przecinkami, spośród md, docx, html, pdf (domyślnie: wskazane w pliku konfiguracyjnym albo md,docx)',
  'build.sources': 'zapisuje też <nazwa>.sources.json: każde zdanie z rekordami, plikami i wierszami, z których powstało',
  'build.heading-level': 'poziom nagłówka rozdziału w pliku DOCX',
  'build.reference-doc': 'plik .docx, którego style i ustawienia strony przejmą DOCX i PDF (jak w programie pandoc)',
  'build.soffice': 'program soffice pakietu LibreOffice, do formatu pdf (domyślnie: $COOP_REPORT_SOFFICE, PATH, a potem miejsce instalacji LibreOffice)',
  'build.examples': `
Przykłady:
  coop-report build 2010                      out/wspolpraca-miedzynarodowa-2010.md i .docx
  coop-report build --all                     oba pliki za każdy rok, dla którego są dane
  coop-report build 2011 --format docx --out raporty
  coop-report build 2010 --data ../rekordy --templates moje-szablony
  coop-report build 2010 --format docx,pdf --reference-doc raport.docx --heading-level 2
  coop-report build 2010 --format pdf --soffice "D:\\LibreOffice\\program\\soffice.exe"
  coop-report build 2010 --format html --sources   strona oraz rekordy, pliki i wiersze każdego zdania
`,
  'build.year-and-all': 'Podaj rok albo --all, nie jedno i drugie (podano {year} i --all).',
  'build.which-year': 'Za który rok? Podaj rok, np. 2010, albo --all, by utworzyć rozdział za każdy rok, dla którego są dane.',
  'build.heading-level-range': '--heading-level musi być liczbą całkowitą od 1 do 6, a nie „{value}”.',
  'build.summary':
    'Utworzono {files, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}} za {years, plural, one {# rok} few {# lata} many {# lat} other {# roku}} ({range}), razem {size}.',
  'build.bad-year': 'Rok musi mieć cztery cyfry, np. 2010; podano „{text}”.',
  'build.unknown-format': 'Nieznany format wyjściowy „{format}”; oczekiwano listy spośród: {formats}.',
  'build.no-format': '--format wymaga co najmniej jednego formatu.',

  // validate, years, diff, review
  'validate.description':
    'Sprawdza każdy rekord oraz każde zdanie każdego roku z użyciem bieżących szablonów; wypisuje wszystkie znalezione problemy, każdy ze wskazaniem pliku, wiersza i kolumny.',
  'validate.templates': 'folder z szablonami, które zastępują wbudowane szablony o tej samej nazwie (domyślnie: wskazany w pliku konfiguracyjnym)',
  'validate.examples': '\nPrzykłady:\n  coop-report validate\n  coop-report validate --data ./data --format github\n',
  'validate.summary':
    '{folder}: {bodies, plural, one {# gremium} few {# gremia} many {# gremiów} other {# gremium}}, {projects, plural, one {# projekt} few {# projekty} many {# projektów} other {# projektu}}, {countries, plural, one {# państwo} few {# państwa} many {# państw} other {# państwa}}; bez błędów.',
  'years.description': 'Wypisuje lata, dla których są dane, z liczbą gremiów i projektów w każdym z nich.',
  'years.json': 'wypisuje listę jako JSON (pola „year”, „bodies” i „projects”)',
  'years.examples': `
Przykłady:
  coop-report years
  coop-report years --data ../rekordy --json
`,
  'years.none': 'Dane nie obejmują żadnego roku.',
  'years.header.year': 'rok',
  'years.header.bodies': 'gremia',
  'years.header.projects': 'projekty',
  'years.with-data': 'Lata, dla których są dane: {years}.',
  'diff.description':
    'Pokazuje, co zmieniło się między dwoma latami: udziały rozpoczęte, zakończone i ze zmianą roli lub osób oraz zmienione fakty; to punkt wyjścia do rozdziału za kolejny rok.',
  'diff.year-a': 'wcześniejszy rok, cztery cyfry',
  'diff.year-b': 'późniejszy rok, cztery cyfry',
  'diff.out': 'przy --format docx: folder, do którego trafia DOCX ze śledzonymi zmianami (domyślnie: out albo folder z pliku konfiguracyjnego)',
  'diff.format': 'text – do czytania, json – dla innych programów, docx – rozdział za późniejszy rok ze zmianami śledzonymi w Wordzie',
  'diff.examples': `
Przykłady:
  coop-report diff 2009 2010
  coop-report diff 2010 2011 --format json > zmiany.json
  coop-report diff 2010 2011 --format docx      out/wspolpraca-miedzynarodowa-2011-zmiany-od-2010.docx: rozdział
                                                za 2011 r. ze zmianami od 2010 r. (wersji opublikowanej) śledzonymi w Wordzie
`,
  'diff.backwards':
    'Pierwszy rok musi być wcześniejszy niż drugi: „diff {from} {to}” porównuje rok {from} {same, select, yes {z nim samym} other {z wcześniejszym rokiem}}. Czy chodziło o „diff {first} {second}”?',
  'diff.empty': 'W danych nic nie obowiązuje ani w {from} r., ani w {to} r. {which}',
  'diff.counts': 'rozpoczęte: {started}, zakończone: {ended}, ze zmianą roli: {changed}, ze zmianą faktów: {changedFields}, bez zmian: {unchanged}',
  'diff.started': 'Rozpoczęte',
  'diff.ended': 'Zakończone',
  'diff.changed': 'Zmiana roli',
  'diff.plan': 'Zmiana planu rozdziału (nie faktów)',
  'diff.changed-fields': 'Zmiana faktów',
  'diff.part': '{role} ({who}{subgroup}) {span}',
  'diff.from': 'od {from}',
  'diff.none': 'brak',
  'diff.quoted': '„{text}”',
  'role.chair-delegation': 'przewodnictwo delegacji',
  'role.member': 'członek',
  'role.participant': 'uczestnik',
  'role.alternate': 'zastępca',
  'role.partner': 'partner',
  'role.co-implementer': 'współrealizator',
  'role.function': 'funkcja',
  'who.office': 'Urząd',
  'who.head': 'Szef Urzędu',
  'who.representative': 'przedstawiciel',
  'who.representatives': 'przedstawiciele',
  'who.staff': 'pracownicy',
  'review.description':
    'Wypisuje, co sprawdzić przed napisaniem rozdziału za dany rok: fakty przeniesione bez potwierdzenia, projekty po planowanym zakończeniu, daty szacunkowe, wartości niezmienione od lat, rekordy nieopisane w żadnym roku.',
  'review.year': 'rok, za który powstanie rozdział, cztery cyfry',
  'review.format': 'sposób wypisania pozycji',
  'review.strict': 'kończy się kodem 1, gdy jest cokolwiek do sprawdzenia',
  'review.examples': `
Przykłady:
  coop-report review 2011
  coop-report review 2011 --report-format json > do-sprawdzenia.json
  coop-report review 2011 --strict                  w CI: kod wyjścia 1, dopóki lista do sprawdzenia nie jest pusta
`,
  'review.items':
    'Do sprawdzenia przed napisaniem rozdziału za {year} r.: {count, plural, one {# pozycja} few {# pozycje} many {# pozycji} other {# pozycji}}.',
  'review.nothing': 'Przed napisaniem rozdziału za {year} r. nie ma nic do sprawdzenia.',

  // init, preview, schema
  'init.description':
    'Zapisuje projekt startowy: plik coop-report.config.yaml oraz folder z danymi, a w nim rekord Urzędu, przykładowe gremium i przykładowy projekt (każdy z komentarzami) oraz schemat, według którego edytory je sprawdzają.',
  'init.dir': 'folder projektu (domyślnie: folder bieżący)',
  'init.examples': `
Zapisuje {config} (data: {data}, out: out) i {data}/, tak by każde polecenie działało w tym folderze
od razu. Niczego nie nadpisuje: żadne z nich nie może jeszcze istnieć.

Przykłady:
  coop-report init raport          zapisuje ./raport; potem: cd raport, coop-report build --all
  coop-report init                 zapisuje projekt w bieżącym folderze
`,
  'init.not-a-folder':
    '{path} nie jest folderem (to plik lub urządzenie), a polecenie init zapisuje projekt w folderze. Wskaż nowy lub pusty folder, np. „coop-report init {folder}”.',
  'init.exists': '{path} już istnieje; init zapisuje nowy projekt i niczego nie nadpisuje. Wskaż nowy folder, np. „coop-report init {folder}”.',
  'init.next': 'Dalej:',
  'preview.description':
    'Wyświetla podgląd rozdziału w przeglądarce (pod adresem http://127.0.0.1) i odświeża stronę po każdym zapisie rekordu, szablonu lub pliku konfiguracyjnego.',
  'preview.year': 'rok sprawozdawczy, cztery cyfry (domyślnie: ostatni rok, dla którego są dane)',
  'preview.port': 'port pod adresem 127.0.0.1; 0 oznacza dowolny wolny',
  'preview.examples': `
Gdy dane mają błędy, strona pokazuje problemy, każdy ze wskazaniem pliku, wiersza i kolumny. Poza tym można
na niej wybrać rok, zobaczyć słowa dodane i usunięte od poprzedniego roku z danymi, a po najechaniu na zdanie
lub kliknięciu go – rekordy, z których powstało.
Ctrl-C zatrzymuje podgląd.

Przykłady:
  coop-report preview 2010                  http://127.0.0.1:{port}/
  coop-report preview --port 8080 --data ../rekordy
`,
  'preview.bad-port': '--port musi być liczbą całkowitą od 0 do 65535, a nie „{value}”.',
  'preview.serving':
    'Podgląd rozdziału za {year} r.: {url}\nStrona odświeża się po każdym zapisie rekordu, szablonu lub pliku konfiguracyjnego. Ctrl-C zatrzymuje podgląd.',
  'preview.stopped': 'Zatrzymano.',
  'schema.description': 'Wypisuje format danych jako JSON Schema, aby edytor YAML podpowiadał i sprawdzał pola.',
  'schema.kind': 'schemat tylko jednego rodzaju rekordu (domyślnie: dowolnego pliku rekordu)',
  'schema.examples': `
Przykłady:
  coop-report schema --write           zapisuje data/schemas/<rodzaj>.json z identyfikatorami rekordów
  coop-report schema --kind body       wypisuje schemat instytucji

init zapisuje te pliki oraz plik ustawień VS Code .vscode/settings.json, który rekordom każdego folderu
przypisuje schemat ich rodzaju; po --write edytor podpowiada też identyfikatory rekordów dodanych później.
Rekord może też wskazać swój schemat w pierwszym wierszu (ścieżka jest względna wobec pliku):
  # yaml-language-server: $schema=../schemas/body.json
`,

  // liczba problemów pod ich listą
  found: 'Znaleziono {count}.',
  'found.errors': '{count, plural, one {# błąd} few {# błędy} many {# błędów} other {# błędu}}',
  'found.warnings': '{count, plural, one {# ostrzeżenie} few {# ostrzeżenia} many {# ostrzeżeń} other {# ostrzeżenia}}',
  'severity.error': 'błąd',
  'severity.warning': 'ostrzeżenie',

  // wczytywanie: pliki rekordów i ich YAML
  'load.tab-indent': 'Ten wiersz jest wcięty tabulatorem, a YAML dopuszcza we wcięciach tylko spacje. Zastąp tabulator spacjami.',
  'load.second-document':
    'Tu zaczyna się drugi dokument YAML („---”), a plik rekordu zawiera jeden rekord. Usuń wiersz „---” albo przenieś dalszą część do osobnego pliku.',
  'load.too-deep-parser': `Ten plik jest zagnieżdżony zbyt głęboko, by go odczytać; rekord potrzebuje tylko kilku poziomów zagnieżdżenia. Sprawdź, czy każdy nawias [ lub '{' jest zamknięty.`,
  'load.tag':
    'Znacznik „{tag}” nie jest znacznikiem YAML, a pliki rekordów i tak nie używają znaczników. Usuń znacznik sprzed wartości; jeśli „!” należy do tekstu, ujmij wartość w cudzysłów.',
  // błędy składni zgłaszane przez bibliotekę yaml, według kodu błędu (./load/yaml-errors.ts)
  'load.yaml.other':
    'To nie jest poprawny zapis YAML. Sprawdź, czy w tym lub poprzednim wierszu nie brakuje cudzysłowu, nawiasu albo dwukropka i czy wcięcie jest właściwe.',
  'load.yaml.indent': `Wcięcie w tym miejscu nie pasuje do sąsiednich wierszy: pola jednego mapowania i elementy jednej listy zaczynają się w tej samej kolumnie, a wartość w nawiasach [ ] lub '{ }' jest zamknięta i wcięta bardziej niż jej klucz. Wyrównaj wiersz z polami powyżej albo zamknij nawias.`,
  'load.yaml.colon-in-value':
    'W tej wartości zaczyna się kolejna para „klucz: wartość”: dwukropek, po którym stoi spacja, rozpoczyna klucz. Jeśli dwukropek należy do tekstu, ujmij całą wartość w cudzysłów; jeśli następny wiersz to osobne pole, wyrównaj jego wcięcie z sąsiednimi polami.',
  'load.yaml.missing':
    'Czegoś tu brakuje: dwukropka po nazwie pola („nazwa: wartość”), przecinka między elementami w nawiasach albo spacji przed komentarzem („#”). Uzupełnij brakujący znak.',
  'load.yaml.unclosed-quote':
    '{quote, select, double {Cudzysłów} other {Apostrof}}, który otwiera tę wartość, nie został zamknięty, więc wszystko, co po nim następuje, aż do końca pliku, jest odczytywane jako jeden tekst. Zamknij wartość takim samym znakiem na jej końcu.',
  'load.yaml.key-on-one-line':
    'Klucz musi mieścić się w jednym wierszu i kończyć dwukropkiem: ten wiersz jest dalszym ciągiem klucza z wiersza powyżej albo brakuje w nim dwukropka po nazwie pola. Dopisz dwukropek albo ujmij długą wartość w cudzysłów.',
  'load.yaml.unexpected':
    'Ten znak nie może wystąpić w tym miejscu: nawias lub przecinek bez pary, tekst po zamykającym cudzysłowie albo element listy („- ”) w wierszu pola. Usuń go albo ujmij całą wartość w cudzysłów.',
  'load.yaml.reserved-start':
    'Wartość bez cudzysłowu nie może zaczynać się od znaku „{character}”, który YAML zastrzega dla siebie. Ujmij wartość w cudzysłów.',
  'load.yaml.block-in-brackets': `W nawiasach [ ] lub '{ }' elementy stoją w jednym wierszu, rozdzielone przecinkami; element listy („- ”) ani para „klucz: wartość” w osobnym wierszu nie mogą się w nich znaleźć. Wpisz elementy w nawiasach po przecinku albo usuń nawiasy i wpisz każdy element w osobnym wierszu.`,
  'load.yaml.escape':
    'W cudzysłowie podwójnym ukośnik wsteczny rozpoczyna znak specjalny (np. nowy wiersz), a ten nie rozpoczyna żadnego. Ujmij wartość w apostrofy zamiast cudzysłowu albo wpisz ukośnik dwukrotnie.',
  'load.yaml.marks':
    'Kotwice („&nazwa”), aliasy („*nazwa”) i znaczniki („!nazwa”) to oznaczenia YAML, których pliki rekordów nie potrzebują, a tu zapisano je w sposób, na który YAML nie pozwala. Usuń je; jeśli „&”, „*” lub „!” należy do tekstu, ujmij wartość w cudzysłów.',
  'load.yaml.directive':
    'Wiersz zaczynający się od „%” to dyrektywa YAML, a pliki rekordów jej nie używają. Usuń ten wiersz albo ujmij w cudzysłów wartość, która zaczyna się od „%”.',
  'load.yaml.long-key':
    'Ten klucz ma ponad 1024 znaki, a klucz to nazwa pola. Zapewne długiej wartości brakuje klucza albo dwukropka; zapisz ją jako „nazwa: wartość”.',
  'load.yaml.duplicate-key': 'Ten klucz jest już ustawiony w tym samym mapowaniu, a klucz może wystąpić tylko raz. Usuń jedno z wystąpień.',
  'load.tag-type':
    'Znacznik „{tag}” czyni tę wartość {kind, select, binary {danymi binarnymi} timestamp {datą z godziną} set {zbiorem} omap {uporządkowanym mapowaniem} pairs {listą par} other {wartością odrębnego typu}}, a żadne pole rekordu takiej wartości nie przyjmuje: pliki rekordów nie używają znaczników YAML. Usuń znacznik i zapisz wartość jako tekst, liczbę, listę albo mapowanie.',
  'load.alias-without-anchor': 'Alias *{name} nie wskazuje żadnej kotwicy: oczekiwano „&{name}” przy którejś wartości powyżej. Zamiast aliasu wpisz wartość.',
  'load.key-not-plain':
    'Klucz musi być zwykłą nazwą, np. „name”, a ten klucz {what, select, mapping {jest mapowaniem} list {jest listą} alias {jest aliasem} other {jest pusty}}. Napisz „name: wartość”.',
  'load.duplicate-key':
    'Powtórzony klucz „{name}”: jest już ustawiony w wierszu {line} tego samego mapowania, a klucz może wystąpić tylko raz. Usuń jedno z wystąpień.',
  'load.data-folder':
    'Folder z danymi „{folder}” {why, select, missing {nie istnieje} file {jest plikiem, a nie folderem} other {nie daje się odczytać ({why})}}. Wskaż folder z plikiem office.yaml opcją --data FOLDER albo utwórz go poleceniem „coop-report init”.',
  'load.stray-yaml': 'Plik {entry} nie jest wczytywany: rekordy są w folderach bodies/, projects/ i countries/, a Urząd w pliku office.yaml.',
  'load.missing-office': 'W folderze {folder} nie ma pliku office.yaml: zawiera on nazwę Urzędu („Urząd do Spraw Cudzoziemców”) i jest wymagany.',
  'load.record-folder':
    'Ścieżka {folder} powinna wskazywać folder z plikami rekordów, ale {why, select, file {wskazuje plik} other {tego folderu nie daje się odczytać ({why})}}. Odwołania do rekordów z tego folderu zostaną sprawdzone, gdy będzie można go odczytać.',
  'load.yml': 'Plik {entry} nie jest wczytywany: pliki rekordów mają rozszerzenie .yaml; zmień jego nazwę na {name}.yaml.',
  'load.bad-id':
    'Nazwa pliku „{entry}” nie nadaje się na identyfikator: rekordy odwołują się do siebie przez nazwy plików, a te mogą zawierać tylko małe litery, cyfry i łączniki. Zmień nazwę na „{name}.yaml”.',
  'load.not-utf8':
    'Ten plik nie jest zapisany w UTF-8: bajt {hex} w wierszu {line} nie jest poprawnym znakiem UTF-8{guess, select, none {} other { (w Windows-1250 to „{guess}”, więc plik zapisano zapewne w tym kodowaniu)}}. Zapisz plik w UTF-8 (w Notatniku: „Zapisz jako”, Kodowanie: UTF-8).',
  'load.unreadable': 'Nie można odczytać tego pliku rekordu: {why}.',
  'load.unreadable.ENOENT': 'plik nie istnieje (może to zerwane dowiązanie?)',
  'load.unreadable.EACCES': 'brak uprawnień do odczytu; sprawdź uprawnienia pliku',
  'load.unreadable.EPERM': 'system nie zezwala na odczyt; sprawdź uprawnienia pliku',
  'load.unreadable.EISDIR': 'to folder, a nie plik',
  'load.unreadable.ELOOP': 'to dowiązanie symboliczne, które tworzy pętlę',
  'load.unreadable.special': 'to nie jest zwykły plik (lecz urządzenie, potok lub gniazdo)',
  'load.unreadable.other': 'system odmówił dostępu ({code})',
  'load.too-large':
    'Ten plik ma {size, select, more {ponad {max} B} other {{size} B}}, a plik rekordu może mieć najwyżej {max} B (1 MiB). Rekord to kilkadziesiąt wierszy: podziel plik tak, by każdy rekord był w osobnym pliku.',
  'load.utf16':
    'Ten plik zapisano w kodowaniu UTF-16 ({order, select, le {UTF-16LE, które Notatnik nazywa „Unicode”} other {UTF-16BE}}), a pliki rekordów muszą być zapisane w UTF-8. Zapisz plik w UTF-8 (w Notatniku: „Zapisz jako”, Kodowanie: UTF-8).',
  'load.outside-data':
    '{what, select, folder {Ten folder jest dowiązaniem symbolicznym} other {Ten plik jest dowiązaniem symbolicznym}} do „{target}”, czyli do miejsca poza folderem z danymi, a coop-report odczytuje tylko to, co znajduje się w tym folderze. Zamiast dowiązania skopiuj {what, select, folder {folder} other {plik}} do folderu z danymi.',
  'load.too-deep': `Ten plik ma więcej niż {max} poziomów zagnieżdżenia (wcięcia, „- ” i otwarte nawiasy), a rekord potrzebuje tylko kilku. Sprawdź, czy każdy nawias [ lub '{' jest zamknięty.`,
  'load.empty-file': 'Ten plik jest pusty; oczekiwano mapowania pól, np. „name:” z formami przypadków. Uzupełnij go albo usuń plik.',
  'load.not-a-mapping':
    'Plik rekordu musi zawierać mapowanie pól (klucz: wartość), a ten zawiera {what, select, list {listę} empty {pustą wartość} alias {alias} other {pojedynczą wartość „{value}”}}.',
  'load.aliases': 'Aliasy (*nazwa) w tym pliku rozwijają się do ponad {max} wartości; plik rekordu nie potrzebuje aliasów. Wpisz wartości wprost.',

  // sprawdzanie: reguły
  'suggest.did-you-mean': ' Czy chodziło o „{name}”?',
  'rule.so-far-year':
    'Podano sumę dotychczasową za rok {year}, a wydarzenie trwa do {end} r.: sumę dotychczasową podaje się za rok od roku rozpoczęcia do roku poprzedzającego ostatni ({first}–{last}), a rozdział za {end} r. podaje całość. Popraw rok albo usuń tę sumę.',
  'rule.event-visitors':
    'Gości („visitors”) opisuje się tylko przy „kind: hosted” (wizyta studyjna ich delegacji zorganizowana przez Urząd), a to wydarzenie ma rodzaj „{kind}”. Ustaw „kind: hosted” albo wymień ich w polu „partners”.',
  'rule.event-wording':
    'Zdanie o wydarzeniu nie ma części „{part}”.{suggestion} Części zdania o wydarzeniu: {parts} (zob. docs/pl/format-danych.md). Sprawdź nazwę albo usuń tę część.',
  'rule.plan-year': 'Nazwą planu jest rok, którego rozdział planuje, a „{id}.yaml” nie jest rokiem. Zmień nazwę pliku na rok, np. „plans/2014.yaml”.',
  'rule.plan-record':
    '„{id}” nie wskazuje żadnego gremium ani projektu; oczekiwano identyfikatora gremium, projektu (pliku w bodies/ lub projects/) albo „office”.{hint}',
  'rule.function-as': `Brak pola „as” dla roli „function”: podaj pełnioną funkcję wraz z dopełniaczem („as: '{'nom: krajowy punkt kontaktowy, gen: krajowego punktu kontaktowego'}'”).`,
  'rule.overlap.span': '{from}{to, select, none {} other { – {to}}}',
  'rule.overlap.who':
    '{who, select, office {Urzędu} head {Szefa Urzędu} representative {przedstawiciela} representatives {przedstawicieli} staff {pracowników} other {{who}}}',
  'rule.overlap.role':
    '{role, select, chair_delegation {przewodnictwo delegacji} member {członek} participant {uczestnik} alternate {zastępca} partner {partner} co_implementer {współrealizator} function {funkcja} other {{role}}}',
  'rule.overlap.repeats':
    'Ten udział {who} ({span}: {role}) powtarza udział z wiersza {line} ({otherSpan}) w tej samej roli i w tym samym czasie. Połącz oba okresy w jeden.',
  'rule.overlap.contradicts':
    'Ten udział {who} ({span}: {role}) przeczy udziałowi z wiersza {line} ({otherSpan}: {otherRole}) w tym samym czasie. Zakończ jeden okres („to:”), zanim zacznie się drugi, albo popraw daty.',
  'rule.overlap.overlaps':
    'Ten udział {who} ({span}: {role}) nakłada się na udział z wiersza {line} ({otherSpan}: {otherRole}). {same, select, yes {Połącz oba okresy w jeden.} other {Zakończ jeden okres („to:”), zanim zacznie się drugi, albo popraw daty.}}',
  'rule.unknown-id':
    '„{id}” nie wskazuje żadnego rekordu; oczekiwano identyfikatora {kind, select, office {Urzędu} body {gremium} project {projektu} country {państwa} plan {planu roku} other {rekordu rodzaju „{kind}”}} (pliku w {folder}).{hint}',
  'rule.wrong-kind':
    '„{id}” to {actual, select, office {Urząd} body {gremium} project {projekt} country {państwo} plan {plan roku} other {rekord rodzaju „{actual}”}} ({file}); oczekiwano identyfikatora {kind, select, office {Urzędu} body {gremium} project {projektu} country {państwa} plan {planu roku} other {rekordu rodzaju „{kind}”}} (pliku w {folder}).{hint}',
  'rule.not-a-subgroup':
    '„{id}” nie jest podgrupą „{body}”: jego pole „parent” powinno mieć wartość „{body}”, a w pliku {file} {parent, select, none {nie ma pola „parent”} other {jest „parent: {parent}”}}. Ustaw jego pole „parent” albo wskaż jedną z podgrup tego gremium.',
  'rule.parent-cycle':
    'Łańcuch rodziców gremiów tworzy pętlę{year, select, none {} other { od {year} r.}}: {chain}; oczekiwano łańcucha rodziców kończącego się gremium bez pola „parent”. Usuń pole „parent” z jednego z nich.',
  'rule.bad-character':
    'Ten tekst zawiera {character} na pozycji {index}: to {kind, select, surrogate {połowa pary surogatów} control {znak sterujący} other {kod, który Unicode wyklucza z tekstu}}, którego plik DOCX nie może zawierać, a terminal może potraktować jako polecenie; usuń go (często trafia do tekstu wklejonego z innego programu).',
  'rule.invisible-character':
    'Ten tekst zawiera {character} na pozycji {index}: znak niewidoczny, który {bidi, select, yes {zmienia kolejność czytania tekstu} other {niepostrzeżenie dzieli lub łączy wyrazy}}; usuń go, chyba że jest zamierzony.',
  'rule.no-area.body':
    'To gremium ma udziały, ale nie ma pola „area” (nie ma go też żaden rodzic), więc rozdział nie ma dla niego miejsca; dodaj „area:” (eu, international, partnerships lub bilateral) albo „parent”.',
  'rule.no-area.project':
    'Kontekst „{context}” nie ma pola „area” (nie ma go też żaden rodzic), więc rozdział nie ma miejsca dla tego projektu; nadaj temu gremium pole „area” (eu, international, partnerships lub bilateral).',
  'rule.bad-date':
    '„{value}” nie jest poprawną datą; oczekiwano daty ISO, np. „2010”, „2010-12” lub „2010-12-01”, która istnieje w kalendarzu (lata od 0001, miesiące 01–12, dni zgodne z długością miesiąca).',
  'rule.end-before-start':
    'Data końcowa „{to}” jest wcześniejsza niż data początkowa „{from}”, a „to” nie może poprzedzać „from”. Zamień je miejscami albo popraw jedną z nich.',
  'rule.end-before-date':
    'Data końcowa „{to}” jest wcześniejsza niż data wydarzenia „{date}”, a „to” nie może poprzedzać „date”. Zamień je miejscami albo popraw jedną z nich.',
  'rule.count-below-one':
    'Liczba {value} jest mniejsza niż 1, a tekst podaje ją przed liczonym rzeczownikiem („w 0 misjach”); oczekiwano liczby co najmniej 1. Popraw ją albo usuń pole „count”, jeśli liczba nie jest znana.',
  'rule.repeated-entry':
    '„{id}” jest już na liście jako {first}; oczekiwano, że każde {kind, select, country {państwo} other {gremium}} wystąpi na liście raz, inaczej tekst wymieni je dwukrotnie („Norwegii, Norwegii i Norwegii”). Usuń powtórzenie.',
  'rule.as-of-before-first-year':
    'Data „asOf” („{asOf}”) poprzedza rok {first}, pierwszy, za który powstaje rozdział z tych danych („firstReportYear”); oczekiwano daty z roku {first} lub późniejszej, inaczej żaden rozdział nie opiera się na aktualnych faktach. Przesuń „asOf” albo popraw „firstReportYear”.',
  'rule.missing-from':
    'Brak pola „from” w tym udziale: oczekiwano daty jego rozpoczęcia (daty ISO, np. „2010”, „2010-12” lub „2010-12-01”){own, select, yes { tutaj lub w polu „from” samego projektu} other {}}. Dodaj „from:”.',
  'rule.empty-change': 'Ta zmiana podaje tylko datę „{from}”, bez żadnego pola; dodaj pola, które od tej daty przyjmują nowe wartości, albo ją usuń.',
  'rule.duplicate-change':
    'Dwie zmiany mają datę „{from}” (pierwsza jest w wierszu {line}), a każda data może mieć tylko jeden wpis. Połącz ich pola w jednym wpisie.',
  'rule.changes-out-of-order':
    'Zmiana z datą „{from}” następuje po zmianie z datą „{previous}”; zmiany powinny być uporządkowane według dat, od najwcześniejszej. Przenieś ten wpis przed zmianę z datą „{previous}” (wiersz {line}).',
  'rule.duplicate-id':
    'Identyfikator „{id}” jest już używany przez {kind, select, office {Urząd} body {gremium} project {projekt} country {państwo} plan {plan roku} other {rekord rodzaju „{kind}”}} w pliku {file}; rekordy odwołują się do siebie przez identyfikatory, więc identyfikator musi być niepowtarzalny we wszystkich folderach. Zmień nazwę jednego z dwóch plików.',

  // sprawdzanie: pola, które sprawdza schemat
  'path.item': '{position}. wpis',
  'schema.where': '{whole, select, yes {Ten rekord} other {Pole „{path}”}}',
  'schema.where-in': '{whole, select, yes {w tym rekordzie} other {w „{path}”}}',
  'schema.unknown-field': 'Nieznane pole „{key}” {where}.{hint} Dozwolone pola: {allowed}.',
  // opisy pól w schemacie są angielskie, więc polski komunikat ich nie powtarza
  'schema.missing-field': 'Brak wymaganego pola „{name}” {where}: oczekiwano {expected}{about, select, none {} other {}}. Dodaj „{name}:” z wartością.',
  'schema.wrong-type': '{where}: oczekiwano {expected}, a podano {found}.{hint}',
  'schema.not-allowed': '{where}: podano „{value}”; oczekiwano jednej z wartości: {options}.{hint}',
  'schema.gender-hint': ' Czy chodziło o „{meant}”? („{value}” oznacza rodzaj {meant, select, m {męski} f {żeński} other {nijaki}}).',
  'schema.empty': '{where}: wartość nie może być pusta; podano {found}.',
  'schema.too-small': '{where}: wartość musi wynosić co najmniej {minimum}; podano {found}.',
  'schema.bad-format': '{where}: podano {found}; oczekiwano: {expectation}.',
  'schema.not-a-date': '{where}: podano {found}; oczekiwano daty ISO, np. „2010”, „2010-12” lub „2010-12-01”.',
  'schema.other': '{where}: ta wartość nie odpowiada formatowi danych; zob. docs/pl/format-danych.md.',
  'schema.bad-key': '{where}: „{key}” nie może być nazwą części zdania: nazwa składa się z małych liter i łączników i zaczyna się od litery, np. „beyond-eu”.',
  'schema.expected':
    '{type, select, string {tekstu} number {liczby} int {liczby całkowitej} boolean {wartości „true” lub „false”} array {listy} object {mapowania pól} other {{type}}}',
  'schema.found':
    '{type, select, empty {pustą wartość} list {listę} mapping {mapowanie} text {tekst „{value}”} number {liczbę {value}} other {wartość {value}}}',
  'schema.hint.unquote': ' Usuń cudzysłów.',
  'schema.hint.boolean': ' Napisz „true” lub „false” bez cudzysłowu.',
  'schema.hint.quote': ' Ujmij wartość w cudzysłów.',
  'schema.hint.list': ' Zapisz ją jako listę: [{value}].',
  'schema.id-format': 'identyfikator z małych liter, cyfr i łączników',
  'schema.quantity-format': 'liczba, np. 22, 4.5, „4,5 tys.”, „1,2 mln” albo „15 000”',

  // potok: problemy napotkane przy pisaniu rozdziału za dany rok
  'pipeline.in-section': ' (w rozdziale za {year} r.)',
  'pipeline.sentence': 'rozdziału za {year} r. ({template}:{line}:{column})',
  'pipeline.missing-form':
    '„{where}” nie ma formy {form, select, nom {mianownika (nom)} gen {dopełniacza (gen)} dat {celownika (dat)} acc {biernika (acc)} inst {narzędnika (inst)} loc {miejscownika (loc)} other {{form}}}, której potrzebuje zdanie {sentence}. Dodaj „{form}:” pod „{where}”.',
  'pipeline.record-text': '{message} (rozdział za {year} r.)',
  'pipeline.template-data': '{message} Zdanie {sentence} potrzebuje tej wartości z „{where}”.',
  'pipeline.beyond-as-of':
    'Fakty sięgają do „{asOf}” („asOf” w pliku {file}), więc rozdziału za {year} r. nie da się jeszcze z nich napisać. Otwórz ten rok poleceniem „coop-report new-year {year}” (rok następny po „asOf”), a potem uzupełnij rekordy o {year} r.',
  'pipeline.before-first-year':
    'Pierwszy rok sprawozdawczy tych danych to {first} („firstReportYear” w pliku {file}); wcześniejsze fakty są przechowywane jako historia, a nie pisane jako rozdziały. Obniż „firstReportYear”, by napisać rozdział za {year} r.',
  'pipeline.nothing-to-build': 'Dane nie obejmują żadnego roku: nie ma czego tworzyć.',
  'pipeline.empty-year': 'W danych nic nie obowiązuje w {year} r. {which}',

  // plik konfiguracyjny
  'config.not-a-file':
    '{file} powinien być plikiem z ustawieniami, a jest {what, select, folder {folderem} other {czymś innym niż zwykły plik (potokiem lub urządzeniem)}}; usuń go albo umieść w jego miejscu plik.',
  'config.too-large':
    '{file} ma {size, select, more {ponad {max} B} other {{size} B}}; zawiera tylko kilka ustawień i może mieć najwyżej {max} B (64 KiB). Czy to właściwy plik?',
  'config.unreadable':
    'Nie można odczytać pliku {file}: {code, select, EACCES {brak uprawnień do odczytu} EPERM {brak uprawnień do odczytu} ELOOP {to dowiązanie symboliczne, które tworzy pętlę} other {system odmówił dostępu ({code})}}. Sprawdź uprawnienia pliku.',
  'config.not-a-mapping': '{file} zawiera mapowanie ustawień ({keys}).',
  'config.twice': '„{key}” jest ustawione dwa razy; zostaw jedno.',
  'config.folder': '„{key}” przyjmuje ścieżkę folderu, względną wobec położenia pliku {file}.',
  'config.root': '„root” przyjmuje wartość „true” lub „false”: „true” oznacza, że ten folder jest folderem głównym projektu.',
  'config.formats': '„formats” przyjmuje listę formatów wyjściowych spośród: {formats}{unknown, select, none {} other {; „{unknown}” do nich nie należy}}.',
  'config.unknown': 'Nieznane ustawienie „{key}”.{hint} Dostępne ustawienia: {keys}.',

  // zapisywanie plików
  'page.title': 'Podgląd rozdziału za {year} r. – coop-report',
  'preview.bad-request': 'Nieprawidłowe żądanie: podgląd coop-report udostępnia rozdział pod adresem / i jego aktualizacje pod adresem /events.',
  'preview.failed-request': 'Podgląd coop-report nie obsłużył tego żądania, ale działa dalej.',
  'preview.forbidden': 'Podgląd coop-report odpowiada tylko pod adresami 127.0.0.1 i localhost.',
  'preview.not-allowed': 'Niedozwolona metoda: podgląd coop-report tylko udostępnia stronę (GET i HEAD).',
  'preview.not-found': 'Nie ma takiej strony: podgląd coop-report udostępnia rozdział pod adresem / i jego aktualizacje pod adresem /events.',
  'page.sources': 'Źródła tego zdania',
  'page.templates-alone': 'To zdanie pochodzi wyłącznie z szablonów',
  'page.year': 'Rok',
  'page.added': 'dodane',
  'page.removed': 'usunięte',
  'page.rendering': 'Składanie rozdziału za rok {year}…',
  'page.not-connected': 'Brak połączenia: czy „coop-report preview” nadal działa?',
  'page.cannot-show': 'Rozdział będzie widoczny po poprawieniu tych błędów',
  'page.warnings': 'Ostrzeżenia',
  'page.error': 'błąd',
  'page.warning': 'ostrzeżenie',
  'page.no-earlier': 'Nie ma wcześniejszego roku do porównania.',
  'page.compared': 'Zaznaczono zmiany od {year} r.',
  'page.updated': 'Zaktualizowano: {time}',
  'page.not-followed': 'Ograniczenia śledzenia zmian',
  'output.pdf':
    'Plik PDF utworzony przez LibreOffice {problem, select, empty {jest pusty (0 bajtów)} header {nie zaczyna się od „%PDF”, więc nie jest plikiem PDF} other {nie ma żadnej strony}}, choć program nie zgłosił błędu przekształcania pliku DOCX. Nie zapisano żadnego pliku. Uruchom budowanie ponownie; jeśli błąd się powtórzy, otwórz plik DOCX w LibreOffice i wyeksportuj go tam do PDF, aby poznać przyczynę.',
  'output.docx':
    'Plik DOCX nie jest czytelnym dokumentem{reason, select, none {: brak w nim części głównej word/document.xml} other { ({reason})}}. Nie zapisano żadnego pliku. To błąd programu coop-report: zgłoś go, podając polecenie i dane.',
  'write.cannot': 'Nie można tu zapisać: {reason}',
  'write.EACCES':
    'brak uprawnień do zapisu. Nadaj uprawnienia do zapisu w folderze albo wybierz inny folder (build: --out albo „out” w pliku konfiguracyjnym).',
  'write.EPERM':
    'system nie zezwala na zapis. Nadaj uprawnienia do zapisu w folderze albo wybierz inny folder (build: --out albo „out” w pliku konfiguracyjnym).',
  'write.EROFS': 'system plików jest tylko do odczytu. Wybierz inny folder (build: --out albo „out” w pliku konfiguracyjnym).',
  'write.ENOSPC':
    'dysk jest pełny. Zwolnij miejsce albo wybierz inny folder (build: --out albo „out” w pliku konfiguracyjnym); pliki, które już tam są, pozostały bez zmian.',
  'write.EDQUOT':
    'wyczerpano przydział miejsca na dysku. Zwolnij miejsce albo wybierz inny folder (build: --out albo „out” w pliku konfiguracyjnym); pliki, które już tam są, pozostały bez zmian.',
  'write.EEXIST': 'tam, gdzie potrzebny jest folder, jest plik. Przenieś plik albo wybierz inny folder (build: --out albo „out” w pliku konfiguracyjnym).',
  'write.ENOTDIR': 'tam, gdzie potrzebny jest folder, jest plik. Przenieś plik albo wybierz inny folder (build: --out albo „out” w pliku konfiguracyjnym).',
  'write.ENOENT':
    'dowiązanie na ścieżce prowadzi donikąd albo w międzyczasie usunięto folder. Napraw dowiązanie albo wybierz inny folder (build: --out albo „out” w pliku konfiguracyjnym).',
  'write.no-subfolder':
    'w tym folderze nie można zakładać folderów (to folder systemowy, taki jak /proc). Wybierz inny folder (build: --out albo „out” w pliku konfiguracyjnym).',
  'write.EISDIR':
    'w miejscu, w którym coop-report zapisuje plik, jest folder. Przenieś folder lub zmień jego nazwę albo wybierz inny folder (build: --out albo „out” w pliku konfiguracyjnym).',
  'write.ENAMETOOLONG': 'ścieżka jest za długa. Wybierz folder o krótszej ścieżce.',
  'write.ELOOP': 'dowiązania symboliczne na ścieżce tworzą pętlę. Wybierz inny folder (build: --out albo „out” w pliku konfiguracyjnym).',
  'write.EMFILE': 'otwartych jest zbyt wiele plików. Zamknij niektóre programy i spróbuj ponownie.',
  'write.EIO': 'dysk zgłosił błąd wejścia-wyjścia. Sprawdź dysk albo wybierz inny folder (build: --out albo „out” w pliku konfiguracyjnym).',
  'write.EBUSY': 'plik jest używany przez inny program (otwarty w Wordzie?). Zamknij go i spróbuj ponownie.',
  'write.ETXTBSY': 'plik jest używany przez inny program. Zamknij go i spróbuj ponownie.',
  'write.source-date-epoch': 'SOURCE_DATE_EPOCH musi być liczbą całkowitą sekund od 1970-01-01 UTC, np. 1293796800; podano „{text}”.',

  // LibreOffice, dla --format pdf
  'pdf.not-converted':
    'LibreOffice ({path}) nie przekształcił pliku DOCX w PDF{failure, select, none {} other { ({failure})}}.{output, select, none {} other {\nKomunikat programu: {output}}}',
  'pdf.not-a-file': '{by} wskazuje {file}, a to nie jest plik. Wskaż program {program} pakietu LibreOffice{usual, select, none {} other {, np. {usual}}}.',
  'pdf.not-found':
    '--format pdf wymaga pakietu LibreOffice, a {usual, select, none {programu „{program}” nie ma w PATH} other {programu „{program}” nie ma ani w PATH, ani w {usual}}}. {advice}',
  'pdf.or': '{first} lub {last}',
  'pdf.install.win32':
    'Zainstaluj LibreOffice ze strony https://www.libreoffice.org/download/ (trafi do C:\\Program Files\\LibreOffice), a jeśli jest zainstalowany gdzie indziej, wskaż go opcją --soffice ŚCIEŻKA lub zmienną {variable} albo pomiń pdf w --format.',
  'pdf.install.darwin':
    'Zainstaluj LibreOffice ze strony https://www.libreoffice.org/download/ (lub: brew install --cask libreoffice), a jeśli jest zainstalowany gdzie indziej, wskaż go opcją --soffice ŚCIEŻKA lub zmienną {variable} albo pomiń pdf w --format.',
  'pdf.install.other':
    'Zainstaluj LibreOffice (Debian i Ubuntu: apt-get install libreoffice-writer-nogui; Fedora: dnf install libreoffice-writer), a jeśli jest zainstalowany gdzie indziej, wskaż go opcją --soffice ŚCIEŻKA lub zmienną {variable} albo pomiń pdf w --format.',
  'pdf.not-started': 'nie dało się go uruchomić: {code}',
  'pdf.timed-out': 'zatrzymany po {seconds} s',
  'pdf.exit-code': 'kod wyjścia {code}',
  'pdf.signal': 'zakończony sygnałem {signal}',
  'pdf.stopped': 'przerwano sygnałem {signal} w trakcie przekształcania pliku DOCX w PDF: program LibreOffice zamknięto, niczego nie zapisano.',
  'pdf.more': '{output}… (i {count, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}} więcej)',

  // dokument wzorcowy (--reference-doc)
  'reference.save-as': 'Zapisz go w Wordzie lub LibreOffice jako .docx.',
  'reference.folder': 'Dokument wzorcowy jest folderem; podaj ścieżkę pliku .docx.',
  'reference.special': 'Dokument wzorcowy nie jest zwykłym plikiem (lecz potokiem lub urządzeniem); podaj ścieżkę pliku .docx.',
  'reference.too-large':
    'Dokument wzorcowy ma {size, select, more {ponad {max} B} other {{size} B}}, a może mieć najwyżej {max} B (64 MiB). Wystarczy szablon ze stylami.',
  'reference.missing': 'Dokument wzorcowy nie istnieje.',
  'reference.unreadable': 'Nie można odczytać dokumentu wzorcowego ({code}).',
  'reference.no-styles': 'Dokument wzorcowy nie jest plikiem DOCX: nie ma części word/styles.xml. {saveAs}',
  'reference.not-styles':
    'Część word/styles.xml dokumentu wzorcowego nie zawiera elementu <w:styles> języka WordprocessingML; to nie jest część ze stylami Worda.',
  'reference.missing-part':
    'Część word/_rels/document.xml.rels dokumentu wzorcowego wskazuje {path} jako część {kind}, ale plik nie ma takiej części. {saveAs}',
  'reference.not-zip': 'Dokument wzorcowy nie jest plikiem DOCX, który da się odczytać: {why}. {saveAs}',
  'reference.bad-part': 'Części {path} dokumentu wzorcowego nie można użyć: {why}. {saveAs}',
  'zip.not-zip': 'to nie jest archiwum ZIP',
  'zip.damaged-list': 'jego spis zawartości jest uszkodzony',
  'zip.too-large': 'jego część {name} po rozpakowaniu zajęłaby {size} B, a część może zajmować najwyżej {max} B (32 MiB)',
  'zip.bomb': 'jego część {name} po rozpakowaniu byłaby {ratio} razy większa (bomba ZIP?), a część może urosnąć najwyżej {max} razy',
  'zip.damaged': 'jego część {name} jest uszkodzona',
  'zip.cut-short': 'jego część {name} jest ucięta',
  'zip.larger': 'jego część {name} po rozpakowaniu przekracza {size} B zadeklarowane w nagłówku',
  'zip.not-inflated': 'jego części {name} nie da się rozpakować ({why})',
  'zip.method': 'jego część {name} jest skompresowana metodą {method}, a Word zapisuje części bez kompresji lub metodą deflate',
  'zip.mismatch': 'jego część {name} po rozpakowaniu jest mniejsza, niż deklaruje nagłówek; plik jest uszkodzony',
  'xml.not-utf8': 'to nie jest tekst w UTF-8',
  'xml.not-well-formed-at': 'to nie jest poprawnie zbudowany XML: wiersz {line}, kolumna {column}: {why}',
  'xml.not-well-formed': 'to nie jest poprawnie zbudowany XML: {why}',
  'xml.no-element': 'nie zawiera żadnego elementu',

  // przegląd: lista kontrolna przed napisaniem rozdziału za dany rok
  'review.no-as-of':
    'Plik office.yaml nie podaje, do kiedy sięgają fakty, więc każdy fakt bez daty końcowej uznaje się za obowiązujący do najpóźniejszej daty podanej gdziekolwiek. Dodaj „asOf:” z datą, na którą rekordy są aktualne.',
  'review.carried-over':
    'Ten udział ({role}, {who}) trwa od {from} bez daty końcowej i nie został potwierdzony na rok {year}{confirmed, select, none {} other { (ostatnio potwierdzony na rok {confirmed})}}. Sprawdź, czy nadal obowiązuje, i potwierdź go poleceniem „coop-report confirm {year}” (zapisze ono w tym rekordzie pole „confirmed” z rokiem {year}) albo zakończ go polem „to:”.',
  'review.approximate-participation':
    'Daty tego udziału ({role}, {who}, od {from}{to, select, none {} other { do {to}}}) są oznaczone jako szacunkowe („approximate: true”). Potwierdź je w źródłach i usuń „approximate”.',
  'review.past-planned-end':
    'Planowany termin zakończenia projektu to {to} („to”), a Urząd nadal w nim uczestniczy w {year} r. Przesuń „to” na nowy planowany termin albo zakończ udział.',
  'review.planned-end': 'Planowany termin zakończenia projektu ({to}, „to”) przypada w {year} r. Sprawdź, czy projekt się zakończył, albo przesuń „to”.',
  'review.approximate-project': 'Daty projektu są oznaczone jako szacunkowe („approximate: true”). Potwierdź je w źródłach i usuń „approximate”.',
  'review.unchanged-value': `Wartość „{key}” nie zmieniła się od {from} r. ({years, plural, one {# rok} few {# lata} many {# lat} other {# roku}} do {year} r.). Sprawdź, czy nadal obowiązuje; zapisz zmianę jako „changes: ['{'from: …, {key}: …'}']” albo potwierdź ją poleceniem „coop-report confirm {year}”.`,
  'review.never-told':
    'Żaden rozdział od {first} do {last} r. nie opisuje ani nie wymienia tego {kind, select, body {gremium} project {projektu} other {rekordu rodzaju „{kind}”}}. Dodaj udział Urzędu, odwołaj się do niego z opisywanego rekordu albo usuń plik.',

  // błędy samego commandera, rozpoznawane po tekście (./cli/commander-messages.ts)
  'commander.unknown-option': 'nieznana opcja „{name}”',
  'commander.unknown-command': 'nieznane polecenie „{name}”',
  'commander.did-you-mean': '(Czy chodziło o {names}?)',
  'commander.did-you-mean-one-of': '(Czy chodziło o jedno z: {names}?)',
  'commander.missing-argument': 'brak wymaganego argumentu „{name}”',
  'commander.option-missing-argument': 'opcja „{name}” wymaga wartości',
  'commander.too-many-arguments':
    'za dużo argumentów{command, select, none {} other { polecenia {command}}}. Oczekiwano {expected, plural, one {# argumentu} few {# argumentów} many {# argumentów} other {# argumentu}}, a podano {got}.',
  'commander.invalid-choice': 'opcja „{name}” nie przyjmuje wartości „{value}”. Dozwolone wartości: {choices}.',
  'commander.usage': '[opcje]',
  'commander.usage-command': '[polecenie]',
  'commander.quoted': '„{value}”',
  // nazwy argumentów i wartości opcji w pomocy
  'placeholder.year': 'rok',
  'placeholder.year-a': 'rok1',
  'placeholder.year-b': 'rok2',
  'placeholder.dir': 'folder',
  'placeholder.file': 'plik',
  'placeholder.files': 'pliki',
  'placeholder.path': 'ścieżka',
  'placeholder.list': 'lista',
  'placeholder.format': 'format',
  'placeholder.n': 'liczba',
  'placeholder.kind': 'rodzaj',
  'placeholder.lang': 'język',

  // sprawdzanie: dwa rekordy, które nazywają to samo
  'rule.duplicate-name':
    '{kind, select, body {To gremium} project {Ten projekt} other {Ten rekord rodzaju „{kind}”}} ma {which} co plik {file}, więc rozdział opisałby {kind, select, body {to samo gremium} project {ten sam projekt} other {ten sam rekord}} dwa razy. Jeśli jeden z plików jest kopią, popraw w nim: {fields}; jeśli to {kind, select, body {to samo gremium} project {ten sam projekt} other {ten sam rekord}}, zostaw jeden plik.',
  'rule.duplicate-name.one': '{field, select, name {tę samą nazwę} acronym {ten sam skrót} other {ten sam tytuł}} („{value}”)',
  'rule.duplicate-name.many': 'te same pola {first} i {last}',
  'config.using': 'ustawienia z pliku {file}',
  'commander.choices': 'wartości:',
  'commander.default': 'domyślnie:',

  // potok: pole, którego nie opisuje żadne zdanie
  'pipeline.untold-field':
    'Pole „{key}” jest podane, ale przy bieżących szablonach żadne zdanie w żadnym roku go nie opisuje (o tym, których pól używają zdania o {kind, select, body {gremium} office {Urzędzie} country {państwie} project {projekcie} plan {planie roku} other {rekordzie rodzaju „{kind}”}}, decyduje jego rola; zob. docs/data-format.md). Sprawdź rolę, opisz pole własnym zdaniem rekordu („sentences”) albo je usuń.',

  // potok: część zdania w „wording”, której nie ma żadne zdanie
  'pipeline.unread-wording':
    'Przy bieżących szablonach żadne zdanie w żadnym roku nie ma części „{part}”, którą ten rekord podaje w „wording”.{suggestion} Części wbudowanych zdań, które podaje {kind, select, office {rekord Urzędu} body {gremium} project {projekt} country {państwo} plan {plan roku} other {rekord rodzaju „{kind}”}}: {parts} (zob. docs/pl/format-danych.md). Sprawdź nazwę i to, czy rekord jest tym, o którym jest zdanie, albo usuń tę część.',

  // szablony: wyszukiwanie, sprawdzanie i uruchamianie
  'template.not-a-file':
    'Szablon powinien być plikiem tekstowym, a to jest {what, select, folder {folder} other {coś innego niż zwykły plik (potok lub urządzenie)}}; usuń go albo umieść w tym miejscu szablon.',
  'template.too-large':
    'Ten szablon ma {size, select, more {ponad {max} B} other {{size} B}}, a szablon może mieć najwyżej {max} B (1 MiB). Szablon to kilka wierszy tekstu.',
  'template.outside':
    'To dowiązanie symboliczne do „{target}”, czyli do miejsca poza folderem szablonów, a szablony są odczytywane tylko z podanych folderów. Zamiast dowiązania skopiuj szablon do folderu.',
  'template.unreadable':
    'Nie można odczytać tego szablonu: {code, select, EACCES {brak uprawnień do odczytu} EPERM {brak uprawnień do odczytu} ENOENT {plik nie istnieje (może to zerwane dowiązanie?)} ELOOP {to dowiązanie symboliczne, które tworzy pętlę} other {system odmówił dostępu ({code})}}.',
  'template.partials-not-a-folder':
    'Tu powinien być folder szablonów częściowych, a jest plik; usuń go albo umieść szablony częściowe w folderze o tej nazwie.',
  'template.unused': 'Szablon {name} nie zastępuje żadnego wbudowanego szablonu i nie dołącza go żaden inny, więc nic z niego nie korzysta.{hint}',
  'template.built-in': ' Wbudowane szablony to: {names}.',
  'template.folder':
    'Folder szablonów „{folder}” {why, select, missing {nie istnieje} other {jest plikiem, a nie folderem}}; sprawdź opcję --templates albo ustawienie „templates” w pliku konfiguracyjnym.',
  'template.no-section': 'W folderach szablonów ({folders}) nie ma pliku {name}.',
  'template.helper-failed': 'Pomocnik „{name}” zgłosił błąd: {message}',
  'template.handlebars': 'Handlebars nie może wykonać szablonu w tym miejscu: {message}',
  'template.partial-cycle':
    "Szablony częściowe dołączają się nawzajem na {depth} poziomach ({chain} → …): któryś z nich dołącza sam siebie, wprost lub przez inne. Usuń dołączenie '{{'> …'}}', które zamyka to koło.",
  'template.record-text': 'W tekście „{text}” (wiersz {line}, kolumna {column}): {message}',
  'template.missing-field':
    "Dane nie mają tu pola „{field}”{expression, select, none {} other { (w „{expression}”)}}.{root, select, yes { Szablon częściowy widzi tylko swój blok; pole „{field}” całego rozdziału to '{{'@root.{field}'}}'.} other { Porównaj nazwę z listą pól w README (rozdział „Custom templates”) albo obejmij wyrażenie blokiem '{{'#if …'}}'.}}",
  'template.not-text':
    '„{expression}” to {value}, a tekst może wyświetlić tylko tekst lub liczbę. {kind, select, list {Przejdź przez jej elementy blokiem, np. „each”, albo wymień je pomocnikiem, który tworzy wyliczenie (zob. docs/templates.md).} other {Wskaż jedno z pól tej wartości („{expression}.nom”) albo zapisz ją pomocnikiem „form” z przypadkiem (zob. docs/templates.md).}}',
  'template.unknown-partial': 'Nieznany szablon częściowy „{name}”.{hint} Dostępne szablony częściowe: {partials}.',
  'template.writing-helper':
    'Pomocnik „{name}” zapisuje na konsoli, a nie w tekście, więc szablon nie może go używać: na konsolę trafia raport o problemach, który odczytują inne programy. Usuń go.',
  'template.inner-name':
    '„{name}” to nazwa wewnętrznego mechanizmu obiektów JavaScriptu, a nie pola danych, więc szablon nie może jej używać. Wskaż pole rekordu.',
  'template.literal-context':
    'Blok „{name}” otrzymał wartość wpisaną wprost: ten blok przechodzi przez pole danych rekordu, a nigdy przez tekst lub liczbę zapisane w szablonie.',
  'template.blocks-too-deep':
    'Bloki są tu zagnieżdżone głębiej niż na {max} poziomach: każdy poziom powtarza swoją zawartość, a szablon potrzebuje dwóch lub trzech. Rozdziel wewnętrzne bloki.',
  'template.output-budget':
    'Ten szablon podczas wypełniania {limit, select, runs {wykonał swoje bloki ponad {max} razy} other {wytworzył ponad {max} znaków}}, znacznie więcej, niż potrzeba {what, select, text {na tekst rekordu} other {na rozdział}}: jego bloki za wiele razy się powtarzają. Sprawdź bloki wokół tego miejsca.',
  'template.includes-itself':
    'Szablon częściowy „{name}” włącza sam siebie ({chain}), więc nigdy by się nie zakończył. Usuń włączenie, które do niego prowadzi.',
  'template.text-includes-itself':
    'wyświetla sam siebie ponownie, przez szablon częściowy lub pomocnika „say”, więc nigdy by się nie zakończył. Usuń z tekstu to, co do niego prowadzi.',
  'template.text-link':
    'zawiera odnośnik do „{url}”, a tekst rekordu może odsyłać tylko do adresów http://, https:// i mailto:. Usuń odnośnik albo wpisz adres w całości.',
  'template.text-image': 'wyświetla obraz („{url}”), a tekst rekordu nie może zawierać obrazów: strona pobierałaby je z zewnątrz przy otwarciu. Usuń obraz.',
  'template.text-html':
    'zawiera kod HTML („{html}”), a tekst rekordu to zwykły tekst, najwyżej ze znacznikami Markdown. Usuń znacznik albo zapisz „\\<”, jeśli „<” ma być zwykłym znakiem.',
  'template.record-text-output': 'W tekście „{text}”: {message}',
  'template.text-too-deep':
    'zagnieżdża listy lub cytaty na więcej niż {max} poziomów, a odczytanie tak głęboko zagnieżdżonego tekstu Markdown trwałoby wiele minut. Usuń znaczniki „-”, „*”, „+”, „>” lub „1.” z jego początku.',
  'template.text-too-marked':
    'ma zbyt wiele znaków „*”, „_”, „[” lub „](” bez ukośnika wstecznego przed nimi, zagnieżdżonych albo niezamkniętych, a odczytanie tak oznaczonego tekstu Markdown trwałoby wiele minut. Zapisz „\\*”, „\\_” lub „\\[”, jeśli znak ma być zwykłym znakiem, i zamknij każdy nawias „[” i „(”.',
  'template.markdown-too-deep':
    'Markdown napisany przez szablony zagnieżdża listy lub cytaty na więcej niż {max} poziomów w wierszu {line} („{text}”): odczytanie tak głęboko zagnieżdżonego tekstu Markdown trwałoby wiele minut, a sekcja nie potrzebuje takiego zagnieżdżenia. Poszukaj wiersza, który zaczyna się od wielu znaczników „-”, „*”, „+”, „>” lub „1.” albo od głębokiego wcięcia.',
  'template.markdown-too-marked':
    'Markdown napisany przez szablony ma w akapicie od wiersza {line} („{text}”) zbyt wiele znaków „*”, „_”, „[” lub „](” bez ukośnika wstecznego przed nimi, zagnieżdżonych albo niezamkniętych: odczytanie tak oznaczonego tekstu Markdown trwałoby wiele minut. Zapisz „\\*”, „\\_” lub „\\[”, jeśli znak ma być zwykłym znakiem, i zamknij każdy nawias „[” i „(”.',
  'template.unknown-helper': 'Nieznany pomocnik „{name}”.{hint} Listę pomocników zawiera docs/templates.md.',
  'template.too-deep': 'Ten szablon zagnieżdża bloki lub wyrażenia zbyt głęboko, by dało się go odczytać; szablon potrzebuje tylko kilku poziomów.',
  'template.mismatch': "Błąd składni szablonu: blok '{{'#{opened}'}}' jest zamknięty przez '{{'/{closed}'}}'; zamknij go znacznikiem '{{'/{opened}'}}'.",
  'template.unclosed': "Błąd składni szablonu: blok '{{'#{name}'}}' nie został zamknięty; dodaj '{{'/{name}'}}' tam, gdzie blok się kończy.",
  'template.unexpected': 'Błąd składni szablonu: w tym miejscu nie może wystąpić {what, select, text {tekst} end {koniec szablonu} other {„{token}”}}.',

  // pomocniki szablonów: wartość niewłaściwego rodzaju
  'helper.form-of': 'Pomocnik „form” wymaga frazy rzeczownikowej, a otrzymał {value}.',
  'helper.not-a-case': '„{value}” to nie przypadek; przypadki to {cases}.{hint}',
  'helper.no-form': 'Fraza rzeczownikowa „{phrase}” nie ma formy „{form}”; dopisz do niej w danych „{form}:”.',
  'helper.agreement': 'Oczekiwano frazy rzeczownikowej albo jednej z wartości „m”, „f”, „n”, „pl”, z którą forma ma się zgadzać, a otrzymano {value}.',
  'helper.direction': 'Oczekiwano kierunku ({directions}), a otrzymano {value}.',
  'helper.places-conjunction': 'Spójnik łączący miejsca to „i” albo „oraz”, a otrzymano {value}.',
  'helper.place': 'Miejsce to fraza rzeczownikowa albo rekord z nazwą, a otrzymano {value}.',
  'helper.participle': 'Oczekiwano czasownika założenia ({verbs}), a otrzymano {value}.',
  'helper.place-prep': 'Przyimek miejsca („prep”) to „w” albo „na”, a „{place}” ma {value}.',
  'helper.unknown-noun':
    "Nieznany rzeczownik liczony „{noun}”.{hint} Znane rzeczowniki: {nouns}; można też podać jego formy jako '{ one: …, few: …, many: … }'.",
  'helper.unknown-verb':
    "Nieznany czasownik „{verb}”.{hint} Znane czasowniki: {verbs}; można też podać jego formy jako '{ present3sg: …, present3pl: …, pastStem: … }'.",
  'helper.case': 'Oczekiwano przypadka ({cases}), a otrzymano {value}.',
  'helper.tense': 'Oczekiwano czasu („present”, „past” albo „future”), a otrzymano {value}.',
  'helper.number': 'Oczekiwano liczby (np. 22, 4.5, „4,5 tys.” albo „1,2 mln”), a otrzymano {value}.',
  'helper.bound': 'Oczekiwano określenia przybliżenia ({bounds}), a otrzymano {value}.',
  'helper.aspect': 'Ostatni argument pomocnika „verbForms” to „perfective” albo nic, a otrzymano {value}.',
  'helper.no-count': 'Liczba wymaga pola „count”.',
  'helper.argument':
    'Argument nr {position} pomocnika „{helper}” powinien być {expected, select, phrase {frazą rzeczownikową (z polem „nom”)} record {rekordem z nazwą} records {listą rekordów z nazwami} date {datą} case {przypadkiem (nom, gen, dat, acc, inst, loc)} text {tekstem} number {liczbą} list {listą} mapping {mapowaniem pól} mappings {mapowaniem pól albo ich listą} agreement {frazą rzeczownikową albo jedną z wartości „m”, „f”, „n”, „pl”} other {{expected}}}, a otrzymano {value}.',
  'helper.value.nothing': 'brak wartości (pole, którego dane nie zawierają, albo literówka w nazwie?)',
  'helper.value.text': '„{text}”',
  'helper.value.list': '{count, plural, one {listę z # elementem} few {listę z # elementami} many {listę z # elementami} other {listę z # elementu}}',
  'helper.value.mapping':
    '{none, select, yes {puste mapowanie} other {mapowanie pól {keys}{more, plural, =0 {} one { i # innego pola} few { i # innych pól} many { i # innych pól} other { i # innego pola}}}}',

  // gramatyka polska: rzeczownik liczony lub czasownik zapisany w danych albo w szablonie i wartości, których nie da się zapisać
  'noun.written': 'Rzeczownik liczony zapisuje się jako {example}, a podano {value}.',
  'noun.unknown-field': 'Rzeczownik liczony nie ma pola „{field}”; jego pola to {fields}.',
  'noun.needs':
    'Rzeczownik liczony wymaga pola „{key}” ({key, select, one {mianownik liczby pojedynczej} few {mianownik liczby mnogiej} other {dopełniacz liczby mnogiej}}), np. {example}.',
  'noun.other': 'Forma „other” rzeczownika liczonego (dopełniacz liczby pojedynczej) musi być tekstem.',
  'noun.gender': 'Rodzaj rzeczownika liczonego to „m”, „f” albo „n”, a podano {value}.',
  'noun.personal': 'Oznaczenie „personal” rzeczownika liczonego przyjmuje wartość „true” albo „false”.',
  'noun.case-forms': "Pole „{number}” rzeczownika liczonego zawiera formy przypadków, np. {number}: '{ inst: … }'.",
  'noun.cases': 'Pole „{number}” rzeczownika liczonego zawiera przypadki {cases}, a podano „{key}”.',
  'noun.case-text': 'Pole „{number}.{key}” rzeczownika liczonego musi być tekstem.',
  'noun.missing-form':
    'Rzeczownik liczony „{noun}” nie ma formy {form, select, nom {mianownika} gen {dopełniacza} dat {celownika} acc {biernika} inst {narzędnika} other {miejscownika}} liczby {number, select, sg {pojedynczej} other {mnogiej}}; dopisz tę formę jako „{key}”.',
  'verb.written': 'Czasownik zapisuje się jako {example}, a podano {value}.',
  'verb.unknown-field': 'Czasownik nie ma pola „{field}”; jego pola to {fields}.',
  'verb.text': 'Pole „{key}” czasownika musi być tekstem.',
  'verb.aspect': 'Czasownik podaje albo „present3sg” i „present3pl” (niedokonany), albo „future3sg” i „future3pl” (dokonany), np. {example}.',
  'verb.both': 'Czasownik wymaga obu form: {tense, select, present {„present3sg” i „present3pl”} other {„future3sg” i „future3pl”}}.',
  'verb.past-twice': 'Czas przeszły czasownika podaje się albo jako „pastStem”, albo jako „past”, nie oba naraz.',
  'verb.past-forms': 'Pole „past” czasownika zawiera formy {keys}{missing, select, none {} other {; brakuje: {missing}}}.',
  'verb.past-stem': 'Czasownik wymaga pola „pastStem”, czyli tematu przed „-ł” („gości” dla „gościł”), albo wszystkich form przeszłych w polu „past”.',
  'verb.perfective-present': 'Czasownik dokonany („{verb}”) nie ma czasu teraźniejszego; użyj czasu przeszłego albo przyszłego.',
  'verb.future-infinitive': 'Czas przyszły czasownika niedokonanego („{verb}”) to „będzie” z bezokolicznikiem; podaj jego bezokolicznik.',
  'grammar.adjective': 'Oczekiwano przymiotnika w mianowniku liczby pojedynczej rodzaju męskiego, zakończonego na -y lub -i, a podano „{value}”.',
  'grammar.words-range': 'Słownie zapisuje się liczby od 1 do {max}, a podano {value}.',
  'grammar.no-numeral': 'Brak liczebnika słownego dla liczby {value}.',
  'grammar.day-without-month': 'Data z dniem musi mieć miesiąc, a podano {value}.',
  'grammar.month': 'Oczekiwano miesiąca od 1 do 12, a podano {value}.',
  'grammar.not-decimal': 'Liczby {value} nie da się zapisać jako zwykłego ułamka dziesiętnego.',

  // podgląd
  'preview.port-in-use': 'Port {port} pod adresem 127.0.0.1 jest zajęty; zatrzymaj program, który go używa, albo wybierz inny opcją --port.',
  'preview.server-error': 'Podgląd napotkał błąd, ale działa dalej: {message}',
  'preview.gone': 'Ścieżka „{path}” nie istnieje; podgląd wznowi śledzenie zmian, gdy tylko zostanie ona przywrócona.',
  'preview.cannot-follow':
    'Nie można śledzić zmian w „{path}” ({reason}); pozostałe pliki są nadal śledzone, a tę ścieżkę podgląd zacznie śledzić, gdy tylko będzie mógł ją odczytać.',
  'preview.following-again': 'Podgląd ponownie śledzi zmiany w „{path}”.',
  'preview.reason-permission': 'brak uprawnień do odczytu',
  'preview.reason-loop': 'pętla dowiązań symbolicznych',
  'preview.reason-too-many': 'system nie może obserwować większej liczby plików',
  'preview.reason-system': 'błąd systemu {code}',

  // rok analityka: new-year, confirm, publish i opublikowane lata bez zmian
  'new-year.description': 'Otwiera kolejny rok: przesuwa „asOf” w office.yaml na ten rok i wypisuje, co sprawdzić przed napisaniem rozdziału.',
  'new-year.year': 'rok do otwarcia, cztery cyfry: rok następny po „asOf”',
  'new-year.examples': `
Przykłady:
  coop-report new-year 2011         „asOf” z 2010 zmienia się na 2011; potem lista do sprawdzenia za 2011 r.
  coop-report confirm 2011          następnie potwierdzenie tego, co nadal obowiązuje

Cały cykl, od danych z poprzedniego roku do pliku DOCX za bieżący rok: „new-year”, sprawdzenie pozycji z listy
i zapisanie zmian w rekordach, „confirm”, „build”; po wydrukowaniu rozdziału – „publish”.
`,
  'new-year.no-as-of':
    'Plik office.yaml nie podaje, do kiedy sięgają fakty („asOf”), więc nie wiadomo, który rok jest następny. Dodaj pole „asOf” z ostatnim rokiem, na który rekordy są aktualne, i uruchom ponownie „coop-report new-year {year}”.',
  'new-year.not-next':
    'Fakty sięgają {asOf} („asOf”), więc kolejnym rokiem do otwarcia jest {next}, a nie {year}.{open, select, yes { Rok {year} jest już otwarty.} other {}}',
  'new-year.opened': 'Otwarto rok {year}: pole „asOf” w {file}:{line} ma teraz wartość {year} (poprzednio {before}).',
  'new-year.next':
    'Dalej: sprawdź każdą pozycję powyżej, zapisz w danych to, co się zmieniło, potwierdź to, co nadal obowiązuje, poleceniem „coop-report confirm {year}”, a potem uruchom „coop-report build {year}”.',
  'confirm.description':
    'Potwierdza na dany rok fakty przeniesione z lat poprzednich: zapisuje pole „confirmed” z rokiem w każdym rekordzie, który wymienia polecenie „review” (albo tylko w podanych plikach).',
  'confirm.year': 'rok, na który potwierdza się fakty, cztery cyfry',
  'confirm.files': 'pliki rekordów do potwierdzenia (domyślnie: każdy rekord, który wymienia polecenie „review”)',
  'confirm.examples': `
Przykłady:
  coop-report confirm 2011                                   każdy rekord, który wymienia „coop-report review 2011”
  coop-report confirm 2011 data/bodies/enaro.yaml            tylko ten rekord

Pole „confirmed” z rokiem trafia na koniec rekordu albo zmienia się tam, gdzie już jest; komentarze, kolejność
i układ pliku pozostają bez zmian. Pliki są zapisywane wszystkie albo żaden.
`,
  'confirm.not-a-record': '{file} nie jest plikiem rekordu w folderze danych {folder}. Podaj pliki z podfolderów bodies/ lub projects/ tego folderu.',
  'confirm.confirmed':
    '{file}:{line} potwierdzono na rok {year} ({count, plural, one {# pozycja} few {# pozycje} many {# pozycji} other {# pozycji}} z listy „review”)',
  'confirm.nothing-in': '{file}: na rok {year} nie ma tu nic do potwierdzenia.',
  'confirm.summary':
    '{count, plural, =0 {Na rok {year} nie ma nic do potwierdzenia.} one {Potwierdzono # rekord na rok {year}.} few {Potwierdzono # rekordy na rok {year}.} many {Potwierdzono # rekordów na rok {year}.} other {Potwierdzono # rekordu na rok {year}.}}',
  'publish.description':
    'Zachowuje rozdział za dany rok jako opublikowany, w folderze published/ obok folderu danych: odtąd polecenia „validate”, „build”, „review” i „preview” ostrzegają, gdy dane zmieniłyby jego tekst.',
  'publish.year': 'rok, za który rozdział opublikowano, cztery cyfry',
  'publish.accept': 'zastępuje zachowany rozdział tym, który wynika z obecnych danych, czyli przyjmuje zmiany',
  'publish.examples': `
Przykłady:
  coop-report publish 2010              zachowuje rozdział za 2010 r. jako opublikowany (folder published/ zatwierdź razem z danymi)
  coop-report publish 2010 --accept     świadomie przyjmuje zmiany, które dane wprowadzają do tego rozdziału
`,
  'publish.published':
    'Opublikowano rozdział za {year} r.: {file} ({sentences, plural, one {# zdanie} few {# zdania} many {# zdań} other {# zdania}}). Zatwierdź go w repozytorium razem z danymi; odtąd polecenia „validate”, „build”, „review” i „preview” ostrzegają, gdy dane zmieniłyby jego tekst.',
  'publish.unchanged': 'Rozdział za {year} r. jest już opublikowany, a dane go nie zmieniają: {file}.',
  'publish.accepted': 'Przyjęto zmiany w opublikowanym rozdziale za {year} r.: {file} zawiera teraz rozdział wynikający z obecnych danych.',
  'publish.refused':
    'Rozdział za {year} r. jest opublikowany, a dane go zmieniają (zob. wyżej). Niczego nie zapisano. Jeśli zmiany są zamierzone, uruchom „coop-report publish {year} --accept”.',
  'published.changed':
    'Opublikowany rozdział za {year} r. zmieniłby się w akapicie {paragraph}. Było: {before, select, none {(brak zdania)} other {„{before}”}} Jest: {after, select, none {(brak zdania)} other {„{after}”}} Źródła: {sources}. Jeśli zmiana jest zamierzona, przyjmij ją poleceniem „coop-report publish {year} --accept”; w przeciwnym razie cofnij zmianę w danych.',
  'published.changed-layout':
    'Opublikowany rozdział za {year} r. zmieniłby się w nagłówku lub układzie, choć żadne zdanie nie brzmi inaczej. Jeśli zmiana jest zamierzona, przyjmij ją poleceniem „coop-report publish {year} --accept”.',
  'published.no-sources': 'żaden rekord',
  'published.more-sources': '{count, plural, one { i # inny rekord} few { i # inne rekordy} many { i # innych rekordów} other { i # innego rekordu}}',
  'published.unreadable': 'Nie można odczytać folderu opublikowanych rozdziałów {file}.',
  'option.strict': 'traktuje zmianę opublikowanego rozdziału jako błąd (kod wyjścia 1)',

  // edytor analityka: schemat JSON każdego rodzaju i ustawienia VS Code
  'editor.schema-title':
    'coop-report: {kind, select, office {Urząd} body {instytucja} project {projekt} country {państwo} plan {plan roku} other {{kind}}} ({place})',
  'editor.any-title': 'coop-report: plik rekordu',
  'editor.write':
    'zapisuje schemat JSON każdego rodzaju rekordów w folderze schemas/ folderu z danymi, w języku uruchomienia i z identyfikatorami rekordów, dla edytora (ponownie po dodaniu rekordu)',
  'editor.settings-kept':
    'Plik {path} już istnieje i init go nie zmienił. Aby VS Code sprawdzał rekordy, dopisz do niego ustawienie „yaml.schemas” pokazane w README.',
};
