// Tells the partnership programmes the Office's people work in: one sentence per framework.
import type { Body, Office, Project } from './domain.ts';
import { activeIn, sortByStart, type Engagement } from './active.ts';
import type { Block } from './blocks.ts';
import { groupByWho, itemOf } from './timing.ts';

// Builds a block for each partnership framework with projects that hold in the year.
export function partnershipBlocks(frameworks: Body[], year: number, office: Office): Block[] {
  const blocks: Block[] = [];
  for (const framework of frameworks) {
    const items = sortByStart(framework.projects.flatMap((p) => activeIn(p, year) as Engagement<Project>[])).map((e) => itemOf(e, year, office));
    for (const group of groupByWho(items)) blocks.push({ partial: 'partnerships', framework, group });
  }
  return blocks;
}
