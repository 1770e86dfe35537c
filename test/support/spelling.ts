// The Polish dictionary (dictionary-pl) cut down to the stems that can spell the words being checked, so that nspell
// reads a few thousand stems instead of 300,000 (about 20 s). A stem spells a word only as affix rules make it: a
// suffix rule removes its "strip" from the stem's end (when the stem ends so) and adds its ending; a prefix rule does
// the same at the start. What is left of the stem, once the longest strip that can apply is taken from each end,
// stands in the word unchanged; where no prefix rule strips anything (as in dictionary-pl), it stands at the word's
// start or right after what a prefix rule adds. A stem that stands so in none of the words spells none of them, and
// leaving it out changes no answer. Where the affix file has what this reasoning does not cover (compounds, affixes
// that take affixes, flags of more than one character), the whole dictionary is used.
import dictionary from 'dictionary-pl';
import nspell from 'nspell';

/** Affix file directives that can make a word from more than one stem or rule. */
const NOT_COVERED = /^(COMPOUND\w*|FLAG|ONLYINCOMPOUND|NEEDAFFIX|CIRCUMFIX)\s/m;

/** What the rules of one flag strip, and the length of the longest. */
interface Strips {
  all: Set<string>;
  longest: number;
}

/** What the affix rules strip, by flag, and what prefix rules add. */
interface Rules {
  prefixStrips: Map<string, Strips>;
  suffixStrips: Map<string, Strips>;
  prefixAdds: string[];
}

// Returns a spell-checker that answers for these words exactly as one with the whole dictionary would.
export function spellCheckerFor(words: Iterable<string>): ReturnType<typeof nspell> {
  const aff = Buffer.from(dictionary.aff).toString('utf8');
  const rules = readRules(aff);
  if (NOT_COVERED.test(aff) || rules === undefined) return nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  const checked = [...words].map((word) => word.toLowerCase());
  const text = checked.join('\n');
  // every beginning of a word, and of what follows a prefix rule's addition in it
  const starts = checked.flatMap((word) => [word, ...rules.prefixAdds.filter((add) => word.startsWith(add)).map((add) => word.slice(add.length))]);
  const beginnings = new Set(starts.flatMap((start) => Array.from({ length: start.length + 1 }, (_, n) => start.slice(0, n))));
  const prefixStrips = [...rules.prefixStrips.values()].some((strips) => strips.longest > 0);
  const lines = Buffer.from(dictionary.dic).toString('utf8').split('\n');
  const kept = lines.slice(1).filter((line) => {
    const slash = line.indexOf('/');
    const stem = slash < 0 ? line.trim() : line.slice(0, slash);
    if (stem === '') return false;
    let [start, end] = [0, 0];
    for (let i = slash + 1; slash >= 0 && i < line.length; i++) {
      const flag = line[i]!;
      start = Math.max(
        start,
        longestStrip(rules.prefixStrips.get(flag), (n) => stem.slice(0, n), stem.length),
      );
      end = Math.max(
        end,
        longestStrip(rules.suffixStrips.get(flag), (n) => stem.slice(stem.length - n), stem.length),
      );
    }
    // Polish letters are one UTF-16 unit each, so a slice of units is a slice of characters
    const middle = stem.toLowerCase().slice(start, Math.max(start, stem.length - end));
    return prefixStrips ? text.includes(middle) : beginnings.has(middle);
  });
  return nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from([String(kept.length), ...kept].join('\n')) });
}

// Returns the length of the longest of these strips that a stem of this length has at that end (0 for none).
function longestStrip(strips: Strips | undefined, end: (length: number) => string, length: number): number {
  for (let n = Math.min(strips?.longest ?? 0, length); n > 0; n--) if (strips!.all.has(end(n))) return n;
  return 0;
}

// Reads the strips of each prefix and suffix flag and what prefix rules add, or undefined when a rule adds affixes of
// its own.
function readRules(aff: string): Rules | undefined {
  const rules: Rules = { prefixStrips: new Map(), suffixStrips: new Map(), prefixAdds: [] };
  for (const line of aff.split('\n')) {
    // a rule is "SFX flag strip add condition"; the flag's header line, "SFX flag Y count", has no condition
    const [kind, flag, strip, add, condition] = line.trim().split(/\s+/);
    if ((kind !== 'PFX' && kind !== 'SFX') || flag === undefined || strip === undefined || add === undefined || condition === undefined) continue;
    if (add.includes('/')) return undefined;
    const byFlag = kind === 'PFX' ? rules.prefixStrips : rules.suffixStrips;
    const strips = byFlag.get(flag) ?? { all: new Set<string>(), longest: 0 };
    if (strip !== '0') {
      strips.all.add(strip);
      strips.longest = Math.max(strips.longest, strip.length);
    }
    byFlag.set(flag, strips);
    if (kind === 'PFX' && add !== '0') rules.prefixAdds.push(add.toLowerCase());
  }
  return rules;
}
