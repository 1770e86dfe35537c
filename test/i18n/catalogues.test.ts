// The two catalogues: the same keys, the same placeholders, every message formats, and the Polish one keeps to
// Polish typography.
import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../src/i18n/en.ts';
import { pl } from '../../src/i18n/pl.ts';
import { format } from '../../src/i18n/messages.ts';
import { CONFIG_FILE } from '../../src/cli/config.ts';

const KEYS = Object.keys(en) as MessageKey[];

/** A node of a parsed message, as much of it as the walk reads. */
interface Node {
  type: number;
  value?: string;
  options?: Record<string, { value: Node[] }>;
}

/** The type of a plural in the parsed message. */
const PLURAL = 6;

// Lists the placeholders of a message by name, each with whether it chooses a plural form; a placeholder may be
// plain in one language and a plural or a choice in the other ("{years} years", "{years, plural, …}").
function placeholders(message: string): Map<string, boolean> {
  const found = new Map<string, boolean>();
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      // 0 is literal text and 7 the # of a plural: neither names a placeholder
      if (node.type !== 0 && node.type !== 7 && node.value !== undefined) found.set(node.value, found.get(node.value) || node.type === PLURAL);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(parse(message, { ignoreTag: true }) as Node[]);
  return found;
}

// Gives each placeholder of a key a sample value: a number where either language chooses a plural by it, else a word.
function samples(key: MessageKey): Record<string, string | number> {
  const [english, polish] = [placeholders(en[key]), placeholders(pl[key])];
  return Object.fromEntries([...english.keys()].map((name) => [name, english.get(name) || polish.get(name) ? 3 : `«${name}»`]));
}

describe('the catalogues', () => {
  it('hold the same keys', () => {
    expect(Object.keys(pl).sort()).toEqual(KEYS.slice().sort());
  });

  it.each(KEYS)('%s: the same placeholders in English and Polish', (key) => {
    expect([...placeholders(pl[key]).keys()].sort()).toEqual([...placeholders(en[key]).keys()].sort());
  });

  it.each(KEYS)('%s: formats in both languages, every placeholder filled', (key) => {
    for (const language of ['en', 'pl'] as const) {
      const text = format(language, key, samples(key));
      // a placeholder left as text would show as {name}: an apostrophe before a brace quotes it in ICU
      for (const name of Object.keys(samples(key))) expect(text, `${language}: ${text}`).not.toContain(`{${name}}`);
    }
  });

  it.each(KEYS)('%s: a message of plain text is written as the parser reads it (apostrophes, quotes)', (key) => {
    for (const [language, catalogue] of [
      ['en', en],
      ['pl', pl],
    ] as const) {
      const nodes = parse(catalogue[key], { ignoreTag: true }) as Node[];
      if (nodes.every((node) => node.type === 0)) expect(format(language, key)).toBe(nodes.map((node) => node.value).join(''));
    }
  });

  it('name the config file as coop-report calls it, where a message names it without a placeholder', () => {
    for (const language of ['en', 'pl'] as const) expect(format(language, 'init.description')).toContain(CONFIG_FILE);
  });

  it('write Polish with Polish quotation marks, en dashes and ellipses', () => {
    // straight double quotes only inside code the analyst types (YAML, a Windows path in a shell command)
    const code = /confirmed: \\"\{year\}\\"|--soffice "D:\\LibreOffice\\program\\soffice\.exe"/g;
    const straight = KEYS.filter((key) => pl[key].replace(code, '').includes('"'));
    expect(straight).toEqual([]);
    expect(KEYS.filter((key) => /\.\.\.| - (?!\d)/.test(pl[key].replace(/„- ”/g, '')))).toEqual([]);
    expect(KEYS.filter((key) => /[“”]/.test(pl[key].replace(/„[^„”]*”/g, '')))).toEqual([]);
  });
});
