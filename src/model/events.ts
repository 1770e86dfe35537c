// Tells the one-off events of a year (agreements, meetings, visits, deployments, trainings), each in the paragraph
// of the record it belongs to, after what is said there of that record. An event over several years is told once, in
// the year it ends, with its span, or as a running total in the years before where the data gives one.
import { compareDates, readNoun } from '../polish/index.ts';
import type { Gender, NounPhrase } from '../polish/types.ts';
import { isEngaged } from '../schema/kinds.ts';
import type { Body, Engaged, Office, Project } from './domain.ts';
import { areaOf } from './active.ts';
import type { Block, EventItem, Paragraph } from './blocks.ts';
import { participantPhrase } from './who.ts';

type Event = EventItem['event'];
type Count = NonNullable<Event['count']>;

/** The gender of the noun each kind of event writes when the record names none, which the words after it agree with: the
 * event partial writes the noun itself, as the default of its part "event-what" ("porozumienie o współpracy",
 * "spotkanie", "wizyta studyjna", "szkolenie", "misja"); a hosted event with visitors is a study visit. */
const GENDER: Record<Event['kind'], Gender> = {
  agreement: 'n',
  meeting: 'n',
  hosted: 'n',
  visit: 'f',
  training: 'n',
  deployment: 'f',
};

/** How each kind of event tells its places when the event does not say (`direction`): missions go "do Bułgarii". */
const DIRECTION: Record<Event['kind'], EventItem['direction']> = {
  agreement: 'in',
  meeting: 'in',
  hosted: 'in',
  visit: 'in',
  deployment: 'to',
  training: 'in',
};

/** A record that has events: a body, a project, or the Office itself. */
type Holder = Body | Project | Office;

// Adds the events of the year that the year's plan tells (`planned`, by the id of their record) to the paragraph that tells their record (or a body above it), the body named in
// `paragraph`, or a partner or visitor; else to one that tells a body of the same area; else to a paragraph of their
// own at the end. Each paragraph's events are in date order.
export function addEvents(
  paragraphs: Paragraph[],
  records: (Body | Project)[],
  year: number,
  office: Office,
  toldBy: (block: Block) => (Body | Project)[],
  planned: (id: string) => boolean,
): void {
  // a record without events holds none, whatever the plan says: asked first, of every record in every year
  const holders: Holder[] = [...(planned('office') ? [office] : []), ...records.filter((r) => r.events && planned(r.id))];
  const items = holders.flatMap((record) => (record.events ?? []).flatMap((event) => itemsIn(record, event, year, office)));
  const unplaced: Block[] = [];
  for (const item of items.sort((a, b) => compareDates(a.event.date, b.event.date))) {
    const block: Block = { partial: 'event', item };
    const home = homeOf(item, paragraphs, toldBy);
    if (home) home.paragraph.blocks.splice(home.at, 0, block);
    else unplaced.push(block);
  }
  if (unplaced.length) paragraphs.push({ blocks: unplaced });
}

/** Where an event is told: its paragraph, and the place among the paragraph's blocks. */
interface Home {
  paragraph: Paragraph;
  at: number;
}

// Finds where an event is told: in the first paragraph that tells a record it hangs on (in the order they are named),
// right after what that paragraph says of the record and of the bodies and projects beneath it, after the events told
// there before it; else at the end of the first paragraph that tells a body of the same area as one of them.
function homeOf(item: EventItem, paragraphs: Paragraph[], toldBy: (block: Block) => (Body | Project)[]): Home | undefined {
  const { event, record } = item;
  const own = 'kind' in record && isEngaged(record.kind) ? [record] : [];
  const named = [...own, ...[event.paragraph, ...(event.partners ?? []), ...(event.visitors ?? [])].filter((b): b is Body => b !== undefined)];
  for (const candidate of named) {
    // a block is about the record when it tells it, a body above it, or a body or project beneath it
    const about = (b: Block) => toldBy(b).some((r) => lineage(candidate).includes(r) || lineage(r).includes(candidate));
    const paragraph = paragraphs.find((p) => p.blocks.some(about));
    if (paragraph) return { paragraph, at: afterEvents(paragraph.blocks, lastIndex(paragraph.blocks, about) + 1) };
  }
  const areas = new Set<Body['area']>(named.map((r) => areaOf(r.kind === 'body' ? r : r.context)).filter((a) => a !== undefined));
  const paragraph = paragraphs.find((p) => p.blocks.some((b) => toldBy(b).some((r) => r.kind === 'body' && areas.has(areaOf(r)))));
  return paragraph && { paragraph, at: paragraph.blocks.length };
}

// Returns the place of the last block that passes a test, or -1.
function lastIndex(blocks: Block[], test: (block: Block) => boolean): number {
  for (let i = blocks.length - 1; i >= 0; i--) if (test(blocks[i]!)) return i;
  return -1;
}

// Returns the place after the events that follow a place among a paragraph's blocks.
function afterEvents(blocks: Block[], at: number): number {
  let end = at;
  while (blocks[end]?.partial === 'event') end++;
  return end;
}

// Tells whether a year's section tells an event: the year it happened or ended in, or a year it gives a running total for.
export function inYear(event: Event, year: number): boolean {
  return endOf(event).year === year || runningTotal(event, year) !== undefined;
}

// Returns the date an event ended on: its `to`, or its date.
function endOf(event: Event): NonNullable<Event['to']> {
  return event.to ?? event.date;
}

// Returns the running total an event gives for a year before the one it ends in and not before it began.
function runningTotal(event: Event, year: number): NonNullable<Event['soFar']>[number] | undefined {
  if (year < event.date.year || year >= endOf(event).year) return undefined;
  return event.soFar?.find((total) => total.year === year);
}

// Makes the items an event's sentence reads in a year: none when the year does not tell it.
function itemsIn(record: Holder, event: Event, year: number, office: Office): EventItem[] {
  if (!inYear(event, year)) return [];
  const total = runningTotal(event, year);
  const soFar = total !== undefined;
  const count = soFar ? total.count : event.count;
  const effort = soFar ? total.effort : event.effort;
  const gender = event.kind === 'hosted' && event.visitors?.length ? GENDER.visit : GENDER[event.kind];
  // an estimate's dates are never told; a running total tells only when it began
  const dated = !event.approximate;
  return [
    {
      record,
      event,
      who: participantPhrase(event.who ?? 'office', office),
      ...(event.what ? { what: event.what } : {}),
      dates: dated ? { from: event.date, to: soFar ? undefined : event.to } : undefined,
      soFar,
      count,
      effort,
      direction: event.direction ?? DIRECTION[event.kind],
      head: count ? countHead(count, gender) : (event.what ?? gender),
    },
  ];
}

// Returns what words after a count agree with: its noun (else the kind's, of `gender`), in the plural unless the count is
// exactly one.
function countHead(count: Count, gender: Gender): NounPhrase {
  const reading = count.noun === undefined ? undefined : readNoun(count.noun, () => '');
  const noun = reading?.noun;
  const one = count.count === 1 && count.bound === undefined;
  return { nom: noun?.one ?? '', gender: noun?.gender ?? gender, number: one ? 'sg' : 'pl', ...(noun?.personal ? { personal: true } : {}) };
}

// Lists a record and the bodies above it.
function lineage(record: Engaged): Engaged[] {
  const up = record.kind === 'body' ? record.parent : record.context;
  return up ? [record, ...lineage(up)] : [record];
}
