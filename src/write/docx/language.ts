// Makes a styles.xml declare Polish, so that Word and LibreOffice check spelling and hyphenate in Polish.
import type { Document, Element, Node } from '@xmldom/xmldom';
import { child, descendants, setWAttribute, W, wElement } from './dom.ts';

/** The language of the section's text. */
export const LANGUAGE = 'pl-PL';

/** The attributes of the w:lang the document defaults get. */
const LANG: [string, string][] = [
  ['val', LANGUAGE],
  ['eastAsia', LANGUAGE],
  ['bidi', 'ar-SA'],
];

/** Elements that follow w:lang in a w:rPr, in schema order. */
const AFTER_LANG = new Set(['eastAsianLayout', 'specVanish', 'oMath']);

// Sets every w:lang of a styles.xml to Polish and makes sure the document defaults carry one, creating w:docDefaults,
// w:rPrDefault or w:rPr where they are missing.
export function inPolish(styles: Document): void {
  for (const lang of descendants(styles, 'lang')) setWAttribute(lang, 'val', LANGUAGE);
  const root = styles.documentElement!;
  const defaults = child(root, 'docDefaults') ?? inserted(root, wElement(styles, 'docDefaults'), root.firstChild);
  const runDefaults = child(defaults, 'rPrDefault') ?? inserted(defaults, wElement(styles, 'rPrDefault'), defaults.firstChild);
  const rPr = child(runDefaults, 'rPr') ?? inserted(runDefaults, wElement(styles, 'rPr'), null);
  if (!child(rPr, 'lang')) inserted(rPr, wElement(styles, 'lang', LANG), firstAfterLang(rPr));
}

// Inserts an element before a child of a parent (at the end for null) and returns it.
function inserted(parent: Element, element: Element, before: Node | null): Element {
  parent.insertBefore(element, before);
  return element;
}

// Returns the first child of a w:rPr that the schema puts after w:lang, or null to append.
function firstAfterLang(rPr: Element): Element | null {
  for (let node = rPr.firstChild; node; node = node.nextSibling)
    if (node.nodeType === node.ELEMENT_NODE && (node as Element).namespaceURI === W && AFTER_LANG.has((node as Element).localName!)) return node as Element;
  return null;
}
