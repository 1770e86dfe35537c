// Builds items and groups: a participation with who takes part and the tense its dates call for.
import { phaseIn } from '../polish/index.ts';
import type { Body, Office, Project } from '../validate/dataset.ts';
import type { Engagement } from './active.ts';
import type { Group, Item } from './blocks.ts';
import { participantPhrase } from './who.ts';

// Makes an item of an engagement, seen from the report year.
export function itemOf<T extends Body | Project>(engagement: Engagement<T>, year: number, office: Office): Item<T> {
  const { participation } = engagement;
  const phase = phaseIn(participation, year);
  return {
    record: engagement.record,
    participation,
    who: participantPhrase(participation.who, office),
    phase,
    tense: phase.ended ? 'past' : 'present',
    from: participation.from,
    to: participation.to,
  };
}

// Groups items by who takes part (and, when asked, by role), keeping their order; a group is in the past only
// when all its items are.
export function groupByWho<T extends Body | Project>(items: Item<T>[], byRole = false): Group<T>[] {
  const groups = new Map<string, Group<T>>();
  for (const item of items) {
    const key = byRole ? `${item.participation.who} ${item.participation.role}` : item.participation.who;
    const group = groups.get(key) ?? { who: item.who, role: item.participation.role, tense: 'past', items: [] };
    group.items.push(item);
    if (item.tense === 'present') group.tense = 'present';
    groups.set(key, group);
  }
  return [...groups.values()];
}
