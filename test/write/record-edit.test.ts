// Setting a field of a record file keeps every other byte: comments, order, quoting, blank lines, line ends.
import { describe, expect, it } from 'vitest';
import { setTopLevel } from '../../src/write/record-edit.ts';

/** A record's text, the field set, and the exact text and line expected. */
const CASES: { name: string; text: string; key: string; value: string; expect: string; line: number; before?: string }[] = [
  {
    name: 'a value replaced in place, its comment kept',
    text: '# The Office.\nasOf: "2010" # how far the facts go\nname:\n  nom: Urząd\n',
    key: 'asOf',
    value: '2011',
    expect: '# The Office.\nasOf: "2011" # how far the facts go\nname:\n  nom: Urząd\n',
    line: 2,
    before: '"2010"',
  },
  {
    name: 'a plain value written in quotes',
    text: 'confirmed: 2010\nname:\n  nom: X\n',
    key: 'confirmed',
    value: '2011',
    expect: 'confirmed: "2011"\nname:\n  nom: X\n',
    line: 1,
    before: '2010',
  },
  {
    name: 'a field added as the last line of the mapping, before the blank line and comment that close the file',
    text: 'name:\n  nom: X\nparticipations:\n  - from: "2010"\n    who: office\n\n# checked with the minutes\n',
    key: 'confirmed',
    value: '2011',
    expect: 'name:\n  nom: X\nparticipations:\n  - from: "2010"\n    who: office\nconfirmed: "2011"\n\n# checked with the minutes\n',
    line: 6,
  },
  {
    name: 'a file without a final line break',
    text: 'name:\n  nom: X\nacronym: X',
    key: 'confirmed',
    value: '2011',
    expect: 'name:\n  nom: X\nacronym: X\nconfirmed: "2011"\n',
    line: 4,
  },
  {
    name: 'Windows line ends stay Windows line ends',
    text: 'name:\r\n  nom: X\r\nacronym: X\r\n',
    key: 'confirmed',
    value: '2011',
    expect: 'name:\r\n  nom: X\r\nacronym: X\r\nconfirmed: "2011"\r\n',
    line: 4,
  },
  {
    name: 'a key with no value takes one after its colon',
    text: 'confirmed:\nname:\n  nom: X\n',
    key: 'confirmed',
    value: '2011',
    expect: 'confirmed: "2011"\nname:\n  nom: X\n',
    line: 1,
    before: '',
  },
  {
    name: 'a flow sequence and a block scalar elsewhere are left as written',
    text: 'implementers: [coa, unhcr]\nremit: >-\n  long\n  text\nconfirmed: "2010"\n',
    key: 'confirmed',
    value: '2012',
    expect: 'implementers: [coa, unhcr]\nremit: >-\n  long\n  text\nconfirmed: "2012"\n',
    line: 5,
    before: '"2010"',
  },
];

describe('setTopLevel', () => {
  it.each(CASES)('$name', ({ text, key, value, expect: expected, line, before }) => {
    const edited = setTopLevel(text, key, value);
    expect(edited.text).toBe(expected);
    expect(edited.line).toBe(line);
    expect(edited.before).toBe(before);
  });
});
