// Writes the section as a standalone HTML page: Polish, in the report's typography, printable.
import type { Root } from 'mdast';
import type { Messages } from '../../i18n/messages.ts';
import { escapeHtml } from './escape.ts';
import { sourcesLabels } from './labels.ts';
import { sectionHtml, sourcesData } from './fragment.ts';
import { SOURCES_SCRIPT } from './script.ts';
import { STYLE } from './style.ts';

/** What the page needs beyond the tree: its title, and the words of the run for its sources panel. */
export interface PageOptions {
  title: string;
  messages: Messages;
}

// Writes the whole page: the section, and the sentences' sources shown on hover when the tree carries them.
export function toHtmlPage(tree: Root, options: PageOptions): string {
  const traced = tree.data?.sentences !== undefined;
  const labels = sourcesLabels(options.messages);
  return [
    '<!doctype html>',
    '<html lang="pl">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<main class="section">${sectionHtml(tree)}</main>`,
    ...(traced
      ? [
          `<aside id="sources-panel" lang="${labels.lang}" hidden></aside>`,
          `<script type="application/json" id="section-sources">${sourcesData(tree)}</script>`,
          `<script type="application/json" id="page-labels">${labels.json}</script>`,
          `<script>${SOURCES_SCRIPT}</script>`,
        ]
      : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
