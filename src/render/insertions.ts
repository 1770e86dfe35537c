// Closes an inserted phrase as Polish punctuation does: an apposition after a name opens with a comma, which the
// phrase carries, and ends with one where the sentence goes on ("w pracach Agencji (Frontex), agencji UE, zajmującej
// się X, oraz …"), but not before the full stop or a comma of the sentence, nor twice.

/** Marks where an inserted phrase ends, until what follows it is written: a character of Unicode's private use area,
 * which no record or template holds. */
export const INSERTION_END = '\ue002';

/** What may lie between an insertion's end and what follows it: spaces, and the marks of the section's blocks
 * (src/render/sources/markers.ts). */
const BETWEEN = /^(?:[ \t]|\ue000\d+\ue001)*/;

/** What closes an insertion itself: the end of a sentence or clause, a bracket, the end of the line or the text. */
const CLOSED = /^(?:[.,;:!?…)\]\n]|$)/;

// Returns the text with each insertion's end made a comma where the sentence goes on after it, and dropped elsewhere.
// A bracket right after an insertion is a note of it: the comma follows the bracket ("…zajmującej się X (od marca
// 2016 r.), oraz …").
export function closeInsertions(text: string): string {
  let out = '';
  let rest = text;
  for (let at = rest.indexOf(INSERTION_END); at >= 0; at = rest.indexOf(INSERTION_END)) {
    out += rest.slice(0, at);
    rest = rest.slice(at).replace(/^\ue002+/, '');
    const gap = BETWEEN.exec(rest)![0].length;
    const note = rest[gap] === '(' ? closingBracket(rest, gap) : -1;
    if (note >= 0) {
      out += rest.slice(0, note + 1);
      rest = INSERTION_END + rest.slice(note + 1);
    } else if (!CLOSED.test(rest.slice(gap))) out += ',';
  }
  return out + rest;
}

// Returns where the bracket opened at `open` closes, or -1 when it does not.
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}
