// Checks the fields of events that the schema cannot (the order of their dates is the dates rule's): running totals
// of years the event does not run through before its last, visitors of an event that is not hosted, and parts of
// wording that an event's sentence does not have.
import { parseIsoDate } from '../../polish/index.ts';
import { PIPELINE_CODES } from '../../pipeline/codes.ts';
import { defineRule } from '../context.ts';
import { EVENT_PARTS } from '../../schema/wording-parts.ts';
import { suggestion } from '../suggest.ts';

// Reports a `soFar` year outside the years before its last and `visitors` of a kind other than hosted, and warns of
// a part of its `wording` that no event's sentence has.
export const eventFields = defineRule({
  meta: {
    codes: {
      'so-far-year': {
        severity: 'error',
        topic: 'dates',
        en: {
          means:
            "a running total of an event (`soFar`) names a year outside those from the event's start to the year before its last: the section of its last year tells the whole",
          fix: 'correct the year, or remove the total',
        },
        pl: {
          means:
            'suma dotychczasowa wydarzenia (`soFar`) dotyczy roku spoza lat od jego rozpoczęcia do roku poprzedzającego ostatni; całość podaje rozdział za ostatni rok',
          fix: 'popraw rok albo usuń sumę',
        },
      },
      'event-visitors': {
        severity: 'error',
        topic: 'fields',
        en: {
          means: 'an event names `visitors` but is not `kind: hosted`, the only kind that tells them',
          fix: 'set `kind: hosted`, or name the visitors in `partners`',
        },
        pl: {
          means: 'wydarzenie wymienia gości (`visitors`), ale nie ma rodzaju `hosted`, jedynego, który ich opisuje',
          fix: 'ustaw `kind: hosted` albo wymień gości w `partners`',
        },
      },
      'unread-wording': PIPELINE_CODES['unread-wording'],
    },
    messages: ['rule.event-wording', 'rule.so-far-year', 'rule.event-visitors'],
  },
  check(ctx) {
    for (const { source, data } of ctx.checked) {
      ((data.events ?? []) as Record<string, unknown>[]).forEach((event, i) => {
        const parts = Object.keys(EVENT_PARTS);
        for (const part of Object.keys((event.wording ?? {}) as object))
          if (!parts.includes(part))
            ctx.report(
              source,
              'unread-wording',
              ctx.message('rule.event-wording', { part, suggestion: suggestion(part, parts), parts: parts.join(', ') }),
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
                ctx.message('rule.so-far-year', { year: String(total.year), first: String(start.year), last: String(end.year - 1), end: String(end.year) }),
                ['events', i, 'soFar', j, 'year'],
              );
          });
        if (event.visitors !== undefined && event.kind !== 'hosted')
          ctx.report(source, 'event-visitors', ctx.message('rule.event-visitors', { kind: String(event.kind) }), ['events', i, 'visitors'], 'key');
      });
    }
  },
});
