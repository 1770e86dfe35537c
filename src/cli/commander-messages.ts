// Puts commander's own error messages (unknown option, missing argument…) into the language of the run.
import type { MessageKey } from '../i18n/en.ts';
import type { Messages } from '../i18n/messages.ts';

/** commander's messages, as its source words them, each with the message it becomes. */
const MESSAGES: [RegExp, (m: RegExpExecArray, t: Messages['t']) => string][] = [
  [/^unknown option '(.*)'$/, (m, t) => t('commander.unknown-option', { name: m[1]! })],
  [/^unknown command '(.*)'$/, (m, t) => t('commander.unknown-command', { name: m[1]! })],
  [/^\(Did you mean one of (.*)\?\)$/, (m, t) => t('commander.did-you-mean-one-of', { names: m[1]! })],
  [/^\(Did you mean (.*)\?\)$/, (m, t) => t('commander.did-you-mean', { names: m[1]! })],
  [/^missing required argument '(.*)'$/, (m, t) => t('commander.missing-argument', { name: placeholderIn(m[1]!, t) })],
  [/^option '(.*)' argument missing$/, (m, t) => t('commander.option-missing-argument', { name: placeholdersIn(m[1]!, t) })],
  [
    /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (m, t) => t('commander.too-many-arguments', { command: m[1] ?? 'none', expected: Number(m[2]), got: m[3]! }),
  ],
  [
    /^option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/,
    (m, t) => t('commander.invalid-choice', { name: placeholdersIn(m[1]!, t), value: m[2]!, choices: requoted(m[3]!, t) }),
  ],
];

// Rewrites each line of a commander error message that it recognises; a line it does not know stays as commander wrote it.
export function commanderMessage(text: string, messages: Messages): string {
  return text
    .split('\n')
    .map((line) => {
      for (const [pattern, rewrite] of MESSAGES) {
        const match = pattern.exec(line);
        if (match) return rewrite(match, messages.t);
      }
      return line;
    })
    .join('\n');
}

// Writes the parenthesis commander adds to an option's or argument's description ("(choices: …, default: …)") in
// the language of the run, its values in the language's quotes.
export function describedExtras(description: string, messages: Messages): string {
  const { t } = messages;
  return description.replace(/\((?:choices|default): .*\)$/, (extras) =>
    requoted(extras.replace(/\bchoices:/, t('commander.choices')).replace(/\bdefault:/, t('commander.default')), t),
  );
}

// Puts the values commander quotes as JSON ("text", "json") in the quotes of the run's language.
function requoted(text: string, t: Messages['t']): string {
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
function placeholderIn(name: string, t: Messages['t']): string {
  const key = Object.hasOwn(PLACEHOLDERS, name) ? PLACEHOLDERS[name] : undefined;
  return key ? (t as (key: MessageKey) => string)(key).replace(/^\[(.*)\]$/, '$1') : name;
}

// Writes the placeholders of a usage line or an option's term ("[options] <year>", "-d, --data <dir>") in the
// language of the run.
function placeholdersIn(usage: string, t: Messages['t']): string {
  return usage.replace(/([<[])(\w+)((?:\.\.\.)?[>\]])/g, (whole, open: string, name: string, close: string) =>
    Object.hasOwn(PLACEHOLDERS, name) ? `${open}${placeholderIn(name, t)}${close}` : whole,
  );
}

// Names an argument in the language of the run ("year" is "rok" in Polish).
export function placeholder(name: string, messages: Messages): string {
  return placeholderIn(name, messages.t);
}

// Writes a command's usage line, or an option's term, with its placeholders in the language of the run.
export function usageLine(usage: string, messages: Messages): string {
  return placeholdersIn(usage, messages.t);
}
