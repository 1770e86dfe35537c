// The parts of the built-in sentences that a record may word its own way (`wording`), for each kind of record that has
// them. Plain data, no zod: the schema lists them for editors, and validate names them when a record words a part no
// sentence has.

/** The parts of the sentence of an event (the `event` partial), worded on the event itself (its `wording`). */
export const EVENT_PARTS = {
  'event-verb':
    'An event\'s verb, with its preposition, agreeing with who took part: "podpisał" (agreement), "zorganizował" (hosted), "odbył" (visit), "wziął udział w" (meeting, deployment, training).',
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
  },
  project: {
    lead: 'A project told as part of a cooperation: the words before its name, "Do szczególnie istotnych elementów tej współpracy można zaliczyć".',
    initiatives:
      'A project the Office carries out with others: the opening words before the Office, with their comma, "W ramach różnych inicjatyw, podejmowanych przez GDISC,".',
    'among-others': 'A project the Office carries out with others: the aside after the Office, "– między innymi –".',
    aim: 'A project the Office takes part in: the sentence of its aim, "Założeniem projektu jest …".',
  },
} as const;

/** The kinds of record that word parts of sentences. */
export type WordingKind = keyof typeof WORDING_PARTS;
