// Keeps apart in a list the bodies that are each followed by sentences of their own (aggregation in microplanning):
// "Przedstawiciele Urzędu biorą udział w pracach A i B" reads well, and so does one sentence of tasks after it, but not
// two ("Agencja realizuje także …" twice, of two agencies, after one list).
import type { Body } from './domain.ts';
import type { Block, Paragraph } from './blocks.ts';
import { descriptionOf } from './describe.ts';
import type { YearPlan } from './plan.ts';
import { withItems } from './timing.ts';

// Splits each taking-part sentence in which two or more bodies are followed by sentences about them (what each is, its
// tasks; for a board, its agency's), so that each of those has a sentence of its own, in its place; the others stay
// together in the first one's place.
export function describedApart(paragraphs: Paragraph[], plan: YearPlan): void {
  for (const paragraph of paragraphs) paragraph.blocks = paragraph.blocks.flatMap((block) => split(block, plan));
}

// Returns a block as the blocks it splits into.
function split(block: Block, plan: YearPlan): Block[] {
  if (block.partial !== 'participation') return [block];
  const told = (body: Body) => toldAfter(body, plan) || (body.parent !== undefined && body.parent.type !== 'council' && toldAfter(body.parent, plan));
  const apart = block.group.items.filter((i) => told(i.record));
  if (apart.length < 2) return [block];
  const together = block.group.items.filter((i) => !apart.includes(i));
  const blocks: Block[] = [];
  for (const item of block.group.items) {
    if (apart.includes(item)) blocks.push({ ...block, group: { ...withItems(block.group, [item]), role: item.participation.role } });
    else if (item === together[0]) blocks.push({ ...block, group: withItems(block.group, together) });
  }
  return blocks.map((b, i) => (i === 0 || b.partial !== 'participation' ? b : { ...b, moreover: false }));
}

// Tells whether the year's section follows a body's first mention with sentences of what it is or its tasks.
function toldAfter(body: Body, plan: YearPlan): boolean {
  return descriptionOf(body, plan, false) !== undefined;
}
