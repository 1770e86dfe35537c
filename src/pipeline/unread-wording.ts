// Finds the parts of sentences a record words (`wording`) that no sentence of any year has: a misspelt part, or a part
// given on another record than the one its sentence is about.
import { warning, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { message } from '../i18n/message.ts';
import { wordingParts } from '../schema/parts-of.ts';
import { suggestion } from '../validate/suggest.ts';
import type { Dataset, RecordData } from '../validate/dataset.ts';

/** The parts of one record's wording that the sentences read, in any year. */
export class PartsRead extends Set<string> {}

/** The key of the Office's record among the records the sentences read. */
export const OFFICE = 'office';

// Warns about each part of a record's wording that no sentence of any year read, for each record a sentence told.
export function unreadWording(dataset: Dataset, read: Map<string, PartsRead>, told: (key: string) => boolean): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const record of [dataset.office as RecordData, ...dataset.records]) {
    const key = record === (dataset.office as RecordData) ? OFFICE : `${record.kind}:${record.id}`;
    if (!told(key)) continue;
    const parts = read.get(key);
    const known = Object.keys(wordingParts(record.kind));
    for (const { part, path } of wordedParts(record))
      if (!parts?.has(part))
        found.push(
          warning(
            'unread-wording',
            message('pipeline.unread-wording', {
              part,
              kind: record.kind,
              suggestion: known.includes(part) ? '' : suggestion(part, known),
              parts: known.join(', '),
            }),
            record.file,
            record.locate(path, 'key'),
          ),
        );
  }
  return found;
}

// Lists the parts a record words, in its own fields and in each of its changes, with where each is written.
function wordedParts(record: RecordData): { part: string; path: (string | number)[] }[] {
  const data = record.data as { wording?: unknown; changes?: { wording?: unknown }[] };
  const places: { wording: unknown; at: (string | number)[] }[] = [{ wording: data.wording, at: ['wording'] }];
  (data.changes ?? []).forEach((change, i) => places.push({ wording: change?.wording, at: ['changes', i, 'wording'] }));
  return places.flatMap(({ wording, at }) =>
    wording !== null && typeof wording === 'object' ? Object.keys(wording).map((part) => ({ part, path: [...at, part] })) : [],
  );
}
