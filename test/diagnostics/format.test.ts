// The three formats of diagnostics: text with a code frame for people, JSON for programs, annotations for GitHub.
import { describe, expect, it } from 'vitest';
import { error, warning } from '../../src/diagnostics/diagnostic.ts';
import { codeFrame, formatGithub, formatJson, formatText, type Paint } from '../../src/diagnostics/format.ts';

const plain: Paint = { red: (s) => s, yellow: (s) => s, dim: (s) => s, bold: (s) => s, cyan: (s) => s };
const tagged: Paint = { red: (s) => `<r>${s}</r>`, yellow: (s) => `<y>${s}</y>`, dim: (s) => `<d>${s}</d>`, bold: (s) => `<b>${s}</b>`, cyan: (s) => `<c>${s}</c>` };
const SOURCE = 'name:\n  nom: Norwegia\n  gendre: f\n';

describe('codeFrame', () => {
  it.each([
    ['a middle line, with its neighbours', SOURCE, 2, 3, ['  1 | name:', '> 2 |   nom: Norwegia', '    |   ^', '  3 |   gendre: f']],
    ['the first line', SOURCE, 1, 1, ['> 1 | name:', '    | ^', '  2 |   nom: Norwegia']],
    ['the last line of text, then the empty one after the final newline', SOURCE, 3, 9, ['  2 |   nom: Norwegia', '> 3 |   gendre: f', '    |         ^', '  4 | ']],
    ['CRLF line ends and a BOM', '\uFEFFname:\r\n  nom: N\r\n', 1, 5, ['> 1 | name:', '    |     ^', '  2 |   nom: N']],
    ['a two-digit line number, padded', `${'a: 1\n'.repeat(9)}b: 2\nc: 3\n`, 10, 1, ['   9 | a: 1', '> 10 | b: 2', '     | ^', '  11 | c: 3']],
    ['a long line as a window of 120 characters around the column', `a: ${'x'.repeat(300)}\n`, 1, 200, [`> 1 | …${'x'.repeat(120)}…`, `    | ${' '.repeat(61)}^`, '  2 | ']],
    ['a long line near its start, cut at the end only', `a: ${'x'.repeat(300)}\n`, 1, 4, [`> 1 | a: ${'x'.repeat(117)}…`, '    |    ^', '  2 | ']],
  ])('shows %s', (_what, text, line, column, expected) => {
    expect(codeFrame(text, line, column, plain)).toBe(expected.join('\n'));
  });

  it.each([
    ['no text (a folder, a file not UTF-8)', undefined, 1],
    ['a line past the end', SOURCE, 9],
    ['line 0', SOURCE, 0],
  ])('shows nothing for %s', (_what, text, line) => {
    expect(codeFrame(text, line, 1, plain)).toBe('');
  });
});

describe('formatText', () => {
  const diagnostics = [
    error('unknown-field', 'Unknown field "gendre" in "name". Did you mean "gender"?', 'countries/norway.yaml', { line: 3, column: 3 }),
    warning('stray-file', 'notes.yaml is not read.', 'notes.yaml'),
  ];
  const source = (file: string) => (file === 'countries/norway.yaml' ? SOURCE : undefined);

  it('writes file:line:column, severity, code and message, a frame, and the count', () => {
    expect(formatText(diagnostics, plain, source)).toBe(
      [
        'countries/norway.yaml:3:3 - error unknown-field: Unknown field "gendre" in "name". Did you mean "gender"?',
        '  2 |   nom: Norwegia',
        '> 3 |   gendre: f',
        '    |   ^',
        '  4 | ',
        '',
        'notes.yaml:1:1 - warning stray-file: notes.yaml is not read.',
        '',
        'Found 1 error, 1 warning.',
        '',
      ].join('\n'),
    );
  });

  it('colours the file, the position, the severity, the code and the caret, and nothing of the message', () => {
    const [head, , marked, caret] = formatText(diagnostics.slice(0, 1), tagged, source).split('\n');
    expect(head).toBe('<c>countries/norway.yaml</c>:<y>3</y>:<y>3</y> - <r>error</r> <d>unknown-field</d>: Unknown field "gendre" in "name". Did you mean "gender"?');
    expect(marked).toBe('<r>></r> <d>3 |</d>   gendre: f');
    expect(caret).toBe('    <d>|</d>   <r>^</r>');
  });

  it('counts in the plural, and prints nothing for no diagnostics', () => {
    const two = [diagnostics[0]!, { ...diagnostics[0]!, line: 2 }];
    expect(formatText(two, plain, () => undefined).endsWith('\n\nFound 2 errors.\n')).toBe(true);
    expect(formatText([], plain, () => undefined)).toBe('');
  });
});

describe('formatJson', () => {
  it('prints an array of {file, line, column, severity, code, message}, in that order', () => {
    const text = formatJson([error('bad-date', '"2010-13" is not a valid date.', 'bodies/enaro.yaml', { line: 12, column: 11 })]);
    expect(text.endsWith('\n')).toBe(true);
    const parsed = JSON.parse(text) as Record<string, unknown>[];
    expect(parsed).toEqual([{ file: 'bodies/enaro.yaml', line: 12, column: 11, severity: 'error', code: 'bad-date', message: '"2010-13" is not a valid date.' }]);
    expect(Object.keys(parsed[0]!)).toEqual(['file', 'line', 'column', 'severity', 'code', 'message']);
  });

  it('prints [] when there is nothing to say', () => {
    expect(formatJson([])).toBe('[]\n');
  });
});

describe('formatGithub', () => {
  it('prints one workflow command a diagnostic, with the code as its title', () => {
    expect(formatGithub([error('bad-date', 'Not a date.', 'bodies/enaro.yaml', { line: 12, column: 11 }), warning('stray-file', 'Not read.', 'notes.yaml')])).toBe(
      '::error file=bodies/enaro.yaml,line=12,col=11,title=bad-date::Not a date.\n::warning file=notes.yaml,line=1,col=1,title=stray-file::Not read.\n',
    );
  });

  it('escapes %, CR and LF in the message, and also , and : in properties', () => {
    expect(formatGithub([error('x', '100% sure\r\nsecond line: yes, really', 'a,b:c%.yaml')])).toBe(
      '::error file=a%2Cb%3Ac%25.yaml,line=1,col=1,title=x::100%25 sure%0D%0Asecond line: yes, really\n',
    );
  });
});
