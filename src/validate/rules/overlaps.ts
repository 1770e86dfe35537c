// Checks that the Office's participations in one body or project do not contradict each other in time.
import { compareDates, parseIsoDate } from '../../polish/index.ts';
import type { PartialDate } from '../../polish/types.ts';
import type { Message } from '../../i18n/message.ts';
import { locate } from '../../load/source.ts';
import { field, list, defineRule } from '../context.ts';

/** A participation span as the rule reads it. */
interface Span {
  index: number;
  who: unknown;
  role: unknown;
  from: PartialDate;
  to?: PartialDate;
  /** How the span is written in a message, made only for one. */
  text: () => Message;
}

// Reports two spans of the same people that overlap: in different roles they contradict, in the same role one repeats
// the other. A span that ends in the month (or on the day) the next one starts hands over; it does not overlap.
export const noOverlaps = defineRule({
  meta: {
    codes: {
      'overlapping-participations': {
        severity: 'error',
        topic: 'references',
        en: {
          means:
            'two participations of the same people (`who`) in one record share time: in different roles they contradict each other, in the same role one repeats the other; reported at both. A span that ends in the month the next starts (`to: "2014-06"`, `from: "2014-06"`) hands over and is fine',
          fix: 'merge repeated spans into one; where the role changed, end the first span (`to:`) before the second starts',
        },
        pl: {
          means:
            'dwa udziały tych samych osób (`who`) w jednym rekordzie nakładają się w czasie: w różnych rolach przeczą sobie, w tej samej – powtarzają się; zgłaszane przy obu',
          fix: 'połącz powtarzające się okresy w jeden; przy zmianie roli zakończ pierwszy udział (`to:`) przed rozpoczęciem drugiego',
        },
      },
    },
    messages: ['rule.overlap.span', 'rule.overlap.repeats', 'rule.overlap.contradicts', 'rule.overlap.overlaps', 'rule.overlap.who', 'rule.overlap.role'],
  },
  check(ctx) {
    // who and role as the analyst's language names them
    const named = (kind: 'who' | 'role', value: unknown): Message =>
      kind === 'who' ? ctx.message('rule.overlap.who', { who: String(value) }) : ctx.message('rule.overlap.role', { role: String(value).replaceAll('-', '_') });
    for (const { source, data } of ctx.checked) {
      const spans: Span[] = list(data.participations).flatMap((p, index) => {
        const from = parseIsoDate(String(field(p, 'from') ?? data.from));
        const toText = field(p, 'to') ?? (field(p, 'from') === undefined ? data.to : undefined);
        const to = toText === undefined ? undefined : (parseIsoDate(String(toText)) ?? undefined);
        return from
          ? [
              {
                index,
                who: field(p, 'who'),
                role: field(p, 'role'),
                from,
                to,
                // written only for a message: most spans overlap nothing
                text: () =>
                  ctx.message('rule.overlap.span', { from: String(field(p, 'from') ?? data.from), to: toText === undefined ? 'none' : String(toText) }),
              },
            ]
          : [];
      });
      for (const [i, a] of spans.entries()) {
        for (const b of spans.slice(i + 1)) {
          if (a.who !== b.who || !overlap(a, b)) continue;
          const same = a.role === b.role;
          ctx.report(
            source,
            'overlapping-participations',
            ctx.message(same ? 'rule.overlap.repeats' : 'rule.overlap.contradicts', {
              who: named('who', b.who),
              span: b.text(),
              role: named('role', b.role),
              line: String(locate(source, ['participations', a.index]).line),
              otherSpan: a.text(),
              otherRole: named('role', a.role),
            }),
            ['participations', b.index],
          );
          ctx.report(
            source,
            'overlapping-participations',
            ctx.message('rule.overlap.overlaps', {
              who: named('who', a.who),
              span: a.text(),
              role: named('role', a.role),
              line: String(locate(source, ['participations', b.index]).line),
              otherSpan: b.text(),
              otherRole: named('role', b.role),
              same: same ? 'yes' : 'no',
            }),
            ['participations', a.index],
          );
        }
      }
    }
  },
});

// Tells whether two spans share time: each starts before the other ends.
function overlap(a: Span, b: Span): boolean {
  const before = (start: PartialDate, end: PartialDate | undefined) => end === undefined || compareDates(start, end) < 0;
  return before(a.from, b.to) && before(b.from, a.to);
}
