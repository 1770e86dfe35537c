// Reads a record's fields as they hold over time, for the rules: the value written, replaced from the year of each
// dated change that names the field (as src/model/year-view.ts applies changes), with where each value is written.
import type { Path } from '../load/source.ts';
import { parseIsoDate } from '../polish/index.ts';
import { field, list } from './context.ts';

/** A value of a field and where it is written: ["parent"], or ["changes", 2, "parent"]. */
export interface WrittenValue {
  value: unknown;
  at: Path;
}

/** A value in force in a year, with the year of the change that gives it (-Infinity for the value as written). */
export interface ValueInForce extends WrittenValue {
  since: number;
}

// Lists every value a field takes: as written in the record, then in each change that names it, in their order.
export function writtenValues(data: unknown, key: string): WrittenValue[] {
  const own = field(data, key);
  const values: WrittenValue[] = own === undefined ? [] : [{ value: own, at: [key] }];
  list(field(data, 'changes')).forEach((change, index) => {
    const value = field(change, key);
    if (value !== undefined) values.push({ value, at: ['changes', index, key] });
  });
  return values;
}

// Returns the value of a field in force in a year, with where it is written; undefined when the field has none then.
export function valueIn(data: unknown, key: string, year: number): ValueInForce | undefined {
  const own = field(data, key);
  let found: ValueInForce | undefined = own === undefined ? undefined : { value: own, at: [key], since: -Infinity };
  list(field(data, 'changes')).forEach((change, index) => {
    const value = field(change, key);
    if (value !== undefined && yearOf(change) <= year) found = { value, at: ['changes', index, key], since: yearOf(change) };
  });
  return found;
}

// Lists the years from which a change of a field takes effect in any of the records given, earliest first.
export function changeYears(records: readonly { data: unknown }[], key: string): number[] {
  const years = new Set<number>();
  for (const { data } of records)
    for (const change of list(field(data, 'changes'))) if (field(change, key) !== undefined && Number.isFinite(yearOf(change))) years.add(yearOf(change));
  return [...years].sort((a, b) => a - b);
}

// Returns the year from which a change applies; Infinity when its date cannot be read, so that it never applies.
function yearOf(change: unknown): number {
  const from = field(change, 'from');
  return (typeof from === 'string' || Number.isInteger(from) ? parseIsoDate(String(from))?.year : undefined) ?? Infinity;
}
