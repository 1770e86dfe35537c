// Builds the valid data set from records that passed every check: each record as written, its noun phrases marked
// with where they stand, and how far the facts go.
import { setOrigin } from '../diagnostics/origin.ts';
import { locate } from '../load/source.ts';
import { parseIsoDate } from '../polish/index.ts';
import type { OfficeData } from '../schema/records.ts';
import { SHAPES } from '../schema/shapes.ts';
import { markedValues } from '../schema/walk.ts';
import type { CheckedRecord } from './context.ts';
import type { Dataset, RecordData } from './dataset.ts';

// Turns checked records into the data set.
export function resolve(checked: CheckedRecord[]): Dataset {
  const records = checked.map(({ source, data }): RecordData => {
    const at = (path: readonly (string | number)[], side: 'key' | 'value' = 'value') => locate(source, path, side);
    for (const { path, value, mark } of markedValues(SHAPES[source.kind], data))
      if (mark.type === 'phrase' && value && typeof value === 'object') setOrigin(value, { file: source.file, path, position: (side) => at(path, side) });
    return { kind: source.kind, id: source.id, file: source.file, data, locate: at };
  });
  const office = records.find((r) => r.kind === 'office') as RecordData<OfficeData>;
  const asOf = office.data.asOf === undefined ? undefined : (parseIsoDate(String(office.data.asOf)) ?? undefined);
  return { office, records: records.filter((r) => r.kind !== 'office'), asOf, firstReportYear: office.data.firstReportYear };
}
