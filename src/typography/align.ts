// Traces each character of a typeset text back to the source character it keeps or replaces.

/** One step of an edit script: keep a character, delete one from the source, or insert one into the result. */
export type Edit = { op: 'equal'; from: number; to: number } | { op: 'delete'; from: number } | { op: 'insert'; to: number };

/** A character typography never changes, adds or removes: a letter or a digit. */
const KEPT = /[\p{L}\p{N}]/u;

/** Runs longer than this (both sides together) are compared character by character instead of by Myers' algorithm,
 * whose time grows with the length times the changes: text has a few characters between its letters, and 100,000
 * quotation marks in a row took minutes. */
const MAX_COMPARED = 128;

// Returns an edit script turning `before` into `after`. Typography changes only what stands between letters and digits
// (spaces, quotes, dashes, dots), so where both hold the same letters and digits in the same order, each of them is kept
// and only the runs between them are compared, each by Myers' algorithm: a paragraph of any length takes time in
// proportion to it, where Myers' algorithm over the whole of it takes time and memory growing with the length times the
// number of changes. Other texts are compared whole.
export function editScript(before: string, after: string): Edit[] {
  const a = keptIn(before);
  const b = keptIn(after);
  if (a.length !== b.length || a.some((at, n) => before[at] !== after[b[n]!])) return shortestEditScript(before, after);
  const edits: Edit[] = [];
  let from = 0;
  let to = 0;
  for (let n = 0; n <= a.length; n++) {
    const fromEnd = a[n] ?? before.length;
    const toEnd = b[n] ?? after.length;
    const runBefore = before.slice(from, fromEnd);
    const runAfter = after.slice(to, toEnd);
    if (runBefore === runAfter) for (let i = 0; i < runBefore.length; i++) edits.push({ op: 'equal', from: from + i, to: to + i });
    else
      for (const edit of shortestEditScript(runBefore, runAfter))
        edits.push(
          edit.op === 'equal'
            ? { op: 'equal', from: from + edit.from, to: to + edit.to }
            : edit.op === 'delete'
              ? { op: 'delete', from: from + edit.from }
              : { op: 'insert', to: to + edit.to },
        );
    if (n < a.length) edits.push({ op: 'equal', from: fromEnd, to: toEnd });
    from = fromEnd + 1;
    to = toEnd + 1;
  }
  return edits;
}

// Lists where a text's letters and digits stand.
function keptIn(text: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) if (KEPT.test(text[i]!)) at.push(i);
  return at;
}

// Returns the shortest edit script turning `before` into `after` (Myers' O(ND) algorithm); for texts longer than
// MAX_COMPARED, a script that keeps what they start and end with and compares the rest character by character.
function shortestEditScript(before: string, after: string): Edit[] {
  const n = before.length;
  const m = after.length;
  if (n + m > MAX_COMPARED) return positionalEditScript(before, after);
  const offset = n + m + 1;
  const furthest = new Int32Array(2 * offset + 1);
  // trace[d] holds furthest[k] for k in -d-1 … d+1 as it stood before round d
  const trace: Int32Array[] = [];
  for (let d = 0; d <= n + m; d++) {
    trace.push(furthest.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (furthest[offset + k - 1] ?? 0) < (furthest[offset + k + 1] ?? 0));
      let x = down ? (furthest[offset + k + 1] ?? 0) : (furthest[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && before[x] === after[y]) {
        x += 1;
        y += 1;
      }
      furthest[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return [];
}

// Returns an edit script that keeps the start and the end the two texts share, and in between keeps each character
// that equals the one at its place in the other text and replaces each other one (deleted, then inserted); what one
// text has beyond the other is deleted or inserted. Not the shortest, but found in time proportional to the length.
function positionalEditScript(before: string, after: string): Edit[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const edits: Edit[] = [];
  for (let i = 0; i < start; i++) edits.push({ op: 'equal', from: i, to: i });
  const middle = Math.min(before.length, after.length) - start - end;
  for (let i = start; i < start + middle; i++)
    if (before[i] === after[i]) edits.push({ op: 'equal', from: i, to: i });
    else edits.push({ op: 'delete', from: i }, { op: 'insert', to: i });
  for (let i = start + middle; i < before.length - end; i++) edits.push({ op: 'delete', from: i });
  for (let j = start + middle; j < after.length - end; j++) edits.push({ op: 'insert', to: j });
  for (let k = end; k > 0; k--) edits.push({ op: 'equal', from: before.length - k, to: after.length - k });
  return edits;
}

// Walks the saved rounds back from the end to read off the edits, then puts them in order.
function backtrack(trace: Int32Array[], n: number, m: number): Edit[] {
  const edits: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const row = trace[d] ?? new Int32Array(0);
    const at = (k: number): number => row[k + d + 1] ?? 0;
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      x -= 1;
      y -= 1;
      edits.push({ op: 'equal', from: x, to: y });
    }
    if (d > 0) edits.push(x === previousX ? { op: 'insert', to: y - 1 } : { op: 'delete', from: x - 1 });
    x = previousX;
    y = previousY;
  }
  return edits.reverse();
}

/** Changes this close together are aligned as one stretch, so " - " → " – " pairs up dash with dash. */
const MERGE_GAP = 4;

/** Aligning a stretch takes time and memory growing with the product of its sides: a stretch of more cells than this
 * (changes a few characters apart all along a paragraph, as no text has them) is traced in proportion instead. 33,000
 * changes three characters apart made one stretch of 10 GB. */
const MAX_CELLS = 64 * 64;

/** A stretch of changes: source characters [from, fromEnd) became typeset characters [to, toEnd). */
interface Stretch {
  from: number;
  fromEnd: number;
  to: number;
  toEnd: number;
}

/**
 * Returns, for each character of `after`, the index of the character of `before` it keeps or replaces; an
 * inserted character takes the one before it (or after it, at the start); -1 only when `before` is empty.
 * Myers' diff finds what stayed; each stretch of changes is then aligned character by character, preferring
 * substitutions, since typography mostly swaps one character for another (a space for a non-breaking one).
 */
export function sourceIndexes(before: string, after: string): number[] {
  const sources = new Array<number>(after.length).fill(-1);
  const stretches: Stretch[] = [];
  let from = 0;
  let to = 0;
  for (const edit of editScript(before, after)) {
    if (edit.op === 'equal') {
      sources[edit.to] = edit.from;
      from = edit.from + 1;
      to = edit.to + 1;
      continue;
    }
    const last = stretches[stretches.length - 1];
    const gap = last === undefined ? Infinity : Math.max(from - last.fromEnd, to - last.toEnd);
    const stretch = last !== undefined && gap <= MERGE_GAP ? last : { from, fromEnd: from, to, toEnd: to };
    if (stretch !== last) stretches.push(stretch);
    if (edit.op === 'delete') from = edit.from + 1;
    else to = edit.to + 1;
    stretch.fromEnd = from;
    stretch.toEnd = to;
  }
  for (const stretch of stretches) alignStretch(before, after, stretch, sources);
  return sources;
}

// Aligns one stretch by edit distance with substitutions, and writes its typeset characters' sources; a stretch of
// more than MAX_CELLS takes the source characters in proportion (each its own where both sides are as long).
function alignStretch(before: string, after: string, stretch: Stretch, sources: number[]): void {
  const rows = stretch.fromEnd - stretch.from;
  const columns = stretch.toEnd - stretch.to;
  if ((rows + 1) * (columns + 1) > MAX_CELLS) {
    for (let j = 0; j < columns; j++)
      sources[stretch.to + j] = rows > 0 ? stretch.from + Math.floor((j * rows) / columns) : neighbourOf(stretch.from, before.length);
    return;
  }
  const width = columns + 1;
  const cost = new Int32Array((rows + 1) * width);
  const same = (i: number, j: number): boolean => before[stretch.from + i] === after[stretch.to + j];
  const at = (i: number, j: number): number => cost[i * width + j] ?? 0;
  for (let i = 0; i <= rows; i++) {
    for (let j = 0; j <= columns; j++) {
      if (i === 0 || j === 0) cost[i * width + j] = i + j;
      else {
        const swap = at(i - 1, j - 1) + (same(i - 1, j - 1) ? 0 : 1);
        cost[i * width + j] = Math.min(swap, at(i - 1, j) + 1, at(i, j - 1) + 1);
      }
    }
  }
  // walk back from the end, preferring a kept or swapped character, then a deletion, then an insertion
  let i = rows;
  let j = columns;
  while (j > 0) {
    if (i > 0 && at(i, j) === at(i - 1, j - 1) + (same(i - 1, j - 1) ? 0 : 1)) {
      sources[stretch.to + j - 1] = stretch.from + i - 1;
      i -= 1;
      j -= 1;
    } else if (i > 0 && at(i, j) === at(i - 1, j) + 1) {
      i -= 1;
    } else {
      sources[stretch.to + j - 1] = neighbourOf(stretch.from + i, before.length);
      j -= 1;
    }
  }
}

// Picks the source character an insertion at source position `position` belongs with: the one before it if any.
function neighbourOf(position: number, length: number): number {
  if (position > 0) return position - 1;
  return length > 0 ? 0 : -1;
}
