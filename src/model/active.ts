// Picks what holds in a report year, in the order the section tells it.
import { comparePolishKeyed, compareDates, holdsIn, polishKeyed } from '../polish/index.ts';
import type { Body, Engaged, Participation } from './domain.ts';

/** A participation together with the body or project it belongs to. */
export interface Engagement<T extends Engaged = Engaged> {
  record: T;
  participation: Participation;
}

// Returns the participations of a record that hold in the year.
export function activeIn(record: Engaged, year: number): Engagement[] {
  // one list, not a filtered one and then a mapped one: asked of every body in every year
  const active: Engagement[] = [];
  for (const participation of record.participations) if (holdsIn(participation, year)) active.push({ record, participation });
  return active;
}

// Sorts engagements by the analyst's order, then by start date, then by name in Polish alphabetical order. What it
// compares of each engagement is read once: a sort compares each many times, and a year's EU bodies run to tens of
// thousands in a large data set.
export function sortByStart<T extends Engagement>(engagements: T[]): T[] {
  return engagements
    .map((engagement) => ({ engagement, order: engagement.record.order, from: engagement.participation.from, name: polishKeyed(engagement.record.name.nom) }))
    .sort((a, b) => byOrder(a, b) || compareDates(a.from, b.from) || comparePolishKeyed(a.name, b.name))
    .map(({ engagement }) => engagement);
}

// Orders records by the order the analyst gave them ("order"), those with one first; 0 when neither has one.
export function byOrder(a: { order?: number }, b: { order?: number }): number {
  return (a.order ?? Infinity) - (b.order ?? Infinity) || 0;
}

// Returns the area of a body: its own, or the nearest ancestor's.
export function areaOf(body: Body): Body['area'] {
  for (let at: Body | undefined = body; at; at = at.parent) if (at.area) return at.area;
  return undefined;
}

// Returns the topmost ancestor of a body that is still in the same area.
export function rootOf(body: Body): Body {
  let root = body;
  while (root.parent && areaOf(root.parent) === areaOf(body)) root = root.parent;
  return root;
}

// Lists a body and all bodies below it.
export function withDescendants(body: Body): Body[] {
  return [body, ...body.children.flatMap(withDescendants)];
}
