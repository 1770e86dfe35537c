// Chooses how the Office's participations in bodies are told: a sentence of its own, or together as taking part.
import type { Body, Office } from './domain.ts';
import type { Block, Item } from './blocks.ts';
import { groupByWho, transitions, type PartReading, type Transition } from './timing.ts';

/** Roles told in sentences of their own; the others are told together as taking part. */
const OWN_SENTENCE = new Set(['partner', 'member', 'alternate', 'function']);

/** The parts of the taking-part sentence its bodies may word, and how the sentence of a group reads them: "także" in
 * one body's `taking-part` is the sentence's, but a body whose `activity` is its own ("spotkaniach") is told apart. */
const PARTICIPATION_PARTS: Record<string, PartReading> = {
  moreover: 'shared',
  'taking-part': 'shared',
  'chair-delegation': 'shared',
  activity: 'own',
};

/** Where the blocks go: how many blocks stand before them in the paragraph, whether it opens with "Ponadto",
 * and, where the paragraph tells roles in a fixed order, that order (else the items keep their start order). */
interface Place {
  before: number;
  moreover: boolean;
  roleOrder?: string[];
}

// Tells the items: roles with sentences of their own first, then the rest grouped by who and role.
export function bodyBlocks(all: Item<Body>[], year: number, office: Office, place: Place): Block[] {
  const blocks: Block[] = [];
  const { changes, rest: items } = transitions(all);
  const rank = (i: Item<Body>) => place.roleOrder?.indexOf(i.participation.role) ?? 0;
  const own = items.filter((i) => OWN_SENTENCE.has(i.participation.role)).sort((a, b) => rank(a) - rank(b));
  for (const item of own) blocks.push(ownBlock(item, place.before + blocks.length > 0, year, office));
  for (const change of changes) blocks.push(changeBlock(change));
  const groups = groupByWho(
    items.filter((i) => !OWN_SENTENCE.has(i.participation.role)),
    true,
    PARTICIPATION_PARTS,
  );
  for (const group of groups) blocks.push({ partial: 'participation', group, moreover: place.moreover && place.before + blocks.length === 0 });
  return blocks;
}

// Chooses the block that tells a partner's, member's, alternate's or function holder's participation.
function ownBlock(item: Item<Body>, also: boolean, year: number, office: Office): Block {
  const role = item.participation.role;
  if (role === 'partner') return { partial: 'cooperation', item };
  if (role === 'function') return { partial: 'function', item };
  if (role === 'member' && item.participation.who === 'office') return { partial: 'network', item, office };
  if (role === 'member') return { partial: 'membership', item, also };
  const agency = item.record.parent;
  const newlyEstablished = agency?.established?.year === year || item.record.established?.year === year;
  return { partial: 'board', item, agency, newlyEstablished };
}

// Tells a change of role or of people within one body or project in the year, as one sentence.
export function changeBlock({ before, after }: Transition): Block {
  return { partial: 'role-change', before, after, sameWho: before.participation.who === after.participation.who };
}
