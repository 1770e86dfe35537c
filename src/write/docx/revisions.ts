// Tells a section as tracked changes from an earlier text: word by word, what the later text inserts and deletes,
// and where a paragraph begins or ends only in one of them (its mark inserted or deleted). Accepting every change
// gives the later text; rejecting every change gives the earlier one.
import { diffWordsWithSpace } from 'diff';
import type { Paragraph } from './blocks.ts';
import type { Change, Run } from './inline.ts';

/** What stands between paragraphs in the texts compared: no paragraph's text holds it. */
const BREAK = '\n';

// Returns the later paragraphs with their differences from the earlier ones as tracked changes.
export function revisedParagraphs(before: readonly Paragraph[], after: readonly Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  let runs: Run[] = [];
  let [a, b] = [0, 0];
  // ends the paragraph being written; a break found only in one text is a mark inserted or deleted
  const end = (mark?: Change) => {
    const style = (mark === 'del' ? before[b] : after[a])?.style ?? before[b]?.style ?? after[a - 1]?.style ?? '';
    out.push({ style, runs, ...(mark ? { mark } : {}) });
    runs = [];
    if (mark !== 'del') a++;
    if (mark !== 'ins') b++;
  };
  for (const part of diffWordsWithSpace(textOf(before), textOf(after))) {
    const change: Change | undefined = part.added ? 'ins' : part.removed ? 'del' : undefined;
    part.value.split(BREAK).forEach((text, i) => {
      if (i > 0) end(change);
      if (text) runs.push({ text, marks: '', ...(change ? { change } : {}) });
    });
  }
  end();
  return out.filter((paragraph) => paragraph.runs.length || paragraph.mark);
}

// Joins the text of paragraphs, one break between each: a line break within a paragraph reads as a space.
function textOf(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map((p) => p.runs.map((run) => ('break' in run ? ' ' : run.text)).join('')).join(BREAK);
}
