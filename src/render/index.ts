// Renders what the section says into the document tree: templates -> Markdown -> mdast -> typography.
import type { Root } from 'mdast';
import type { Section } from '../model/index.ts';
import { applyTypography } from '../typography/index.ts';
import { escapeView } from './escape.ts';
import { parseMarkdown } from './markdown-tree.ts';
import type { Templates } from './templates.ts';

export { loadTemplates, type Templates } from './templates.ts';
export { TemplateError } from './template-error.ts';

// Renders a section to its document tree.
export function renderSection(section: Section, templates: Templates): Root {
  const markdown = templates.render(escapeView(section));
  return applyTypography(parseMarkdown(markdown));
}
