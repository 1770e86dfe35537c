// Characters the typography rules write or look for, named so the rules read as Polish typesetting.

/** The non-breaking space, U+00A0: glues a word to the next one so no line ends between them. */
export const NBSP = '\u00a0';

/** The en dash, U+2013: the Polish parenthetical dash and the dash of number ranges. */
export const EN_DASH = '\u2013';

/**
 * The object replacement character, U+FFFC: stands in for an inline node the rules must not read or change
 * (inline code, HTML, an image, a hard break), so the text around it keeps its neighbours.
 */
export const OBJECT = '\ufffc';

/** Primary Polish quotation marks: „…”. */
export const OPEN_QUOTE = '\u201e';
export const CLOSE_QUOTE = '\u201d';

/** Quotation marks for a quote inside a quote: »…«. */
export const OPEN_INNER_QUOTE = '\u00bb';
export const CLOSE_INNER_QUOTE = '\u00ab';
