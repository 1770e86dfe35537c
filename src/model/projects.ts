// Chooses how each project that holds in the year is told, by the Office's role in it.
import { durationAdjective, durationYears } from '../polish/index.ts';
import type { Body, Office, Project } from './domain.ts';
import { activeIn, sortByStart, withDescendants, type Engagement } from './active.ts';
import type { Block, Item } from './blocks.ts';
import { itemOf } from './timing.ts';

// Builds the blocks for the projects told in a paragraph about `family` (a body and those below it).
export function projectBlocks(family: Body[], year: number, office: Office, afterCooperation: boolean): Block[] {
  const engagements = family.flatMap((b) => b.projects).flatMap((p) => activeIn(p, year) as Engagement<Project>[]);
  // most paragraphs (and the EU's tens of thousands of bodies) have no project in the year
  if (!engagements.length) return [];
  const members = new Set(family);
  return sortByStart(engagements).map((e) => projectBlock(itemOf(e, year, office), members, afterCooperation));
}

// Chooses the block that tells one project.
function projectBlock(item: Item<Project>, family: Set<Body>, afterCooperation: boolean): Block {
  const project = item.record;
  // implementers already named in the paragraph (the body or one above or below it) go by their acronym
  const known = project.implementers.filter((b) => family.has(b) || withDescendants(b).some((d) => family.has(d)));
  const others = project.implementers.filter((b) => !known.includes(b));
  const role = item.participation.role;
  if (role === 'partner') return { partial: 'project-partner', item, known, others, afterCooperation };
  if (role === 'co-implementer') {
    const years = durationYears({ from: project.from ?? item.from, to: project.to ?? item.to });
    return { partial: 'project-co-implementer', item, duration: durationAdjective(years) };
  }
  return { partial: 'project-participant', item, known, others };
}
