// Compares two report years: what started, what ended and what changed role between them (pure).
import { comparePolish } from '../polish/index.ts';
import type { PartialDate } from '../polish/types.ts';
import type { Role, Who } from '../schema/participation.ts';
import type { Body, Dataset, Participation, Project } from '../validate/dataset.ts';
import { activeIn } from './active.ts';
import { viewOf } from './year-view.ts';

/** One span of the Office's part in a body or project, as the comparison shows it. */
export interface Part {
  who: Who;
  role: Role;
  subgroup?: string;
  from: string;
  to?: string;
}

/** A body or project whose part differs between the years: its parts in the earlier and in the later one. */
export interface Change {
  id: string;
  kind: 'body' | 'project';
  file: string;
  label: string;
  before: Part[];
  after: Part[];
}

/** What differs between two years, each group in the order of the records' labels. */
export interface YearDiff {
  from: number;
  to: number;
  started: Change[];
  ended: Change[];
  changed: Change[];
  unchanged: number;
}

// Lists the records that hold in one year and not the other, and those that hold in both in another role.
export function diffYears(dataset: Dataset, from: number, to: number): YearDiff {
  const diff: YearDiff = { from, to, started: [], ended: [], changed: [], unchanged: 0 };
  const [earlier, later] = [viewOf(dataset, from), viewOf(dataset, to)];
  const records: (Body | Project)[] = [...later.bodies, ...later.projects];
  const earlierById = new Map([...earlier.bodies, ...earlier.projects].map((r) => [`${r.kind}:${r.id}`, r]));
  for (const record of records.sort((a, b) => comparePolish(labelOf(a), labelOf(b)))) {
    const old = earlierById.get(`${record.kind}:${record.id}`)!;
    const beforeParts = activeIn(old, from).map((e) => partOf(e.participation));
    const after = activeIn(record, to).map((e) => partOf(e.participation));
    const change = { id: record.id, kind: record.kind, file: record.file, label: labelOf(record), before: beforeParts, after };
    if (!beforeParts.length && after.length) diff.started.push(change);
    else if (beforeParts.length && !after.length) diff.ended.push(change);
    else if (beforeParts.length && roles(beforeParts) !== roles(after)) diff.changed.push(change);
    else if (beforeParts.length) diff.unchanged++;
  }
  return diff;
}

// Names a record for people: its title or name, its acronym, and for a body without one, its parent's.
function labelOf(record: Body | Project): string {
  const name = record.title ?? record.name.nom;
  if (record.acronym) return record.acronym !== name ? `${name} (${record.acronym})` : name;
  const parent = record.kind === 'body' ? record.parent : undefined;
  return parent ? `${name} – ${parent.acronym ?? parent.name.nom}` : name;
}

// Describes a participation span: who, in what role, from when until when.
function partOf(p: Participation): Part {
  return { who: p.who, role: p.role, ...(p.subgroup && { subgroup: p.subgroup.id }), from: isoDate(p.from), ...(p.to && { to: isoDate(p.to) }) };
}

// Writes the roles held, in a form that compares equal when the same people hold the same roles.
function roles(parts: Part[]): string {
  return parts.map((p) => `${p.who} ${p.role} ${p.subgroup ?? ''}`).sort().join('; ');
}

// Writes a date as ISO text: "2010", "2010-12", "2010-12-01".
function isoDate(d: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(d.year), d.month && pad(d.month), d.day && pad(d.day)].filter(Boolean).join('-');
}
