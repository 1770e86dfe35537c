// Runs a table of typography cases: each input gives exactly the expected text, and the expected text is fixed.

import { describe, expect, test } from 'vitest';

/** One row of a table: what the template wrote and what the report must print. */
export interface Case {
  input: string;
  expected: string;
}

// Declares two tests per row: the rule's exact output, and that typesetting the output again changes nothing.
export function testCases(title: string, typeset: (text: string) => string, cases: readonly Case[]): void {
  describe(title, () => {
    test.each(cases)('$input', ({ input, expected }) => {
      expect(typeset(input)).toBe(expected);
    });
    test.each(cases)('is idempotent on $expected', ({ expected }) => {
      expect(typeset(expected)).toBe(expected);
    });
  });
}
