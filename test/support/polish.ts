// What tells Polish text from English: the English words a Polish message has no business with, found in its prose.

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
