// Partial calendar dates: parsing ISO text, comparing, and writing them in Polish sentences.

import { message, MessageError } from '../i18n/message.ts';
import { shownValue } from './shown.ts';
import { monthName } from './months.ts';
import { vocalized } from './places.ts';
import type { PartialDate } from './types.ts';

/** How precisely a partial date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

// Tells whether a year of the Gregorian calendar is a leap year.
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// Returns the number of days in a month of a year.
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    return isLeapYear(year) ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Parses "2010", "2010-12" or "2010-12-01" into a date that exists in the calendar, or returns null.
export function parseIsoDate(text: string): PartialDate | null {
  const match = ISO_DATE.exec(text);
  if (match === null) {
    return null;
  }
  const [, yearText = '', monthText, dayText] = match;
  const year = Number(yearText);
  // the calendar has no year 0: 1 BC is followed by AD 1
  if (year < 1) {
    return null;
  }
  if (monthText === undefined) {
    return { year };
  }
  const month = Number(monthText);
  if (month < 1 || month > 12) {
    return null;
  }
  if (dayText === undefined) {
    return { year, month };
  }
  const day = Number(dayText);
  if (day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  return { year, month, day };
}

// Returns how precisely the date is known; throws on a day without a month.
export function precisionOf(d: PartialDate): DatePrecision {
  if (d.month === undefined) {
    if (d.day !== undefined) {
      throw new MessageError(message('grammar.day-without-month', { value: shownValue(d) }));
    }
    return 'year';
  }
  return d.day === undefined ? 'month' : 'day';
}

// Returns the first day a partial date denotes ("2010-12" -> 2010-12-01).
export function firstDay(d: PartialDate): Required<PartialDate> {
  return { year: d.year, month: d.month ?? 1, day: d.day ?? 1 };
}

// Compares two dates by the earliest instant each denotes: negative, zero or positive, for sorting.
export function compareDates(a: PartialDate, b: PartialDate): number {
  // the first day of each (firstDay), read in place: sorts compare dates again and again
  return a.year - b.year || (a.month ?? 1) - (b.month ?? 1) || (a.day ?? 1) - (b.day ?? 1);
}

// Writes the date in the genitive, as after "od" and "do" ("1 grudnia 2010 r.", "grudnia 2010 r.").
function genitiveDate(d: PartialDate): string {
  switch (precisionOf(d)) {
    case 'year':
      return `${d.year} r.`;
    case 'month':
      return `${monthName(d.month ?? 0, 'gen')} ${d.year} r.`;
    case 'day':
      return `${d.day} ${monthName(d.month ?? 0, 'gen')} ${d.year} r.`;
  }
}

// Writes when something began: "od grudnia 2010 r.", "od 1 grudnia 2010 r.", "od 2010 r.".
export function sinceDate(d: PartialDate): string {
  return `od ${genitiveDate(d)}`;
}

// Writes when something ends: "do grudnia 2010 r.", "do 15 marca 2011 r.", "do 2010 r.".
export function untilDate(d: PartialDate): string {
  return `do ${genitiveDate(d)}`;
}

// Writes when something happened: "w grudniu 2010 r.", "we wrześniu 2010 r.", "1 grudnia 2010 r.", "w 2010 r."; in the
// long style a bare year reads "w 2010 roku".
export function inDate(d: PartialDate, style: 'short' | 'long' = 'short'): string {
  switch (precisionOf(d)) {
    case 'year':
      return style === 'long' ? `w ${d.year} roku` : `w ${d.year} r.`;
    case 'month':
      return `${vocalized('w', monthName(d.month ?? 0, 'loc'))} ${monthName(d.month ?? 0, 'loc')} ${d.year} r.`;
    case 'day':
      return genitiveDate(d);
  }
}
