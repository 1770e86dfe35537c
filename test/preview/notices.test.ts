// What the preview says it cannot follow: each problem of the watch as one line, in English and in Polish.
import { describe, expect, it } from 'vitest';
import { messagesIn } from '../../src/i18n/messages.ts';
import { noticeOf } from '../../src/preview/notices.ts';

const CWD = '/home/analyst/raport';

describe('the notices of the watch', () => {
  it.each<[string, string, string, 'en' | 'pl', string]>([
    ['a data folder gone', '/home/analyst/raport/data', 'gone', 'en', '"data" is not there; the preview follows it again as soon as it is back.'],
    [
      'a data folder gone, in Polish',
      '/home/analyst/raport/data',
      'gone',
      'pl',
      'Ścieżka „data” nie istnieje; podgląd wznowi śledzenie zmian, gdy tylko zostanie ona przywrócona.',
    ],
    [
      'a folder it may not read',
      '/home/analyst/raport/data/closed',
      'EACCES',
      'en',
      'Cannot follow the changes in "data/closed" (no permission to read it); the rest is followed as before, and this path again as soon as it can be read.',
    ],
    [
      'a folder it may not read, in Polish',
      '/home/analyst/raport/data/closed',
      'EPERM',
      'pl',
      'Nie można śledzić zmian w „data/closed” (brak uprawnień do odczytu); pozostałe pliki są nadal śledzone, a tę ścieżkę podgląd zacznie śledzić, gdy tylko będzie mógł ją odczytać.',
    ],
    [
      'a loop of links',
      '/home/analyst/raport/data/loop',
      'ELOOP',
      'pl',
      'Nie można śledzić zmian w „data/loop” (pętla dowiązań symbolicznych); pozostałe pliki są nadal śledzone, a tę ścieżkę podgląd zacznie śledzić, gdy tylko będzie mógł ją odczytać.',
    ],
    [
      'too many files to watch',
      '/home/analyst/raport/data',
      'ENOSPC',
      'en',
      'Cannot follow the changes in "data" (the system cannot watch more files); the rest is followed as before, and this path again as soon as it can be read.',
    ],
    [
      'another system error, far outside the working folder',
      '/srv/records',
      'EIO',
      'en',
      'Cannot follow the changes in "/srv/records" (system error EIO); the rest is followed as before, and this path again as soon as it can be read.',
    ],
    ['the working folder itself', CWD, 'gone', 'en', '"." is not there; the preview follows it again as soon as it is back.'],
  ])('%s', (_what, path, code, language, expected) => {
    expect(noticeOf({ path, code }, CWD, messagesIn(language))).toBe(expected);
  });
});
