// Parsing one record file: YAML problems located and explained once, the shape checked, values normalized to NFC.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EN } from '../support/messages.ts';
import { parseFiles } from '../../src/load/parse-file.ts';
import { MAX_DEPTH, tooDeepAt } from '../../src/load/yaml-shape.ts';
import { tempDir } from '../support/data.ts';

// Parses a text as the record countries/x.yaml.
function parse(text: string) {
  const path = join(tempDir(), 'x.yaml');
  writeFileSync(path, text);
  return parseFiles([{ path, file: 'x.yaml', id: 'x', kind: 'country' }])[0]!;
}

// Lists a parse's diagnostics as "line:column code".
function problems(text: string): string[] {
  return parse(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);
}

describe('parseFiles, for one file', () => {
  it.each([
    ['an unclosed quote: at the quote that opens it, not at the end of the file', 'name:\n  nom: "Norwegia\n  gen: Norwegii\n', ['2:8 yaml-syntax']],
    ['a value after a value: the first error only, not what follows from it', 'name:\n  nom: a: b\n  gen: [\n', ['2:8 yaml-syntax']],
    ['a duplicate key before a syntax error, and the error', 'name:\n  nom: a\n  nom: b\n  gen: "x\n', ['3:3 duplicate-key', '4:8 yaml-syntax']],
    ['no duplicate key after a syntax error: what follows an open bracket is no key of its own', 'name:\n  nom: a\n  gen: [\n  nom: b\n', ['4:3 yaml-syntax']],
    ['every duplicate key, each where it is set again', 'a: 1\nb: 2\na: 3\nb: 4\n', ['3:1 duplicate-key', '4:1 duplicate-key']],
    ['keys that read the same, 1 and "1"', 'name:\n  1: a\n  "1": b\n', ['3:3 duplicate-key']],
    ['every line indented with a tab, once a line', 'name:\n\tnom: a\n\tgen: b\n', ['2:1 tab-indent', '3:1 tab-indent']],
    ['a tab inside a line, which YAML allows', 'name:\n  nom:\ta\n', []],
    ['a tab after a space, where the parser sees items at another column: the tab, at its column', 'name:\n  nom: a\n \tgen: b\n', ['3:2 tab-indent']],
    ['a tab after a space before the first key of a mapping', 'name:\n \tnom: a\n  gen: b\n', ['2:2 tab-indent']],
    ['a tab after a space before an item of a list, not the errors that follow from it', 'name:\n  nom: a\nx:\n  - a\n \t- b\n', ['5:2 tab-indent']],
    ['tabs and spaces mixed: the first tab, once a line', 'name:\n  nom: a\n \t \tgen: b\n\t\tacc: c\n', ['3:2 tab-indent', '4:1 tab-indent']],
    [
      'a tab deeper than the key above, and the error of the line before, which spaces there would give too',
      'name:\n  nom: a\n   \tgen: b\n',
      ['2:8 yaml-syntax', '3:4 tab-indent'],
    ],
    ['a tab in brackets continued on a line indented too little', 'name:\n  nom: a\n  gen: [b,\n \tc]\n', ['4:2 tab-indent']],
    ['a tab after a space on a comment line and a blank line, which YAML allows', 'name:\n  nom: a\n \t# later\n \t\n  gen: b\n', []],
    ['a tab at the start of a line of a block text, which is text', 'name:\n  nom: |\n    a\n    \tb\n', []],
    ['a tab at the start of a line of a quoted text, which is a space', 'name:\n  nom: "a\n   \tb"\n', []],
    ['a tab at the start of a line in brackets, which is a space', 'name:\n  nom: a\n  gen: [b,\n   \tc]\n', []],
    ['a tab in a block text, and a syntax error elsewhere: only the error', 'name:\n  nom: |\n    a\n    \tb\n  gen: [\n', ['6:1 yaml-syntax']],
    ['a mapping as a key', 'name:\n  {nom: a}: b\n', ['2:3 yaml-syntax']],
    ['a null document', '~\n', ['1:1 not-a-mapping']],
    ['a single value', '"Norwegia"\n', ['1:1 not-a-mapping']],
    ['only comments', '# nothing yet\n\n', ['1:1 empty-file']],
    ['an alias defined below its use', 'name:\n  nom: *n\n  gen: &n N\n', ['2:8 yaml-syntax']],
    ['an alias that is fine', 'name:\n  nom: &n Norwegia\n  acc: *n\n', []],
  ])('%s', (_what, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  it('says which key is duplicated and where it was first set', () => {
    expect(EN.text(parse('name:\n  nom: a\n  gen: b\n  nom: c\n').diagnostics[0]!.message)).toBe(
      'Duplicate key "nom": it is already set on line 2 of the same mapping, and a key may appear once. Remove one of the two.',
    );
  });

  it('normalizes decomposed letters in values to NFC and keeps the positions of the text as written', () => {
    const { record } = parse('name:\n  nom: "Szwajcaria Łódź"\n'.normalize('NFD'));
    expect(record!.data).toEqual({ name: { nom: 'Szwajcaria Łódź' } });
    expect((record!.data as { name: { nom: string } }).name.nom).toBe('Szwajcaria Łódź'.normalize('NFC'));
  });

  it('keeps __proto__ and constructor as plain keys: the prototype is never set', () => {
    const data = parse('__proto__:\n  polluted: true\nconstructor: x\nname:\n  nom: a\n').record!.data as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor', 'name']);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect((data as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('refuses an alias bomb quickly, at its first alias', () => {
    const levels = 'abcdefghij'.split('').map(
      (c, i, all) =>
        `${c}: &${c} [${Array(9)
          .fill(i ? `*${all[i - 1]}` : 'x')
          .join(', ')}]`,
    );
    expect(problems(`name:\n  nom: N\n${levels.join('\n')}\n`)).toEqual(['4:8 yaml-aliases']);
  });
});

describe('tooDeepAt', () => {
  it.each([
    ['a record five levels deep', 'participations:\n  - from: "2010"\n    component:\n      nom: x\n', undefined],
    ['a thousand balanced brackets in a row', `a: ${'[]'.repeat(1000)}\n`, undefined],
    ['brackets one more than the limit', `a: ${'['.repeat(MAX_DEPTH + 1)}`, 3 + MAX_DEPTH],
    ['indentation past the limit', `a:\n${' '.repeat(MAX_DEPTH + 1)}b: 1\n`, 3],
    ['"- " indicators and brackets on one line, together past the limit', `${'- '.repeat(30)}${'['.repeat(41)}\n`, 60 + 40],
    ['"- " indicators alone past the limit: the line start', `a: 1\n${'- '.repeat(51)}x\n`, 5],
  ])('%s', (_what, text, offset) => {
    expect(tooDeepAt(text)).toBe(offset);
  });

  it('finds what a per-line regular expression finds, on generated text', () => {
    // the rule as first written: indentation read with a regular expression on each line's first characters
    const reference = (text: string) => {
      let flow = 0;
      let block = 0;
      for (let i = 0; i < text.length; i++) {
        if (i === 0 || text[i - 1] === '\n') block = /^(?: |[-?](?= |\n|$))*/.exec(text.slice(i, i + MAX_DEPTH * 2 + 2))![0].length;
        if (text[i] === '[' || text[i] === '{') flow++;
        else if ((text[i] === ']' || text[i] === '}') && flow > 0) flow--;
        if (block + flow > MAX_DEPTH) return i;
      }
      return undefined;
    };
    const piece = fc.constantFrom(' ', '  ', ' '.repeat(40), '- ', '-', '? ', '?', '\n', '[', ']', '{', '}', 'a', ': ', '-x', '[['.repeat(10));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), (pieces) => {
        const text = pieces.join('');
        expect(tooDeepAt(text)).toBe(reference(text));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });
});

describe('parseFiles, given the files of the load before (the preview at each save)', () => {
  const FIRST = 'name:\n  nom: Norwegia\n';
  it.each([
    ['a file whose text is the same is not parsed again: the same record', FIRST, true, 'Norwegia'],
    ['a file whose text changed is parsed again', 'name:\n  nom: Szwecja\n', false, 'Szwecja'],
    ['a file that became broken is parsed again, and its problem located', 'name:\n  nom: "Szwecja\n', false, undefined],
  ])('%s', (_what, second, same, nom) => {
    const dir = tempDir();
    const file = { path: join(dir, 'x.yaml'), file: 'x.yaml', id: 'x', kind: 'country' as const };
    const earlier = new Map();
    writeFileSync(file.path, FIRST);
    const [before] = parseFiles([file], earlier);
    writeFileSync(file.path, second);
    const [after] = parseFiles([file], earlier);
    expect(after === before).toBe(same);
    expect((after!.record?.data as { name?: { nom?: string } } | undefined)?.name?.nom).toBe(nom);
    expect(after!.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(nom ? [] : ['2:8 yaml-syntax']);
    expect([...earlier.keys()]).toEqual([[file.path, 'x.yaml', 'country', 'x'].join('\u0000')]);
  });

  it('keeps only the files of the last load: one no longer found is let go', () => {
    const dir = tempDir();
    const files = ['a', 'b'].map((id) => ({ path: join(dir, `${id}.yaml`), file: `${id}.yaml`, id, kind: 'country' as const }));
    for (const f of files) writeFileSync(f.path, `name:\n  nom: ${f.id}\n`);
    const earlier = new Map();
    parseFiles(files, earlier);
    parseFiles(files.slice(1), earlier);
    expect([...earlier.keys()].map((key) => key.split('\u0000')[1])).toEqual(['b.yaml']);
  });
});
