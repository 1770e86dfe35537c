// Turns the YAML parser's errors into our diagnostics: located, explained, and without follow-up noise.
import type { Document, LineCounter, YAMLError } from 'yaml';
import { error, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { t } from '../i18n/translate.ts';

// Keeps every tab, and only the first other syntax error (the rest usually follow from it); duplicate keys are
// checkShape's to find.
export function parserDiagnostics(document: Document.Parsed, lineCounter: LineCounter, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const lines = new Set<number>();
  let syntaxSeen = false;
  const errors: YAMLError[] = [...document.errors, ...document.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')];
  for (const e of errors.sort((a, b) => a.pos[0] - b.pos[0])) {
    const { line, col } = lineCounter.linePos(e.pos[0]);
    const independent = e.code === 'TAB_AS_INDENT';
    if (lines.has(line) || (!independent && syntaxSeen)) continue;
    if (!independent) syntaxSeen = true;
    lines.add(line);
    diagnostics.push(describe(e, file, { line, column: col }));
  }
  return diagnostics;
}

// Explains one parser error in the analyst's terms.
function describe(e: YAMLError, file: string, at: { line: number; column: number }): Diagnostic {
  switch (e.code) {
    case 'TAB_AS_INDENT':
      return error('tab-indent', t('load.tab-indent'), file, at);
    case 'MULTIPLE_DOCS':
      return error('yaml-syntax', t('load.second-document'), file, at);
    case 'RESOURCE_EXHAUSTION':
      return error('too-deep', t('load.too-deep-parser'), file, at);
    case 'TAG_RESOLVE_FAILED':
      return error('yaml-syntax', t('load.tag', { message: plain(e.message) }), file, at);
    default:
      return error('yaml-syntax', t('load.not-yaml', { message: plain(e.message) }), file, at);
  }
}

// Returns the first line of a parser message, without its position and final period.
function plain(message: string): string {
  return message
    .split('\n')[0]!
    .trim()
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/\.$/, '');
}
