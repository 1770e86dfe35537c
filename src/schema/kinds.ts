// The kinds of record and how their files are named. No zod here: finding and reading files needs none.

/** The kinds of record, in the order the schema lists them. */
export const KIND_NAMES = ['office', 'body', 'project', 'country', 'plan'] as const;

export type Kind = (typeof KIND_NAMES)[number];

/** What an id looks like: lower-case letters, digits and hyphens. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
