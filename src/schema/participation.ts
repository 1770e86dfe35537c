// The Office's part in a body or project: who takes part, in what role, from when.
import * as z from 'zod';
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
    from: IsoDate.describe('When this span started.').optional(),
    to: IsoDate.describe('When this span ended, or is planned to end.').optional(),
    approximate: z.boolean().describe('true when "from" and "to" are estimates still to be checked.').optional(),
    who: z.enum(WHO).describe('Who takes part: office, head, representative, representatives or staff.'),
    role: z.enum(ROLES).describe('The role: chair-delegation, member, participant, alternate, partner, co-implementer, function.'),
    subgroup: BodyId.describe('A body (child of this one) the participation is limited to.').optional(),
    component: NounPhrase.describe('The component the Office works in or leads.').optional(),
    scope: z.enum(['matching-tasks']).describe("matching-tasks: only those parts that match the Office's tasks.").optional(),
    with: NounPhrase.describe('With whom the Office co-implements (instrumental form used).').optional(),
    as: NounPhrase.describe('With role function: the function held, genitive used ("krajowego punktu kontaktowego").').optional(),
    character: Prose('How the cooperation is described: adjectives agreeing with "współpraca".').optional(),
  })
  .describe("The Office's participation: who, in what role, from when until when.");
