// Decides what the section says for a year: which records hold, in which paragraph and order.
import type { Body, Dataset } from '../validate/dataset.ts';
import { viewOf } from './year-view.ts';
import { holdsIn } from '../polish/index.ts';
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
  const view = viewOf(dataset, year);
  const { office } = view;
  const inArea = (area: Body['area']) => view.bodies.filter((b) => areaOf(b) === area);
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

/** A year that has data, with how many bodies and projects hold in it. */
export interface YearWithData {
  year: number;
  bodies: number;
  projects: number;
}

// Lists the years whose section says anything, from the first report year (or the first fact) to the year of
// `asOf` (or, without it, the latest year any date names), with how many bodies and projects hold in each.
export function yearsWithData(dataset: Dataset): YearWithData[] {
  const { first, last } = yearRange(dataset);
  const years: YearWithData[] = [];
  for (let year = first; year <= last; year++) {
    const view = viewOf(dataset, year);
    const bodies = view.bodies.filter((b) => b.participations.some((p) => holdsIn(p, year))).length;
    const projects = view.projects.filter((p) => p.participations.some((s) => holdsIn(s, year))).length;
    if (bodies + projects) years.push({ year, bodies, projects });
  }
  return years;
}

// Returns the years the data covers: from the first report year, or the earliest start, to the year of `asOf` or,
// without it, the latest year a participation names.
export function yearRange(dataset: Dataset): { first: number; last: number } {
  const latest = viewOf(dataset, Infinity);
  const spans = [...latest.bodies, ...latest.projects].flatMap((r) => r.participations);
  const starts = spans.map((p) => p.from.year);
  const last = dataset.asOf?.year ?? Math.max(...starts, ...spans.map((p) => p.to?.year ?? 0));
  return { first: dataset.firstReportYear ?? Math.min(...starts, last), last };
}
