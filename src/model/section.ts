// Decides what the section says for a year: which records hold, in which paragraph and order.
import { isEngaged } from '../schema/kinds.ts';
import type { Body, Engaged, Office } from './domain.ts';
import type { Dataset } from '../validate/dataset.ts';
import { engagedIn, viewOf } from './year-view.ts';
import { holdsIn, parseIsoDate } from '../polish/index.ts';
import { SHAPES } from '../schema/shapes.ts';
import { markedValues } from '../schema/walk.ts';
import { activeIn, areaOf, sortByStart, rootOf, type Engagement } from './active.ts';
import type { About, Block, Paragraph, Section } from './blocks.ts';
import { euBlocks } from './eu.ts';
import { addEvents } from './events.ts';
import { internationalParagraphs } from './international.ts';
import { partnershipBlocks } from './partnerships.ts';
import { bodyBlocks } from './body-blocks.ts';
import { projectBlocks } from './projects.ts';
import { inPlanOrder, planOf, type YearPlan } from './plan.ts';
import { itemOf } from './timing.ts';
import { descriptionOf } from './describe.ts';
import { planMentions } from './mentions.ts';
import { describedApart } from './apart.ts';

export const HEADING = 'Współpraca międzynarodowa';

// Builds the section for a report year from a valid data set, as the year's plan tells it.
export function buildSection(dataset: Dataset, year: number): Section {
  const view = viewOf(dataset, year);
  const plan = planOf(dataset, year);
  const { office } = view;
  // the bodies of each area, in the view's order: each body's area found once
  const areas = new Map<Body['area'], Body[]>();
  for (const body of view.bodies) {
    const area = areaOf(body);
    const bodies = areas.get(area);
    if (bodies) bodies.push(body);
    else areas.set(area, [body]);
  }
  const inArea = (area: Body['area']) => areas.get(area) ?? [];
  const paragraphs: Paragraph[] = [];
  const add = (blocks: Block[]) => blocks.length && paragraphs.push({ blocks });
  // within the EU institutions
  add(euBlocks(inArea('eu'), year, office));
  // beyond them: one paragraph per body
  const roots = [...new Set(inArea('international').map(rootOf))];
  const international = inPlanOrder(internationalParagraphs(roots, year, office), plan, (p, id) => p.blocks.some((b) => recordsOf(b).some((r) => r.id === id)));
  if (international.length && paragraphs.length) international[0]!.blocks.unshift({ partial: 'beyond-eu', office });
  for (const paragraph of international) paragraphs.push(paragraph);
  // partnership programmes
  add(partnershipBlocks(inArea('partnerships'), year, office));
  // bilateral bodies
  const bilateralBodies = inArea('bilateral');
  const bilateral = sortByStart(bilateralBodies.flatMap((b) => activeIn(b, year) as Engagement<Body>[])).map((e) => itemOf(e, year, office));
  add([...bodyBlocks(bilateral, year, office, { before: 0, moreover: paragraphs.length > 0 }), ...projectBlocks(bilateralBodies, year, office, false)]);
  // the year's events, in the paragraphs of their records
  addEvents(paragraphs, engagedIn(view), year, office, recordsOf, (id) => plan.tells(id, 'events'));
  // the opening sentence leads the first paragraph; what is said of a record follows the first block about it
  paragraphs[0]?.blocks.unshift({ partial: 'opening', office });
  describedApart(paragraphs, plan);
  attachAbout(paragraphs, plan);
  planMentions(paragraphs, plan);
  return { year, heading: HEADING, office, paragraphs };
}

// Adds after each block what is said about the records it tells, the first time the section tells each record: what
// a body is and when it was set up, who belongs to it, and the record's own sentences, as far as the year's plan tells them.
function attachAbout(paragraphs: Paragraph[], plan: YearPlan): void {
  const told = new Set<Engaged>();
  const describing = (record: Body, block: Block): About[] => {
    const telling = descriptionOf(record, plan, block.partial === 'board' && block.agency === record);
    return telling ? [{ partial: 'description', record, telling }] : [];
  };
  for (const block of paragraphs.flatMap((p) => p.blocks)) {
    const after = recordsOf(block)
      .filter((record) => !told.has(record) && told.add(record))
      .flatMap((record): About[] => [
        ...(record.kind === 'body' ? describing(record, block) : []),
        ...(record.kind === 'body' && record.composition && plan.tells(record.id, 'composition') ? [{ partial: 'composition' as const, record }] : []),
        ...(plan.tells(record.id, 'sentences') ? (record.sentences ?? []) : []).map((text) => ({ partial: 'own-sentence' as const, record, text })),
      ]);
    if (after.length) block.about = after;
  }
}

// Lists the bodies and projects a block tells, in the order it names them, each followed by the bodies above it.
function recordsOf(block: Block): Engaged[] {
  const items: { record: Engaged }[] =
    block.partial === 'event'
      ? ownRecord(block.item.record)
      : 'item' in block
        ? [block.item]
        : 'group' in block
          ? block.group.items
          : 'before' in block
            ? [block.before]
            : [];
  const councils =
    block.partial === 'council' ? [block.council, ...[...block.chaired, ...block.participating].flatMap((g) => g.items.map((i) => i.record))] : [];
  const framework = block.partial === 'partnerships' ? [block.framework] : [];
  const withParents = (record: Engaged): Engaged[] => (record.kind === 'body' && record.parent ? [record, ...withParents(record.parent)] : [record]);
  return [...councils, ...framework, ...items.map((i) => i.record)].flatMap(withParents);
}

// Lists an event's record when it is a body or project (an event of the Office tells no record of its own).
function ownRecord(record: Engaged | Office): { record: Engaged }[] {
  return 'kind' in record && isEngaged(record.kind) ? [{ record }] : [];
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
  // a loop, not Math.max(...years): spreading a few hundred thousand values overflows the stack
  let earliest = Infinity;
  let latest = -Infinity;
  for (const record of engagedIn(viewOf(dataset, Infinity)))
    for (const { from, to } of record.participations) {
      earliest = Math.min(earliest, from.year);
      latest = Math.max(latest, from.year, to?.year ?? 0);
    }
  const last = dataset.asOf?.year ?? latest;
  return { first: dataset.firstReportYear ?? Math.min(earliest, last), last };
}

/** How many years after `asOf` a check renders at most: the years its dated facts name, the earliest first. */
const MAX_YEARS_AFTER = 50;

// Lists the years after `asOf` that a date in the data names (a start, an end, a change, an event): their sections
// are not written yet, but a check renders them so that what their sentences need is found now, not once asOf moves.
export function yearsAfterAsOf(dataset: Dataset): number[] {
  if (!dataset.asOf) return [];
  const after = dataset.asOf.year;
  const years = new Set<number>();
  for (const record of dataset.records)
    for (const { mark, value } of markedValues(SHAPES[record.kind], record.data)) {
      const year = mark.type === 'date' ? parseIsoDate(String(value))?.year : undefined;
      if (year !== undefined && year > after) years.add(year);
    }
  return [...years].sort((a, b) => a - b).slice(0, MAX_YEARS_AFTER);
}
