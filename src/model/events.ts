// Tells the one-off events of a year (agreements, meetings, visits, deployments, trainings), each in the paragraph
// of the record it belongs to, after what is said there of that record.
import { compareDates } from '../polish/index.ts';
import type { NounPhrase } from '../polish/types.ts';
import type { Engaged, Office } from './domain.ts';
import type { Block, EventItem, Paragraph } from './blocks.ts';
import { participantPhrase } from './who.ts';

type Event = EventItem['event'];

/** What each kind of event is when the record does not say ("what"). */
const WHAT: Record<Event['kind'], NounPhrase> = {
  agreement: {
    nom: 'porozumienie o współpracy',
    gen: 'porozumienia o współpracy',
    acc: 'porozumienie o współpracy',
    loc: 'porozumieniu o współpracy',
    gender: 'n',
  },
  meeting: { nom: 'spotkanie', gen: 'spotkania', acc: 'spotkanie', inst: 'spotkaniem', loc: 'spotkaniu', gender: 'n' },
  hosted: { nom: 'spotkanie', gen: 'spotkania', acc: 'spotkanie', inst: 'spotkaniem', loc: 'spotkaniu', gender: 'n' },
  visit: { nom: 'wizyta studyjna', gen: 'wizyty studyjnej', acc: 'wizytę studyjną', loc: 'wizycie studyjnej', gender: 'f' },
  training: { nom: 'szkolenie', gen: 'szkolenia', acc: 'szkolenie', loc: 'szkoleniu', gender: 'n' },
  deployment: { nom: 'misja', gen: 'misji', acc: 'misję', loc: 'misji', gender: 'f' },
};

// Adds the events of the year: to the paragraph that tells their record (or a body above it), else to a paragraph
// of their own at the end, each paragraph's events in date order.
export function addEvents(paragraphs: Paragraph[], records: Engaged[], year: number, office: Office, toldBy: (block: Block) => Engaged[]): void {
  const items = records.flatMap((record) => (record.events ?? []).filter((e) => inYear(e, year)).map((event) => itemOf(record, event, office)));
  const unplaced: Block[] = [];
  for (const item of items.sort((a, b) => compareDates(a.event.date, b.event.date))) {
    const block: Block = { partial: 'event', item };
    const home = paragraphs.find((p) => p.blocks.some((b) => toldBy(b).some((r) => lineage(item.record).includes(r))));
    if (home) home.blocks.push(block);
    else unplaced.push(block);
  }
  if (unplaced.length) paragraphs.push({ blocks: unplaced });
}

// Tells whether an event happened in the year, or over it.
export function inYear(event: Event, year: number): boolean {
  return event.date.year <= year && (event.to ?? event.date).year >= year;
}

// Makes the item an event's sentence reads.
function itemOf(record: Engaged, event: Event, office: Office): EventItem {
  // a count of deployments is of missions, of meetings and trainings of those, unless the data names its noun
  const noun = (
    { deployment: 'misja', meeting: { one: 'spotkanie', few: 'spotkania', many: 'spotkań', gender: 'n' }, training: 'szkolenie' } as Record<
      string,
      NonNullable<Event['count']>['noun']
    >
  )[event.kind];
  const counted = event.count && noun ? { ...event, count: { ...event.count, noun: event.count.noun ?? noun } } : event;
  return { record, event: counted, who: participantPhrase(event.who ?? 'office', office), what: event.what ?? WHAT[event.kind] };
}

// Lists a record and the bodies above it.
function lineage(record: Engaged): Engaged[] {
  const up = record.kind === 'body' ? record.parent : record.context;
  return up ? [record, ...lineage(up)] : [record];
}
