// Checks every text of the data for characters the section cannot hold or that change it without showing.
import { characterName, findForbidden, findInvisible } from '../../diagnostics/characters.ts';
import type { Path } from '../../load/source.ts';
import { defineRule } from '../context.ts';

// Reports, at the value, a control character, noncharacter or half of a surrogate pair (an error: Word cannot open a
// DOCX holding one, and a terminal acts on ESC and BEL), and a bidirectional or zero-width character (a warning: it
// reorders or splits the text without showing).
export const plainCharacters = defineRule({
  meta: {
    codes: {
      'bad-character': {
        severity: 'error',
        topic: 'characters',
        en: {
          means:
            'a text (or key) holds a control character (C0 other than tab and line ends, DEL, C1), a noncharacter (U+FFFE, U+FFFF, U+FDD0–U+FDEF, …) or half of a surrogate pair: Word cannot open a DOCX holding one, and a terminal acts on ESC and BEL. Located at the value; the writers drop such characters too, whatever reaches them',
          fix: 'delete the character at the position the message gives (simplest: delete the word and type it again)',
        },
        pl: {
          means:
            'tekst zawiera znak sterujący albo niedozwolony znak, którego nie może zawierać plik DOCX – zwykle trafia do tekstu wklejonego z innego programu',
          fix: 'usuń znak na pozycji podanej w komunikacie (najprościej: usuń i wpisz ponownie to słowo)',
        },
      },
      'invisible-character': {
        severity: 'warning',
        topic: 'characters',
        en: {
          means:
            'a text holds a bidirectional mark, embedding, override or isolate, a zero-width space or joiner, or a BOM: it reorders or splits the text without showing',
          fix: 'delete the character, unless it is meant',
        },
        pl: {
          means: 'tekst zawiera niewidoczny znak: zmieniający kierunek tekstu, spację o zerowej szerokości albo znacznik BOM',
          fix: 'usuń znak, chyba że jest zamierzony',
        },
      },
    },
    messages: ['rule.bad-character', 'rule.invisible-character'],
  },
  check(ctx) {
    for (const { source, data } of ctx.parsed) {
      visitStrings(data, [], (text, path, at) => {
        const forbidden = findForbidden(text);
        if (forbidden)
          ctx.report(
            source,
            'bad-character',
            ctx.message('rule.bad-character', {
              character: characterName(forbidden.codePoint),
              index: String(forbidden.index + 1),
              kind: kindOf(forbidden.codePoint),
            }),
            path,
            at,
          );
        const invisible = findInvisible(text);
        if (invisible)
          ctx.report(
            source,
            'invisible-character',
            ctx.message('rule.invisible-character', {
              character: characterName(invisible.codePoint),
              index: String(invisible.index + 1),
              bidi: isBidirectional(invisible.codePoint) ? 'yes' : 'no',
            }),
            path,
            at,
          );
      });
    }
  },
});

// Calls `visit` with every string of a value, keys included, and where it stands.
function visitStrings(value: unknown, path: Path, visit: (text: string, path: Path, at: 'key' | 'value') => void): void {
  if (typeof value === 'string') visit(value, path, 'value');
  else if (Array.isArray(value)) value.forEach((item, index) => visitStrings(item, [...path, index], visit));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      visit(key, [...path, key], 'key');
      visitStrings(item, [...path, key], visit);
    }
}

// Names what kind of character a forbidden one is.
function kindOf(codePoint: number): string {
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 'surrogate';
  return codePoint < 0xa0 ? 'control' : 'noncharacter';
}

// Tells whether a character is a bidirectional mark, embedding, override or isolate.
function isBidirectional(codePoint: number): boolean {
  return (
    codePoint === 0x061c ||
    codePoint === 0x200e ||
    codePoint === 0x200f ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069)
  );
}
