// The Polish dictionary (dictionary-pl) cut down to the stems that can spell the words being checked, so that nspell
// reads a few thousand stems instead of 300,000 (about 20 s). A stem spells a word only as affix rules make it: a
// prefix rule strips at most P characters from its start and adds some, a suffix rule strips at most S characters
// from its end and adds some (P and S: the largest strips of the rules its flags name). What is left of the stem, its
// characters from P to length - S, then stands in the word unchanged. A stem whose middle stands in none of the words
// spells none of them, and leaving it out changes no answer. Where the affix file has what this reasoning does not
// cover (compounds, affixes that take affixes, flags of more than one character), the whole dictionary is used.
import dictionary from 'dictionary-pl';
import nspell from 'nspell';

/** Affix file directives that can make a word from more than one stem or rule. */
const NOT_COVERED = /^(COMPOUND\w*|FLAG|ONLYINCOMPOUND|NEEDAFFIX|CIRCUMFIX)\s/m;

// Returns a spell-checker that answers for these words exactly as one with the whole dictionary would.
export function spellCheckerFor(words: Iterable<string>): ReturnType<typeof nspell> {
  const aff = Buffer.from(dictionary.aff).toString('utf8');
  const dic = Buffer.from(dictionary.dic).toString('utf8');
  const strips = stripLengths(aff);
  if (NOT_COVERED.test(aff) || strips === undefined || /[\u{10000}-\u{10FFFF}]/u.test(dic)) return nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  const text = [...words].join('\n').toLowerCase();
  const lines = dic.split('\n');
  const kept = lines.slice(1).filter((line) => {
    const [stem = '', flags = ''] = line.split('/');
    let [prefix, suffix] = [0, 0];
    for (const flag of flags.trim()) {
      prefix = Math.max(prefix, strips.prefix.get(flag) ?? 0);
      suffix = Math.max(suffix, strips.suffix.get(flag) ?? 0);
    }
    // Polish letters are one UTF-16 unit each, so a slice of units is a slice of characters
    return stem !== '' && text.includes(stem.toLowerCase().slice(prefix, Math.max(prefix, stem.length - suffix)));
  });
  return nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from([String(kept.length), ...kept].join('\n')) });
}

// Reads the largest strip of each prefix and suffix flag, or undefined when a rule adds affixes of its own.
function stripLengths(aff: string): { prefix: Map<string, number>; suffix: Map<string, number> } | undefined {
  const strips = { prefix: new Map<string, number>(), suffix: new Map<string, number>() };
  for (const line of aff.split('\n')) {
    const [kind, flag, strip, add] = line.trim().split(/\s+/);
    if ((kind !== 'PFX' && kind !== 'SFX') || flag === undefined || add === undefined) continue;
    if (add.includes('/')) return undefined;
    const map = kind === 'PFX' ? strips.prefix : strips.suffix;
    map.set(flag, Math.max(map.get(flag) ?? 0, strip === '0' ? 0 : (strip ?? '').length));
  }
  return strips;
}
