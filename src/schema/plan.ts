// A year's plan (data/plans/<year>.yaml): what that year's section tells of the facts that hold, apart from the facts
// themselves. A fact is true whatever year tells it; whether a year describes a body, gives its composition, its own
// sentences or its events, and in what order its paragraphs come, is the editor's choice for that year.
import * as z from 'zod';
import { described } from './described.ts';
import { BodyId, Id } from './fields.ts';

/** What the plan chooses to tell of one record, or of every record of the year by default. */
const Telling = {
  describe: z
    .union([z.literal('apposition'), z.literal('sentence'), z.literal(false)])
    .meta(
      described(
        'What the body is ("category" or "definition", "remit", "founded"): apposition (after its first mention, in the same case), sentence (in a sentence of its own) or false (not told).',
        'Czym jest instytucja („category” lub „definition”, „remit”, „founded”): `apposition` (dopowiedzenie po pierwszej wzmiance, w tym samym przypadku), `sentence` (osobne zdanie) lub `false` (bez opisu).',
      ),
    )
    .optional(),
  composition: z
    .boolean()
    .meta(
      described(
        'Who belongs to the body ("composition"): told (true) or not (false).',
        'Kto należy do instytucji („composition”): podawać (`true`) lub nie (`false`).',
      ),
    )
    .optional(),
  sentences: z
    .boolean()
    .meta(
      described(
        'The record\'s own sentences ("sentences"): told (true) or not (false).',
        'Własne zdania rekordu („sentences”): podawać (`true`) lub nie (`false`).',
      ),
    )
    .optional(),
  events: z
    .boolean()
    .meta(
      described(
        'The record\'s events of the year ("events"): told (true) or not (false).',
        'Wydarzenia rekordu w danym roku („events”): podawać (`true`) lub nie (`false`).',
      ),
    )
    .optional(),
};

/** The plan for one body or project. */
const RecordPlan = z
  .strictObject({
    id: Id.meta(described('The id of the body or project: its file name without .yaml.', 'Identyfikator instytucji lub projektu: nazwa jego pliku bez .yaml.')),
    ...Telling,
  })
  .meta(
    described(
      "What the year tells of one body or project, over the plan's defaults.",
      'Co rozdział roku podaje o jednej instytucji lub jednym projekcie, ponad ustawienia domyślne planu.',
    ),
  );

/** The plan of a year. */
export const PlanRecord = z
  .strictObject({
    ...Telling,
    records: z
      .array(RecordPlan)
      .meta(
        described(
          'What the year tells of single bodies and projects, over the defaults above.',
          'Co rozdział roku podaje o poszczególnych instytucjach i projektach, ponad powyższe ustawienia domyślne.',
        ),
      )
      .optional(),
    order: z
      .array(BodyId)
      .meta(
        described(
          'The order of the paragraphs about international bodies: those telling the bodies listed come first, in this order.',
          'Kolejność akapitów o instytucjach międzynarodowych: akapity o wymienionych instytucjach są pierwsze, w tej kolejności.',
        ),
      )
      .optional(),
  })
  .meta(
    described(
      "A year's plan: what the section of the year named by the file tells of the facts that hold. Without a plan, everything that holds is told.",
      'Plan roku: co rozdział roku podanego w nazwie pliku mówi o obowiązujących faktach. Bez planu podaje się wszystko, co obowiązuje.',
    ),
  );
