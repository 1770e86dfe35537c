// Helpers that read the mention the model decided (src/model/mentions.ts): a record named in full the first time the
// section names it, with its acronym, title and apposition, and by its acronym or noun after that.
import type { HelperOptions } from 'handlebars';
import type { Case, NounPhrase } from '../../polish/index.ts';
import { adj, during } from './grammar.ts';
import { participle } from './content.ts';
import { form } from './names.ts';

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
  remit?: string;
  founded?: { date: { year: number }; verb?: string; circumstances?: string; by?: string };
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
  return full(record, intro, c) + (intro.apposition ? apposition(record, c) : '') + owner;
}

// Returns the mentions of records in a case, as a list to join: (mentions known "acc").
export function mentionList(records: Mentioned[], c: Case, options: HelperOptions): string[] {
  return (records ?? []).map((r) => mention(r, c, options));
}

// Returns " (full name)" after a record whose name holds its parent's acronym, where the model introduces the parent
// so: "Grupa Sterująca GDISC (Konferencja Dyrektorów Generalnych Służb Imigracyjnych)".
export function expansion(record: Mentioned, options: HelperOptions): string {
  const data = options?.data as MentionData | undefined;
  const parent = record?.parent;
  if (!parent) return '';
  const intro = data?.introduces?.find((i) => i.record === parent);
  return intro?.within === record ? ` (${parent.name.nom})` : '';
}

// Returns a later mention: the generic noun where the record asks for it, else the acronym, else the name.
function later(record: Mentioned, c: Case): string {
  if (record.refer === 'noun' && record.noun) return form(record.noun, c);
  return record.acronym ?? form(record.name, c);
}

// Returns a first mention in full, in the style decided: name first, acronym first or title first.
function full(record: Mentioned, { style, project, inName }: Introduction, c: Case): string {
  const { title, acronym } = record;
  // its name stands in the name before it: only its bracket follows
  if (inName) return title ? `(${acronym ? `${title} – ${acronym}` : title})` : acronym ? `(${acronym})` : '';
  if (style === 'acronym' && acronym) return `${acronym} (${record.name.nom})`;
  if (style === 'title' && title) return acronym ? `„${title}” (${acronym})` : `„${title}”`;
  const name = form(record.name, c);
  if (project) return `${name}${title ? ` „${title}”` : ''}${acronym ? ` (${acronym})` : ''}`;
  if (title) return `${name} (${acronym ? `${title} – ${acronym}` : title})`;
  return acronym ? `${name} (${acronym})` : name;
}

// Returns what a body is, in apposition to its name in the same case: ", agencji UE, zajmującej się …, utworzonej w
// 2005 r. z inicjatywy …". The participles agree with the head noun (the category, else the definition, else the
// body's noun).
function apposition(record: Mentioned, c: Case): string {
  const head = record.category ?? record.definition;
  const agrees = head ?? record.noun ?? record.name;
  const parts: string[] = [];
  if (head) parts.push(form(head, c));
  if (record.remit) parts.push(`${adj('zajmujący', agrees, c)} się ${record.remit}`);
  const founded = record.founded;
  if (founded) {
    const circumstances = founded.circumstances ? ` ${founded.circumstances}` : '';
    const by = founded.by ? ` z inicjatywy ${founded.by}` : '';
    parts.push(`${adj(participle(founded.verb), agrees, c)} ${during(founded.date as never)}${circumstances}${by}`);
  }
  return parts.map((p) => `, ${p}`).join('');
}
