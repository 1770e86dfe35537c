// The parameters of a message are typed from the English catalogue's ICU text (src/i18n/params.ts): for every key,
// the type checker finds the placeholders ICU's own parser finds, each with the value its kind takes; and a call with
// a placeholder missing, misspelt or of the wrong kind does not compile.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../src/i18n/en.ts';
import { inEachLanguage, message } from '../../src/i18n/message.ts';
import { ROOT, tempDir } from '../support/data.ts';
import { EN, PL } from '../support/messages.ts';

/** The value type each kind of placeholder takes, as src/i18n/params.ts names it. */
type Kind = 'Text' | 'number' | 'string';

// Lists the placeholders of a message as ICU's parser reads them, each with the type of its value: a number for a
// plural, a word for a select, any text otherwise (a placeholder used two ways takes any text).
function placeholders(text: string): Map<string, Kind> {
  const found = new Map<string, Kind>();
  const add = (name: string, kind: Kind) => found.set(name, found.has(name) && found.get(name) !== kind ? 'Text' : kind);
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time)
        add(element.value, 'Text');
      else if (element.type === TYPE.plural) add(element.value, 'number');
      else if (element.type === TYPE.select) add(element.value, 'string');
      if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parse(text, { ignoreTag: true }));
  return found;
}

// Writes the type of a message's parameters as the parser finds them: { count: number; folder: Text }.
function expected(key: MessageKey): string {
  const fields = [...placeholders(en[key])].map(([name, kind]) => `${JSON.stringify(name)}: ${kind}`);
  return `{ ${fields.join('; ')} }`;
}

describe('the parameters of every message', () => {
  it('are, for the type checker, the placeholders the ICU parser finds, with their kinds', () => {
    // one assertion a key, compiled with the project's own compiler: a key whose type differs fails to compile
    const dir = tempDir();
    const lines = (Object.keys(en) as MessageKey[]).map(
      (key, i) => `export const k${i}: Same<ParamsOf<${JSON.stringify(key)}>, ${expected(key)}, ${JSON.stringify(key)}> = true;`,
    );
    writeFileSync(
      join(dir, 'params-check.ts'),
      [
        `import type { ParamsOf, Text } from ${JSON.stringify(join(ROOT, 'src', 'i18n', 'params.ts'))};`,
        'type Same<A, B, K> = [A] extends [B] ? ([B] extends [A] ? true : K) : K;',
        ...lines,
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          allowImportingTsExtensions: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['params-check.ts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});

describe('a message as data', () => {
  it.each([
    ['no placeholders', message('severity.error'), { key: 'severity.error', params: {} }, 'error', 'błąd'],
    ['a plural', message('found.errors', { count: 5 }), { key: 'found.errors', params: { count: 5 } }, '5 errors', '5 błędów'],
    [
      'a message inside a message, written in the same language',
      message('found', { count: message('found.warnings', { count: 2 }) }),
      { key: 'found', params: { count: { key: 'found.warnings', params: { count: 2 } } } },
      'Found 2 warnings.',
      'Znaleziono 2 ostrzeżenia.',
    ],
    [
      'a list, written one part after the other',
      message('found', { count: [message('found.errors', { count: 1 }), ', ', message('found.warnings', { count: 1 })] }),
      { key: 'found', params: { count: [{ key: 'found.errors', params: { count: 1 } }, ', ', { key: 'found.warnings', params: { count: 1 } }] } },
      'Found 1 error, 1 warning.',
      'Znaleziono 1 błąd, 1 ostrzeżenie.',
    ],
    [
      'a text given in each language, chosen where it is written',
      message('cli.usage-hint', { name: inEachLanguage((language) => (language === 'pl' ? 'raport' : 'report')) }),
      { key: 'cli.usage-hint', params: { name: { en: 'report', pl: 'raport' } } },
      'Run "report --help" for the options and examples.',
      'Opcje i przykłady: „raport --help”.',
    ],
  ])('%s: a key and its values, in no language until written', (_what, made, data, english, polish) => {
    expect(made).toEqual(data);
    expect([EN.text(made), PL.text(made)]).toEqual([english, polish]);
  });

  it('does not compile with a placeholder missing, misspelt or of the wrong kind, or with values a message has no place for', () => {
    // each call below is a type error, and tsc fails on an expected error that is not there; none of them runs
    const illTyped = () => [
      // @ts-expect-error: "entry" and "name" are missing
      message('load.bad-id', {}),
      // @ts-expect-error: "entri" is not a placeholder of the message
      message('load.bad-id', { entri: 'a', name: 'b' }),
      // @ts-expect-error: a plural chooses its form by a number
      message('found.errors', { count: 'five' }),
      // @ts-expect-error: a select chooses by a word, not a message
      message('load.key-not-plain', { what: message('severity.error') }),
      // @ts-expect-error: the message has no placeholder
      message('severity.error', { count: 1 }),
      // @ts-expect-error: the message has placeholders, and none is given
      message('found.errors'),
      // @ts-expect-error: the words of a run check their parameters the same way
      EN.t('cli.usage-hint', { nme: 'coop-report' }),
    ];
    expect(illTyped).toBeTypeOf('function');
    expect(EN.t('cli.usage-hint', { name: 'coop-report' })).toBe('Run "coop-report --help" for the options and examples.');
  });
});
