// Puts commander's own error messages (unknown option, missing argument…) into the language of the run.
import type { MessageKey } from '../i18n/en.ts';
import { t } from '../i18n/translate.ts';

/** commander's messages, as its source words them, each with the message it becomes. */
const MESSAGES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^unknown option '(.*)'$/, (m) => t('commander.unknown-option', { name: m[1]! })],
  [/^unknown command '(.*)'$/, (m) => t('commander.unknown-command', { name: m[1]! })],
  [/^\(Did you mean one of (.*)\?\)$/, (m) => t('commander.did-you-mean-one-of', { names: m[1]! })],
  [/^\(Did you mean (.*)\?\)$/, (m) => t('commander.did-you-mean', { names: m[1]! })],
  [/^missing required argument '(.*)'$/, (m) => t('commander.missing-argument', { name: placeholder(m[1]!) })],
  [/^option '(.*)' argument missing$/, (m) => t('commander.option-missing-argument', { name: usageLine(m[1]!) })],
  [
    /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (m) => t('commander.too-many-arguments', { command: m[1] ?? 'none', expected: Number(m[2]), got: m[3]! }),
  ],
  [
    /^option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/,
    (m) => t('commander.invalid-choice', { name: usageLine(m[1]!), value: m[2]!, choices: requoted(m[3]!) }),
  ],
];

// Rewrites each line of a commander error message that it recognises; a line it does not know stays as commander wrote it.
export function commanderMessage(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      for (const [pattern, rewrite] of MESSAGES) {
        const match = pattern.exec(line);
        if (match) return rewrite(match);
      }
      return line;
    })
    .join('\n');
}

// Writes the parenthesis commander adds to an option's or argument's description ("(choices: …, default: …)") in
// the language of the run, its values in the language's quotes.
export function describedExtras(description: string): string {
  return description.replace(/\((?:choices|default): .*\)$/, (extras) =>
    requoted(extras.replace(/\bchoices:/, t('commander.choices')).replace(/\bdefault:/, t('commander.default'))),
  );
}

// Puts the values commander quotes as JSON ("text", "json") in the quotes of the run's language.
function requoted(text: string): string {
  return text.replace(/"((?:[^"\\]|\\.)*)"/g, (_, value: string) => t('commander.quoted', { value: JSON.parse(`"${value}"`) as string }));
}

/** The names of the arguments and option values in the help, each with its message. */
const PLACEHOLDERS: Record<string, MessageKey> = {
  year: 'placeholder.year',
  yearA: 'placeholder.year-a',
  yearB: 'placeholder.year-b',
  dir: 'placeholder.dir',
  file: 'placeholder.file',
  files: 'placeholder.files',
  path: 'placeholder.path',
  list: 'placeholder.list',
  format: 'placeholder.format',
  n: 'placeholder.n',
  kind: 'placeholder.kind',
  lang: 'placeholder.lang',
  options: 'commander.usage',
  command: 'commander.usage-command',
};

// Names an argument or an option's value in the language of the run ("year" is "rok" in Polish).
export function placeholder(name: string): string {
  const key = Object.hasOwn(PLACEHOLDERS, name) ? PLACEHOLDERS[name] : undefined;
  return key ? t(key).replace(/^\[(.*)\]$/, '$1') : name;
}

// Writes a command's usage line, or an option's term ("[options] <year>", "-d, --data <dir>"), with its
// placeholders in the language of the run.
export function usageLine(usage: string): string {
  return usage.replace(/([<[])(\w+)((?:\.\.\.)?[>\]])/g, (whole, open: string, name: string, close: string) =>
    Object.hasOwn(PLACEHOLDERS, name) ? `${open}${placeholder(name)}${close}` : whole,
  );
}
