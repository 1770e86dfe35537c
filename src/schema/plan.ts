// A year's plan (data/plans/<year>.yaml): what that year's section tells of the facts that hold, apart from the facts
// themselves. A fact is true whatever year tells it; whether a year describes a body, gives its composition, its own
// sentences or its events, and in what order its paragraphs come, is the editor's choice for that year.
import * as z from 'zod';
import { BodyId, Id } from './fields.ts';

/** What the plan chooses to tell of one record, or of every record of the year by default. */
const Telling = {
  describe: z
    .union([z.literal('apposition'), z.literal('sentence'), z.literal(false)])
    .describe(
      'What the body is ("category" or "definition", "remit", "founded"): apposition (after its first mention, in the same case), sentence (in a sentence of its own) or false (not told).',
    )
    .optional(),
  composition: z.boolean().describe('Who belongs to the body ("composition"): told (true) or not (false).').optional(),
  sentences: z.boolean().describe('The record\'s own sentences ("sentences"): told (true) or not (false).').optional(),
  events: z.boolean().describe('The record\'s events of the year ("events"): told (true) or not (false).').optional(),
};

/** The plan for one body or project. */
const RecordPlan = z
  .strictObject({
    id: Id.describe('The id of the body or project: its file name without .yaml.'),
    ...Telling,
  })
  .describe("What the year tells of one body or project, over the plan's defaults.");

/** The plan of a year. */
export const PlanRecord = z
  .strictObject({
    ...Telling,
    records: z.array(RecordPlan).describe('What the year tells of single bodies and projects, over the defaults above.').optional(),
    order: z
      .array(BodyId)
      .describe('The order of the paragraphs about international bodies: those telling the bodies listed come first, in this order.')
      .optional(),
  })
  .describe("A year's plan: what the section of the year named by the file tells of the facts that hold. Without a plan, everything that holds is told.");
