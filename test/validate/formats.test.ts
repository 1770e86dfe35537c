// `validate --format json` and `--format github` print what the README promises, and parse back to the same problems.
import { describe, expect, it } from 'vitest';
import { DATA, ROOT } from '../support/data.ts';
import { INVALID, runMain, type JsonDiagnostic } from './run.ts';

const ANNOTATION = /^::(error|warning) file=([^,]*),line=(\d+),col=(\d+),title=([^:]*)::(.*)$/;

// Undoes GitHub's workflow-command escaping.
function unescapeText(text: string): string {
  return text.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

describe('validate --format json', () => {
  it('prints on stdout an array of {file, line, column, severity, code, message}, nothing on stderr, and exits 1', async () => {
    const run = await runMain(['validate', '--data', 'all-at-once', '--format', 'json'], INVALID);
    expect([run.exit, run.stderr]).toEqual([1, '']);
    const diagnostics = JSON.parse(run.stdout) as JsonDiagnostic[];
    expect(diagnostics).toHaveLength(5);
    for (const d of diagnostics) {
      expect(Object.keys(d)).toEqual(['file', 'line', 'column', 'severity', 'code', 'message']);
      expect([typeof d.file, Number.isInteger(d.line), Number.isInteger(d.column), d.severity, typeof d.code, typeof d.message]).toEqual([
        'string',
        true,
        true,
        'error',
        'string',
        'string',
      ]);
    }
    expect(diagnostics[2]).toEqual({
      file: 'all-at-once/countries/norway.yaml',
      line: 3,
      column: 3,
      severity: 'error',
      code: 'duplicate-key',
      message: 'Duplicate key "nom": it is already set on line 2 of the same mapping, and a key may appear once. Remove one of the two.',
    });
  });

  it('prints [] for valid data and exits 0', async () => {
    const run = await runMain(['validate', '--data', DATA, '--format', 'json'], ROOT);
    expect([run.exit, run.stdout, run.stderr]).toEqual([0, '[]\n', '']);
  });
});

describe('validate --format github', () => {
  it('prints one annotation a diagnostic, which parses back to the JSON diagnostics', async () => {
    const json = JSON.parse((await runMain(['validate', '--data', 'all-at-once', '--format', 'json'], INVALID)).stdout) as JsonDiagnostic[];
    const run = await runMain(['validate', '--data', 'all-at-once', '--format', 'github'], INVALID);
    expect([run.exit, run.stderr]).toEqual([1, '']);
    const lines = run.stdout.split('\n');
    expect(lines.pop()).toBe('');
    const parsed = lines.map((line) => {
      const m = ANNOTATION.exec(line);
      expect(m, line).not.toBeNull();
      const [, severity, file, l, c, code, message] = m!;
      return { file: unescapeText(file!), line: Number(l), column: Number(c), severity, code: unescapeText(code!), message: unescapeText(message!) };
    });
    expect(parsed).toEqual(json);
    expect(lines[0]).toBe(
      '::error file=all-at-once/bodies/enaro.yaml,line=12,col=11,title=bad-date::"2010-13" is not a valid date; expected an ISO date such as "2010", "2010-12" or "2010-12-01" that exists in the calendar (years from 0001, months 01-12, days that the month has).',
    );
  });

  it('prints nothing for valid data and exits 0', async () => {
    const run = await runMain(['validate', '--data', DATA, '--format', 'github'], ROOT);
    expect([run.exit, run.stdout, run.stderr]).toEqual([0, '', '']);
  });
});
