// The valid data set: records with their references resolved and their dates parsed.
import type { NounPhrase, PartialDate } from '../polish/types.ts';
import type { Role, Who } from '../schema/participation.ts';

/** Where a record came from, for messages about it. */
export interface Origin {
  id: string;
  file: string;
}

/** The Office itself. */
export interface Office {
  name: NounPhrase;
  short: NounPhrase;
}

/** A country. */
export interface Country extends Origin {
  name: NounPhrase;
}

/** One span of the Office's participation in a body or project. */
export interface Participation {
  from: PartialDate;
  to?: PartialDate;
  who: Who;
  role: Role;
  subgroup?: Body;
  component?: NounPhrase;
  scope?: 'matching-tasks';
  with?: NounPhrase;
  as?: NounPhrase;
  character?: string;
}

/** What bodies and projects have in common. */
interface Named extends Origin {
  name: NounPhrase;
  acronym?: string;
  title?: string;
  noun?: NounPhrase;
  participations: Participation[];
}

/** An international body, organisation or network. */
export interface Body extends Named {
  kind: 'body';
  area?: 'eu' | 'international' | 'partnerships' | 'bilateral';
  type?: 'council';
  parent?: Body;
  children: Body[];
  projects: Project[];
  established?: PartialDate;
  category?: NounPhrase;
  location?: NounPhrase;
  remit?: string;
  tasks?: string;
  basis?: string;
  aim?: string;
  members?: { euStates?: number; countries: Country[] };
  exchange?: { perYear: number };
}

/** A project or programme. */
export interface Project extends Named {
  kind: 'project';
  context: Body;
  from?: PartialDate;
  to?: PartialDate;
  implementers: Body[];
  otherPartners: boolean;
  beneficiary?: Country;
  country?: Country;
  aim?: string;
}

/** Everything the model needs, valid and resolved. */
export interface Dataset {
  office: Office;
  bodies: Body[];
  projects: Project[];
  countries: Country[];
}
