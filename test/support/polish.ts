// What tells Polish text from English: the English words a Polish message has no business with, found in its prose.
import { parse } from '@formatjs/icu-messageformat-parser';

/** English words a Polish message has no business with; each has a Polish word (błąd, pole, wartość, lista…). */
export const ENGLISH = [
  'error',
  'errors',
  'warning',
  'warnings',
  'field',
  'fields',
  'value',
  'values',
  'true',
  'false',
  'string',
  'mapping',
  'list',
  'item',
  'items',
  'key',
  'keys',
  'expected',
  'got',
  'found',
  'missing',
  'unknown',
  'invalid',
  'file',
  'record',
  'records',
  'permission',
  'denied',
  'permitted',
  'default',
  'choices',
  'options',
  'usage',
  'token',
  'scalar',
  'sequence',
  'noncharacter',
];

// Leaves out of a message's text what is not Polish prose: quoted names and code („asOf”), options (--data),
// addresses and paths (https://…, data/bodies/, word/styles.xml).
function prose(text: string): string {
  return text
    .replace(/„[^„”]*”/g, ' ')
    .replace(/--[\w-]+/g, ' ')
    .replace(/\S*[/\\]\S*/g, ' ');
}

// Lists the English words of the list in a text's prose, lower-cased, in order.
export function englishWords(text: string): string[] {
  return (
    prose(text)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []
  ).filter((word) => ENGLISH.includes(word));
}

/** A node of a parsed message, as much of it as the walk reads. */
interface Node {
  type: number;
  value?: string;
  options?: Record<string, { value: Node[] }>;
}

// Gathers the literal text of a message, from every branch of its choices, leaving its placeholders out.
export function literalText(message: string): string {
  const parts: string[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.type === 0) parts.push(node.value!);
      else parts.push(' ');
      for (const option of Object.values(node.options ?? {})) {
        walk(option.value);
        parts.push(' ');
      }
    }
  };
  walk(parse(message, { ignoreTag: true }) as Node[]);
  return parts.join('');
}
