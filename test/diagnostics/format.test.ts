// The three formats of diagnostics: text with a code frame for people, JSON for programs, annotations for GitHub.
import { describe, expect, it } from 'vitest';
import { error, warning, WHOLE } from '../../src/diagnostics/diagnostic.ts';
import { codeFrame, formatGithub, formatJson, formatText, type Paint } from '../../src/diagnostics/format.ts';
import { message } from '../../src/i18n/message.ts';
import { messagesIn } from '../../src/i18n/messages.ts';

const EN = messagesIn('en');
const PL = messagesIn('pl');

const plain: Paint = { red: (s) => s, yellow: (s) => s, dim: (s) => s, bold: (s) => s, cyan: (s) => s };
const tagged: Paint = {
  red: (s) => `<r>${s}</r>`,
  yellow: (s) => `<y>${s}</y>`,
  dim: (s) => `<d>${s}</d>`,
  bold: (s) => `<b>${s}</b>`,
  cyan: (s) => `<c>${s}</c>`,
};
const SOURCE = 'name:\n  nom: Norwegia\n  gendre: f\n';

describe('codeFrame', () => {
  it.each([
    ['a middle line, with its neighbours', SOURCE, 2, 3, ['  1 | name:', '> 2 |   nom: Norwegia', '    |   ^', '  3 |   gendre: f']],
    ['the first line', SOURCE, 1, 1, ['> 1 | name:', '    | ^', '  2 |   nom: Norwegia']],
    [
      'the last line of text, then the empty one after the final newline',
      SOURCE,
      3,
      9,
      ['  2 |   nom: Norwegia', '> 3 |   gendre: f', '    |         ^', '  4 | '],
    ],
    ['CRLF line ends and a BOM', '\uFEFFname:\r\n  nom: N\r\n', 1, 5, ['> 1 | name:', '    |     ^', '  2 |   nom: N']],
    ['a two-digit line number, padded', `${'a: 1\n'.repeat(9)}b: 2\nc: 3\n`, 10, 1, ['   9 | a: 1', '> 10 | b: 2', '     | ^', '  11 | c: 3']],
    [
      'a long line as a window of 120 characters around the column',
      `a: ${'x'.repeat(300)}\n`,
      1,
      200,
      [`> 1 | …${'x'.repeat(120)}…`, `    | ${' '.repeat(61)}^`, '  2 | '],
    ],
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
    expect(formatText(diagnostics, plain, source, EN)).toBe(
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
    const [head, , marked, caret] = formatText(diagnostics.slice(0, 1), tagged, source, EN).split('\n');
    expect(head).toBe(
      '<c>countries/norway.yaml</c>:<y>3</y>:<y>3</y> - <r>error</r> <d>unknown-field</d>: Unknown field "gendre" in "name". Did you mean "gender"?',
    );
    expect(marked).toBe('<r>></r> <d>3 |</d>   gendre: f');
    expect(caret).toBe('    <d>|</d>   <r>^</r>');
  });

  it('counts in the plural, and prints nothing for no diagnostics', () => {
    const two = [diagnostics[0]!, { ...diagnostics[0]!, line: 2 }];
    expect(formatText(two, plain, () => undefined, EN).endsWith('\n\nFound 2 errors.\n')).toBe(true);
    expect(formatText([], plain, () => undefined, EN)).toBe('');
  });
});

describe('formatJson', () => {
  it('prints an array of {file, line, column, severity, code, message}, in that order', () => {
    const text = formatJson([error('bad-date', '"2010-13" is not a valid date.', 'bodies/enaro.yaml', { line: 12, column: 11 })], EN);
    expect(text.endsWith('\n')).toBe(true);
    const parsed = JSON.parse(text) as Record<string, unknown>[];
    expect(parsed).toEqual([
      { file: 'bodies/enaro.yaml', line: 12, column: 11, severity: 'error', code: 'bad-date', message: '"2010-13" is not a valid date.' },
    ]);
    expect(Object.keys(parsed[0]!)).toEqual(['file', 'line', 'column', 'severity', 'code', 'message']);
  });

  it('prints [] when there is nothing to say', () => {
    expect(formatJson([], EN)).toBe('[]\n');
  });
});

describe('formatGithub', () => {
  it('prints one workflow command a diagnostic, with the code as its title', () => {
    expect(
      formatGithub([error('bad-date', 'Not a date.', 'bodies/enaro.yaml', { line: 12, column: 11 }), warning('stray-file', 'Not read.', 'notes.yaml')], EN),
    ).toBe('::error file=bodies/enaro.yaml,line=12,col=11,title=bad-date::Not a date.\n::warning file=notes.yaml,line=1,col=1,title=stray-file::Not read.\n');
  });

  it('escapes %, CR and LF in the message, and also , and : in properties', () => {
    expect(formatGithub([error('schema', '100% sure\r\nsecond line: yes, really', 'a,b:c%.yaml')], EN)).toBe(
      '::error file=a%2Cb%3Ac%25.yaml,line=1,col=1,title=schema::100%25 sure%0D%0Asecond line: yes, really\n',
    );
  });
});

describe('what reaches a terminal or a CI log from the data', () => {
  const hostile = error('bad-character', 'Name "EN\u001B[2JARO\u0007" holds \u202Eevil', 'bodies/en\u001Baro.yaml', { line: 2, column: 3 });
  const source = () => 'name:\n  nom: EN\u001B]0;title\u0007ARO\r\n';
  it.each([
    [
      'text',
      () => formatText([hostile], plain, source, EN),
      'bodies/en\u241Baro.yaml:2:3 - error bad-character: Name "EN\u241B[2JARO\u2407" holds \uFFFDevil\n  1 | name:\n> 2 |   nom: EN\u241B]0;title\u2407ARO\n    |   ^\n  3 | \n\nFound 1 error.\n',
    ],
    [
      'github',
      () => formatGithub([hostile], EN),
      '::error file=bodies/en\u241Baro.yaml,line=2,col=3,title=bad-character::Name "EN\u241B[2JARO\u2407" holds \uFFFDevil\n',
    ],
  ])('%s: no ESC, BEL, CR or bidirectional override, raw', (_format, format, expected) => {
    const out = format();
    expect(out).toBe(expected);
    expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
  });
});

describe('a problem with a file or folder as a whole', () => {
  const folder = error('missing-office', 'No office.yaml in data.', 'data', WHOLE);
  it.each([
    [
      'text: the path alone, no made-up line, no frame',
      () => formatText([folder], plain, () => 'x', EN),
      'data - error missing-office: No office.yaml in data.\n\nFound 1 error.\n',
    ],
    ['github: file= without line and col', () => formatGithub([folder], EN), '::error file=data,title=missing-office::No office.yaml in data.\n'],
    [
      'json: line and column 0',
      () => formatJson([folder], EN),
      '[\n  {\n    "file": "data",\n    "line": 0,\n    "column": 0,\n    "severity": "error",\n    "code": "missing-office",\n    "message": "No office.yaml in data."\n  }\n]\n',
    ],
  ])('%s', (_what, format, expected) => {
    expect(format()).toBe(expected);
  });
});

describe('a message made as data, written in the language of the run', () => {
  const made = [
    error('missing-office', message('load.missing-office', { folder: 'data' }), 'data', WHOLE),
    warning('stray-file', [message('load.stray-yaml', { entry: 'notes.txt' }), ' (', message('severity.warning'), ')'], 'notes.txt'),
  ];
  it.each([
    [
      'text, English',
      () => formatText(made, plain, () => undefined, EN),
      `data - error missing-office: ${EN.t('load.missing-office', { folder: 'data' })}\n\nnotes.txt:1:1 - warning stray-file: ${EN.t('load.stray-yaml', { entry: 'notes.txt' })} (warning)\n\nFound 1 error, 1 warning.\n`,
    ],
    [
      'text, Polish',
      () => formatText(made, plain, () => undefined, PL),
      `data - błąd missing-office: ${PL.t('load.missing-office', { folder: 'data' })}\n\nnotes.txt:1:1 - ostrzeżenie stray-file: ${PL.t('load.stray-yaml', { entry: 'notes.txt' })} (ostrzeżenie)\n\nZnaleziono 1 błąd, 1 ostrzeżenie.\n`,
    ],
    [
      'github, Polish',
      () => formatGithub(made.slice(0, 1), PL),
      `::error file=data,title=missing-office::${PL.t('load.missing-office', { folder: 'data' })}\n`,
    ],
    ['json, Polish', () => JSON.parse(formatJson(made.slice(0, 1), PL))[0].message, PL.t('load.missing-office', { folder: 'data' })],
  ])('%s', (_what, format, expected) => {
    expect(format()).toBe(expected);
  });
});
