// Turns a valid data set and a year into what the section says.
export { buildSection, yearRange, yearsAfterAsOf, yearsWithData, HEADING, type YearWithData } from './section.ts';
export { viewOf } from './year-view.ts';
export type { Block, Group, Item, Paragraph, Section } from './blocks.ts';
