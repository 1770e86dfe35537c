// Checks that every date is a real ISO calendar date and that no span ends before it starts.
import { compareDates, parseIsoDate } from '../../polish/index.ts';
import type { Path } from '../../load/source.ts';
import type { PartialDate } from '../../polish/types.ts';
import type { Kind } from '../../schema/kinds.ts';
import { SHAPES } from '../../schema/shapes.ts';
import { markedValues } from '../../schema/walk.ts';
import { field, list, defineRule } from '../context.ts';
import { writtenValues } from '../in-force.ts';
import { SCHEMA_CODES } from './schema-codes.ts';

// Reports impossible dates, spans whose end precedes their start (events' included, as written and in every change),
// and participations with no start.
export const validDates = defineRule({
  meta: {
    codes: {
      'bad-date': {
        severity: 'error',
        topic: 'dates',
        en: {
          means:
            'not an ISO calendar date: `2010-13`, `2010-02-30`, `201`, year 0 (`"0000-01-01"`: the calendar goes from 1 BC to AD 1), or a date with a space or tab inside its quotes',
          fix: 'write the date as `"2010"`, `"2010-12"` or `"2010-12-01"`',
        },
        pl: {
          means: 'to nie jest data ISO istniejąca w kalendarzu: `2010-13`, `2010-02-30`, `201`, rok 0 (`"0000-01-01"`: po roku 1 p.n.e. następuje rok 1 n.e.)',
          fix: 'wpisz datę jako `"2010"`, `"2010-12"` lub `"2010-12-01"`',
        },
      },
      'end-before-start': {
        severity: 'error',
        topic: 'dates',
        en: {
          means:
            "a span's `to` is before its `from`, or an event's `to` before its `date` (\"W dniach 10–9 października\"), as written or in a change; an end known to the month or year only may fall in the start's own month or year",
          fix: 'swap the dates, or correct one of them',
        },
        pl: {
          means:
            'data końcowa `to` jest wcześniejsza niż początkowa `from` albo `to` wydarzenia poprzedza jego `date` („W dniach 10–9 października”), w rekordzie lub w zmianie; koniec podany z dokładnością do miesiąca lub roku może przypadać w miesiącu lub roku początku',
          fix: 'zamień daty miejscami albo popraw jedną z nich',
        },
      },
      'missing-field': SCHEMA_CODES['missing-field'],
    },
    messages: ['rule.bad-date', 'rule.end-before-start', 'rule.end-before-date', 'rule.missing-from'],
  },
  check(ctx) {
    for (const { source, data } of ctx.parsed) {
      const check = (path: Path, value: unknown) => {
        // other types are the schema check's to report
        if (typeof value !== 'string' && !Number.isInteger(value)) return undefined;
        const parsed = parseIsoDate(String(value));
        if (!parsed) ctx.report(source, 'bad-date', ctx.message('rule.bad-date', { value: String(value) }), path);
        return parsed ?? undefined;
      };
      const span = (path: Path, from: unknown, to: unknown) => {
        const start = check([...path, 'from'], from);
        const end = check([...path, 'to'], to);
        if (start && end && compareDates(end, start) < 0)
          ctx.report(source, 'end-before-start', ctx.message('rule.end-before-start', { to: String(to), from: String(from) }), [...path, 'to']);
      };
      // every date the schema marks, outside the spans checked below
      for (const { path, value, mark } of markedValues(SHAPES[source.kind], data))
        if (mark.type === 'date' && !isSpanEnd(source.kind, path)) check(path, value);
      const ownSpan = source.kind === 'project';
      if (ownSpan) span([], data.from, data.to);
      list(data.participations).forEach((p, index) => {
        span(['participations', index], field(p, 'from'), field(p, 'to'));
        const isMapping = p !== null && typeof p === 'object' && !Array.isArray(p);
        if (isMapping && field(p, 'from') === undefined && !(ownSpan && data.from !== undefined))
          ctx.report(source, 'missing-field', ctx.message('rule.missing-from', { own: ownSpan ? 'yes' : 'no' }), ['participations', index]);
      });
      // an event's own dates are checked above with every other date; here only their order
      for (const { value, at } of writtenValues(data, 'events'))
        list(value).forEach((event, index) => {
          const [date, to] = [field(event, 'date'), field(event, 'to')].map((v) =>
            typeof v === 'string' || Number.isInteger(v) ? parseIsoDate(String(v)) : null,
          );
          if (date && to && endsBefore(to, date))
            ctx.report(
              source,
              'end-before-start',
              ctx.message('rule.end-before-date', { to: String(field(event, 'to')), date: String(field(event, 'date')) }),
              [...at, index, 'to'],
            );
        });
    }
  },
});

// Tells whether a date is one end of a span the rule checks as a pair: a participation's, or a project's own.
function isSpanEnd(kind: Kind, path: readonly (string | number)[]): boolean {
  const last = path[path.length - 1];
  if (last !== 'from' && last !== 'to') return false;
  return (path.length === 3 && path[0] === 'participations') || (kind === 'project' && path.length === 1);
}

// Tells whether an end falls before a start, compared as precisely as the less precise of the two is known: an event
// on 10 October that ends in "2010-10" ends in its own month.
function endsBefore(end: PartialDate, start: PartialDate): boolean {
  const [a, b] = [end, start].map((d) => [d.year, d.month, d.day]);
  for (let i = 0; i < 3 && a![i] !== undefined && b![i] !== undefined; i++) if (a![i] !== b![i]) return a![i]! < b![i]!;
  return false;
}
