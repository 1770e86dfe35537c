// The guides' commands, run as one story each on a copy of the repository's data (the Polish guide's walk-through of a
// year, the README's examples): each edit a guide shows is made to the files, each command it shows is run in the
// project folder, and each command's output must be what the guide prints ("…" standing for what it leaves out).
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA, ROOT, tempDir } from '../support/data.ts';
import { main } from '../support/shipped.ts';

/** A step of the walk-through: a command and what it prints, or an edit of a file. */
type Step = { kind: 'run'; line: number; args: string[]; printed: string[] } | { kind: 'edit'; line: number; file: string; lines: string[]; whole: boolean };

// Finds the steps of a guide, in order: "<!-- run -->" before a block whose first line is "$ coop-report …" and whose
// other lines are what it prints; "<!-- edit -->" before a ```diff block (the lines of a file kept " ", removed "-"
// and added "+") or a ```yaml block (a whole new file), each headed "# <file>".
function stepsOf(doc: string): Step[] {
  const text = readFileSync(join(ROOT, doc), 'utf8');
  // a block in a list item is indented as the item is; its lines are read without that indent
  return [...text.matchAll(/^( *)<!-- (run|edit) -->\n\1```(\w*)\n([\s\S]*?)\n\1```/gm)].map((m) => {
    const line = text.slice(0, m.index).split('\n').length + 1;
    const [head, ...rest] = m[4]!.split('\n').map((l) => l.slice(m[1]!.length));
    if (m[2] === 'run') return { kind: 'run', line, args: head!.replace(/^\$ coop-report /, '').split(' '), printed: rest };
    return { kind: 'edit', line, file: head!.replace(/^# /, ''), lines: rest, whole: m[3] === 'yaml' };
  });
}

// Makes a pattern of what the guide prints: each line as written, "…" alone on a line standing for any lines, and "…"
// within a line for any text.
function printedPattern(lines: string[]): RegExp {
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const body = lines.map((line) => (line === '…' ? '(?:[^\\n]*\\n)*?' : `${line.split('…').map(literal).join('[^\\n]*?')}\\n`)).join('');
  return new RegExp(`^${body}$`);
}

// Applies a hunk of a diff to a text: the lines kept and removed, in order, are replaced by those kept and added.
function applyHunk(text: string, hunk: string[]): string {
  const before = hunk.filter((l) => !l.startsWith('+')).map((l) => l.slice(1));
  const after = hunk.filter((l) => !l.startsWith('-')).map((l) => l.slice(1));
  const lines = text.split('\n');
  const at = lines.findIndex((_, i) => before.every((l, j) => lines[i + j] === l));
  if (at < 0) throw new Error(`the lines\n${before.join('\n')}\nare not in the file`);
  lines.splice(at, before.length, ...after);
  return lines.join('\n');
}

// Runs the command line in a folder, in the guide's language, and returns its exit code and everything it printed, in order.
async function run(cwd: string, args: string[], env: Record<string, string>) {
  let printed = '';
  const write = (s: string) => (printed += s);
  const exit = await main(args, { stdout: { write, isTTY: false }, stderr: { write, isTTY: false }, env, cwd });
  return { exit, printed };
}

/** The guides whose shown commands run as one story each: the Polish guide's year, and the README's examples. */
const GUIDES: [string, Record<string, string>][] = [
  ['docs/pl/README.md', { LANG: 'pl_PL.UTF-8' }],
  ['README.md', {}],
];

describe("the walk-through of the Polish guide, from last year's data to this year's DOCX", () => {
  it('shows every command of the year, in order', () => {
    const commands = stepsOf('docs/pl/README.md').flatMap((step) => (step.kind === 'run' ? [step.args[0]] : []));
    expect(commands).toEqual(['publish', 'new-year', 'review', 'validate', 'validate', 'confirm', 'diff', 'build', 'diff', 'publish', 'validate', 'validate']);
    expect(stepsOf('docs/pl/README.md').filter((step) => step.kind === 'edit').length).toBeGreaterThanOrEqual(3);
  });
});

describe.each(GUIDES)('the commands %s shows, run in order on a copy of the data', (doc, env) => {
  const project = tempDir();
  cpSync(DATA, join(project, 'data'), { recursive: true });
  const name = (step: Step) => (step.kind === 'run' ? `coop-report ${step.args.join(' ')}` : `the edit of ${step.file}`);

  it.each(stepsOf(doc).map((step) => [`${name(step)} (${doc}:${step.line})`, step] as const))('%s', async (_name, step) => {
    if (step.kind === 'edit') {
      const path = join(project, step.file);
      mkdirSync(dirname(path), { recursive: true });
      if (step.whole) {
        expect(existsSync(path)).toBe(false);
        writeFileSync(path, `${step.lines.join('\n')}\n`);
      } else writeFileSync(path, applyHunk(readFileSync(path, 'utf8'), step.lines));
      return;
    }
    // the non-breaking spaces of the section's text show as spaces, in a terminal as in the guide
    const { printed } = await run(project, step.args, env);
    expect(printed.replace(/\u00a0/g, ' ')).toMatch(printedPattern(step.printed));
  });
});
