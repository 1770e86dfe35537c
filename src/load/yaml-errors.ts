// Turns the YAML parser's errors into our diagnostics: located, explained, and without follow-up noise.
import type { Document, LineCounter, YAMLError } from 'yaml';
import { error, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { message } from '../i18n/message.ts';
import { excerpt } from '../i18n/messages.ts';
import { tabsInIndentation } from './tab-indent.ts';

// Keeps every tab in a line's indentation, once a line (./tab-indent.ts: the parser misses some), and only the first other
// syntax error, on a line without such a tab (the rest usually follow from it); duplicate keys are checkShape's to find.
// A file the parser reads without error has no tab to report: YAML allows it there (in a block text, say).
export function parserDiagnostics(document: Document.Parsed, lineCounter: LineCounter, file: string, text: string): Diagnostic[] {
  const errors: YAMLError[] = [...document.errors, ...document.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')];
  const tabs = document.errors.length ? tabsInIndentation(text) : [];
  const diagnostics = tabs.map((at) => error('tab-indent', message('load.tab-indent'), file, at));
  const lines = new Set(tabs.map((at) => at.line));
  let syntaxSeen = false;
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
      return error('tab-indent', message('load.tab-indent'), file, at);
    case 'MULTIPLE_DOCS':
      return error('yaml-syntax', message('load.second-document'), file, at);
    case 'RESOURCE_EXHAUSTION':
      return error('too-deep', message('load.too-deep-parser'), file, at);
    case 'TAG_RESOLVE_FAILED':
      return error('yaml-syntax', message('load.tag', { message: plain(e.message) }), file, at);
    default:
      return error('yaml-syntax', message('load.not-yaml', { message: plain(e.message) }), file, at);
  }
}

// Returns the first line of a parser message, without its position and final period, as an excerpt: it may quote
// what the file holds (an unknown tag, say).
function plain(message: string): string {
  return excerpt(
    message
      .split('\n')[0]!
      .trim()
      .replace(/ at line \d+, column \d+:?$/, '')
      .replace(/\.$/, ''),
  );
}
