// Answers "what held in year Y" for every field of every record: the one place the model reads the data set.
// A record's fields hold as written until a `changes` entry replaces some of them; an entry applies to every year from
// the year of its `from` on, so a year's section tells the values in force at the end of that year.
import { parseIsoDate } from '../polish/index.ts';
import type { PartialDate } from '../polish/types.ts';
import { SHAPES } from '../schema/shapes.ts';
import { mapMarked } from '../schema/walk.ts';
import { isEngaged, KIND_NAMES, listOf, type Kind } from '../schema/kinds.ts';
import type { Body, Engaged, Office, Participation, YearView } from './domain.ts';
import type { Dataset, RecordData } from '../validate/dataset.ts';

type Fields = Record<string, unknown>;

const views = new WeakMap<Dataset, Map<number, Omit<YearView, 'year'>>>();

/** The year of each change entry of a data set, in no order (Infinity for one without a date): read once, for every
 * year a view is asked for. */
const changeYears = new WeakMap<Dataset, number[]>();

// Returns what held in a year: each record with the values in force at the end of it, references linked.
export function viewOf(dataset: Dataset, year: number): YearView {
  // years in which the same changes apply share one view: the count of entries applied grows with the year
  let years = changeYears.get(dataset);
  if (!years) changeYears.set(dataset, (years = [dataset.office, ...dataset.records].flatMap((r) => changesOf(r).map(changeYear))));
  let applied = 0;
  for (const changed of years) if (changed <= year) applied++;
  let byCount = views.get(dataset);
  if (!byCount) views.set(dataset, (byCount = new Map()));
  let view = byCount.get(applied);
  if (!view) byCount.set(applied, (view = makeView(dataset, year)));
  return { year, ...view };
}

// Lists the records of a year's view that the Office takes part in (bodies, then projects), kind by kind.
export function engagedIn(view: Omit<YearView, 'year'>): Engaged[] {
  const lists = view as unknown as Record<string, Engaged[]>;
  return KIND_NAMES.filter(isEngaged).flatMap((kind) => lists[listOf(kind)!]!);
}

// Returns the field values of a record in force in a year: its own, replaced by each change dated up to that year.
export function fieldsIn(record: Pick<RecordData, 'data'>, year: number): Fields {
  return Object.fromEntries([...sourcedFields(record, year)].map(([key, { value }]) => [key, value]));
}

// Returns each field in force in a year with where it was written: ["name"], or ["changes", 2, "name"].
function sourcedFields(record: Pick<RecordData, 'data'>, year: number): Map<string, { value: unknown; at: (string | number)[] }> {
  const { changes: _, ...own } = record.data as Fields;
  const fields = new Map(Object.entries(own).map(([key, value]) => [key, { value, at: [key] as (string | number)[] }]));
  const all = (record.data as { changes?: Fields[] }).changes ?? [];
  for (const change of changesIn(record, year))
    for (const [key, value] of Object.entries(change)) if (key !== 'from') fields.set(key, { value, at: ['changes', all.indexOf(change), key] });
  return fields;
}

// Returns the last change of a record that names a field and applies after one year and up to another: its place in
// the list of changes and its year; undefined when no change of that field applies in between.
export function lastChange(record: Pick<RecordData, 'data'>, key: string, after: number, upTo: number): { index: number; year: number } | undefined {
  const changes = (record.data as { changes?: Fields[] }).changes ?? [];
  let found: { index: number; year: number } | undefined;
  changes.forEach((change, index) => {
    const year = parseIsoDate(String(change.from))?.year ?? Infinity;
    if (year > after && year <= upTo && Object.hasOwn(change, key)) found = { index, year };
  });
  return found;
}

// Lists the changes of a record that apply in a year, in their order.
function changesIn(record: Pick<RecordData, 'data'>, year: number): Fields[] {
  return changesOf(record).filter((c) => changeYear(c) <= year);
}

// Lists the changes of a record, in their order.
function changesOf(record: Pick<RecordData, 'data'>): Fields[] {
  return (record.data as { changes?: Fields[] }).changes ?? [];
}

// Returns the year from which a change applies; Infinity for one without a date.
function changeYear(change: Fields): number {
  return parseIsoDate(String(change.from))?.year ?? Infinity;
}

// Builds every record of a year's view: shells first, so that references can point at them, then their fields.
function makeView(dataset: Dataset, year: number): Omit<YearView, 'year'> {
  const shells = new Map<string, Fields>();
  for (const r of dataset.records) shells.set(`${r.kind}:${r.id}`, { kind: r.kind, id: r.id, file: r.file });
  const converter = (r: RecordData) => {
    const sources = sourcedFields(r, year);
    return (value: unknown, mark: { type: string; kind?: string }, path: (string | number)[]) => {
      if (mark.type === 'date') return parseIsoDate(String(value)) ?? undefined;
      if (mark.type === 'ref') return shells.get(`${mark.kind}:${String(value)}`);
      if (mark.type === 'text') {
        const at = [...(sources.get(String(path[0]))?.at ?? [path[0]!]), ...path.slice(1)];
        return { text: value, origin: { file: r.file, path: at, position: (side: 'key' | 'value' = 'value') => r.locate(at, side) } };
      }
      return value;
    };
  };
  const fill = (r: RecordData) => {
    const fields = mapMarked(SHAPES[r.kind], fieldsIn(r, year), converter(r)) as Fields;
    return Object.assign(shells.get(`${r.kind}:${r.id}`)!, fields);
  };
  const lists = Object.fromEntries(KIND_NAMES.flatMap((kind) => (listOf(kind) ? [[listOf(kind), [] as Fields[]]] : [])));
  for (const r of dataset.records) {
    const record = fill(r);
    lists[listOf(r.kind)!]?.push(Object.assign(record, COMPLETE[r.kind]?.(record)));
  }
  const { bodies, projects } = lists as unknown as Pick<YearView, 'bodies' | 'projects'>;
  cutCircles(bodies);
  for (const body of bodies) body.parent?.children.push(body);
  for (const project of projects) project.context.projects.push(project);
  const office = mapMarked(SHAPES.office, fieldsIn(dataset.office, year), converter(dataset.office as RecordData)) as Office;
  return { office, ...lists } as unknown as Omit<YearView, 'year'>;
}

/** What the records of a kind gain in the view besides their fields: the lists that link them, and defaults. */
const COMPLETE: Partial<Record<Kind, (record: Fields) => Fields>> = {
  body: (record) => ({ children: [], projects: [], participations: participations(record) }),
  project: (record) => ({
    implementers: record.implementers ?? [],
    otherPartners: record.otherPartners ?? false,
    participations: participations(record),
  }),
};

// Cuts a parent link that would close a circle of bodies (which validation refuses), so that every walk up the parents
// or down the children ends, whatever the data.
function cutCircles(bodies: Body[]): void {
  for (const body of bodies) {
    const seen = new Set<Body>([body]);
    for (let at = body; at.parent; at = at.parent) {
      if (seen.has(at.parent)) {
        (at as { parent?: Body }).parent = undefined;
        break;
      }
      seen.add(at.parent);
    }
  }
}

// Gives each participation its place in the list and, in a project, the project's own dates where it has none.
function participations(record: Fields): Participation[] {
  const own = (record.participations ?? []) as (Omit<Participation, 'from' | 'index'> & { from?: PartialDate })[];
  return own.map((p, index) => ({
    ...p,
    index,
    from: (p.from ?? record.from) as PartialDate,
    to: p.to ?? (p.from === undefined ? (record.to as PartialDate | undefined) : undefined),
  }));
}
