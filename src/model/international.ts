// Tells the Office's cooperation beyond the EU institutions: one paragraph per body, with its projects.
import { comparePolish, compareDates } from '../polish/index.ts';
import type { Body, Office } from './domain.ts';
import { activeIn, byOrder, sortByStart, withDescendants, type Engagement } from './active.ts';
import type { Block, Item, Paragraph } from './blocks.ts';
import { bodyBlocks } from './body-blocks.ts';
import { projectBlocks } from './projects.ts';
import { itemOf } from './timing.ts';

// Builds one paragraph for each top-level body that has something holding in the year, ordered by start.
export function internationalParagraphs(roots: Body[], year: number, office: Office): Paragraph[] {
  const told = roots
    .map((root) => ({ root, ...tell(root, year, office) }))
    .filter((t) => t.blocks.length > 0)
    .sort((a, b) => byOrder(a.root, b.root) || compareDates(a.start, b.start) || comparePolish(a.root.name.nom, b.root.name.nom));
  return told.map((t) => ({ blocks: t.blocks }));
}

// Builds the blocks of one body's paragraph and the date its story starts.
function tell(root: Body, year: number, office: Office): { blocks: Block[]; start: Item['from'] } {
  const family = withDescendants(root);
  const bodyItems = sortByStart(family.flatMap((b) => activeIn(b, year) as Engagement<Body>[])).map((e) => itemOf(e, year, office));
  const blocks = bodyBlocks(bodyItems, year, office, { before: 0, moreover: false });
  blocks.push(
    ...projectBlocks(
      family,
      year,
      office,
      blocks.some((b) => b.partial === 'cooperation'),
    ),
  );
  const starts = blocks
    .flatMap((b) => ('item' in b && 'from' in b.item ? [b.item.from] : 'group' in b ? b.group.items.map((i) => i.from) : 'before' in b ? [b.before.from] : []))
    .sort(compareDates);
  return { blocks, start: starts[0] ?? { year } };
}
