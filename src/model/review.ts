// The analyst's checklist before writing a year: facts carried over unconfirmed, projects past their planned end,
// estimated dates, values that have not changed for years, records told in no year (pure).
import { sortDiagnostics, warning, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { holdsIn, parseIsoDate } from '../polish/index.ts';
import type { PartialDate } from '../polish/types.ts';
import type { Body, Dataset, Project, RecordData, YearView } from '../validate/dataset.ts';
import { yearRange } from './section.ts';
import { fieldsIn, viewOf } from './year-view.ts';

/** How many years a count or list may stay the same before the review asks whether it still holds. */
export const STALE_YEARS = 5;

// Lists what the analyst should check before writing the section for a year, each item at its file and line.
export function reviewYear(dataset: Dataset, year: number): Diagnostic[] {
  const view = viewOf(dataset, year);
  const sources = new Map(dataset.records.map((r) => [`${r.kind}:${r.id}`, r]));
  const items: Diagnostic[] = [];
  const at = (record: RecordData, code: string, message: string, path: (string | number)[], side: 'key' | 'value' = 'key') =>
    items.push(warning(code, message, record.file, record.locate(path, side)));
  if (!dataset.asOf) at(dataset.office as RecordData, 'no-as-of', 'office.yaml does not say how far the facts go, so every open-ended fact is taken to hold until the latest date named anywhere. Add "asOf:" with the date the records are current to.', [], 'key');
  for (const record of [...view.bodies, ...view.projects] as (Body | Project)[]) {
    const source = sources.get(`${record.kind}:${record.id}`)!;
    const confirmed = parseIsoDate(String((source.data as { confirmed?: unknown }).confirmed ?? ''))?.year;
    for (const p of record.participations.filter((s) => holdsIn(s, year))) {
      const path = ['participations', p.index];
      // carried over: open since an earlier year, and not confirmed for this one
      if (!p.to && p.from.year < year && (confirmed === undefined || confirmed < year))
        at(source, 'carried-over', `This ${p.role} (${p.who}) has held since ${dateText(p.from)} with no end, and nobody has confirmed it for ${year}${confirmed ? ` (confirmed: ${confirmed})` : ''}. Check that it still holds, then set "confirmed: \\"${year}\\"" in this record, or end it with "to:".`, path);
      if (p.approximate) at(source, 'approximate-date', `The dates of this ${p.role} (${p.who}, from ${dateText(p.from)}${p.to ? ` to ${dateText(p.to)}` : ''}) are marked as estimates ("approximate: true"). Confirm them from the sources and remove "approximate".`, [...path, 'approximate']);
    }
    if (record.kind === 'project') reviewProject(record, source, year, at);
    reviewStale(source, record, year, at);
  }
  reviewUntold(dataset, sources, at);
  return sortDiagnostics(items);
}

type At = (record: RecordData, code: string, message: string, path: (string | number)[], side?: 'key' | 'value') => void;

// Flags a project past or at its planned end while the Office still takes part, and estimated project dates.
function reviewProject(project: Project, source: RecordData, year: number, at: At): void {
  const planned = project.to;
  const active = project.participations.some((p) => holdsIn(p, year));
  if (planned && active && planned.year < year)
    at(source, 'past-planned-end', `The project was planned to end ${dateText(planned)} ("to"), yet the Office still takes part in ${year}. Move "to" to the new planned end, or end the participation.`, ['to'], 'value');
  else if (planned && active && planned.year === year)
    at(source, 'planned-end', `The project is planned to end ${dateText(planned)} ("to"), within ${year}. Check that it did, or move "to".`, ['to'], 'value');
  if (project.approximate && active) at(source, 'approximate-date', 'The project\'s dates are marked as estimates ("approximate: true"). Confirm them from the sources and remove "approximate".', ['approximate']);
}

// Flags counts and lists of a record told in the year that have not changed for STALE_YEARS years or more.
function reviewStale(source: RecordData, record: Body | Project, year: number, at: At): void {
  const confirmed = parseIsoDate(String((source.data as { confirmed?: unknown }).confirmed ?? ''))?.year;
  if (confirmed !== undefined && confirmed >= year) return;
  const since = Math.min(...record.participations.map((p) => p.from.year));
  const changes = ((source.data as { changes?: Record<string, unknown>[] }).changes ?? []).map((c, index) => ({ index, year: parseIsoDate(String(c.from))?.year ?? 0, keys: Object.keys(c) }));
  const fields = fieldsIn(source, year);
  for (const key of ['members', 'exchange']) {
    if (fields[key] === undefined) continue;
    const last = changes.filter((c) => c.year <= year && c.keys.includes(key)).at(-1);
    const from = last?.year ?? since;
    if (year - from >= STALE_YEARS)
      at(source, 'unchanged-value', `"${key}" has stayed the same since ${from} (${year - from} years by ${year}). Check that it still holds; record a change with "changes: [{from: …, ${key}: …}]", or set "confirmed: \\"${year}\\"".`, last ? ['changes', last.index, key] : [key]);
  }
}

// Flags bodies and projects that no section from the first report year to asOf tells or names.
function reviewUntold(dataset: Dataset, sources: Map<string, RecordData>, at: At): void {
  const { first, last } = yearRange(dataset);
  const told = new Set<string>();
  for (let year = first; year <= last; year++) for (const id of toldIn(viewOf(dataset, year), year)) told.add(id);
  for (const [key, source] of sources)
    if ((source.kind === 'body' || source.kind === 'project') && !told.has(key))
      at(source, 'never-told', `No section from ${first} to ${last} tells or names this ${source.kind}. Add the Office's participation, refer to it from a record that is told, or remove the file.`, [], 'key');
}

// Lists the bodies and projects a year's section tells or names: those the Office takes part in, and what they refer to.
function toldIn(view: YearView, year: number): Set<string> {
  const told = new Set<string>();
  const add = (r: { kind: string; id: string } | undefined) => r && told.add(`${r.kind}:${r.id}`);
  for (const record of [...view.bodies, ...view.projects] as (Body | Project)[]) {
    const spans = record.participations.filter((p) => holdsIn(p, year));
    const events = (record.events ?? []).filter((e) => e.date.year <= year && (e.to ?? e.date).year >= year);
    if (!spans.length && !events.length) continue;
    add(record);
    events.forEach((e) => e.partners?.forEach(add));
    if (record.kind === 'body') record.composition?.groups.forEach((g) => g.bodies?.forEach(add));
    for (let parent = record.kind === 'body' ? record.parent : record.context; parent; parent = parent.parent) add(parent);
    if (record.kind === 'project') record.implementers.forEach(add);
    spans.forEach((p) => add(p.subgroup));
  }
  return told;
}

// Writes a date for a message: "2010-12", "2004".
function dateText(d: PartialDate): string {
  return [d.year, d.month && String(d.month).padStart(2, '0'), d.day && String(d.day).padStart(2, '0')].filter(Boolean).join('-');
}
