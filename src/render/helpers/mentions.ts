// Helpers that read the mention the model decided (src/model/mentions.ts): a record named in full the first time the
// section names it, with its acronym, title and apposition, and by its acronym or noun after that.
import type { HelperOptions } from 'handlebars';
import type { Case, NounPhrase } from '../../polish/index.ts';
import { INSERTION_END } from '../insertions.ts';
import { form } from './names.ts';
import { partialRunner } from './record-text.ts';

/** What the mention helpers read from a body, project or country. */
interface Mentioned {
  name: NounPhrase;
  acronym?: string;
  title?: string;
  noun?: NounPhrase;
  refer?: 'acronym' | 'noun';
  parent?: Mentioned;
  category?: NounPhrase;
  definition?: NounPhrase;
}

/** A first mention as the model decided it (src/model/blocks.ts). */
interface Introduction {
  record: unknown;
  style: 'name' | 'acronym' | 'title';
  project: boolean;
  apposition: boolean;
  within?: unknown;
  owner?: Mentioned;
  inName?: boolean;
  bracketed?: boolean;
}

/** The render's data as the `mentions` block helper leaves it. */
interface MentionData {
  introduces?: Introduction[];
  /** The introductions this block has written already: a record named twice in a block is in full only once. */
  written?: Set<Introduction>;
}

// Renders a block, a sentence about a record or any part, with the first mentions its model decided in reach of the
// helpers below: {{#mentions this}}{{> (lookup . "partial")}}{{/mentions}}.
export function mentions(this: unknown, block: { introduces?: Introduction[] }, options: HelperOptions): string {
  return options.fn(this, { data: { ...options.data, introduces: block?.introduces ?? [], written: new Set() } });
}

// Returns how a record is named in a case at this point of the section: "Europejskiej Agencji Straży Granicznej i
// Przybrzeżnej (Frontex)" the first time, "Frontex" after it: {{mention record "gen"}}.
export function mention(record: Mentioned, c: Case, options: HelperOptions): string {
  const data = options?.data as MentionData | undefined;
  // outside a {{#mentions}} block nothing was decided: every mention is a first one
  const intro = data?.introduces ? data.introduces.find((i) => i.record === record) : { record, style: 'name' as const, project: false, apposition: false };
  if (!intro || intro.within || data?.written?.has(intro)) return later(record, c);
  data?.written?.add(intro);
  const owned = intro.owner ? mention(intro.owner, 'gen', options) : '';
  const owner = owned && !owned.startsWith(',') ? ` ${owned}` : owned;
  return full(record, intro, c) + expansion(record, options) + (intro.apposition ? apposition(record, c, options) : '') + owner;
}

// Returns the mentions of records in a case, as a list to join: (mentions known "acc").
export function mentionList(records: Mentioned[], c: Case, options: HelperOptions): string[] {
  return (records ?? []).map((r) => mention(r, c, options));
}

// Returns " (full name)" after a record whose name holds its parent's acronym, where the model introduces the parent
// so, once: "Grupa Sterująca GDISC (Konferencja Dyrektorów Generalnych Służb Imigracyjnych)". The record's first
// mention writes it, right after the name and before any apposition; a template that names the record otherwise may
// write it after the name: {{form record.name "gen"}}{{expansion record}}.
export function expansion(record: Mentioned, options: HelperOptions): string {
  const data = options?.data as MentionData | undefined;
  const parent = record?.parent;
  if (!parent) return '';
  const intro = data?.introduces?.find((i) => i.record === parent && i.within === record);
  if (!intro || data?.written?.has(intro)) return '';
  data?.written?.add(intro);
  return ` (${parent.name.nom})`;
}

// Returns a later mention: the generic noun where the record asks for it, else the acronym, else the name.
function later(record: Mentioned, c: Case): string {
  if (record.refer === 'noun' && record.noun) return form(record.noun, c);
  return record.acronym ?? form(record.name, c);
}

// Returns a first mention in full, in the style decided: name first, acronym first or title first.
function full(record: Mentioned, { style, project, inName, bracketed }: Introduction, c: Case): string {
  const { title, acronym } = record;
  // its name stands in the name before it: only its bracket follows, unless that name's own bracket is its
  if (bracketed) return '';
  if (inName) return title ? `(${acronym ? `${title} – ${acronym}` : title})` : acronym ? `(${acronym})` : '';
  if (style === 'acronym' && acronym) return `${acronym} (${record.name.nom})`;
  if (style === 'title' && title) return acronym ? `„${title}” (${acronym})` : `„${title}”`;
  const name = form(record.name, c);
  if (project) return `${name}${title ? ` „${title}”` : ''}${acronym ? ` (${acronym})` : ''}`;
  if (title) return `${name} (${acronym ? `${title} – ${acronym}` : title})`;
  return acronym ? `${name} (${acronym})` : name;
}

// Returns what a body is, in apposition to its name in the same case, as the built-in partial "apposition" words it
// (", agencji UE, zajmującej się …"), with the mark of its end, which becomes its closing comma where the sentence goes
// on (../insertions.ts); nothing when the body has nothing to say of itself.
function apposition(record: Mentioned, c: Case, options: HelperOptions): string {
  const head = record.category ?? record.definition ?? record.noun ?? record.name;
  const run = partialRunner(options?.data);
  if (!run) return '';
  const text = run('apposition', { record, case: c, head }, options.data);
  return text ? text + INSERTION_END : '';
}
