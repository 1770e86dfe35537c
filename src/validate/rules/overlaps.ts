// Checks that the Office's participations in one body or project do not contradict each other in time.
import { compareDates, parseIsoDate } from '../../polish/index.ts';
import type { PartialDate } from '../../polish/types.ts';
import { field, list, type Rule } from '../context.ts';

/** A participation span as the rule reads it. */
interface Span {
  index: number;
  who: unknown;
  role: unknown;
  from: PartialDate;
  to?: PartialDate;
  text: string;
}

// Reports two spans of the same people that overlap: in different roles they contradict, in the same role one repeats
// the other. A span that ends in the month (or on the day) the next one starts hands over; it does not overlap.
export const noOverlaps: Rule = (ctx) => {
  for (const { source, data } of ctx.checked) {
    const spans: Span[] = list(data.participations).flatMap((p, index) => {
      const from = parseIsoDate(String(field(p, 'from') ?? data.from));
      const toText = field(p, 'to') ?? (field(p, 'from') === undefined ? data.to : undefined);
      const to = toText === undefined ? undefined : (parseIsoDate(String(toText)) ?? undefined);
      return from ? [{ index, who: field(p, 'who'), role: field(p, 'role'), from, to, text: `${String(field(p, 'from') ?? data.from)}${toText === undefined ? '' : ` to ${String(toText)}`}` }] : [];
    });
    for (const [i, a] of spans.entries()) {
      for (const b of spans.slice(i + 1)) {
        if (a.who !== b.who || !overlap(a, b)) continue;
        const what = a.role === b.role ? `repeats participations[${a.index}] (${a.text}), the same role` : `contradicts participations[${a.index}] (${a.text}: ${String(a.role)})`;
        const fix = a.role === b.role ? 'Merge the two spans into one.' : 'End one span ("to:") before the other starts, or correct the dates.';
        ctx.report(source, 'overlapping-participations', `This participation of "${String(b.who)}" (${b.text}: ${String(b.role)}) ${what} in the same time. ${fix}`, ['participations', b.index]);
        ctx.report(source, 'overlapping-participations', `This participation of "${String(a.who)}" (${a.text}: ${String(a.role)}) overlaps participations[${b.index}] (${b.text}: ${String(b.role)}). ${fix}`, ['participations', a.index]);
      }
    }
  }
};

// Tells whether two spans share time: each starts before the other ends.
function overlap(a: Span, b: Span): boolean {
  const before = (start: PartialDate, end: PartialDate | undefined) => end === undefined || compareDates(start, end) < 0;
  return before(a.from, b.to) && before(b.from, a.to);
}
