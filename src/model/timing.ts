// Builds items and groups: a participation with who takes part and the tense its dates call for.
import { compareDates, phaseIn, precisionOf } from '../polish/index.ts';
import type { Body, Engaged, Office, Project } from './domain.ts';
import type { Engagement } from './active.ts';
import type { Group, Item } from './blocks.ts';
import { participantPhrase } from './who.ts';

// Makes an item of an engagement, seen from the report year. It is told as joined when it started in the year,
// its start is not an estimate, and the body did not come into being that year (then the Office was there from its
// start, and the sentence says the body is new instead). Dates that are estimates are never told: such an item ended
// is told in the past without its end ("Przedstawiciel Urzędu pełnił rolę …", not "Do 2013 r. …").
export function itemOf<T extends Engaged>(engagement: Engagement<T>, year: number, office: Office): Item<T> {
  const { participation, record } = engagement;
  const phase = phaseIn(participation, year);
  const body = record.kind === 'body' ? (record as Body) : undefined;
  const newBody = body?.established?.year === year || body?.parent?.established?.year === year;
  const estimated = participation.approximate === true || (record.kind === 'project' && (record as Project).approximate === true);
  return {
    record,
    participation,
    who: participantPhrase(participation.who, office),
    phase: estimated ? { ...phase, started: false, ended: false } : phase,
    tense: phase.ended ? 'past' : 'present',
    joined: phase.started && !estimated && !newBody,
    estimated,
    from: participation.from,
    to: estimated ? undefined : participation.to,
  };
}

/** How a group's sentence reads a part of its wording that its members may word (see `wording` in the templates):
 * `shared`, the words of any member that words it, the others leaving it; `own`, the words of each member, so that a
 * member wording it and one leaving it are told apart. Either way, members wording it differently are told apart. */
export type PartReading = 'shared' | 'own';

// Groups items by who takes part (and, when asked, by role), keeping their order. Items that ended in or before the
// year form groups of their own, told in the past after the others; such a group has `until` when all its items
// ended on one date. Items whose records word a part of the group's sentence (`parts`) in ways that do not fit
// together go into groups of their own.
export function groupByWho<T extends Engaged>(items: Item<T>[], byRole = false, parts: Record<string, PartReading> = {}): Group<T>[] {
  const groups: { key: string; group: Group<T> }[] = [];
  // read once; without parts every two records fit together, and a group's items are not looked through (a Council's
  // working parties run to hundreds in a group)
  const readings = Object.entries(parts);
  for (const item of items) {
    const key = `${item.participation.who} ${byRole ? item.participation.role : ''} ${item.tense}`;
    const found = groups.find(
      (g) => g.key === key && (readings.length === 0 || g.group.items.every((other) => fitTogether(other.record, item.record, readings))),
    );
    const group = found?.group ?? { who: item.who, role: item.participation.role, tense: item.tense, items: [], records: [] };
    group.items.push(item);
    group.records.push(item.record);
    if (!found) groups.push({ key, group });
  }
  for (const { group } of groups) {
    const ends = group.items.map((i) => i.to);
    if (group.tense === 'past' && ends.every((end) => end && ends[0] && compareDates(end, ends[0]) === 0 && precisionOf(end) === precisionOf(ends[0])))
      group.until = ends[0];
  }
  // what goes on is told before what ended
  return groups.map((g) => g.group).sort((a, b) => Number(a.tense === 'past') - Number(b.tense === 'past'));
}

// Returns a group with some of its items only, and their records.
export function withItems<T extends Engaged>(group: Group<T>, items: Item<T>[]): Group<T> {
  return { ...group, items, records: items.map((i) => i.record) };
}

// Tells whether two records word the parts of one sentence in ways that fit together.
function fitTogether(a: Engaged, b: Engaged, readings: [string, PartReading][]): boolean {
  return readings.every(([part, reading]) => {
    const [x, y] = [wordingOf(a, part), wordingOf(b, part)];
    return x === y || (reading === 'shared' && (x === undefined || y === undefined));
  });
}

// Returns a record's own words for a part of a sentence: its text, false where it leaves the part out, or nothing.
function wordingOf(record: Engaged, part: string): string | false | undefined {
  const own = record.wording?.[part];
  return own === false ? false : own?.text;
}

/** One body or project whose role, or whose people, changed within the year: the span that ended and the one that began. */
export interface Transition<T extends Engaged = Engaged> {
  before: Item<T>;
  after: Item<T>;
}

// Finds in a year's items each change of role or of people within one record: a span that ended in the year and a
// span that began in it, on or after that end. Returns those pairs and the items left over.
export function transitions<T extends Engaged>(items: Item<T>[]): { changes: Transition<T>[]; rest: Item<T>[] } {
  const changes: Transition<T>[] = [];
  const paired = new Set<Item<T>>();
  // each record's items, in the order given: a pair is looked for within one record, not across the whole year
  const byRecord = new Map<T, Item<T>[]>();
  for (const item of items) {
    const own = byRecord.get(item.record);
    if (own) own.push(item);
    else byRecord.set(item.record, [item]);
  }
  for (const before of items) {
    if (paired.has(before) || !before.phase.ended || !before.to) continue;
    const after = byRecord
      .get(before.record)!
      .find(
        (i) =>
          i !== before &&
          !paired.has(i) &&
          i.phase.started &&
          compareDates(i.from, before.to!) >= 0 &&
          (i.participation.role !== before.participation.role || i.participation.who !== before.participation.who),
      );
    if (!after) continue;
    paired.add(before).add(after);
    changes.push({ before, after });
  }
  return { changes, rest: items.filter((i) => !paired.has(i)) };
}
