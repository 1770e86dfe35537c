// The records as the view of one year holds them: the domain types the model, the templates and the writers speak of.
// They are derived from the schema (src/schema/records.ts): a reference becomes the record it names, a date a parsed
// date; nothing here restates a field. A kind with no links of its own needs no type here: `Plain` gives it one.
import type { DataOrigin } from '../diagnostics/origin.ts';
import type { NounPhrase, PartialDate } from '../polish/types.ts';
import type { EngagedKind, Kind, ListOf } from '../schema/kinds.ts';
import type { BodyRef, CountryRef, DataOf, DateData, NounPhraseData, ParticipationData, RecordTextData } from '../schema/records.ts';
import type { Origin } from '../validate/dataset.ts';

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

/** A record of a kind as the view of a year holds it, with no links of its own (a country). */
export type Plain<K extends Kind> = Origin & { kind: K } & Fields<DataOf[K]>;

/** The Office itself. */
export type Office = Fields<DataOf['office']>;

/** A country. */
export type Country = Plain<'country'>;

/** What the records the Office takes part in have besides their fields: their participations, in the order written. */
interface Participated {
  participations: Participation[];
}

/** An international body, organisation or network, with the bodies and projects below it in that year. */
export type Body = Plain<'body'> & Participated & { children: Body[]; projects: Project[] };

/** A project or programme. */
export type Project = Plain<'project'> & Participated & { implementers: Body[]; otherPartners: boolean };

/** The records of each kind in the view of a year: the kinds with links of their own are typed above. */
type Linked = { body: Body; project: Project; country: Country };

/** A record of a kind in the view of a year. */
export type RecordOf<K extends Kind> = K extends keyof Linked ? Linked[K] : Plain<K>;

/** A record the Office takes part in (a body or a project): told in the section, reviewed, compared by `diff`. */
export type Engaged = RecordOf<EngagedKind>;

/** What holds in one year: the Office, and the records of every other kind in the list the registry names. */
export type YearView = { year: number; office: Office } & { [K in Exclude<Kind, 'office'> as ListOf<K>]: RecordOf<K>[] };
