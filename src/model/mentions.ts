// Decides how each mention of a body or project reads in a year's section (microplanning of referring expressions):
// the first mention in full, with its acronym and original title, later ones by the acronym or the record's noun.
// RosaeNLG's hasSaid/recordSaid, decided once here, in reading order: the partials only read what was decided.
import type { Body, Engaged } from './domain.ts';
import type { About, Block, Introduction, Paragraph } from './blocks.ts';
import { describeAs } from './describe.ts';
import type { YearPlan } from './plan.ts';

type Told = Engaged;

// Marks in each block and each sentence about a record the records it names first in the section, and how.
export function planMentions(paragraphs: Paragraph[], plan: YearPlan): void {
  const said = new Set<Told>();
  for (const block of paragraphs.flatMap((p) => p.blocks)) {
    // a board whose name holds its agency's, named before: "w Zarządzie Europejskiego Urzędu …", not "… Azylu EASO"
    if (block.partial === 'board' && block.agency && said.has(block.agency)) {
      // what the agency is was told where it was named, as the year's plan or its record asks
      if ((plan.describeAs(block.agency.id) ?? block.agency.describe) !== undefined) block.agencySaid = true;
      if (holdsNameOf(block.item.record, block.agency)) block.agencyInName = true;
    }
    block.introduces = introductions(block, namedBy(block), said, plan);
    for (const about of block.about ?? []) about.introduces = introductions(about, [about.record], said, plan);
  }
}

// Returns how a block introduces each record it names that the section has not named before, marking it said.
function introductions(block: Block | About, records: Told[], said: Set<Told>, plan: YearPlan): Introduction[] {
  const found: Introduction[] = [];
  for (const record of records) {
    if (said.has(record)) continue;
    said.add(record);
    // the agency of a board sentence whose board's name holds the agency's: "w Zarządzie Europejskiego Urzędu … (EASO)",
    // one bracket where the board's acronym is the agency's
    const inName = block.partial === 'board' && block.agency === record && holdsNameOf(block.item.record, record);
    const bracketed = inName && sharesBracket(block.item.record, record);
    const parent = record.kind === 'body' ? record.parent : undefined;
    const owner = parent && ownedBy(record, parent, block, said) ? parent : undefined;
    found.push({
      record,
      style: styleOf(record, block),
      project: record.kind === 'project',
      apposition: appositive(record, block, plan),
      ...(owner ? { owner } : {}),
      ...(inName ? { inName } : {}),
      ...(bracketed ? { bracketed } : {}),
    });
    // a body whose acronym stands in this one's name ("Biuro UNHCR") is introduced by its expansion after that name,
    // unless it has an original title, which its own first mention gives
    if (parent && !parent.title && !said.has(parent) && namesAcronymOf(record, parent)) {
      said.add(parent);
      found.push({ record: parent, style: 'acronym', project: false, apposition: false, within: record });
    }
    // a body named after this one ("Zarządu Agencji … (CEPOL)") is introduced there, with what it is
    if (owner && !said.has(owner)) {
      said.add(owner);
      const named = holdsNameOf(record, owner);
      // the owner's acronym is the record's own, whose bracket its mention gives: "Zarządu Agencji … (CEPOL)" once
      const bracketed = named && sharesBracket(record, owner);
      found.push({
        record: owner,
        style: styleOf(owner, block),
        project: false,
        apposition: appositive(owner, block, plan),
        ...(named ? { inName: named } : {}),
        ...(bracketed ? { bracketed } : {}),
      });
    }
  }
  return found;
}

// Tells whether a body's first mention names the body it belongs to after it, in the genitive: a board's name is the
// board alone ("Zarząd"), so its agency follows ("Zarządu Agencji … (CEPOL)"); where the name holds the agency's
// already ("Zarząd Agencji …"), the agency's bracket follows, the first time it is named. Not a Council's working
// parties, not a name that holds the parent's acronym, and not in the board sentence, which names the agency itself.
function ownedBy(record: Told, parent: Body, block: Block | About, said: Set<Told>): boolean {
  if (parent.type === 'council' || namesAcronymOf(record, parent) || block.partial === 'board') return false;
  return !(holdsNameOf(record, parent) && said.has(parent));
}

// Tells whether a body's bracket is the one of the body it belongs to: the same acronym, and no original title.
function sharesBracket(record: Told, parent: Body): boolean {
  return !parent.title && parent.acronym !== undefined && parent.acronym === record.acronym;
}

// Tells whether a body's name holds the name of the body it belongs to: "Zarząd Europejskiego Urzędu Wsparcia …".
function holdsNameOf(record: Told, parent: Body): boolean {
  return [parent.name.gen, parent.name.nom].some((name) => name !== undefined && record.name.nom.includes(name));
}

// Chooses how a first mention reads: as the record says; else a network the Office belongs to by its original title
// ("przystąpił do „European Network …” (ENARO)"), anything else by its Polish name.
function styleOf(record: Told, block: Block | About): Introduction['style'] {
  if (record.introduce) return record.introduce;
  return block.partial === 'network' && record.title ? 'title' : 'name';
}

// Tells whether what a body is follows its first mention in apposition: not where the sentence tells it itself (an
// agency whose board the Office sits on).
function appositive(record: Told, block: Block | About, plan: YearPlan): boolean {
  if (record.kind !== 'body' || describeAs(record, plan) !== 'apposition') return false;
  return !(block.partial === 'board' && block.agency === record);
}

// Tells whether a body's name holds another body's acronym as a word: "Grupa Sterująca GDISC".
export function namesAcronymOf(record: Told, parent: Body): boolean {
  return parent.acronym ? holdsWord(record.name.nom, parent.acronym) : false;
}

/** A letter or a digit, one character (a surrogate pair is one): what may not stand right before or after a word. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

// Tells whether a text holds a word whole: not right after or before a letter or a digit. Each place the word stands is
// looked at, one character either side; a pattern made for each acronym cost more to compile than all its uses (every
// year's section asks of every body with a parent).
function holdsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!LETTER_OR_DIGIT.test(characterBefore(text, at)) && !LETTER_OR_DIGIT.test(characterAt(text, at + word.length))) return true;
  }
  return false;
}

// Returns the character that ends right before `at`: two code units when they are a surrogate pair, none at the start.
function characterBefore(text: string, at: number): string {
  const pair = at >= 2 && isHighSurrogate(text.charCodeAt(at - 2)) && isLowSurrogate(text.charCodeAt(at - 1));
  return text.slice(pair ? at - 2 : Math.max(0, at - 1), at);
}

// Returns the character that starts at `at`: two code units when they are a surrogate pair, none at the end.
function characterAt(text: string, at: number): string {
  return at < text.length ? String.fromCodePoint(text.codePointAt(at)!) : '';
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

// Lists the records a block names, in the order its partial names them.
function namedBy(block: Block): Told[] {
  switch (block.partial) {
    case 'board':
      return [block.item.record, ...(block.agency ? [block.agency] : [])];
    case 'membership':
    case 'cooperation':
    case 'function':
    case 'network':
    case 'participation':
      return 'item' in block ? [block.item.record] : block.group.items.map((i) => i.record);
    case 'role-change':
      return [block.before.record];
    case 'project-partner':
    case 'project-participant':
      return [block.item.record, ...block.known, ...block.others];
    case 'project-co-implementer':
      return [block.item.record.context, block.item.record];
    case 'council':
      // a working party taken part in is named by its acronym alone, as the Office names it, unless its record asks
      // for a first mention (`introduce`)
      return block.participating.flatMap((g) => g.items.map((i) => i.record)).filter((r) => r.introduce !== undefined);
    case 'event':
      return [...(block.item.event.visitors ?? []), ...(block.item.event.partners ?? [])] as Body[];
    default:
      return [];
  }
}
