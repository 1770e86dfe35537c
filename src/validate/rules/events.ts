// Checks the fields of events that the schema cannot (the order of their dates is the dates rule's): running totals
// of years the event does not run through before its last, visitors of an event that is not hosted, and parts of
// wording that an event's sentence does not have.
import { parseIsoDate } from '../../polish/index.ts';
import type { Rule } from '../context.ts';
import { t } from '../../i18n/translate.ts';
import { EVENT_PARTS } from '../../schema/wording-parts.ts';
import { suggestion } from '../suggest.ts';

// Reports a `soFar` year outside the years before its last and `visitors` of a kind other than hosted, and warns of
// a part of its `wording` that no event's sentence has.
export const eventFields: Rule = (ctx) => {
  for (const { source, data } of ctx.checked) {
    ((data.events ?? []) as Record<string, unknown>[]).forEach((event, i) => {
      const parts = Object.keys(EVENT_PARTS);
      for (const part of Object.keys((event.wording ?? {}) as object))
        if (!parts.includes(part))
          ctx.warn(
            source,
            'unread-wording',
            t('rule.event-wording', { part, suggestion: suggestion(part, parts), parts: parts.join(', ') }),
            ['events', i, 'wording', part],
            'key',
          );
      const start = parseIsoDate(String(event.date));
      const end = event.to === undefined ? start : parseIsoDate(String(event.to));
      // impossible dates, and an end before the start, are the dates rule's to report
      if (start && end && end.year >= start.year)
        ((event.soFar ?? []) as { year: number }[]).forEach((total, j) => {
          if (total.year < start.year || total.year >= end.year)
            ctx.report(
              source,
              'so-far-year',
              t('rule.so-far-year', { year: String(total.year), first: String(start.year), last: String(end.year - 1), end: String(end.year) }),
              ['events', i, 'soFar', j, 'year'],
            );
        });
      if (event.visitors !== undefined && event.kind !== 'hosted')
        ctx.report(source, 'event-visitors', t('rule.event-visitors', { kind: String(event.kind) }), ['events', i, 'visitors'], 'key');
    });
  }
};
