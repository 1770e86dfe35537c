// The language of the interface: --lang first, then the locale as POSIX orders it (LC_ALL, LC_MESSAGES, LANG).
import { describe, expect, it } from 'vitest';
import { languageFor, withoutLang } from '../../src/i18n/language.ts';

describe('languageFor', () => {
  it.each([
    ['no locale at all', [], {}, 'en'],
    ['LANG=pl_PL.UTF-8', [], { LANG: 'pl_PL.UTF-8' }, 'pl'],
    ['LANG=pl', [], { LANG: 'pl' }, 'pl'],
    ['LANG=pl_PL@euro', [], { LANG: 'pl_PL@euro' }, 'pl'],
    ['LANG=en_GB.UTF-8', [], { LANG: 'en_GB.UTF-8' }, 'en'],
    ['LANG=C.UTF-8', [], { LANG: 'C.UTF-8' }, 'en'],
    ['LANG=plx (not Polish: a language code is two or three letters)', [], { LANG: 'plx' }, 'en'],
    ['LC_MESSAGES over LANG', [], { LANG: 'en_US.UTF-8', LC_MESSAGES: 'pl_PL.UTF-8' }, 'pl'],
    ['LC_ALL over LC_MESSAGES', [], { LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'pl_PL.UTF-8' }, 'en'],
    ['LC_ALL over LANG', [], { LC_ALL: 'pl_PL.UTF-8', LANG: 'en_GB.UTF-8' }, 'pl'],
    ['an empty LC_ALL is unset', [], { LC_ALL: '', LANG: 'pl_PL.UTF-8' }, 'pl'],
    ['--lang pl over an English locale', ['validate', '--lang', 'pl'], { LANG: 'en_GB.UTF-8' }, 'pl'],
    ['--lang en over a Polish locale', ['--lang', 'en', 'validate'], { LC_ALL: 'pl_PL.UTF-8' }, 'en'],
    ['--lang=pl', ['validate', '--lang=pl'], {}, 'pl'],
    ['the last --lang', ['--lang', 'pl', 'build', '--lang', 'en'], {}, 'en'],
    ['--lang after "--" is an argument, not the option', ['validate', '--', '--lang', 'pl'], {}, 'en'],
    ['--lang de', ['--lang', 'de'], {}, { unknown: 'de' }],
    ['--lang with no value', ['validate', '--lang'], {}, { unknown: '' }],
  ] as const)('%s', (_name, argv, env, language) => {
    expect(languageFor(argv, env)).toEqual(language);
  });
});

describe('withoutLang', () => {
  it.each([
    [
      ['validate', '--lang', 'pl', '--format', 'json'],
      ['validate', '--format', 'json'],
    ],
    [
      ['--lang=en', 'build', '2010'],
      ['build', '2010'],
    ],
    [
      ['build', '2010', '--', '--lang', 'pl'],
      ['build', '2010', '--', '--lang', 'pl'],
    ],
    [['years'], ['years']],
  ])('%j -> %j', (argv, rest) => {
    expect(withoutLang(argv)).toEqual(rest);
  });
});
