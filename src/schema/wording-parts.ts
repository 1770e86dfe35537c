// The parts of the built-in sentences that a record may word its own way (`wording`), for the kinds whose sentences
// have many. Plain data, no zod: each kind's `wording` field lists its parts (./records.ts), for editors and for
// validate, which names them when a record words a part no sentence has (./parts-of.ts).
import { described } from './described.ts';

/** The parts of the sentence of an event (the `event` partial), worded on the event itself (its `wording`). */
export const EVENT_PARTS = {
  'event-verb': described(
    'An event\'s verb, with its preposition, agreeing with who took part: "podpisał" (agreement), "zorganizował" (hosted), "odbył" (visit), "wziął udział w" (meeting, deployment, training).',
    'Czasownik wydarzenia z przyimkiem, uzgodniony z tym, kto brał udział: „podpisał” (`agreement`), „zorganizował” (`hosted`), „odbył” (`visit`), „wziął udział w” (`meeting`, `deployment`, `training`).',
  ),
  'event-what': described(
    'What an event was, in the case of its sentence, with its count, where the event gives no "what": "porozumienie o współpracy" (agreement), "spotkanie" (hosted), "wizytę studyjną" (visit, hosted with visitors), "spotkaniu" (meeting), "szkoleniu" (training), "misji" (deployment).',
    'Czym było wydarzenie, w przypadku, którego wymaga zdanie, z liczbą, gdy wydarzenie nie ma „what”: „porozumienie o współpracy” (`agreement`), „spotkanie” (`hosted`), „wizytę studyjną” (`visit`, `hosted` z gośćmi), „spotkaniu” (`meeting`), „szkoleniu” (`training`), „misji” (`deployment`).',
  ),
  'event-so-far': described(
    'A running total of an event that goes on: "dotychczas", before the verb.',
    'Suma dotychczasowa trwającego wydarzenia: „dotychczas” przed czasownikiem.',
  ),
  'event-partners': described(
    'The words before an event\'s partners: "z" (agreement), "z udziałem" (hosted, meeting, training), "u" (visit), none (deployment).',
    'Słowa przed partnerami wydarzenia: „z” (`agreement`), „z udziałem” (`hosted`, `meeting`, `training`), „u” (`visit`), brak (`deployment`).',
  ),
  'event-delegation': described(
    'A hosted event\'s visitors: "delegacji", before their names in the genitive.',
    'Goście wydarzenia zorganizowanego przez Urząd: „delegacji” przed ich nazwami w dopełniaczu.',
  ),
  'event-subject': described(
    'The words before an event\'s subject, agreeing with what it was: "dotyczące" (agreement), "poświęconą" (hosted, visit), "poświęconym" (meeting, training), "związanych z" (deployment).',
    'Słowa przed tematem wydarzenia, uzgodnione z tym, czym było: „dotyczące” (`agreement`), „poświęconą” (`hosted`, `visit`), „poświęconym” (`meeting`, `training`), „związanych z” (`deployment`).',
  ),
  'event-effort': described(
    'What an event came to: ", co stanowiło", before the count in the accusative.',
    'Ile wyniosło wydarzenie: „, co stanowiło” przed liczbą w bierniku.',
  ),
} as const;

/** The parts of the built-in sentences, by the kind of record that words them: each part's name and what it is. */
export const WORDING_PARTS = {
  office: {
    'beyond-eu': described(
      'The sentence that leads from the EU institutions to the cooperation beyond them: "Urząd prowadzi także współpracę międzynarodową poza zakresem spotkań i zadań wynikających z działań instytucji Unii Europejskiej."',
      'Zdanie przechodzące od instytucji UE do współpracy poza nimi: „Urząd prowadzi także współpracę międzynarodową poza zakresem spotkań i zadań wynikających z działań instytucji Unii Europejskiej.”',
    ),
    opening: described(
      'The first sentence of the section: "Urząd, w zakresie swoich zadań, prowadzi współpracę międzynarodową."',
      'Pierwsze zdanie rozdziału: „Urząd, w zakresie swoich zadań, prowadzi współpracę międzynarodową.”',
    ),
  },
  body: {
    basis: described('A network\'s basis, the sentence "Projekt ten opiera się na …".', 'Podstawa sieci, zdanie „Projekt ten opiera się na …”.'),
    exchange: described(
      'A network\'s staff exchange, the sentence "Idea Programu realizowana jest poprzez regularną (…) wymianę pracowników …".',
      'Wymiana pracowników w sieci, zdanie „Idea Programu realizowana jest poprzez regularną (…) wymianę pracowników …”.',
    ),
    activity: described(
      'What the Office\'s people take part in, in the locative plural: "pracach" in "bierze udział w pracach …".',
      'W czym uczestniczą przedstawiciele Urzędu, w miejscowniku liczby mnogiej: „pracach” w „bierze udział w pracach …”.',
    ),
    lead: described(
      'A framework of partnership programmes: the words before "w tym projektów …", "Wskazać można także na udział … w realizacji programów partnerskich".',
      'Ramy programów partnerskich: słowa przed „w tym projektów …”, „Wskazać można także na udział … w realizacji programów partnerskich”.',
    ),
    'newly-established': described(
      'An agency whose board the Office sits on: the words before its category, in the genitive, "nowo utworzonej" in "…, nowo utworzonej instytucji UE, …"; by default said in the year the agency was established.',
      'Agencja, w której zarządzie zasiada Urząd: słowa przed jej kategorią, w dopełniaczu, „nowo utworzonej” w „…, nowo utworzonej instytucji UE, …”; domyślnie w roku utworzenia agencji.',
    ),
    tasks: described(
      'An agency whose board the Office sits on: the sentence of its further tasks, "Agencja realizować ma także …" in the year the agency was established, "Agencja realizuje także …" after it.',
      'Agencja, w której zarządzie zasiada Urząd: zdanie o jej dalszych zadaniach, „Agencja realizować ma także …” w roku utworzenia agencji, „Agencja realizuje także …” w latach późniejszych.',
    ),
    cooperation: described(
      'A partner body: the words before its name, "współpraca łączy Urząd z".',
      'Instytucja partnerska: słowa przed jej nazwą, „współpraca łączy Urząd z”.',
    ),
    location: described('A partner body: where it sits, "w Warszawie".', 'Instytucja partnerska: jej siedziba, „w Warszawie”.'),
    function: described(
      'A body in which the Office holds a function: the words before its name, "pełni funkcję krajowego punktu kontaktowego".',
      'Instytucja, w której Urząd pełni funkcję: słowa przed jej nazwą, „pełni funkcję krajowego punktu kontaktowego”.',
    ),
    membership: described(
      'A body the Office\'s people sit in: "wchodzi w skład" before its name.',
      'Instytucja, w której skład wchodzą przedstawiciele Urzędu: „wchodzi w skład” przed jej nazwą.',
    ),
    'matching-tasks': described(
      'Bodies whose tasks match the Office\'s: the clause "które zajmują się problematyką odpowiadającą zadaniom Urzędu".',
      'Instytucje o zadaniach odpowiadających zadaniom Urzędu: zdanie podrzędne „które zajmują się problematyką odpowiadającą zadaniom Urzędu”.',
    ),
    moreover: described('The first body of a taking-part sentence: its opening "Ponadto".', 'Pierwsza instytucja w zdaniu o udziale: jego początek „Ponadto”.'),
    'taking-part': described(
      'A body the Office\'s people take part in: "bierze udział w" (say, "bierze także udział w"); worded by any body of a group told in one sentence, it is the sentence\'s.',
      'Instytucja, w której pracach uczestniczą przedstawiciele Urzędu: „bierze udział w” (np. „bierze także udział w”); podane przez dowolną instytucję grupy wymienionej w jednym zdaniu, dotyczy całego zdania.',
    ),
    'chair-delegation': described(
      'A body whose national delegation the Office chairs: "przewodniczy krajowej delegacji biorącej udział w".',
      'Instytucja, w której Urząd przewodniczy krajowej delegacji: „przewodniczy krajowej delegacji biorącej udział w”.',
    ),
    'member-states': described(
      'A Council: the opening "W ramach współpracy państw członkowskich w Radzie Unii Europejskiej,".',
      'Rada: początek zdania „W ramach współpracy państw członkowskich w Radzie Unii Europejskiej,”.',
    ),
    component: described(
      'A Council\'s working party chaired in a component: "w komponencie …" in brackets.',
      'Grupa robocza Rady, której przewodniczy się w komponencie: „w komponencie …” w nawiasie.',
    ),
    additionally: described(
      'A Council: "Dodatkowo" before the working parties taken part in.',
      'Rada: „Dodatkowo” przed grupami roboczymi, w których pracach się uczestniczy.',
    ),
    'other-groups': described(
      'A Council: ", a także innych grup roboczych" after the groups named.',
      'Rada: „, a także innych grup roboczych” po wymienionych grupach.',
    ),
    'working-groups': described(
      'A Council: "uczestniczą w pracach grup roboczych", where no group is named.',
      'Rada: „uczestniczą w pracach grup roboczych”, gdy nie wymienia się żadnej grupy.',
    ),
    joined: described('A network: "przystąpił do" in the year the Office joined.', 'Sieć: „przystąpił do” w roku przystąpienia Urzędu.'),
    belongs: described('A network: "należy do" ("należał do" after the Office left).', 'Sieć: „należy do” („należał do” po wystąpieniu Urzędu).'),
    members: described(
      'A network: the clause of its members, "w skład której wchodzi 15 państw UE oraz …".',
      'Sieć: zdanie podrzędne o jej członkach, „w skład której wchodzi 15 państw UE oraz …”.',
    ),
    alternate: described(
      'A board the Office sits on as an alternate: "pełni rolę „alternate” w" before its name.',
      'Zarząd, w którym Urząd zasiada jako zastępca: „pełni rolę „alternate” w” przed jego nazwą.',
    ),
    remit: described(
      'An agency or a body described, in apposition or in a sentence: the participle before its remit, agreeing with `head` in `case`, "zajmującej się".',
      'Agencja lub opisywana instytucja, w dopowiedzeniu lub w osobnym zdaniu: imiesłów przed zakresem jej działania, uzgodniony z `head` w przypadku `case`, „zajmującej się”.',
    ),
    'founded-as': described(
      'A body whose founding is told after its category or definition, in apposition or in a sentence: the participle before the date, agreeing with `head` in `case`, "założona", "ustanowionej".',
      'Instytucja, której utworzenie podaje się po jej kategorii lub definicji, w dopowiedzeniu lub w osobnym zdaniu: imiesłów przed datą, uzgodniony z `head` w przypadku `case`, „założona”, „ustanowionej”.',
    ),
    composition: described(
      'A body whose members are told: the words before the members, "W skład Forum wchodzi", "Forum zrzesza", "Proces składa się z".',
      'Instytucja, której członków się podaje: słowa przed członkami, „W skład Forum wchodzi”, „Forum zrzesza”, „Proces składa się z”.',
    ),
    definition: described(
      'A body described in a sentence: the words before its definition, "ICMPD to".',
      'Instytucja opisana w osobnym zdaniu: słowa przed jej definicją, „ICMPD to”.',
    ),
    founded: described(
      'A body whose founding is told without a definition: "Grupa została utworzona" before the date.',
      'Instytucja, której utworzenie podaje się bez definicji: „Grupa została utworzona” przed datą.',
    ),
    initiative: described(
      'A body whose founding is told, in apposition or in a sentence: "z inicjatywy" before who set it up.',
      'Instytucja, której utworzenie się podaje, w dopowiedzeniu lub w osobnym zdaniu: „z inicjatywy” przed tym, kto ją utworzył.',
    ),
    'deals-with': described(
      'A body described without a definition or category: "Sieć zajmuje się" before its remit.',
      'Instytucja opisana bez definicji i kategorii: „Sieć zajmuje się” przed zakresem jej działania.',
    ),
    within: described(
      'A framework of partnership programmes: "w tym projektów realizowanych w ramach" before its name.',
      'Ramy programów partnerskich: „w tym projektów realizowanych w ramach” przed ich nazwą.',
    ),
    aim: described(
      'A framework of partnership programmes: "ukierunkowanych na" before its aim.',
      'Ramy programów partnerskich: „ukierunkowanych na” przed ich celem.',
    ),
    'with-countries': described(
      'A framework of partnership programmes: "z" before the partner countries.',
      'Ramy programów partnerskich: „z” przed państwami partnerskimi.',
    ),
    partner: described(
      'A partner body in a change of role: "współpracuje z" before its name.',
      'Instytucja partnerska przy zmianie roli: „współpracuje z” przed jej nazwą.',
    ),
    'and-since': described('A change of role within the year: "a" before the second date.', 'Zmiana roli w ciągu roku: „a” przed drugą datą.'),
  },
  project: {
    lead: described(
      'A project told as part of a cooperation: the words before its name, "Do szczególnie istotnych elementów tej współpracy można zaliczyć".',
      'Projekt opisany jako element współpracy: słowa przed jego nazwą, „Do szczególnie istotnych elementów tej współpracy można zaliczyć”.',
    ),
    initiatives: described(
      'A project the Office carries out with others: the opening words before the Office, with their comma, "W ramach różnych inicjatyw, podejmowanych przez GDISC,".',
      'Projekt, który Urząd realizuje z innymi: słowa na początku zdania przed Urzędem, z przecinkiem, „W ramach różnych inicjatyw, podejmowanych przez GDISC,”.',
    ),
    'among-others': described(
      'A project the Office carries out with others: the aside after the Office, "– między innymi –".',
      'Projekt, który Urząd realizuje z innymi: wtrącenie po Urzędzie, „– między innymi –”.',
    ),
    aim: described(
      'A project the Office takes part in: the sentence of its aim, "Założeniem projektu jest …".',
      'Projekt, w którym Urząd uczestniczy: zdanie o jego celu, „Założeniem projektu jest …”.',
    ),
    'co-implements': described(
      'A project the Office carries out with others: "współrealizował z innymi państwami".',
      'Projekt, który Urząd realizuje z innymi: „współrealizował z innymi państwami”.',
    ),
    beneficiary: described(
      'A project the Office carries out with others: "dla" before the country it helps.',
      'Projekt, który Urząd realizuje z innymi: „dla” przed państwem, któremu projekt pomaga.',
    ),
    responsible: described(
      'A project the Office carries out with others: "odpowiadając za" before the Office\'s component.',
      'Projekt, który Urząd realizuje z innymi: „odpowiadając za” przed komponentem Urzędu.',
    ),
    'takes-part': described(
      'A project the Office takes part in: "uczestniczy w" before its name.',
      'Projekt, w którym Urząd uczestniczy: „uczestniczy w” przed jego nazwą.',
    ),
    'implemented-by': described(
      'A project: "realizowanym przez" before who carries it out ("realizowany nie tylko przez Urząd i UNHCR, ale i" as part of a cooperation).',
      'Projekt: „realizowanym przez” przed tymi, którzy go realizują („realizowany nie tylko przez Urząd i UNHCR, ale i” jako element współpracy).',
    ),
    'other-partners': described(
      'A project carried out with partners not named: "oraz partnerów".',
      'Projekt realizowany z niewymienionymi partnerami: „oraz partnerów”.',
    ),
    'and-since': described('A change of role within the year: "a" before the second date.', 'Zmiana roli w ciągu roku: „a” przed drugą datą.'),
  },
} as const;

/** The kinds of record that word parts of sentences. */
export type WordingKind = keyof typeof WORDING_PARTS;
