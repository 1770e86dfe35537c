// The registry of kinds: each kind of record under data/, declared once, with where its files are and what the rest
// of the program does with it. Loading reads the places, the schema (./records.ts) the fields of each kind, the
// model the list of the view of a year it goes to and whether the Office takes part in it (told in the section,
// reviewed and compared from year to year). No zod here: finding and reading files needs none.

/** What the program knows of a kind of record besides its fields. */
export interface KindEntry {
  /** The file (`office.yaml`) or the folder (`bodies/`) of its records, under the data folder. */
  place: `${string}.yaml` | `${string}/`;
  /** The list of the view of a year that holds its records (`view.bodies`); none for the one Office. */
  list?: string;
  /**
   * The Office takes part in records of this kind (`participations`): they are told in the section of the years it
   * does, `review` asks about them and `diff` compares them. Records of the other kinds are told only as named by these.
   */
  engaged: boolean;
  /**
   * Each of its records is told in a block of its own by the partial of the kind's name (`templates/partials/<kind>.md.hbs`),
   * which reads the record as `record` and the Office as `office`; where in the section is src/model/section.ts's.
   */
  partial?: true;
}

/** The kinds of record, in the order the schema lists them. */
export const KINDS = {
  office: { place: 'office.yaml', engaged: false },
  body: { place: 'bodies/', list: 'bodies', engaged: true },
  project: { place: 'projects/', list: 'projects', engaged: true },
  country: { place: 'countries/', list: 'countries', engaged: false },
  plan: { place: 'plans/', engaged: false },
} as const satisfies Record<string, KindEntry>;

export type Kind = keyof typeof KINDS;

/** The kinds whose records the Office takes part in. */
export type EngagedKind = { [K in Kind]: (typeof KINDS)[K]['engaged'] extends true ? K : never }[Kind];

/** The kinds whose records are each told by the partial of the kind's name. */
export type PartialKind = { [K in Kind]: (typeof KINDS)[K] extends { partial: true } ? K : never }[Kind];

/** The name of the list of the view of a year that holds the records of a kind. */
export type ListOf<K extends Kind> = (typeof KINDS)[K] extends { list: infer L extends string } ? L : never;

/** The kinds of record, in the order the schema lists them. */
export const KIND_NAMES = Object.keys(KINDS) as Kind[];

/** The kind of records each folder holds, by the folder's name (`bodies`: body). */
export const FOLDERS: ReadonlyMap<string, Kind> = new Map(
  KIND_NAMES.flatMap((kind) => {
    const place: string = KINDS[kind].place;
    return place.endsWith('/') ? [[place.slice(0, -1), kind] as const] : [];
  }),
);

/** The kind that is a single file (`office.yaml`), by the file's name. */
export const SINGLE_FILES: ReadonlyMap<string, Kind> = new Map(
  KIND_NAMES.flatMap((kind) => {
    const place: string = KINDS[kind].place;
    return place.endsWith('.yaml') ? [[place, kind] as const] : [];
  }),
);

// Names the list of the view of a year that holds the records of a kind (none for the Office).
export function listOf(kind: Kind): string | undefined {
  return (KINDS[kind] as KindEntry).list;
}

// Tells whether the Office takes part in records of a kind.
export function isEngaged(kind: Kind): kind is EngagedKind {
  return KINDS[kind].engaged;
}

/** What an id looks like: lower-case letters, digits and hyphens. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
