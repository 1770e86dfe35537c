// Tells the Office's part in the institutions of the European Union: one paragraph.
import type { Body, Office } from './domain.ts';
import { activeIn, sortByStart, type Engagement } from './active.ts';
import type { Block, Item } from './blocks.ts';
import { bodyBlocks, changeBlock } from './body-blocks.ts';
import { projectBlocks } from './projects.ts';
import { groupByWho, itemOf, transitions } from './timing.ts';

// Builds the blocks about EU bodies that hold in the year (councils' working parties, memberships, boards).
export function euBlocks(bodies: Body[], year: number, office: Office): Block[] {
  const engagements = sortByStart(bodies.flatMap((b) => activeIn(b, year) as Engagement<Body>[]));
  const { changes, rest: items } = transitions(engagements.map((e) => itemOf(e, year, office)));
  const blocks: Block[] = [];
  // councils and their working parties
  const councils = new Map<Body, Item<Body>[]>();
  const rest: Item<Body>[] = [];
  for (const item of items) {
    const council = councilOf(item);
    if (!council) rest.push(item);
    else if (councils.has(council)) councils.get(council)!.push(item);
    else councils.set(council, [item]);
  }
  for (const [council, its] of councils) {
    const own = its.find((i) => i.record === council);
    const parts = its.filter((i) => i.record !== council);
    const chaired = groupByWho(parts.filter((i) => i.participation.role === 'chair-delegation'));
    const participating = groupByWho(parts.filter((i) => i.participation.role !== 'chair-delegation'));
    blocks.push({ partial: 'council', council, chaired, participating, others: own });
  }
  // changes of role within the year, each told once
  for (const change of changes) blocks.push(changeBlock(change));
  // memberships, boards, functions, other roles (added one at a time: spreading a year of many thousands of blocks into
  // push() would overflow the stack)
  for (const block of bodyBlocks(rest, year, office, { before: blocks.length, moreover: false, roleOrder: ['partner', 'member', 'alternate', 'function'] }))
    blocks.push(block);
  // projects run within EU bodies
  for (const block of projectBlocks(bodies, year, office, false)) blocks.push(block);
  return blocks;
}

// Returns the Council an item belongs to: the body itself when it is one, or its parent when that is one.
function councilOf(item: Item<Body>): Body | undefined {
  const body = item.record;
  if (body.type === 'council' && item.participation.role === 'participant') return body;
  if (body.parent?.type === 'council' && ['chair-delegation', 'participant'].includes(item.participation.role)) return body.parent;
  return undefined;
}
