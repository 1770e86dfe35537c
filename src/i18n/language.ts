// Which language the interface speaks: Polish for a Polish locale or --lang pl, English otherwise.

/** The languages of the interface. */
export const LANGUAGES = ['en', 'pl'] as const;
export type Language = (typeof LANGUAGES)[number];

// Chooses the language from --lang (either "--lang pl" or "--lang=pl"), else from the locale as POSIX does:
// the first of LC_ALL, LC_MESSAGES and LANG that is set and not empty; Polish when it starts with "pl".
export function languageFor(argv: readonly string[], env: Record<string, string | undefined>): Language | { unknown: string } {
  const given = langArgument(argv);
  if (given !== undefined) return (LANGUAGES as readonly string[]).includes(given) ? (given as Language) : { unknown: given };
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return locale !== undefined && /^pl(?![a-z])/i.test(locale) ? 'pl' : 'en';
}

// Finds the value of the last --lang on the command line, before a "--" that ends the options.
function langArgument(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    if (argv[i] === '--lang') value = argv[i + 1] ?? '';
    else if (argv[i]!.startsWith('--lang=')) value = argv[i]!.slice('--lang='.length);
  }
  return value;
}

// Removes --lang and its value from the command line, where commander would take it for an option of the command.
export function withoutLang(argv: readonly string[]): string[] {
  const end = argv.indexOf('--') < 0 ? argv.length : argv.indexOf('--');
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (i < end && argv[i] === '--lang') i++;
    else if (!(i < end && argv[i]!.startsWith('--lang='))) out.push(argv[i]!);
  }
  return out;
}
