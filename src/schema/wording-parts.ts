// The parts of the built-in sentences that a record may word its own way (`wording`), for each kind of record that has
// them. Plain data, no zod: the schema lists them for editors, and validate names them when a record words a part no
// sentence has.

/** The parts of the sentence of an event (the `event` partial), worded on the event itself (its `wording`). */
export const EVENT_PARTS = {
  'event-verb':
    'An event\'s verb, with its preposition, agreeing with who took part: "podpisał" (agreement), "zorganizował" (hosted), "odbył" (visit), "wziął udział w" (meeting, deployment, training).',
  'event-what':
    'What an event was, in the case of its sentence, with its count, where the event gives no "what": "porozumienie o współpracy" (agreement), "spotkanie" (hosted), "wizytę studyjną" (visit, hosted with visitors), "spotkaniu" (meeting), "szkoleniu" (training), "misji" (deployment).',
  'event-so-far': 'A running total of an event that goes on: "dotychczas", before the verb.',
  'event-partners': 'The words before an event\'s partners: "z" (agreement), "z udziałem" (hosted, meeting, training), "u" (visit), none (deployment).',
  'event-delegation': 'A hosted event\'s visitors: "delegacji", before their names in the genitive.',
  'event-subject':
    'The words before an event\'s subject, agreeing with what it was: "dotyczące" (agreement), "poświęconą" (hosted, visit), "poświęconym" (meeting, training), "związanych z" (deployment).',
  'event-effort': 'What an event came to: ", co stanowiło", before the count in the accusative.',
} as const;

/** The parts of the built-in sentences, by the kind of record that words them: each part's name and what it is. */
export const WORDING_PARTS = {
  office: {
    'beyond-eu':
      'The sentence that leads from the EU institutions to the cooperation beyond them: "Urząd prowadzi także współpracę międzynarodową poza zakresem spotkań i zadań wynikających z działań instytucji Unii Europejskiej."',
    opening: 'The first sentence of the section: "Urząd, w zakresie swoich zadań, prowadzi współpracę międzynarodową."',
  },
  body: {
    basis: 'A network\'s basis, the sentence "Projekt ten opiera się na …".',
    exchange: 'A network\'s staff exchange, the sentence "Idea Programu realizowana jest poprzez regularną (…) wymianę pracowników …".',
    activity: 'What the Office\'s people take part in, in the locative plural: "pracach" in "bierze udział w pracach …".',
    lead: 'A framework of partnership programmes: the words before "w tym projektów …", "Wskazać można także na udział … w realizacji programów partnerskich".',
    'newly-established':
      'An agency whose board the Office sits on: the words before its category, in the genitive, "nowo utworzonej" in "…, nowo utworzonej instytucji UE, …"; by default said in the year the agency was established.',
    tasks:
      'An agency whose board the Office sits on: the sentence of its further tasks, "Agencja realizować ma także …" in the year the agency was established, "Agencja realizuje także …" after it.',
    cooperation: 'A partner body: the words before its name, "współpraca łączy Urząd z".',
    location: 'A partner body: where it sits, "w Warszawie".',
    function: 'A body in which the Office holds a function: the words before its name, "pełni funkcję krajowego punktu kontaktowego".',
    membership: 'A body the Office\'s people sit in: "wchodzi w skład" before its name.',
    'matching-tasks': 'Bodies whose tasks match the Office\'s: the clause "które zajmują się problematyką odpowiadającą zadaniom Urzędu".',
    moreover: 'The first body of a taking-part sentence: its opening "Ponadto".',
    'taking-part':
      'A body the Office\'s people take part in: "bierze udział w" (say, "bierze także udział w"); worded by any body of a group told in one sentence, it is the sentence\'s.',
    'chair-delegation': 'A body whose national delegation the Office chairs: "przewodniczy krajowej delegacji biorącej udział w".',
    'member-states': 'A Council: the opening "W ramach współpracy państw członkowskich w Radzie Unii Europejskiej,".',
    component: 'A Council\'s working party chaired in a component: "w komponencie …" in brackets.',
    additionally: 'A Council: "Dodatkowo" before the working parties taken part in.',
    'other-groups': 'A Council: ", a także innych grup roboczych" after the groups named.',
    'working-groups': 'A Council: "uczestniczą w pracach grup roboczych", where no group is named.',
    joined: 'A network: "przystąpił do" in the year the Office joined.',
    belongs: 'A network: "należy do" ("należał do" after the Office left).',
    members: 'A network: the clause of its members, "w skład której wchodzi 15 państw UE oraz …".',
    alternate: 'A board the Office sits on as an alternate: "pełni rolę „alternate” w" before its name.',
    remit: 'An agency or a body described, in apposition or in a sentence: the participle before its remit, agreeing with `head` in `case`, "zajmującej się".',
    'founded-as':
      'A body whose founding is told after its category or definition, in apposition or in a sentence: the participle before the date, agreeing with `head` in `case`, "założona", "ustanowionej".',
    composition: 'A body whose members are told: the words before the members, "W skład Forum wchodzi", "Forum zrzesza", "Proces składa się z".',
    definition: 'A body described in a sentence: the words before its definition, "ICMPD to".',
    founded: 'A body whose founding is told without a definition: "Grupa została utworzona" before the date.',
    initiative: 'A body whose founding is told, in apposition or in a sentence: "z inicjatywy" before who set it up.',
    'deals-with': 'A body described without a definition or category: "Sieć zajmuje się" before its remit.',
    within: 'A framework of partnership programmes: "w tym projektów realizowanych w ramach" before its name.',
    aim: 'A framework of partnership programmes: "ukierunkowanych na" before its aim.',
    'with-countries': 'A framework of partnership programmes: "z" before the partner countries.',
    partner: 'A partner body in a change of role: "współpracuje z" before its name.',
    'and-since': 'A change of role within the year: "a" before the second date.',
  },
  project: {
    lead: 'A project told as part of a cooperation: the words before its name, "Do szczególnie istotnych elementów tej współpracy można zaliczyć".',
    initiatives:
      'A project the Office carries out with others: the opening words before the Office, with their comma, "W ramach różnych inicjatyw, podejmowanych przez GDISC,".',
    'among-others': 'A project the Office carries out with others: the aside after the Office, "– między innymi –".',
    aim: 'A project the Office takes part in: the sentence of its aim, "Założeniem projektu jest …".',
    'co-implements': 'A project the Office carries out with others: "współrealizował z innymi państwami".',
    beneficiary: 'A project the Office carries out with others: "dla" before the country it helps.',
    responsible: 'A project the Office carries out with others: "odpowiadając za" before the Office\'s component.',
    'takes-part': 'A project the Office takes part in: "uczestniczy w" before its name.',
    'implemented-by':
      'A project: "realizowanym przez" before who carries it out ("realizowany nie tylko przez Urząd i UNHCR, ale i" as part of a cooperation).',
    'other-partners': 'A project carried out with partners not named: "oraz partnerów".',
    'and-since': 'A change of role within the year: "a" before the second date.',
  },
} as const;

/** The kinds of record that word parts of sentences. */
export type WordingKind = keyof typeof WORDING_PARTS;
