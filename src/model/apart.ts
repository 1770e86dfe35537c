// Keeps a described body out of a list (aggregation in microplanning): "Przedstawiciele Urzędu biorą udział w pracach
// A i B" reads well, but not when A is followed by what it is and B by what it is, nor when each is followed by a
// sentence of its tasks ("Agencja realizuje także …" twice, of two agencies).
import type { Body } from './domain.ts';
import type { Block, Paragraph } from './blocks.ts';
import { describeAs, descriptionOf } from './describe.ts';
import type { YearPlan } from './plan.ts';

// Splits each taking-part sentence of several bodies so that a body the year's section describes (or whose agency it
// describes, for a board) has a sentence of its own, in its place; the others stay together in the first one's place.
export function describedApart(paragraphs: Paragraph[], plan: YearPlan): void {
  for (const paragraph of paragraphs) paragraph.blocks = paragraph.blocks.flatMap((block) => split(block, plan));
}

// Returns a block as the blocks it splits into.
function split(block: Block, plan: YearPlan): Block[] {
  if (block.partial !== 'participation' || block.group.items.length < 2) return [block];
  const described = (body: Body) => isDescribed(body, plan) || (body.parent?.type !== 'council' && body.parent !== undefined && isDescribed(body.parent, plan));
  if (!block.group.items.some((i) => described(i.record))) return [block];
  const together = block.group.items.filter((i) => !described(i.record));
  const blocks: Block[] = [];
  for (const item of block.group.items) {
    if (described(item.record)) blocks.push({ ...block, group: { ...block.group, role: item.participation.role, items: [item] } });
    else if (item === together[0]) blocks.push({ ...block, group: { ...block.group, items: together } });
  }
  return blocks.map((b, i) => (i === 0 || b.partial !== 'participation' ? b : { ...b, moreover: false }));
}

// Tells whether the year's section says what a body is, in apposition or in sentences of its own.
function isDescribed(body: Body, plan: YearPlan): boolean {
  const as = describeAs(body, plan);
  if (as === 'apposition') return Boolean(body.category || body.definition || body.remit || body.founded || body.tasks);
  return descriptionOf(body, plan, false) !== undefined;
}
