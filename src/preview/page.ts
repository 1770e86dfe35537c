// The preview page: a toolbar with the year selector, the problems or the section, and the sources panel.
import type { Messages } from '../i18n/messages.ts';
import { escapeHtml, SOURCES_SCRIPT, STYLE } from '../write/html/index.ts';
import { previewLabels } from '../write/html/labels.ts';
import { PREVIEW_SCRIPT } from './client.ts';

/** The toolbar's and the problem list's look, beside the section's own. */
const PREVIEW_STYLE = `
.toolbar { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; padding: .5rem 1rem; background: #2f3b45; color: #f4f4f4; font: 10pt/1.4 system-ui, sans-serif; }
.toolbar select { font: inherit; }
.toolbar .legend ins, .toolbar .legend del { color: #111; padding: 0 .25rem; }
.toolbar #status { margin-left: auto; opacity: .8; }
#problems { max-width: 21cm; box-sizing: border-box; margin: 1.5rem auto; padding: 1rem 1.5rem; background: #fff; border-left: 4px solid #b3261e; font: 10pt/1.5 system-ui, sans-serif; }
#problems h2 { font-size: 11pt; margin: 0 0 .5rem; }
#problems ul { margin: 0; padding-left: 1.1rem; }
#problems li.warning { color: #6b5200; }
#problems code { font-weight: bold; }
#notices { max-width: 21cm; box-sizing: border-box; margin: 1.5rem auto 0; padding: .75rem 1.5rem; background: #fff; border-left: 4px solid #8a6d00; font: 10pt/1.5 system-ui, sans-serif; }
#notices h2 { font-size: 11pt; margin: 0 0 .25rem; }
#notices ul { margin: 0; padding-left: 1.1rem; }
`;

// Writes the page for a year; the server sends its content as views.
export function previewPage(year: number, messages: Messages): string {
  const { t } = messages;
  const labels = previewLabels(messages);
  return [
    '<!doctype html>',
    '<html lang="pl">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(t('page.title', { year: String(year) }))}</title>`,
    `<style>${STYLE}${PREVIEW_STYLE}</style>`,
    '</head>',
    `<body data-year="${year}">`,
    `<header class="toolbar" lang="${labels.lang}">`,
    `<label>${escapeHtml(t('page.year'))} <select id="year"><option value="${year}" selected>${year}</option></select></label>`,
    '<span id="compared"></span>',
    `<span class="legend"><ins>${escapeHtml(t('page.added'))}</ins> <del>${escapeHtml(t('page.removed'))}</del></span>`,
    '<span id="status" role="status"></span>',
    '</header>',
    `<section id="notices" lang="${labels.lang}" role="status" hidden><h2>${escapeHtml(t('page.not-followed'))}</h2><ul></ul></section>`,
    `<section id="problems" lang="${labels.lang}" hidden><h2></h2><ul></ul></section>`,
    '<main class="section" id="section"></main>',
    `<aside id="sources-panel" lang="${labels.lang}" hidden></aside>`,
    '<script type="application/json" id="section-sources">[]</script>',
    `<script type="application/json" id="page-labels">${labels.json}</script>`,
    `<script>${SOURCES_SCRIPT}</script>`,
    `<script>${PREVIEW_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
