// Periods of activity seen from a report year: whether they hold, started or ended, and how long they ran.

import type { PartialDate } from './types.ts';

/** A span of time from a date to an optional end date (open when `to` is absent). */
export interface Period {
  from: PartialDate;
  to?: PartialDate;
}

/** Where a report year stands in a period: chooses tense and aspect ("przystąpił", "uczestniczy"). */
export interface Phase {
  /** The period began in the report year. */
  started: boolean;
  /** The period has an end in or before the report year. */
  ended: boolean;
  /** The period has not ended by the end of the report year. */
  ongoing: boolean;
}

// Tells whether the period overlaps the calendar year.
export function holdsIn(p: Period, year: number): boolean {
  return p.from.year <= year && (p.to === undefined || p.to.year >= year);
}

// Returns whether the period started, ended or is still going on in the report year.
export function phaseIn(p: Period, year: number): Phase {
  const ended = p.to !== undefined && p.to.year <= year;
  return { started: p.from.year === year, ended, ongoing: !ended };
}

// Returns how many calendar years the period touches, or undefined when it has no end.
export function durationYears(p: Period): number | undefined {
  return p.to === undefined ? undefined : p.to.year - p.from.year + 1;
}

// Returns the adjective for a duration in years ("dwuletni", "kilkuletni", "wieloletni"), none for one year.
export function durationAdjective(years: number | undefined): string | undefined {
  if (years === undefined || years < 2) {
    return undefined;
  }
  if (years === 2) {
    return 'dwuletni';
  }
  return years >= 10 ? 'wieloletni' : 'kilkuletni';
}
