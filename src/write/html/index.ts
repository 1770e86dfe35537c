// The HTML writer: the section as a standalone page, and as a fragment for the preview.
export { toHtmlPage, type PageOptions } from './page.ts';
export { sectionHtml, sourcesData } from './fragment.ts';
export { escapeHtml } from './escape.ts';
export { SOURCES_SCRIPT } from './script.ts';
export { STYLE } from './style.ts';
export type { ParagraphChanges } from './marks.ts';
