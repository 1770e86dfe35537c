// Every helper refuses a value it cannot use at its call, naming the argument, what it expected and what it got:
// never "undefined", "w undefined r." or "[object Object]" in a document.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN } from '../support/messages.ts';
import { loadTemplates, TemplateError } from '../../src/render/index.ts';
import { tempDir } from '../support/data.ts';

/** What the templates read: a phrase, a record, a date, a text, a number and lists. */
const VIEW = {
  office: { nom: 'Urząd', gen: 'Urzędu', gender: 'm' },
  forum: { name: { nom: 'Forum', gen: 'Forum', gender: 'n' }, acronym: 'F' },
  from: { year: 2010, month: 12 },
  text: 'tekst',
  n: 3,
  words: ['a', 'b'],
  empty: {},
};

const NOTHING = 'nothing (a field the data does not have, or a misspelt name?)';

// template, column of the call, exact message
const CASES: readonly [string, number, string][] = [
  ['Stan na {{inDate office.asOf}}', 9, `Argument 1 of "inDate" should be a date, but got ${NOTHING}.`],
  ['{{inDate "2010"}}', 1, 'Argument 1 of "inDate" should be a date, but got "2010".'],
  ['{{inDate from 5}}', 1, 'Argument 2 of "inDate" should be a text, but got 5.'],
  ['{{sinceDate forum}}', 1, 'Argument 1 of "sinceDate" should be a date, but got a mapping of name, acronym.'],
  ['{{untilDate 2010}}', 1, 'Argument 1 of "untilDate" should be a date, but got 2010.'],
  ['{{eventWhen from "2010-10"}}', 1, 'Argument 2 of "eventWhen" should be a date, but got "2010-10".'],
  ['{{cap forum}}', 1, 'Argument 1 of "cap" should be a text, but got a mapping of name, acronym.'],
  ['{{cap missing}}', 1, `Argument 1 of "cap" should be a text, but got ${NOTHING}.`],
  ['{{form forum "nom"}}', 1, 'Argument 1 of "form" should be a noun phrase (with "nom"), but got a mapping of name, acronym.'],
  ['{{form empty "nom"}}', 1, 'Argument 1 of "form" should be a noun phrase (with "nom"), but got an empty mapping.'],
  ['{{label office "gen"}}', 1, 'Argument 1 of "label" should be a record with a name, but got a mapping of nom, gen, gender.'],
  ['{{named forum "genitive"}}', 1, 'Argument 2 of "named" should be a case (nom, gen, dat, acc, inst, loc), but got "genitive".'],
  ['{{titled forum}}', 1, `Argument 2 of "titled" should be a case (nom, gen, dat, acc, inst, loc), but got ${NOTHING}.`],
  ['{{expansion text}}', 1, 'Argument 1 of "expansion" should be a record with a name, but got "tekst".'],
  ['{{form (nounOf office) "nom"}}', 8, 'Argument 1 of "nounOf" should be a record with a name, but got a mapping of nom, gen, gender.'],
  ['{{times "dwa"}}', 1, 'Argument 1 of "times" should be a number, but got "dwa".'],
  ['{{countVerb "5" "wchodzić" "państwo"}}', 1, 'Argument 1 of "countVerb" should be a number, but got "5".'],
  ['{{adj 5 office "gen"}}', 1, 'Argument 1 of "adj" should be a text, but got 5.'],
  ['{{adj "realizowany" office}}', 1, `Argument 3 of "adj" should be a case (nom, gen, dat, acc, inst, loc), but got ${NOTHING}.`],
  ['{{relative office "x"}}', 1, 'Argument 2 of "relative" should be a case (nom, gen, dat, acc, inst, loc), but got "x".'],
  ['{{demonstrative 7 "nom"}}', 1, 'Argument 1 of "demonstrative" should be a noun phrase or one of "m", "f", "n", "pl", but got 7.'],
  ['{{pronoun office}}', 1, `Argument 2 of "pronoun" should be a case (nom, gen, dat, acc, inst, loc), but got ${NOTHING}.`],
  ['{{pronoun office "loc" 1}}', 1, 'Argument 3 of "pronoun" should be a text, but got 1.'],
  ['{{possessive words}}', 1, 'Argument 1 of "possessive" should be a noun phrase or one of "m", "f", "n", "pl", but got a list of 2 values.'],
  ['{{labels forum "gen"}}', 1, 'Argument 1 of "labels" should be a list of records with names, but got a mapping of name, acronym.'],
  ['{{namedList words "gen"}}', 1, 'Argument 1 of "namedList" should be a list of records with names, but got a list of 2 values.'],
  ['{{verb "wchodzić" (together office)}}', 19, 'Argument 1 of "together" should be a list, but got a mapping of nom, gen, gender.'],
  ['{{memberGroups text "nom"}}', 1, 'Argument 1 of "memberGroups" should be a list, but got "tekst".'],
  ['{{groupsVerb words}}', 1, `Argument 2 of "groupsVerb" should be a text, but got ${NOTHING}.`],
  ['{{counted n}}', 1, 'Argument 1 of "counted" should be a mapping of fields, but got 3.'],
  ['{{participle n}}', 1, 'Argument 1 of "participle" should be a text, but got 3.'],
  ['{{placeList forum "in"}}', 1, 'Argument 1 of "placeList" should be a list, but got a mapping of name, acronym.'],
  ['{{placePhrase text "in"}}', 1, 'Argument 1 of "placePhrase" should be a mapping of fields, but got "tekst".'],
  ['{{spanNote text}}', 1, 'Argument 1 of "spanNote" should be a mapping of fields, but got "tekst".'],
  ['{{countAdj 2 office "państwo"}}', 1, 'Argument 2 of "countAdj" should be a text, but got a mapping of nom, gen, gender.'],
  ['{{count 2 (nounForms "misja" "misje")}}', 11, `Argument 3 of "nounForms" should be a text, but got ${NOTHING}.`],
  ['{{verbForms "gościć" "gości" n "gości"}}', 1, 'Argument 3 of "verbForms" should be a text, but got 3.'],
  ['{{#join forum}}x{{/join}}', 1, 'Argument 1 of "join" should be a list, but got a mapping of name, acronym.'],
  ['{{say text}}', 1, 'Argument 1 of "say" should be a mapping of fields, but got "tekst".'],
  ['{{#wording n forum}}x{{/wording}}', 1, 'Argument 1 of "wording" should be a text, but got 3.'],
  ['{{#wording "taking-part" text}}x{{/wording}}', 1, 'Argument 2 of "wording" should be a mapping of fields or a list of them, but got "tekst".'],
];

// Writes a templates folder whose section is the given source, and loads it.
async function load(source: string) {
  const dir = tempDir();
  writeFileSync(join(dir, 'section.md.hbs'), source);
  return loadTemplates([dir]);
}

describe('a helper given a value it cannot use', () => {
  it.each(CASES)('%s fails at column %s', async (source, column, message) => {
    const templates = await load(source);
    const error = (() => {
      try {
        return templates.render(VIEW);
      } catch (e) {
        return e;
      }
    })() as TemplateError;
    expect(error).toBeInstanceOf(TemplateError);
    expect([EN.text(error.said), error.line, error.column]).toEqual([message, 1, column]);
  });
});
