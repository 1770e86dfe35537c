// The valid data set: every record as checked, with its dated changes, and the types of the view of one year.
// The types of that view are derived from the schema (src/schema/records.ts): a reference becomes the record it
// names, a date a parsed date; nothing here restates a field.
import type { Position } from '../diagnostics/diagnostic.ts';
import type { NounPhrase, PartialDate } from '../polish/types.ts';
import type { Kind } from '../schema/kinds.ts';
import type { DataOrigin } from '../diagnostics/origin.ts';
import type {
  BodyData,
  BodyRef,
  CountryData,
  CountryRef,
  DateData,
  NounPhraseData,
  OfficeData,
  ParticipationData,
  ProjectData,
  RecordTextData,
} from '../schema/records.ts';

/** Where a record came from, for messages about it. */
export interface Origin {
  id: string;
  file: string;
}

/** A record's fields as the view of a year holds them: references resolved, dates parsed. */
export type Resolved<T> = T extends BodyRef
  ? Body
  : T extends CountryRef
    ? Country
    : T extends DateData
      ? PartialDate
      : T extends NounPhraseData
        ? NounPhrase
        : T extends RecordTextData
          ? RecordText
          : T extends readonly (infer U)[]
            ? Resolved<U>[]
            : T extends object
              ? { [K in keyof T]: Resolved<T[K]> }
              : T;

/** The fields of a kind that hold in a year: the record's own facts, without its history and bookkeeping. */
type Fields<T> = Resolved<Omit<T, 'changes' | 'participations' | 'confirmed'>>;

/** A text a record writes itself, with where it was written (templates render it; its problems are reported there). */
export interface RecordText {
  text: string;
  origin: DataOrigin;
}

/** One span of the Office's participation in a body or project; a project's span falls back to the project's dates. */
export type Participation = Resolved<Omit<ParticipationData, 'from'>> & { from: PartialDate; index: number };

/** The Office itself. */
export type Office = Fields<OfficeData>;

/** A country. */
export type Country = Origin & { kind: 'country' } & Fields<CountryData>;

/** What bodies and projects have besides their fields: their participations, in the order written. */
interface Engaged extends Origin {
  participations: Participation[];
}

/** An international body, organisation or network, with the bodies and projects below it in that year. */
export type Body = Engaged & { kind: 'body'; children: Body[]; projects: Project[] } & Fields<BodyData>;

/** A project or programme. */
export type Project = Engaged & { kind: 'project'; implementers: Body[]; otherPartners: boolean } & Fields<ProjectData>;

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

/** What holds in one year: every record with the values in force then. */
export interface YearView {
  year: number;
  office: Office;
  bodies: Body[];
  projects: Project[];
  countries: Country[];
}
