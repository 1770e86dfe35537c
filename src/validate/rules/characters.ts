// Checks every text of the data for characters the section cannot hold or that change it without showing.
import { characterName, findForbidden, findInvisible } from '../../diagnostics/characters.ts';
import type { Path } from '../../load/source.ts';
import type { Rule } from '../context.ts';
import { t } from '../../i18n/translate.ts';

// Reports, at the value, a control character, noncharacter or half of a surrogate pair (an error: Word cannot open a
// DOCX holding one, and a terminal acts on ESC and BEL), and a bidirectional or zero-width character (a warning: it
// reorders or splits the text without showing).
export const plainCharacters: Rule = (ctx) => {
  for (const { source, data } of ctx.parsed) {
    visitStrings(data, [], (text, path, at) => {
      const forbidden = findForbidden(text);
      if (forbidden)
        ctx.report(
          source,
          'bad-character',
          t('rule.bad-character', { character: characterName(forbidden.codePoint), index: String(forbidden.index + 1), kind: kindOf(forbidden.codePoint) }),
          path,
          at,
        );
      const invisible = findInvisible(text);
      if (invisible)
        ctx.warn(
          source,
          'invisible-character',
          t('rule.invisible-character', {
            character: characterName(invisible.codePoint),
            index: String(invisible.index + 1),
            bidi: isBidirectional(invisible.codePoint) ? 'yes' : 'no',
          }),
          path,
          at,
        );
    });
  }
};

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
