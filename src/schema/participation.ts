// The Office's part in a body or project: who takes part, in what role, from when.
import * as z from 'zod';
import { described } from './described.ts';
import { BodyId, IsoDate, NounPhrase, Prose } from './fields.ts';

/** Who of the Office takes part. */
export const WHO = ['office', 'head', 'representative', 'representatives', 'staff'] as const;

/** What the Office does there. */
export const ROLES = ['chair-delegation', 'member', 'participant', 'alternate', 'partner', 'co-implementer', 'function'] as const;

export type Who = (typeof WHO)[number];
export type Role = (typeof ROLES)[number];

/** One span of the Office's participation. */
export const Participation = z
  .strictObject({
    from: IsoDate.meta(described('When this span started.', 'Kiedy ten okres się rozpoczął.')).optional(),
    to: IsoDate.meta(described('When this span ended, or is planned to end.', 'Kiedy ten okres się zakończył lub ma się zakończyć.')).optional(),
    approximate: z
      .boolean()
      .meta(described('true when "from" and "to" are estimates still to be checked.', '`true`, gdy „from” i „to” są szacunkowe i trzeba je jeszcze sprawdzić.'))
      .optional(),
    who: z
      .enum(WHO)
      .meta(
        described(
          "Who takes part: office, head, representative, representatives or staff, unless office.yaml's people words them otherwise.",
          'Kto uczestniczy: `office` (Urząd), `head` (Szef Urzędu), `representative` (przedstawiciel), `representatives` (przedstawiciele) lub `staff` (pracownicy), chyba że `people` w office.yaml nazywa ich inaczej.',
        ),
      ),
    role: z
      .enum(ROLES)
      .meta(
        described(
          'The role: chair-delegation, member, participant, alternate, partner, co-implementer, function.',
          'Rola: `chair-delegation` (przewodniczenie delegacji), `member` (członek), `participant` (uczestnik), `alternate` (zastępca), `partner` (partner), `co-implementer` (współrealizator), `function` (pełniona funkcja).',
        ),
      ),
    subgroup: BodyId.meta(
      described('A body (child of this one) the participation is limited to.', 'Instytucja podrzędna wobec tej, do której ogranicza się udział.'),
    ).optional(),
    component: NounPhrase.meta(described('The component the Office works in or leads.', 'Komponent, w którym Urząd pracuje lub którym kieruje.')).optional(),
    scope: z
      .enum(['matching-tasks'])
      .meta(
        described("matching-tasks: only those parts that match the Office's tasks.", '`matching-tasks`: tylko te części, które odpowiadają zadaniom Urzędu.'),
      )
      .optional(),
    with: NounPhrase.meta(
      described('With whom the Office co-implements (instrumental form used).', 'Z kim Urząd współrealizuje (używa się narzędnika).'),
    ).optional(),
    as: NounPhrase.meta(
      described(
        'With role function: the function held, genitive used ("krajowego punktu kontaktowego").',
        'Przy roli `function`: pełniona funkcja, w dopełniaczu („krajowego punktu kontaktowego”).',
      ),
    ).optional(),
    character: Prose(
      'How the cooperation is described: adjectives agreeing with "współpraca".',
      'Jak opisuje się współpracę: przymiotniki uzgodnione ze słowem „współpraca”.',
    ).optional(),
  })
  .meta(described("The Office's participation: who, in what role, from when until when.", 'Udział Urzędu: kto, w jakiej roli, od kiedy do kiedy.'));
