// Checks what a record's own text rendered to: Markdown that the section, the DOCX and the HTML page may show as it is,
// so links only to http(s) and mailto, no images, no raw HTML.
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { message, type Message } from '../i18n/message.ts';

/** Where a link of a record's text may lead. */
const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;

/** What could start a link, an image or HTML in Markdown: text without any of it is plain. */
const MARKUP = /[[<]/;

// Returns why a record text's rendered Markdown may not be shown, or undefined when it may.
export function unsafeOutput(markdown: string): Message | undefined {
  if (!MARKUP.test(markdown)) return undefined;
  return find(fromMarkdown(markdown));
}

// Finds the first link, image or HTML below a node that a record's text may not hold, and says why.
function find(node: Nodes): Message | undefined {
  if (node.type === 'image' || node.type === 'imageReference') return message('template.text-image', { url: 'url' in node ? node.url : node.identifier });
  if (node.type === 'html') return message('template.text-html', { html: node.value });
  if ((node.type === 'link' || node.type === 'definition') && !SAFE_URL.test(node.url)) return message('template.text-link', { url: node.url });
  for (const child of 'children' in node ? node.children : []) {
    const found = find(child);
    if (found) return found;
  }
  return undefined;
}
