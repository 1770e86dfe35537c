// Turns a valid data set and a year into what the section says.
export { buildSection, yearsWithData, HEADING } from './section.ts';
export type { Block, Group, Item, Paragraph, Section } from './blocks.ts';
