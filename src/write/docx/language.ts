// Makes a styles.xml declare Polish, so that Word and LibreOffice check spelling and hyphenate in Polish.
import { element, replaceElements, withAttribute } from './xml.ts';

/** The language of the section's text. */
export const LANGUAGE = 'pl-PL';

const LANG = `<w:lang w:val="${LANGUAGE}" w:eastAsia="${LANGUAGE}" w:bidi="ar-SA"/>`;

/** Elements that follow w:lang in a w:rPr, in schema order. */
const AFTER_LANG = /<w:(?:eastAsianLayout|specVanish|oMath)[\s/>]/;

// Sets every w:lang of a styles.xml to Polish and makes sure the document defaults carry one.
export function inPolish(styles: string): string {
  const relabelled = replaceElements(styles, 'w:lang', (lang) => withAttribute(lang, 'w:val', LANGUAGE));
  const defaults = element(relabelled, 'w:rPrDefault');
  if (defaults !== undefined && element(defaults, 'w:lang') !== undefined) return relabelled;
  return withDefaultLanguage(relabelled);
}

// Adds w:lang to the run defaults, creating w:docDefaults, w:rPrDefault or w:rPr where they are missing.
function withDefaultLanguage(styles: string): string {
  const runDefaults = `<w:rPrDefault><w:rPr>${LANG}</w:rPr></w:rPrDefault>`;
  const defaults = element(styles, 'w:docDefaults');
  if (defaults === undefined) return styles.replace(/<w:styles(?:\s[^>]*)?>/, (start) => `${start}<w:docDefaults>${runDefaults}</w:docDefaults>`);
  const rPrDefault = element(defaults, 'w:rPrDefault');
  let next: string;
  if (defaults.endsWith('/>')) next = `<w:docDefaults>${runDefaults}</w:docDefaults>`;
  else if (rPrDefault === undefined) next = defaults.replace(/^<w:docDefaults[^>]*>/, (start) => start + runDefaults);
  else next = defaults.replace(rPrDefault, () => withLanguage(rPrDefault));
  return styles.replace(defaults, () => next);
}

// Adds w:lang to a w:rPrDefault that has none, keeping the order the schema asks for.
function withLanguage(rPrDefault: string): string {
  const rPr = element(rPrDefault, 'w:rPr');
  if (rPr === undefined || rPr.endsWith('/>')) return `<w:rPrDefault><w:rPr>${LANG}</w:rPr></w:rPrDefault>`;
  const at = AFTER_LANG.exec(rPr)?.index ?? rPr.lastIndexOf('</w:rPr>');
  return rPrDefault.replace(rPr, () => rPr.slice(0, at) + LANG + rPr.slice(at));
}
