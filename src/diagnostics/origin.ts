// Where a value of the data was written: attached to the noun phrases of the data set, so that a sentence that
// needs a form the phrase lacks can be reported at the record, not at the template that asked for it.
import type { Position } from './diagnostic.ts';

/** The file and place a value was written at. */
export interface DataOrigin {
  file: string;
  /** The path of the value inside its record: ["changes", 0, "name"]. */
  path: readonly (string | number)[];
  /** Its line and column (worked out only when asked: most values never need it). */
  position(at?: 'key' | 'value'): Position;
}

// Symbol.for: the same symbol in every copy of this module (the source's and the bundle's, when a test loads both)
const ORIGIN = Symbol.for('coop-report.origin');

// Marks an object of the data with where it was written; the mark is not enumerable, so no output shows it.
export function setOrigin(value: object, origin: DataOrigin): void {
  Object.defineProperty(value, ORIGIN, { value: origin, enumerable: false, configurable: true });
}

// Returns where an object of the data was written, if it is marked.
export function originOf(value: unknown): DataOrigin | undefined {
  return value !== null && typeof value === 'object' ? ((value as Record<symbol, DataOrigin | undefined>)[ORIGIN] ?? undefined) : undefined;
}
