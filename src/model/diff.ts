// Compares two report years: what started, what ended, what changed role and which fields changed (pure).
import { comparePolish } from '../polish/index.ts';
import type { PartialDate } from '../polish/types.ts';
import type { EngagedKind } from '../schema/kinds.ts';
import type { Role, Who } from '../schema/participation.ts';
import type { Engaged, Participation } from './domain.ts';
import type { Dataset, RecordData } from '../validate/dataset.ts';
import { activeIn } from './active.ts';
import { diffPlans, type PlanChange } from './plan-diff.ts';
import { engagedIn, fieldsIn, lastChange, viewOf } from './year-view.ts';

/** One span of the Office's part in a body or project, as the comparison shows it. */
export interface Part {
  who: Who;
  role: Role;
  /** The subgroup's id, and its name as people read it. */
  subgroup?: string;
  subgroupName?: string;
  from: string;
  to?: string;
}

/** A field whose value differs between the years, and the change entry that set the later value. */
export interface FieldChange {
  /** The field's path: "members.euStates", "name.nom". */
  field: string;
  before?: unknown;
  after?: unknown;
  /** Where the later value was written: the record's file and the line of its `changes` entry. */
  line?: number;
}

/** A body or project that differs between the years: its parts in the earlier and in the later one, its changed fields. */
export interface Change {
  id: string;
  kind: EngagedKind;
  file: string;
  line: number;
  label: string;
  before: Part[];
  after: Part[];
  fields: FieldChange[];
}

/** What differs between two years, each group in the order of the records' labels. */
export interface YearDiff {
  from: number;
  to: number;
  started: Change[];
  /** Held in the first year and not in the second, or ended within the second (a mid-year end). */
  ended: Change[];
  /** Held in both, by other people or in another role. */
  changed: Change[];
  /** Held in both in the same parts, with fields that changed (a name, a count, members). */
  changedFields: Change[];
  unchanged: number;
  /** The settings of the years' plans that differ (what the sections choose to tell): present when either year has a plan. */
  plan?: PlanChange[];
}

// Lists what differs between two years (the first before the second): records that started, ended (within the second
// year too), changed role or people, or changed fields, each with its file and line.
export function diffYears(dataset: Dataset, from: number, to: number): YearDiff {
  const diff: YearDiff = { from, to, started: [], ended: [], changed: [], changedFields: [], unchanged: 0 };
  const [earlier, later] = [viewOf(dataset, from), viewOf(dataset, to)];
  const earlierById = new Map([...earlier.bodies, ...earlier.projects].map((r) => [`${r.kind}:${r.id}`, r]));
  const sources = new Map(dataset.records.map((r) => [`${r.kind}:${r.id}`, r]));
  const records: Engaged[] = engagedIn(later);
  for (const record of records.sort((a, b) => comparePolish(labelOf(a), labelOf(b)))) {
    const source = sources.get(`${record.kind}:${record.id}`)!;
    const beforeParts = activeIn(earlierById.get(`${record.kind}:${record.id}`)!, from).map((e) => partOf(e.participation));
    const afterSpans = activeIn(record, to).map((e) => e.participation);
    const after = afterSpans.map(partOf);
    const fields = beforeParts.length || after.length ? fieldChanges(source, from, to) : [];
    const change = {
      id: record.id,
      kind: record.kind,
      file: record.file,
      line: source.locate([]).line,
      label: labelOf(record),
      before: beforeParts,
      after,
      fields,
    };
    const endsIn = (p: Participation) => p.to !== undefined && p.to.year === to;
    if (!beforeParts.length && after.length) diff.started.push(change);
    else if (beforeParts.length && (!after.length || afterSpans.every(endsIn))) diff.ended.push(change);
    else if (beforeParts.length && roles(beforeParts) !== roles(after)) diff.changed.push(change);
    else if (fields.length) diff.changedFields.push(change);
    else if (beforeParts.length) diff.unchanged++;
  }
  // the plans apart from the facts
  if (dataset.records.some((r) => r.kind === 'plan' && (r.id === String(from) || r.id === String(to)))) diff.plan = diffPlans(dataset, from, to);
  return diff;
}

// Lists the fields of a record whose values differ between the years, each with the line of the change that set it.
function fieldChanges(record: RecordData, from: number, to: number): FieldChange[] {
  const [before, after] = [flatten(fieldsIn(record, from)), flatten(fieldsIn(record, to))];
  const found: FieldChange[] = [];
  for (const field of [...new Set([...before.keys(), ...after.keys()])]) {
    const [a, b] = [before.get(field), after.get(field)];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const top = field.split('.')[0]!;
    const entry = lastChange(record, top, from, to);
    found.push({
      field,
      ...(a !== undefined && { before: a }),
      ...(b !== undefined && { after: b }),
      ...(entry && { line: record.locate(['changes', entry.index, top], 'key').line }),
    });
  }
  return found;
}

// Flattens fields to their leaves, by dotted path; lists stay whole.
function flatten(value: Record<string, unknown>, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, item] of Object.entries(value)) {
    if (key === 'participations' || key === 'confirmed') continue;
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) flatten(item as Record<string, unknown>, `${prefix}${key}.`, into);
    else into.set(`${prefix}${key}`, item);
  }
  return into;
}

// Names a record for people: its title or name, its acronym, and for a body without one, its parent's.
function labelOf(record: Engaged): string {
  const name = record.title ?? record.name.nom;
  if (record.acronym) return record.acronym !== name ? `${name} (${record.acronym})` : name;
  const parent = record.kind === 'body' ? record.parent : undefined;
  return parent ? `${name} – ${parent.acronym ?? parent.name.nom}` : name;
}

// Describes a participation span: who, in what role, from when until when.
function partOf(p: Participation): Part {
  return {
    who: p.who,
    role: p.role,
    ...(p.subgroup && { subgroup: p.subgroup.id, subgroupName: p.subgroup.name.nom }),
    from: isoDate(p.from),
    ...(p.to && { to: isoDate(p.to) }),
  };
}

// Writes the roles held, in a form that compares equal when the same people hold the same roles.
function roles(parts: Part[]): string {
  return parts
    .map((p) => `${p.who} ${p.role} ${p.subgroup ?? ''}`)
    .sort()
    .join('; ');
}

// Writes a date as ISO text: "2010", "2010-12", "2010-12-01".
function isoDate(d: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(d.year), d.month && pad(d.month), d.day && pad(d.day)].filter(Boolean).join('-');
}
