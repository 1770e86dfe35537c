// Checks that every date is a real ISO calendar date and that no span ends before it starts.
import { compareDates, parseIsoDate } from '../../polish/index.ts';
import type { Path } from '../../load/source.ts';
import type { Kind } from '../../schema/kinds.ts';
import { SHAPES } from '../../schema/shapes.ts';
import { markedValues } from '../../schema/walk.ts';
import { field, list, defineRule } from '../context.ts';
import { SCHEMA_CODES } from './schema-codes.ts';

// Reports impossible dates, spans whose end precedes their start, and participations with no start.
export const validDates = defineRule({
  meta: {
    codes: {
      'bad-date': {
        severity: 'error',
        topic: 'dates',
        en: {
          means: 'not an ISO calendar date: `2010-13`, `2010-02-30`, `201`, or a date with a space or tab inside its quotes',
          fix: 'write the date as `"2010"`, `"2010-12"` or `"2010-12-01"`',
        },
        pl: {
          means: 'to nie jest data ISO istniejąca w kalendarzu: `2010-13`, `2010-02-30`, `201`',
          fix: 'wpisz datę jako `"2010"`, `"2010-12"` lub `"2010-12-01"`',
        },
      },
      'end-before-start': {
        severity: 'error',
        topic: 'dates',
        en: { means: "a span's `to` is before its `from`", fix: 'swap the dates, or correct one of them' },
        pl: { means: 'data końcowa `to` jest wcześniejsza niż początkowa `from`', fix: 'zamień daty miejscami albo popraw jedną z nich' },
      },
      'missing-field': SCHEMA_CODES['missing-field'],
    },
    messages: ['rule.bad-date', 'rule.end-before-start', 'rule.missing-from'],
  },
  check(ctx) {
    for (const { source, data } of ctx.parsed) {
      const check = (path: Path, value: unknown) => {
        // other types are the schema check's to report
        if (typeof value !== 'string' && !Number.isInteger(value)) return undefined;
        const parsed = parseIsoDate(String(value));
        if (!parsed) ctx.report(source, 'bad-date', ctx.t('rule.bad-date', { value: String(value) }), path);
        return parsed ?? undefined;
      };
      const span = (path: Path, from: unknown, to: unknown) => {
        const start = check([...path, 'from'], from);
        const end = check([...path, 'to'], to);
        if (start && end && compareDates(end, start) < 0)
          ctx.report(source, 'end-before-start', ctx.t('rule.end-before-start', { to: String(to), from: String(from) }), [...path, 'to']);
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
          ctx.report(source, 'missing-field', ctx.t('rule.missing-from', { own: ownSpan ? 'yes' : 'no' }), ['participations', index]);
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
