// The valid data set: every record as checked, with its dated changes. The records as a year holds them are the
// model's (src/model/domain.ts).
import type { Position } from '../diagnostics/diagnostic.ts';
import type { PartialDate } from '../polish/types.ts';
import type { Kind } from '../schema/kinds.ts';
import type { OfficeData } from '../schema/records.ts';

/** Where a record came from, for messages about it. */
export interface Origin {
  id: string;
  file: string;
}

/** A record as checked: its data as written (base fields and `changes`), and how to point into its file. */
export interface RecordData<T = Record<string, unknown>> extends Origin {
  kind: Kind;
  data: T;
  /** The position of a path in the record's file, for messages. */
  locate(path: readonly (string | number)[], at?: 'key' | 'value'): Position;
}

/** Everything validation passed on: each record as written, and how far the facts go. */
export interface Dataset {
  office: RecordData<OfficeData>;
  records: RecordData[];
  /** The date up to which the facts are kept current (office.yaml `asOf`); open-ended facts hold until then. */
  asOf?: PartialDate;
  /** The first year whose section is written from this data (office.yaml `firstReportYear`). */
  firstReportYear?: number;
}
