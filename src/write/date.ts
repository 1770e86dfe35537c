// The one date a build stamps into its files, so that the same data gives the same bytes run after run.
import { message, type Message } from '../i18n/message.ts';

/** SOURCE_DATE_EPOCH read: no date (unset), a date, or what is wrong with it. */
export type SourceDate = { ok: true; date?: Date } | { ok: false; message: Message };

/** The latest time a Date holds, in seconds since 1970 (9999-12-31T23:59:59Z, as far as ISO dates go). */
const LATEST_EPOCH = 253402300799;

// Returns the default date of a year's section: noon UTC on 31 December, which is 31 December in every time zone Word shows it in.
export function reportDate(year: number): Date {
  return new Date(Date.UTC(year, 11, 31, 12, 0, 0));
}

// Reads SOURCE_DATE_EPOCH (whole seconds since 1970-01-01 UTC, as reproducible-builds.org defines it).
export function readSourceDateEpoch(text: string | undefined): SourceDate {
  if (text === undefined || text === '') return { ok: true };
  if (!/^\d+$/.test(text) || Number(text) > LATEST_EPOCH) {
    return { ok: false, message: message('write.source-date-epoch', { text }) };
  }
  return { ok: true, date: new Date(Number(text) * 1000) };
}

// Writes a date as the W3CDTF of docProps/core.xml, to the second: "2010-12-31T12:00:00Z".
export function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
