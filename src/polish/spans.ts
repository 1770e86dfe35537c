// When a one-off event happened: on a date, or over a few days or months ("w dniach 9–10 października 2014 r.").
import { inDate, precisionOf } from './dates.ts';
import { monthName } from './months.ts';
import type { PartialDate } from './types.ts';

// Writes when an event happened: one date as `inDate` does; a span of days "w dniach 9–10 października 2014 r.",
// "w dniach 30 września – 2 października 2014 r."; a span of months "od marca do czerwca 2014 r."; of years "w latach 2013–2014".
export function eventDate(from: PartialDate, to?: PartialDate): string {
  if (!to || sameDate(from, to)) return inDate(from);
  const [a, b] = [precisionOf(from), precisionOf(to)];
  if (a === 'day' && b === 'day') {
    if (from.year === to.year && from.month === to.month) return `w dniach ${from.day}\u2013${to.day} ${monthName(to.month!, 'gen')} ${to.year} r.`;
    if (from.year === to.year) return `w dniach ${from.day} ${monthName(from.month!, 'gen')} \u2013 ${to.day} ${monthName(to.month!, 'gen')} ${to.year} r.`;
    return `w dniach ${from.day} ${monthName(from.month!, 'gen')} ${from.year} r. \u2013 ${to.day} ${monthName(to.month!, 'gen')} ${to.year} r.`;
  }
  if (a === 'year' && b === 'year') return `w latach ${from.year}\u2013${to.year}`;
  const part = (d: PartialDate, withYear: boolean) =>
    d.month === undefined ? `${d.year} r.` : `${d.day ? `${d.day} ` : ''}${monthName(d.month, 'gen')}${withYear ? ` ${d.year} r.` : ''}`;
  return `od ${part(from, from.year !== to.year || from.month === undefined)} do ${part(to, true)}`;
}

// Tells whether two partial dates are the same date at the same precision.
function sameDate(a: PartialDate, b: PartialDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
