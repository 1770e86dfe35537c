// Helpers that build and join lists in Polish.
import type { HelperOptions } from 'handlebars';
import { joinList, type Case } from '../../polish/index.ts';
import { label, named } from './names.ts';

// Renders the block once per item and joins the results: "A i B", "A, B i C", "A, B oraz C".
export function join(this: unknown, items: unknown[], options: HelperOptions): string {
  const parts = (items ?? []).map((item, index) => options.fn(item, { data: { ...options.data, index, first: index === 0, last: index === items.length - 1 } }).trim());
  const conjunction = options.hash?.conjunction as 'i' | 'oraz' | undefined;
  return joinList(parts.filter(Boolean), conjunction ? { conjunction } : {});
}

// Maps records to their labels in a case (acronym or name).
export function labels(records: Parameters<typeof label>[0][], c: Case): string[] {
  return (records ?? []).map((r) => label(r, c));
}

// Maps records to their names in a case, each with its acronym.
export function namedList(records: Parameters<typeof named>[0][], c: Case): string[] {
  return (records ?? []).map((r) => named(r, c));
}

// Concatenates values and lists into one list: (concat "Urząd" (labels known "acc")).
export function concat(...args: unknown[]): unknown[] {
  return args.flatMap((a) => (Array.isArray(a) ? a : a === undefined || a === '' ? [] : [a]));
}
