// Decides what the section says for a year: which records hold, in which paragraph and order.
import type { Body, Dataset } from '../validate/dataset.ts';
import { activeIn, areaOf, byStart, rootOf, type Engagement } from './active.ts';
import type { Block, Paragraph, Section } from './blocks.ts';
import { euBlocks } from './eu.ts';
import { internationalParagraphs } from './international.ts';
import { partnershipBlocks } from './partnerships.ts';
import { bodyBlocks } from './body-blocks.ts';
import { projectBlocks } from './projects.ts';
import { itemOf } from './timing.ts';

export const HEADING = 'Współpraca międzynarodowa';

// Builds the section for a report year from a valid data set.
export function buildSection(dataset: Dataset, year: number): Section {
  const { office } = dataset;
  const inArea = (area: Body['area']) => dataset.bodies.filter((b) => areaOf(b) === area);
  const paragraphs: Paragraph[] = [];
  const add = (blocks: Block[]) => blocks.length && paragraphs.push({ blocks });
  // within the EU institutions
  add(euBlocks(inArea('eu'), year, office));
  // beyond them: one paragraph per body
  const roots = [...new Set(inArea('international').map(rootOf))];
  const international = internationalParagraphs(roots, year, office);
  if (international.length && paragraphs.length) international[0]!.blocks.unshift({ partial: 'beyond-eu', office });
  paragraphs.push(...international);
  // partnership programmes
  add(partnershipBlocks(inArea('partnerships'), year, office));
  // bilateral bodies
  const bilateralBodies = inArea('bilateral');
  const bilateral = bilateralBodies.flatMap((b) => activeIn(b, year) as Engagement<Body>[]).sort(byStart).map((e) => itemOf(e, year, office));
  add([...bodyBlocks(bilateral, year, office, { before: 0, moreover: paragraphs.length > 0 }), ...projectBlocks(bilateralBodies, year, office, false)]);
  // the opening sentence leads the first paragraph
  paragraphs[0]?.blocks.unshift({ partial: 'opening', office });
  return { year, heading: HEADING, office, paragraphs };
}

// Lists the years in which anything holds, with how many bodies and projects hold in each. An open-ended
// participation counts up to the latest year the data names, so the list ends where the facts end.
export function yearsWithData(dataset: Dataset): { year: number; bodies: number; projects: number }[] {
  const counts = new Map<number, { bodies: Set<string>; projects: Set<string> }>();
  const records = [...dataset.bodies, ...dataset.projects];
  const latest = Math.max(...records.flatMap((r) => r.participations.flatMap((p) => [p.from.year, p.to?.year ?? 0])));
  for (const record of records) {
    for (const p of record.participations) {
      const last = p.to?.year ?? latest;
      for (let year = p.from.year; year <= last; year++) {
        const entry = counts.get(year) ?? { bodies: new Set(), projects: new Set() };
        (record.kind === 'body' ? entry.bodies : entry.projects).add(record.id);
        counts.set(year, entry);
      }
    }
  }
  return [...counts.entries()].sort(([a], [b]) => a - b).map(([year, e]) => ({ year, bodies: e.bodies.size, projects: e.projects.size }));
}
