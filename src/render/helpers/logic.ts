// Helpers for conditions in templates.

/** Comparison and boolean helpers. */
export const logic = {
  eq: (a: unknown, b: unknown) => a === b,
  and: (...args: unknown[]) => args.every(Boolean),
  or: (...args: unknown[]) => args.some(Boolean),
  not: (a: unknown) => !a || (Array.isArray(a) && a.length === 0),
};
