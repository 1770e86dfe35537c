// Sets a top-level field of a record file's text, keeping everything else byte for byte: the comments, the order of
// the fields, the quoting, the blank lines and the line ends. The yaml library's Document API finds where the field
// and the mapping stand in the text; only the value is replaced, or the field is added as the mapping's last line.
import { isMap, isScalar, parseDocument, type Node } from 'yaml';

/** What editing a record's text did: the new text, and the line (1-based) where the field now stands. */
export interface Edited {
  text: string;
  line: number;
  /** The value the field held before, as written (undefined when the field was added). */
  before?: string;
}

// Sets `key: value` at the top level of a record's YAML text; `value` is written as a double-quoted string.
export function setTopLevel(text: string, key: string, value: string): Edited {
  const doc = parseDocument(text);
  const map = doc.contents;
  if (!isMap(map) || !map.range) throw new Error(`a record file must be a mapping to take "${key}"`);
  const written = JSON.stringify(value);
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
  if (pair) {
    const node = pair.value as Node | null;
    // a key with no value ("confirmed:") takes one after its colon
    const [start, end] = node?.range ?? [text.indexOf(':', (pair.key as Node).range![1]) + 1, 0];
    const spaced = start === end || !node ? ` ${written}` : written;
    return {
      text: text.slice(0, start) + spaced + text.slice(Math.max(start, end)),
      line: lineAt(text, start),
      before: text.slice(start, Math.max(start, end)),
    };
  }
  if (map.flow) {
    // a record written as one flow mapping ({name: …}): the library writes it again with the field
    doc.set(key, value);
    return { text: doc.toString({ lineWidth: 0 }), line: 1 };
  }
  // the field goes on a line of its own, at the end of the mapping (before any comment that closes the file)
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const at = map.range[1];
  const lead = at > 0 && text[at - 1] !== '\n' ? eol : '';
  return { text: `${text.slice(0, at)}${lead}${key}: ${written}${eol}${text.slice(at)}`, line: lineAt(text, at) + (lead ? 1 : 0) };
}

// Returns the 1-based line of an offset in a text.
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
