// The analyst's checklist before writing a year: facts carried over unconfirmed, projects past their planned end,
// estimated dates, values that have not changed for years, records told in no year (pure).
import { sortDiagnostics, warning, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { holdsIn, parseIsoDate } from '../polish/index.ts';
import type { PartialDate } from '../polish/types.ts';
import { isEngaged } from '../schema/kinds.ts';
import type { Engaged, Project, YearView } from './domain.ts';
import type { Dataset, RecordData } from '../validate/dataset.ts';
import { yearRange } from './section.ts';
import { inYear } from './events.ts';
import { engagedIn, fieldsIn, lastChange, viewOf } from './year-view.ts';
import { message, type Message } from '../i18n/message.ts';
import type { REVIEW_CODES } from './review-codes.ts';

/** How many years a count or list may stay the same before the review asks whether it still holds. */
export const STALE_YEARS = 5;

// Lists what the analyst should check before writing the section for a year, each item at its file and line.
export function reviewYear(dataset: Dataset, year: number): Diagnostic[] {
  const view = viewOf(dataset, year);
  const sources = new Map(dataset.records.map((r) => [`${r.kind}:${r.id}`, r]));
  const items: Diagnostic[] = [];
  const at = (record: RecordData, code: keyof typeof REVIEW_CODES, said: Message, path: (string | number)[], side: 'key' | 'value' = 'key') =>
    items.push(warning(code, said, record.file, record.locate(path, side)));
  if (!dataset.asOf) at(dataset.office as RecordData, 'no-as-of', message('review.no-as-of'), [], 'key');
  for (const record of engagedIn(view)) {
    const source = sources.get(`${record.kind}:${record.id}`)!;
    const confirmed = parseIsoDate(String((source.data as { confirmed?: unknown }).confirmed ?? ''))?.year;
    for (const p of record.participations.filter((s) => holdsIn(s, year))) {
      const path = ['participations', p.index];
      // carried over: open since an earlier year, and not confirmed for this one
      if (!p.to && p.from.year < year && (confirmed === undefined || confirmed < year))
        at(
          source,
          'carried-over',
          message('review.carried-over', {
            role: message(`role.${p.role}`),
            who: message(`who.${p.who}`),
            from: dateText(p.from),
            year: String(year),
            confirmed: confirmed ? String(confirmed) : 'none',
          }),
          path,
        );
      if (p.approximate)
        at(
          source,
          'approximate-date',
          message('review.approximate-participation', {
            role: message(`role.${p.role}`),
            who: message(`who.${p.who}`),
            from: dateText(p.from),
            to: p.to ? dateText(p.to) : 'none',
          }),
          [...path, 'approximate'],
        );
    }
    if (record.kind === 'project') reviewProject(record, source, year, at);
    reviewStale(source, record, year, at);
  }
  reviewUntold(dataset, sources, at);
  return sortDiagnostics(items);
}

type At = (record: RecordData, code: keyof typeof REVIEW_CODES, said: Message, path: (string | number)[], side?: 'key' | 'value') => void;

// Flags a project past or at its planned end while the Office still takes part, and estimated project dates.
function reviewProject(project: Project, source: RecordData, year: number, at: At): void {
  const planned = project.to;
  const active = project.participations.some((p) => holdsIn(p, year));
  if (planned && active && planned.year < year)
    at(source, 'past-planned-end', message('review.past-planned-end', { to: dateText(planned), year: String(year) }), ['to'], 'value');
  else if (planned && active && planned.year === year)
    at(source, 'planned-end', message('review.planned-end', { to: dateText(planned), year: String(year) }), ['to'], 'value');
  if (project.approximate && active) at(source, 'approximate-date', message('review.approximate-project'), ['approximate']);
}

// Flags counts and lists of a record told in the year that have not changed for STALE_YEARS years or more.
function reviewStale(source: RecordData, record: Engaged, year: number, at: At): void {
  const confirmed = parseIsoDate(String((source.data as { confirmed?: unknown }).confirmed ?? ''))?.year;
  if (confirmed !== undefined && confirmed >= year) return;
  const since = Math.min(...record.participations.map((p) => p.from.year));
  const fields = fieldsIn(source, year);
  for (const key of ['members', 'exchange']) {
    if (fields[key] === undefined) continue;
    const last = lastChange(source, key, -Infinity, year);
    const from = last?.year ?? since;
    if (year - from >= STALE_YEARS)
      at(
        source,
        'unchanged-value',
        message('review.unchanged-value', { key, from: String(from), years: year - from, year: String(year) }),
        last ? ['changes', last.index, key] : [key],
      );
  }
}

// Flags bodies and projects that no section from the first report year to asOf tells or names.
function reviewUntold(dataset: Dataset, sources: Map<string, RecordData>, at: At): void {
  const { first, last } = yearRange(dataset);
  const told = new Set<string>();
  for (let year = first; year <= last; year++) for (const id of toldIn(viewOf(dataset, year), year)) told.add(id);
  for (const [key, source] of sources)
    if (isEngaged(source.kind) && !told.has(key))
      at(source, 'never-told', message('review.never-told', { first: String(first), last: String(last), kind: source.kind }), [], 'key');
}

// Lists the bodies and projects a year's section tells or names: those the Office takes part in, and what they refer to.
function toldIn(view: YearView, year: number): Set<string> {
  const told = new Set<string>();
  const add = (r: { kind: string; id: string } | undefined) => r && told.add(`${r.kind}:${r.id}`);
  // the Office's events name the bodies they were with, and the body whose paragraph tells them
  for (const e of (view.office.events ?? []).filter((e) => inYear(e, year))) [...(e.partners ?? []), ...(e.visitors ?? []), e.paragraph].forEach(add);
  for (const record of engagedIn(view)) {
    const spans = record.participations.filter((p) => holdsIn(p, year));
    const events = (record.events ?? []).filter((e) => inYear(e, year));
    if (!spans.length && !events.length) continue;
    add(record);
    events.forEach((e) => [...(e.partners ?? []), ...(e.visitors ?? [])].forEach(add));
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
