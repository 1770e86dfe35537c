// Puts commander's own error messages (unknown option, missing argument…) into the language of the run.
import type { Messages } from '../i18n/messages.ts';

/** commander's messages, as its source words them, each with the message it becomes. */
const MESSAGES: [RegExp, (m: RegExpExecArray, t: Messages['t']) => string][] = [
  [/^unknown option '(.*)'$/, (m, t) => t('commander.unknown-option', { name: m[1]! })],
  [/^unknown command '(.*)'$/, (m, t) => t('commander.unknown-command', { name: m[1]! })],
  [/^\(Did you mean one of (.*)\?\)$/, (m, t) => t('commander.did-you-mean-one-of', { names: m[1]! })],
  [/^\(Did you mean (.*)\?\)$/, (m, t) => t('commander.did-you-mean', { names: m[1]! })],
  [/^missing required argument '(.*)'$/, (m, t) => t('commander.missing-argument', { name: m[1]! })],
  [/^option '(.*)' argument missing$/, (m, t) => t('commander.option-missing-argument', { name: m[1]! })],
  [
    /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (m, t) => t('commander.too-many-arguments', { command: m[1] ?? 'none', expected: Number(m[2]), got: m[3]! }),
  ],
  [
    /^option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/,
    (m, t) => t('commander.invalid-choice', { name: m[1]!, value: m[2]!, choices: m[3]! }),
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
// the language of the run.
export function describedExtras(description: string, messages: Messages): string {
  const { t } = messages;
  return description.replace(/\((?:choices|default): .*\)$/, (extras) =>
    extras.replace(/\bchoices:/, t('commander.choices')).replace(/\bdefault:/, t('commander.default')),
  );
}

// Writes a command's usage line ("[options] <year>") with its placeholders in the language of the run.
export function usageLine(usage: string, messages: Messages): string {
  const { t } = messages;
  return usage.replace('[options]', t('commander.usage')).replace('[command]', t('commander.usage-command'));
}
