// The Polish of the JSON Schema's descriptions, keyed by their English text (./descriptions.ts): what an editor shows
// the analyst who hovers over a field or completes one. Every description of the schema has its entry, and no entry
// is left over (test/schema/descriptions.test.ts).

/** The Polish descriptions, by the English description of the schema. */
export const PL_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'The nominative, mianownik: kto? co?': 'Mianownik: kto? co?',
  'The genitive, dopełniacz: kogo? czego?': 'Dopełniacz: kogo? czego?',
  'The dative, celownik: komu? czemu?': 'Celownik: komu? czemu?',
  'The accusative, biernik: kogo? co?': 'Biernik: kogo? co?',
  'The instrumental, narzędnik: z kim? z czym?': 'Narzędnik: z kim? z czym?',
  'The locative, miejscownik: o kim? o czym?': 'Miejscownik: o kim? o czym?',
  'Grammatical gender of the head noun: m, f or n.': 'Rodzaj gramatyczny rzeczownika głównego: `m` (męski), `f` (żeński) lub `n` (nijaki).',
  'Grammatical number: sg (default) or pl.': 'Liczba gramatyczna: `sg` (pojedyncza, domyślnie) lub `pl` (mnoga).',
  'Masculine-personal plural ("przedstawiciele").': 'Liczba mnoga męskoosobowa („przedstawiciele”).',
  'The full name: "Urząd do Spraw Cudzoziemców".': 'Pełna nazwa: „Urząd do Spraw Cudzoziemców”.',
  'The short name used in running text: "Urząd".': 'Krótka nazwa używana w tekście: „Urząd”.',
  'How far the facts go: the date up to which the data is kept current ("2014"). Open-ended facts hold until then.':
    'Stan danych: data, do której dane są aktualne („2014”). Fakty bez daty końcowej obowiązują do tej daty.',
  'The first year whose section is written from this data; earlier facts are history.':
    'Pierwszy rok, którego rozdział powstaje z tych danych; wcześniejsze fakty są historią.',
  'When it happened, or began: "2014-10-09".': 'Kiedy się odbyło lub rozpoczęło: „2014-10-09”.',
  'When it ended, for an event over several days or months: "2014-10-10".': 'Kiedy się zakończyło, jeśli trwało kilka dni lub miesięcy: „2014-10-10”.',
  'agreement (signed), meeting (taken part in), hosted (organised), visit (study visit), deployment (experts sent), training.':
    '`agreement` (podpisane porozumienie), `meeting` (udział w spotkaniu), `hosted` (wydarzenie zorganizowane przez Urząd), `visit` (wizyta studyjna), `deployment` (oddelegowanie ekspertów), `training` (szkolenie).',
  'Who of the Office: office (default), head, representative, representatives, staff, experts.':
    'Kto z Urzędu: `office` (Urząd, domyślnie), `head` (Szef Urzędu), `representative` (przedstawiciel), `representatives` (przedstawiciele), `staff` (pracownicy), `experts` (eksperci).',
  'What it was, when not the kind\'s default ("porozumienie o współpracy", "spotkanie", "wizyta studyjna", "szkolenie").':
    'Czym było, jeśli nie tym, co domyślnie oznacza rodzaj („porozumienie o współpracy”, „spotkanie”, „wizyta studyjna”, „szkolenie”).',
  'The id of a body: its file name in bodies/ without .yaml.': 'Identyfikator instytucji: nazwa jej pliku w folderze bodies/ bez .yaml.',
  'The organisations it was with or for, by id.': 'Instytucje, z którymi lub dla których się odbyło, podane identyfikatorami.',
  'The id of a country: its file name in countries/ without .yaml.': 'Identyfikator państwa: nazwa jego pliku w folderze countries/ bez .yaml.',
  'The countries it was with or for, by id.': 'Państwa, z którymi lub dla których się odbyło, podane identyfikatorami.',
  'What it concerned, in the case the words before it ask: the genitive after "dotyczące" (agreement), the dative after "poświęconym" (meeting, training) or "poświęconą" (hosted, visit), the instrumental after "związanych z" (deployment).':
    'Czego dotyczyło, w przypadku, którego wymagają słowa przed nim: w dopełniaczu po „dotyczące” (`agreement`), w celowniku po „poświęconym” (`meeting`, `training`) lub „poświęconą” (`hosted`, `visit`), w narzędniku po „związanych z” (`deployment`).',
  'How the places are told: to ("do Bułgarii", a deployment\'s default) or in ("w Bułgarii", the other kinds\' default).':
    'Jak podać miejsca: to („do Bułgarii”, domyślnie w misjach) albo in („w Bułgarii”, domyślnie w pozostałych rodzajach).',
  'Where: countries, by id; a name may carry "prep: na" ("na Cypr").':
    'Gdzie: państwa podane identyfikatorami; nazwa państwa może mieć „prep: na” („na Cypr”).',
  'A number: 22, 4.5, "4,5 tys." or "15 000".': 'Liczba: 22, 4.5, „4,5 tys.” lub „15 000”.',
  'about (ok.), over (ponad), nearly (blisko), almost (prawie), atLeast (co najmniej), atMost (co najwyżej).':
    '`about` (ok.), `over` (ponad), `nearly` (blisko), `almost` (prawie), `atLeast` (co najmniej), `atMost` (co najwyżej).',
  'Write the number in words: "trzech", "dwóch".': 'Liczba zapisana słownie: „trzech”, „dwóch”.',
  'The nominative singular: "kraj kandydujący".': 'Mianownik liczby pojedynczej: „kraj kandydujący”.',
  'The nominative plural, after 2-4: "kraje kandydujące".': 'Mianownik liczby mnogiej, po 2–4: „kraje kandydujące”.',
  'The genitive plural, after 5: "krajów kandydujących".': 'Dopełniacz liczby mnogiej, po 5: „krajów kandydujących”.',
  'The genitive singular, after a fraction: "kraju kandydującego".': 'Dopełniacz liczby pojedynczej, po ułamku: „kraju kandydującego”.',
  'Singular forms in other cases, after 1: { loc: misji wsparcia }.': 'Formy liczby pojedynczej w innych przypadkach, po 1: { loc: misji wsparcia }.',
  'Plural forms in other cases, after 2 or more: { loc: misjach wsparcia }.':
    'Formy liczby mnogiej w innych przypadkach, po 2 i więcej: { loc: misjach wsparcia }.',
  'The noun counted: a word of the lexicon ("państwo", "misja", "dzień") or its forms {one, few, many}.':
    'Rzeczownik liczony: słowo ze słownika programu („państwo”, „misja”, „dzień”) lub jego formy `{one, few, many}`.',
  'An adjective or participle agreeing with the count: "uczestniczący" -> "17 państw uczestniczących".':
    'Przymiotnik lub imiesłów uzgadniany z liczebnikiem: „uczestniczący” → „17 państw uczestniczących”.',
  'For a deployment: how many ("ponad 100 misji").': 'Przy oddelegowaniu (`deployment`): ile („ponad 100 misji”).',
  'What it came to: "ok. 4,5 tys. dni roboczych".': 'Ile to wyniosło: „ok. 4,5 tys. dni roboczych”.',
  'hosted: the bodies whose delegation the Office hosted, by id ("delegacji Państwowej Służby Migracyjnej Ukrainy").':
    'Przy `hosted`: instytucje, których delegację Urząd przyjął, podane identyfikatorami („delegacji Państwowej Służby Migracyjnej Ukrainy”).',
  'true when "date" and "to" are estimates: the sentence then gives no date.': '`true`, gdy „date” i „to” są szacunkowe: zdanie nie podaje wtedy daty.',
  'The year whose section tells this total: 2017.': 'Rok, w którego rozdziale podaje się tę sumę: 2017.',
  'How many up to the end of that year ("15 misji").': 'Ile do końca tego roku („15 misji”).',
  'What they came to up to the end of that year.': 'Ile to wyniosło do końca tego roku.',
  'A running total of an event over several years, told in the section of its year with "dotychczas".':
    'Suma dotychczasowa wydarzenia trwającego kilka lat, podawana w rozdziale swojego roku ze słowem „dotychczas”.',
  'For an event over several years: the totals up to the end of each year before its last, each told that year ("dotychczas").':
    'Przy wydarzeniu trwającym kilka lat: sumy do końca każdego roku przed ostatnim, każda podana w rozdziale tego roku („dotychczas”).',
  "The body in whose paragraph the event is told, when not its record's (an event of the Office: any body).":
    'Instytucja, w której akapicie opisuje się wydarzenie, jeśli nie jest to instytucja z tego rekordu (przy wydarzeniu samego Urzędu: dowolna instytucja).',
  "The event told in words of the record's own, replacing the kind's default wording.":
    'Wydarzenie opisane własnymi słowami rekordu, zamiast domyślnego brzmienia jego rodzaju.',
  'A sentence written as a short template with the helpers of the built-in templates.':
    'Zdanie zapisane jako krótki szablon z funkcjami pomocniczymi wbudowanych szablonów.',
  "The record's own wording of a part of a sentence, by the name of the part (see docs/templates.md): a text that replaces the default, or false to leave the part out. An editor offers the parts the built-in templates mark.":
    'Własne brzmienie części zdania, podane pod nazwą tej części (zob. docs/templates.md): tekst zastępujący domyślny albo `false`, by tę część pominąć. Edytor podpowiada części oznaczone we wbudowanych szablonach.',
  'An event\'s verb, with its preposition, agreeing with who took part: "podpisał" (agreement), "zorganizował" (hosted), "odbył" (visit), "wziął udział w" (meeting, deployment, training).':
    'Czasownik wydarzenia z przyimkiem, uzgodniony z tym, kto brał udział: „podpisał” (`agreement`), „zorganizował” (`hosted`), „odbył” (`visit`), „wziął udział w” (`meeting`, `deployment`, `training`).',
  'What an event was, in the case of its sentence, with its count, where the event gives no "what": "porozumienie o współpracy" (agreement), "spotkanie" (hosted), "wizytę studyjną" (visit, hosted with visitors), "spotkaniu" (meeting), "szkoleniu" (training), "misji" (deployment).':
    'Czym było wydarzenie, w przypadku, którego wymaga zdanie, z liczbą, gdy wydarzenie nie ma „what”: „porozumienie o współpracy” (`agreement`), „spotkanie” (`hosted`), „wizytę studyjną” (`visit`, `hosted` z gośćmi), „spotkaniu” (`meeting`), „szkoleniu” (`training`), „misji” (`deployment`).',
  'A running total of an event that goes on: "dotychczas", before the verb.': 'Suma dotychczasowa trwającego wydarzenia: „dotychczas” przed czasownikiem.',
  'The words before an event\'s partners: "z" (agreement), "z udziałem" (hosted, meeting, training), "u" (visit), none (deployment).':
    'Słowa przed partnerami wydarzenia: „z” (`agreement`), „z udziałem” (`hosted`, `meeting`, `training`), „u” (`visit`), brak (`deployment`).',
  'A hosted event\'s visitors: "delegacji", before their names in the genitive.':
    'Goście wydarzenia zorganizowanego przez Urząd: „delegacji” przed ich nazwami w dopełniaczu.',
  'The words before an event\'s subject, agreeing with what it was: "dotyczące" (agreement), "poświęconą" (hosted, visit), "poświęconym" (meeting, training), "związanych z" (deployment).':
    'Słowa przed tematem wydarzenia, uzgodnione z tym, czym było: „dotyczące” (`agreement`), „poświęconą” (`hosted`, `visit`), „poświęconym” (`meeting`, `training`), „związanych z” (`deployment`).',
  'What an event came to: ", co stanowiło", before the count in the accusative.': 'Ile wyniosło wydarzenie: „, co stanowiło” przed liczbą w bierniku.',
  'A one-off event: an agreement, a meeting, a visit, a deployment, a training; over several years, told once, in the year it ends (or each year with "soFar").':
    'Jednorazowe wydarzenie: porozumienie, spotkanie, wizyta, oddelegowanie, szkolenie; trwające kilka lat opisuje się raz, w roku jego zakończenia (lub co roku, z „soFar”).',
  "The Office's own events, with any bodies: each told in the paragraph of the body in `paragraph`, or of its partners, in the section of its year.":
    'Wydarzenia samego Urzędu, z dowolnymi instytucjami: każde opisane w akapicie instytucji podanej w „paragraph” lub jego partnerów, w rozdziale swojego roku.',
  'The sentence that leads from the EU institutions to the cooperation beyond them: "Urząd prowadzi także współpracę międzynarodową poza zakresem spotkań i zadań wynikających z działań instytucji Unii Europejskiej."':
    'Zdanie przechodzące od instytucji UE do współpracy poza nimi: „Urząd prowadzi także współpracę międzynarodową poza zakresem spotkań i zadań wynikających z działań instytucji Unii Europejskiej.”',
  'The first sentence of the section: "Urząd, w zakresie swoich zadań, prowadzi współpracę międzynarodową."':
    'Pierwsze zdanie rozdziału: „Urząd, w zakresie swoich zadań, prowadzi współpracę międzynarodową.”',
  'The date from which the values in this entry hold, until a later entry.': 'Data, od której obowiązują wartości z tego wpisu, aż do późniejszego wpisu.',
  'A change: the fields named take these values from "from" on.': 'Zmiana: podane pola przyjmują te wartości od daty „from”.',
  "Dated changes of the Office's fields, in date order.": 'Datowane zmiany pól Urzędu, w kolejności dat.',
  'The Office itself.': 'Sam Urząd.',
  'A Polish noun phrase: the nominative and the other case forms the text uses.':
    'Polska fraza rzeczownikowa: mianownik i formy innych przypadków, których używa tekst.',
  'The acronym: "EASO".': 'Skrótowiec: „EASO”.',
  'The original-language title, quoted in the text.': 'Tytuł w języku oryginału, przytaczany w tekście.',
  'The generic noun used to refer back to it: "projekt", "Agencja".': 'Rzeczownik ogólny, którym tekst wraca do niej lub do niego: „projekt”, „Agencja”.',
  'How its first mention in a section reads: name (the Polish name, then the title and acronym in brackets: "Procesu Budapeszteńskiego (Budapest Process – BP)"), acronym (the acronym, then the name in the nominative: "ICMPD (Międzynarodowe Centrum Rozwoju Polityki Migracyjnej)") or title (the quoted original title, then the acronym). By default name; a network the Office belongs to, title when it has one.':
    'Jak brzmi pierwsza wzmianka w rozdziale: `name` (polska nazwa, a po niej tytuł i skrótowiec w nawiasie: „Procesu Budapeszteńskiego (Budapest Process – BP)”), `acronym` (skrótowiec, a po nim nazwa w mianowniku: „ICMPD (Międzynarodowe Centrum Rozwoju Polityki Migracyjnej)”) lub `title` (tytuł oryginalny w cudzysłowie, a po nim skrótowiec). Domyślnie `name`; przy sieci, do której należy Urząd, `title`, jeśli sieć ma tytuł.',
  'How later mentions read: acronym (the default, or the name where there is none) or noun (its generic noun: "Agencja", "sieć").':
    'Jak brzmią dalsze wzmianki: `acronym` (domyślnie skrótowiec, a gdy go brak – nazwa) lub `noun` (rzeczownik ogólny: „Agencja”, „sieć”).',
  'When this span started.': 'Kiedy ten okres się rozpoczął.',
  'When this span ended, or is planned to end.': 'Kiedy ten okres się zakończył lub ma się zakończyć.',
  'true when "from" and "to" are estimates still to be checked.': '`true`, gdy „from” i „to” są szacunkowe i trzeba je jeszcze sprawdzić.',
  'Who takes part: office, head, representative, representatives or staff.':
    'Kto uczestniczy: `office` (Urząd), `head` (Szef Urzędu), `representative` (przedstawiciel), `representatives` (przedstawiciele) lub `staff` (pracownicy).',
  'The role: chair-delegation, member, participant, alternate, partner, co-implementer, function.':
    'Rola: `chair-delegation` (przewodniczenie delegacji), `member` (członek), `participant` (uczestnik), `alternate` (zastępca), `partner` (partner), `co-implementer` (współrealizator), `function` (pełniona funkcja).',
  'A body (child of this one) the participation is limited to.': 'Instytucja podrzędna wobec tej, do której ogranicza się udział.',
  'The component the Office works in or leads.': 'Komponent, w którym Urząd pracuje lub którym kieruje.',
  "matching-tasks: only those parts that match the Office's tasks.": '`matching-tasks`: tylko te części, które odpowiadają zadaniom Urzędu.',
  'With whom the Office co-implements (instrumental form used).': 'Z kim Urząd współrealizuje (używa się narzędnika).',
  'With role function: the function held, genitive used ("krajowego punktu kontaktowego").':
    'Przy roli `function`: pełniona funkcja, w dopełniaczu („krajowego punktu kontaktowego”).',
  'How the cooperation is described: adjectives agreeing with "współpraca".': 'Jak opisuje się współpracę: przymiotniki uzgodnione ze słowem „współpraca”.',
  "The Office's participation: who, in what role, from when until when.": 'Udział Urzędu: kto, w jakiej roli, od kiedy do kiedy.',
  "The Office's participation, span by span.": 'Udział Urzędu, okres po okresie.',
  'When the analyst last confirmed that this record\'s open-ended facts still hold: "2014".':
    'Kiedy analityk ostatnio potwierdził, że fakty tego rekordu bez daty końcowej nadal obowiązują: „2014”.',
  "Sentences of the record's own, told after the first sentence about it in each year it is told: a fact no kind of field covers.":
    'Własne zdania rekordu, podawane po pierwszym zdaniu o nim w każdym roku, w którym jest opisany: fakt, którego nie ujmuje żadne pole.',
  'One-off events: agreements, meetings, visits, deployments, trainings; each told in the section of its year.':
    'Jednorazowe wydarzenia: porozumienia, spotkania, wizyty, oddelegowania, szkolenia; każde opisane w rozdziale swojego roku.',
  'Where the analyst wants it told: records with a lower order come first, before those without one.':
    'Miejsce w rozdziale, które wybiera analityk: rekordy z mniejszą wartością order są pierwsze, przed rekordami bez niej.',
  'A network\'s basis, the sentence "Projekt ten opiera się na …".': 'Podstawa sieci, zdanie „Projekt ten opiera się na …”.',
  'A network\'s staff exchange, the sentence "Idea Programu realizowana jest poprzez regularną (…) wymianę pracowników …".':
    'Wymiana pracowników w sieci, zdanie „Idea Programu realizowana jest poprzez regularną (…) wymianę pracowników …”.',
  'What the Office\'s people take part in, in the locative plural: "pracach" in "bierze udział w pracach …".':
    'W czym uczestniczą przedstawiciele Urzędu, w miejscowniku liczby mnogiej: „pracach” w „bierze udział w pracach …”.',
  'A framework of partnership programmes: the words before "w tym projektów …", "Wskazać można także na udział … w realizacji programów partnerskich".':
    'Ramy programów partnerskich: słowa przed „w tym projektów …”, „Wskazać można także na udział … w realizacji programów partnerskich”.',
  'An agency whose board the Office sits on: the words before its category, in the genitive, "nowo utworzonej" in "…, nowo utworzonej instytucji UE, …"; by default said in the year the agency was established.':
    'Agencja, w której zarządzie zasiada Urząd: słowa przed jej kategorią, w dopełniaczu, „nowo utworzonej” w „…, nowo utworzonej instytucji UE, …”; domyślnie w roku utworzenia agencji.',
  'An agency whose board the Office sits on: the sentence of its further tasks, "Agencja realizować ma także …" in the year the agency was established, "Agencja realizuje także …" after it.':
    'Agencja, w której zarządzie zasiada Urząd: zdanie o jej dalszych zadaniach, „Agencja realizować ma także …” w roku utworzenia agencji, „Agencja realizuje także …” w latach późniejszych.',
  'A partner body: the words before its name, "współpraca łączy Urząd z".': 'Instytucja partnerska: słowa przed jej nazwą, „współpraca łączy Urząd z”.',
  'A partner body: where it sits, "w Warszawie".': 'Instytucja partnerska: jej siedziba, „w Warszawie”.',
  'A body in which the Office holds a function: the words before its name, "pełni funkcję krajowego punktu kontaktowego".':
    'Instytucja, w której Urząd pełni funkcję: słowa przed jej nazwą, „pełni funkcję krajowego punktu kontaktowego”.',
  'A body the Office\'s people sit in: "wchodzi w skład" before its name.':
    'Instytucja, w której skład wchodzą przedstawiciele Urzędu: „wchodzi w skład” przed jej nazwą.',
  'Bodies whose tasks match the Office\'s: the clause "które zajmują się problematyką odpowiadającą zadaniom Urzędu".':
    'Instytucje o zadaniach odpowiadających zadaniom Urzędu: zdanie podrzędne „które zajmują się problematyką odpowiadającą zadaniom Urzędu”.',
  'The first body of a taking-part sentence: its opening "Ponadto".': 'Pierwsza instytucja w zdaniu o udziale: jego początek „Ponadto”.',
  'A body the Office\'s people take part in: "bierze udział w" (say, "bierze także udział w"); worded by any body of a group told in one sentence, it is the sentence\'s.':
    'Instytucja, w której pracach uczestniczą przedstawiciele Urzędu: „bierze udział w” (np. „bierze także udział w”); podane przez dowolną instytucję grupy wymienionej w jednym zdaniu, dotyczy całego zdania.',
  'A body whose national delegation the Office chairs: "przewodniczy krajowej delegacji biorącej udział w".':
    'Instytucja, w której Urząd przewodniczy krajowej delegacji: „przewodniczy krajowej delegacji biorącej udział w”.',
  'A Council: the opening "W ramach współpracy państw członkowskich w Radzie Unii Europejskiej,".':
    'Rada: początek zdania „W ramach współpracy państw członkowskich w Radzie Unii Europejskiej,”.',
  'A Council\'s working party chaired in a component: "w komponencie …" in brackets.':
    'Grupa robocza Rady, której przewodniczy się w komponencie: „w komponencie …” w nawiasie.',
  'A Council: "Dodatkowo" before the working parties taken part in.': 'Rada: „Dodatkowo” przed grupami roboczymi, w których pracach się uczestniczy.',
  'A Council: ", a także innych grup roboczych" after the groups named.': 'Rada: „, a także innych grup roboczych” po wymienionych grupach.',
  'A Council: "uczestniczą w pracach grup roboczych", where no group is named.':
    'Rada: „uczestniczą w pracach grup roboczych”, gdy nie wymienia się żadnej grupy.',
  'A network: "przystąpił do" in the year the Office joined.': 'Sieć: „przystąpił do” w roku przystąpienia Urzędu.',
  'A network: "należy do" ("należał do" after the Office left).': 'Sieć: „należy do” („należał do” po wystąpieniu Urzędu).',
  'A network: the clause of its members, "w skład której wchodzi 15 państw UE oraz …".':
    'Sieć: zdanie podrzędne o jej członkach, „w skład której wchodzi 15 państw UE oraz …”.',
  'A board the Office sits on as an alternate: "pełni rolę „alternate” w" before its name.':
    'Zarząd, w którym Urząd zasiada jako zastępca: „pełni rolę „alternate” w” przed jego nazwą.',
  'An agency or a body described, in apposition or in a sentence: the participle before its remit, agreeing with `head` in `case`, "zajmującej się".':
    'Agencja lub opisywana instytucja, w dopowiedzeniu lub w osobnym zdaniu: imiesłów przed zakresem jej działania, uzgodniony z `head` w przypadku `case`, „zajmującej się”.',
  'A body whose founding is told after its category or definition, in apposition or in a sentence: the participle before the date, agreeing with `head` in `case`, "założona", "ustanowionej".':
    'Instytucja, której utworzenie podaje się po jej kategorii lub definicji, w dopowiedzeniu lub w osobnym zdaniu: imiesłów przed datą, uzgodniony z `head` w przypadku `case`, „założona”, „ustanowionej”.',
  'A body whose members are told: the words before the members, "W skład Forum wchodzi", "Forum zrzesza", "Proces składa się z".':
    'Instytucja, której członków się podaje: słowa przed członkami, „W skład Forum wchodzi”, „Forum zrzesza”, „Proces składa się z”.',
  'A body described in a sentence: the words before its definition, "ICMPD to".': 'Instytucja opisana w osobnym zdaniu: słowa przed jej definicją, „ICMPD to”.',
  'A body whose founding is told without a definition: "Grupa została utworzona" before the date.':
    'Instytucja, której utworzenie podaje się bez definicji: „Grupa została utworzona” przed datą.',
  'A body whose founding is told, in apposition or in a sentence: "z inicjatywy" before who set it up.':
    'Instytucja, której utworzenie się podaje, w dopowiedzeniu lub w osobnym zdaniu: „z inicjatywy” przed tym, kto ją utworzył.',
  'A body described without a definition or category: "Sieć zajmuje się" before its remit.':
    'Instytucja opisana bez definicji i kategorii: „Sieć zajmuje się” przed zakresem jej działania.',
  'A framework of partnership programmes: "w tym projektów realizowanych w ramach" before its name.':
    'Ramy programów partnerskich: „w tym projektów realizowanych w ramach” przed ich nazwą.',
  'A framework of partnership programmes: "ukierunkowanych na" before its aim.': 'Ramy programów partnerskich: „ukierunkowanych na” przed ich celem.',
  'A framework of partnership programmes: "z" before the partner countries.': 'Ramy programów partnerskich: „z” przed państwami partnerskimi.',
  'A partner body in a change of role: "współpracuje z" before its name.': 'Instytucja partnerska przy zmianie roli: „współpracuje z” przed jej nazwą.',
  'A change of role within the year: "a" before the second date.': 'Zmiana roli w ciągu roku: „a” przed drugą datą.',
  'Where the section speaks of it: eu, international, partnerships or bilateral.':
    'Część rozdziału, w której jest o niej mowa: `eu` (instytucje UE), `international` (organizacje międzynarodowe), `partnerships` (partnerstwa) lub `bilateral` (współpraca dwustronna).',
  'council: a Council whose working parties are listed.': '`council`: Rada, której grupy robocze się wymienia.',
  'The body this one belongs to.': 'Instytucja, do której należy ta instytucja.',
  'When the body was set up.': 'Kiedy instytucję utworzono.',
  'What kind of institution it is: "instytucja UE".': 'Jakiego rodzaju jest to instytucja: „instytucja UE”.',
  'Where it sits (locative used): "Warszawie".': 'Siedziba (w miejscowniku): „Warszawie”.',
  'What it deals with, in the instrumental: "ułatwianiem współpracy…".': 'Czym się zajmuje, w narzędniku: „ułatwianiem współpracy…”.',
  'Further tasks, in the accusative: "zadania związane z…".': 'Dalsze zadania, w bierniku: „zadania związane z…”.',
  'What it rests on, in the locative: "wymianie dobrych praktyk…".': 'Na czym się opiera, w miejscowniku: „wymianie dobrych praktyk…”.',
  'What it aims at, in the accusative: "wzmacnianie zdolności…".': 'Do czego dąży, w bierniku: „wzmacnianie zdolności…”.',
  'How many EU member states belong to it.': 'Ile państw członkowskich UE do niej należy.',
  'Other member countries, by id.': 'Inne państwa członkowskie, podane identyfikatorami.',
  'Who belongs to the network.': 'Kto należy do sieci.',
  'Staff exchanges a year.': 'Liczba wymian pracowników w roku.',
  'A staff exchange programme.': 'Program wymiany pracowników.',
  'How the section says what it is (category, remit, definition, founding): apposition, after its first mention ("…Zarządu CEPOL, agencji UE, zajmującej się …"), or sentence, in sentences of their own ("CEPOL to agencja UE …"); its tasks always in a sentence of their own ("Agencja realizuje także …"). Without it, only a definition and a founding are told, in a sentence.':
    'Jak rozdział mówi, czym jest instytucja (kategoria, zakres działania, definicja, utworzenie): `apposition` – jako dopowiedzenie po pierwszej wzmiance („…Zarządu CEPOL, agencji UE, zajmującej się …”), lub `sentence` – w osobnych zdaniach („CEPOL to agencja UE …”); jej zadania zawsze w osobnym zdaniu („Agencja realizuje także …”). Bez tego pola podaje się tylko definicję i utworzenie, w osobnym zdaniu.',
  'What the body is, after "to": "forum dialogu w sprawach migracji" ("Proces Budapeszteński to forum …").':
    'Czym jest instytucja, po „to”: „forum dialogu w sprawach migracji” („Proces Budapeszteński to forum …”).',
  'When it was set up.': 'Kiedy ją utworzono.',
  'How: założyć (default), utworzyć, powołać, ustanowić.': 'Czasownik: założyć (domyślnie), utworzyć, powołać, ustanowić.',
  'In what circumstances, as written after the date: "w trakcie polskiej prezydencji w Radzie UE".':
    'W jakich okolicznościach, w brzmieniu po dacie: „w trakcie polskiej prezydencji w Radzie UE”.',
  'On whose initiative, in the genitive, after "z inicjatywy": "Niemiec".': 'Z czyjej inicjatywy, w dopełniaczu, po „z inicjatywy”: „Niemiec”.',
  'When the body was set up, and on whose initiative.': 'Kiedy i z czyjej inicjatywy utworzono instytucję.',
  'The construction: wchodzić ("W skład X wchodzi …"), zrzeszać ("X zrzesza …", accusative), składać się ("X składa się z …", genitive).':
    'Konstrukcja: wchodzić („W skład X wchodzi …”), zrzeszać („X zrzesza …”, biernik), składać się („X składa się z …”, dopełniacz).',
  'The member countries named, by id.': 'Wymienione państwa członkowskie, podane identyfikatorami.',
  'The member organisations named, by id.': 'Wymienione organizacje członkowskie, podane identyfikatorami.',
  'How the members named follow the count: in brackets ("(A, B i C)") or after a dash ("– A i B").':
    'Jak wymienieni członkowie następują po liczbie: w nawiasie (`brackets`: „(A, B i C)”) lub po półpauzie (`dash`: „– A i B”).',
  'A group of members: "27 państw członkowskich UE", "trzech krajów kandydujących (A, B i C)", or members named alone.':
    'Grupa członków: „27 państw członkowskich UE”, „trzech krajów kandydujących (A, B i C)” lub sami wymienieni członkowie.',
  'Who belongs to the body: groups of members, each a count with its noun and the members it names.':
    'Kto należy do instytucji: grupy członków, każda z liczbą, rzeczownikiem i wymienionymi członkami.',
  "Dated changes of the body's fields, in date order.": 'Datowane zmiany pól instytucji, w kolejności dat.',
  'An international body, organisation or network.': 'Instytucja, organizacja lub sieć międzynarodowa.',
  'A project told as part of a cooperation: the words before its name, "Do szczególnie istotnych elementów tej współpracy można zaliczyć".':
    'Projekt opisany jako element współpracy: słowa przed jego nazwą, „Do szczególnie istotnych elementów tej współpracy można zaliczyć”.',
  'A project the Office carries out with others: the opening words before the Office, with their comma, "W ramach różnych inicjatyw, podejmowanych przez GDISC,".':
    'Projekt, który Urząd realizuje z innymi: słowa na początku zdania przed Urzędem, z przecinkiem, „W ramach różnych inicjatyw, podejmowanych przez GDISC,”.',
  'A project the Office carries out with others: the aside after the Office, "– między innymi –".':
    'Projekt, który Urząd realizuje z innymi: wtrącenie po Urzędzie, „– między innymi –”.',
  'A project the Office takes part in: the sentence of its aim, "Założeniem projektu jest …".':
    'Projekt, w którym Urząd uczestniczy: zdanie o jego celu, „Założeniem projektu jest …”.',
  'A project the Office carries out with others: "współrealizował z innymi państwami".':
    'Projekt, który Urząd realizuje z innymi: „współrealizował z innymi państwami”.',
  'A project the Office carries out with others: "dla" before the country it helps.':
    'Projekt, który Urząd realizuje z innymi: „dla” przed państwem, któremu projekt pomaga.',
  'A project the Office carries out with others: "odpowiadając za" before the Office\'s component.':
    'Projekt, który Urząd realizuje z innymi: „odpowiadając za” przed komponentem Urzędu.',
  'A project the Office takes part in: "uczestniczy w" before its name.': 'Projekt, w którym Urząd uczestniczy: „uczestniczy w” przed jego nazwą.',
  'A project: "realizowanym przez" before who carries it out ("realizowany nie tylko przez Urząd i UNHCR, ale i" as part of a cooperation).':
    'Projekt: „realizowanym przez” przed tymi, którzy go realizują („realizowany nie tylko przez Urząd i UNHCR, ale i” jako element współpracy).',
  'A project carried out with partners not named: "oraz partnerów".': 'Projekt realizowany z niewymienionymi partnerami: „oraz partnerów”.',
  'The body in whose paragraph it is told, or within whose initiatives it runs.':
    'Instytucja, w której akapicie opisuje się projekt lub w ramach której inicjatyw jest realizowany.',
  'When the project started.': 'Kiedy projekt się rozpoczął.',
  'When the project ended, or is planned to end.': 'Kiedy projekt się zakończył lub ma się zakończyć.',
  'Bodies that carry it out, by id.': 'Instytucje, które go realizują, podane identyfikatorami.',
  'Carried out with further partners not named.': 'Realizowany także z innymi, niewymienionymi partnerami.',
  'The country it helps, by id.': 'Państwo, któremu projekt pomaga, podane identyfikatorem.',
  'The partner country, by id.': 'Państwo partnerskie, podane identyfikatorem.',
  'What it aims at, in the nominative: "wypracowanie wspólnej metodologii…".': 'Cel projektu, w mianowniku: „wypracowanie wspólnej metodologii…”.',
  "Dated changes of the project's fields, in date order.": 'Datowane zmiany pól projektu, w kolejności dat.',
  'A project or programme.': 'Projekt lub program.',
  'The preposition of place: na for islands and some countries ("na Cyprze", "na Cypr"); w by default.':
    'Przyimek miejsca: `na` przy wyspach i niektórych państwach („na Cyprze”, „na Cypr”); domyślnie `w`.',
  "Dated changes of the country's fields, in date order.": 'Datowane zmiany pól państwa, w kolejności dat.',
  'A country, named in network memberships and partnerships.': 'Państwo, wymieniane przy członkostwie w sieciach i przy partnerstwach.',
  'What the body is ("category" or "definition", "remit", "founded"): apposition (after its first mention, in the same case), sentence (in a sentence of its own) or false (not told).':
    'Czym jest instytucja („category” lub „definition”, „remit”, „founded”): `apposition` (dopowiedzenie po pierwszej wzmiance, w tym samym przypadku), `sentence` (osobne zdanie) lub `false` (bez opisu).',
  'Who belongs to the body ("composition"): told (true) or not (false).': 'Kto należy do instytucji („composition”): podawać (`true`) lub nie (`false`).',
  'The record\'s own sentences ("sentences"): told (true) or not (false).': 'Własne zdania rekordu („sentences”): podawać (`true`) lub nie (`false`).',
  'The record\'s events of the year ("events"): told (true) or not (false).': 'Wydarzenia rekordu w danym roku („events”): podawać (`true`) lub nie (`false`).',
  'The id of the body or project: its file name without .yaml.': 'Identyfikator instytucji lub projektu: nazwa jego pliku bez .yaml.',
  "What the year tells of one body or project, over the plan's defaults.":
    'Co rozdział roku podaje o jednej instytucji lub jednym projekcie, ponad ustawienia domyślne planu.',
  'What the year tells of single bodies and projects, over the defaults above.':
    'Co rozdział roku podaje o poszczególnych instytucjach i projektach, ponad powyższe ustawienia domyślne.',
  'The order of the paragraphs about international bodies: those telling the bodies listed come first, in this order.':
    'Kolejność akapitów o instytucjach międzynarodowych: akapity o wymienionych instytucjach są pierwsze, w tej kolejności.',
  "A year's plan: what the section of the year named by the file tells of the facts that hold. Without a plan, everything that holds is told.":
    'Plan roku: co rozdział roku podanego w nazwie pliku mówi o obowiązujących faktach. Bez planu podaje się wszystko, co obowiązuje.',
  'Any record file under data/: the Office, a body, a project or a country. An editor completes the fields of all four; `coop-report schema --kind <kind>` gives the exact schema of one kind.':
    'Dowolny plik rekordu w folderze data/: Urząd, instytucja, projekt lub państwo. Edytor podpowiada pola wszystkich czterech; „coop-report schema --kind <rodzaj>” daje dokładny schemat jednego rodzaju.',
  'The groups of members, in the order the sentence names them.': 'Grupy członków, w kolejności, w jakiej wymienia je zdanie.',
};
