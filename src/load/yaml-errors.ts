// Turns the YAML parser's errors into our diagnostics: located, explained, and without follow-up noise.
import { CST, type Document, type ErrorCode, Lexer, type LineCounter, type YAMLError } from 'yaml';
import { error, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { MessageKey } from '../i18n/en.ts';
import { message } from '../i18n/message.ts';
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
    diagnostics.push(describe(e, file, { line, column: col }, text, lineCounter));
  }
  return diagnostics;
}

// Explains one parser error in the analyst's terms, by its code: the library's own message is English and is not shown.
function describe(e: YAMLError, file: string, at: { line: number; column: number }, text: string, lineCounter: LineCounter): Diagnostic {
  switch (e.code) {
    case 'TAB_AS_INDENT':
      return error('tab-indent', message('load.tab-indent'), file, at);
    case 'MULTIPLE_DOCS':
      return error('yaml-syntax', message('load.second-document'), file, at);
    case 'RESOURCE_EXHAUSTION':
      return error('too-deep', message('load.too-deep-parser'), file, at);
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_COLLECTION_TYPE': {
      const tag = /^!\S*/.exec(text.slice(e.pos[0]))?.[0];
      return error('yaml-syntax', tag ? message('load.tag', { tag }) : message('load.yaml.marks'), file, at);
    }
    case 'BAD_SCALAR_START':
      return error('yaml-syntax', message('load.yaml.reserved-start', { character: [...text.slice(e.pos[0])][0] ?? '' }), file, at);
    case 'MISSING_CHAR': {
      // a directive ("%YAML 1.2") is followed by a line "---" before the document; without it, the parser misses that line
      const directive = directiveBefore(text, e.pos[0]);
      if (directive !== undefined) {
        const { line, col } = lineCounter.linePos(directive);
        return error('yaml-syntax', message('load.yaml.directive'), file, { line, column: col });
      }
      const quote = unclosedQuote(text, e.pos[0]);
      if (quote === undefined) return error('yaml-syntax', message('load.yaml.missing'), file, at);
      const { line, col } = lineCounter.linePos(quote);
      return error('yaml-syntax', message('load.yaml.unclosed-quote', { quote: text[quote] === '"' ? 'double' : 'single' }), file, { line, column: col });
    }
    default:
      return error('yaml-syntax', message(MESSAGES[e.code] ?? 'load.yaml.other'), file, at);
  }
}

/** The message of each of the library's other error codes (its ErrorCode); a code without one, and a code a later
 * version adds, gets the general 'load.yaml.other'. */
const MESSAGES: Partial<Record<ErrorCode, MessageKey>> = {
  BAD_INDENT: 'load.yaml.indent',
  BLOCK_AS_IMPLICIT_KEY: 'load.yaml.colon-in-value',
  MULTILINE_IMPLICIT_KEY: 'load.yaml.key-on-one-line',
  UNEXPECTED_TOKEN: 'load.yaml.unexpected',
  BLOCK_IN_FLOW: 'load.yaml.block-in-brackets',
  BAD_DQ_ESCAPE: 'load.yaml.escape',
  ALIAS_PROPS: 'load.yaml.marks',
  BAD_ALIAS: 'load.yaml.marks',
  BAD_PROP_ORDER: 'load.yaml.marks',
  MULTIPLE_ANCHORS: 'load.yaml.marks',
  MULTIPLE_TAGS: 'load.yaml.marks',
  BAD_DIRECTIVE: 'load.yaml.directive',
  KEY_OVER_1024_CHARS: 'load.yaml.long-key',
  DUPLICATE_KEY: 'load.yaml.duplicate-key',
};

// Returns where the first line starting with "%" (a directive) is, when it stands before `at` and no line "---" does.
function directiveBefore(text: string, at: number): number | undefined {
  const before = text.slice(0, at);
  const directive = /^%/m.exec(before);
  return directive && !/^---/m.test(before) ? directive.index : undefined;
}

// Finds the quote that opens a quoted value running on to where the parser missed its closing quote, by the
// library's lexer: the offset of the quote, or undefined when the missing character is no quote.
function unclosedQuote(text: string, at: number): number | undefined {
  let offset = 0;
  let found: number | undefined;
  for (const token of new Lexer().lex(text)) {
    // the lexer's markers of a document, a flow's end and a scalar stand for no text of the file
    if (token === CST.DOCUMENT || token === CST.FLOW_END || token === CST.SCALAR) continue;
    if ((token[0] === '"' || token[0] === "'") && offset < at && at <= offset + token.length) found = offset;
    offset += token.length;
  }
  return found;
}
