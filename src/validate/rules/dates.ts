// Checks that every date is a real ISO calendar date and that no span ends before it starts.
import { compareDates, parseIsoDate } from '../../polish/index.ts';
import type { Rule } from '../context.ts';
import type { Path } from '../../load/source.ts';

const FORMAT = 'an ISO date such as "2010", "2010-12" or "2010-12-01"';

// Reports impossible dates, spans whose end precedes their start, and spans with no start.
export const validDates: Rule = (ctx) => {
  for (const { source, data } of ctx.checked) {
    const check = (path: Path, value: unknown) => {
      if (value === undefined) return undefined;
      const parsed = parseIsoDate(String(value));
      if (!parsed) ctx.report(source, 'bad-date', `"${String(value)}" is not a valid date; expected ${FORMAT} that exists in the calendar.`, path);
      return parsed ?? undefined;
    };
    const span = (path: Path, from: unknown, to: unknown) => {
      const start = check([...path, 'from'], from);
      const end = check([...path, 'to'], to);
      if (start && end && compareDates(end, start) < 0)
        ctx.report(source, 'end-before-start', `The end date "${String(to)}" is before the start date "${String(from)}".`, [...path, 'to']);
    };
    check(['established'], data.established);
    span([], data.from, data.to);
    const participations = (data.participations ?? []) as Record<string, unknown>[];
    participations.forEach((p, index) => {
      span(['participations', index], p.from, p.to);
      if (p.from === undefined && data.from === undefined)
        ctx.report(source, 'missing-field', `Missing "from": say when the participation started (here or in the project's own "from").`, ['participations', index], 'value');
    });
  }
};
