// The JSON Schema describes every field in each language of the interface, as the field declares it (`described(en,
// pl)`): the English, and the Polish in its place in the Polish schema, with no field undescribed, no English left
// untranslated and no translation left in the schema an editor reads.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { LANGUAGES, type Language } from '../../src/i18n/language.ts';
import { described } from '../../src/schema/described.ts';
import { descriptionOf, markdown, translatedDescriptions } from '../../src/schema/descriptions.ts';
import { jsonSchema } from '../../src/schema/json-schema.ts';
import { KIND_NAMES, type Kind } from '../../src/schema/kinds.ts';
import { BodyRecord } from '../../src/schema/records.ts';

type Node = Record<string, any>;

// Lists the path of every field (a key under "properties") in a schema, with its node.
function fields(node: unknown, path = ''): [string, Node][] {
  if (Array.isArray(node)) return node.flatMap((item, i) => fields(item, `${path}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node as Node).flatMap(([key, value]) =>
    key === 'properties'
      ? Object.entries(value as Node).flatMap(([name, field]) => [[`${path}.${name}`, field] as [string, Node], ...fields(field, `${path}.${name}`)])
      : fields(value, key === 'anyOf' || key === 'items' || key === 'additionalProperties' ? `${path}/${key}` : path),
  );
}

// Lists the places of the descriptions of a schema that are the same in another, which an editor shows of the first:
// the Markdown where there is one.
function untranslated(english: unknown, other: unknown, path = ''): string[] {
  if (english === null || typeof english !== 'object') return [];
  const node = english as Node;
  const shown = (other as Node | undefined)?.markdownDescription ?? (other as Node | undefined)?.description;
  const own = typeof node.description === 'string' && shown === node.description ? [path || '.'] : [];
  return [...own, ...Object.entries(node).flatMap(([key, value]) => untranslated(value, (other as Node | undefined)?.[key], `${path}/${key}`))];
}

// Lists every description in a schema.
function descriptions(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(descriptions);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node as Node).flatMap(([key, value]) => (key === 'description' && typeof value === 'string' ? [value] : descriptions(value)));
}

// Lists the places of the keys named so in a schema.
function keysNamed(name: string, node: unknown, path = ''): string[] {
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node as Node).flatMap(([key, value]) => [...(key === name ? [`${path}/${key}`] : []), ...keysNamed(name, value, `${path}/${key}`)]);
}

/** The schema of each kind, and of any record file, by name. */
const KINDS_AND_ANY: [string, Kind | undefined][] = [['any record', undefined], ...KIND_NAMES.map((kind) => [kind, kind] as [string, Kind])];

describe('the descriptions of the JSON Schema', () => {
  it.each(LANGUAGES.flatMap((language) => KIND_NAMES.map((kind) => [language, kind] as const)))('in %s, describe every field of a %s', (language, kind) => {
    const undescribed = fields(jsonSchema(kind, { language }))
      .filter(([, field]) => typeof field.description !== 'string' || field.description === '')
      .map(([path]) => path);
    expect(undescribed).toEqual([]);
  });

  it.each(KINDS_AND_ANY)('of %s, have a Polish description in the place of every English one', (_name, kind) => {
    expect(untranslated(jsonSchema(kind, { language: 'en' }), jsonSchema(kind, { language: 'pl' }))).toEqual([]);
  });

  it.each(LANGUAGES.flatMap((language) => KINDS_AND_ANY.map(([name, kind]) => [language, name, kind] as const)))(
    'in %s, of %s, keep no other language beside the descriptions',
    (language, _name, kind) => {
      expect(keysNamed('descriptions', jsonSchema(kind, { language }))).toEqual([]);
    },
  );

  it.each(KINDS_AND_ANY)('of %s, quote in Polish quotes in Polish', (_name, kind) => {
    const polish = descriptions(jsonSchema(kind, { language: 'pl' }));
    expect(polish.length).toBeGreaterThan(10);
    expect(polish.filter((text) => text.includes('"'))).toEqual([]);
  });

  it.each<[Kind, string, Language, string]>([
    ['body', '.acronym', 'pl', 'Skrótowiec: „EASO”.'],
    ['body', '.acronym', 'en', 'The acronym: "EASO".'],
    ['body', '.name.gen', 'pl', 'Dopełniacz: kogo? czego?'],
    ['body', '.parent', 'pl', 'Instytucja, do której należy ta instytucja.'],
    ['project', '.context', 'pl', 'Instytucja, w której akapicie opisuje się projekt lub w ramach której inicjatyw jest realizowany.'],
    ['office', '.asOf', 'pl', 'Stan danych: data, do której dane są aktualne („2014”). Fakty bez daty końcowej obowiązują do tej daty.'],
    ['office', '.wording.opening', 'pl', 'Pierwsze zdanie rozdziału: „Urząd, w zakresie swoich zadań, prowadzi współpracę międzynarodową.”'],
    ['plan', '.records/items.id', 'pl', 'Identyfikator instytucji lub projektu: nazwa jego pliku bez .yaml.'],
  ])('of a %s at %s in %s: %s', (kind, path, language, text) => {
    expect(new Map(fields(jsonSchema(kind, { language }))).get(path)?.description).toBe(text);
  });

  it.each<[string, string | undefined]>([
    [
      'description',
      'Część rozdziału, w której jest o niej mowa: eu (instytucje UE), international (organizacje międzynarodowe), partnerships (partnerstwa) lub bilateral (współpraca dwustronna).',
    ],
    [
      'markdownDescription',
      'Część rozdziału, w której jest o niej mowa: `eu` (instytucje UE), `international` (organizacje międzynarodowe), `partnerships` (partnerstwa) lub `bilateral` (współpraca dwustronna).',
    ],
  ])('mark the values the analyst types as code in Markdown only: the %s of area', (key, text) => {
    expect((jsonSchema('body', { language: 'pl' }).properties as Node).area[key]).toBe(text);
    expect((jsonSchema('body', { language: 'en' }).properties as Node).area.markdownDescription).toBe(undefined);
  });

  it.each([
    ['a `value` and *stars* or _underscores_', 'a `value` and \\*stars\\* or \\_underscores\\_'],
    ['`{one, few, many}` and {braces} [brackets] #', '`{one, few, many}` and \\{braces\\} \\[brackets\\] \\#'],
    ['„coop-report schema --kind <rodzaj>” and `data/*.yaml`', '„coop-report schema --kind \\<rodzaj\\>” and `data/*.yaml`'],
  ])('writes %j in Markdown as %j', (text, written) => {
    expect(markdown(text)).toBe(written);
  });

  it('write the Markdown of the Polish descriptions that mark values, and only of those', () => {
    expect(jsonSchema(undefined, { language: 'pl' }).markdownDescription).toBe(undefined);
    const noun = (jsonSchema('body', { language: 'pl' }).properties as Node).events.items.properties.count.properties.noun;
    expect(noun.markdownDescription).toBe('Rzeczownik liczony: słowo ze słownika programu („państwo”, „misja”, „dzień”) lub jego formy `{one, few, many}`.');
    const effort = (jsonSchema('body', { language: 'pl' }).properties as Node).events.items.properties.kind;
    expect(effort.markdownDescription).toBe(
      '`agreement` (podpisane porozumienie), `meeting` (udział w spotkaniu), `hosted` (wydarzenie zorganizowane przez Urząd), `visit` (wizyta studyjna), `deployment` (oddelegowanie ekspertów), `training` (szkolenie).',
    );
  });

  const acronym = BodyRecord.shape.acronym.unwrap();
  it.each<[string, z.ZodType, Language, string | undefined]>([
    ['an acronym', acronym, 'pl', 'Skrótowiec: „EASO”.'],
    ['an acronym', acronym, 'en', 'The acronym: "EASO".'],
    ['a field described in English only', z.string().describe('The English alone.'), 'pl', 'The English alone.'],
    ['a field described in English over one in both', acronym.describe('The English over it.'), 'pl', 'The English over it.'],
    ['a field described in both', z.string().meta(described('The English.', 'Polski.')), 'pl', 'Polski.'],
    ['an undescribed field', z.string(), 'pl', undefined],
  ])('describe %s in %s as %j (what a message about a missing field says of it)', (_what, schema, language, text) => {
    expect(descriptionOf(schema, language)).toBe(text);
  });

  const written = {
    description: 'The English: `sg` or "pl".',
    descriptions: { en: 'The English: `sg` or "pl".', pl: 'Polski: `sg` lub „pl”.' },
    properties: {
      description: {
        type: 'string',
        description: 'A field named description.',
        descriptions: { en: 'A field named description.', pl: 'Pole o nazwie description.' },
      },
      descriptions: { type: 'object', properties: {} },
      inherited: { type: 'string', description: 'Its own English.', descriptions: { en: 'The English it inherits.', pl: 'Polski, który dziedziczy.' } },
    },
  };
  it.each<[Language, unknown]>([
    [
      'en',
      {
        description: 'The English: `sg` or "pl".',
        properties: {
          description: { type: 'string', description: 'A field named description.' },
          descriptions: { type: 'object', properties: {} },
          inherited: { type: 'string', description: 'Its own English.' },
        },
      },
    ],
    [
      'pl',
      {
        description: 'Polski: sg lub „pl”.',
        markdownDescription: 'Polski: `sg` lub „pl”.',
        properties: {
          description: { type: 'string', description: 'Pole o nazwie description.' },
          descriptions: { type: 'object', properties: {} },
          inherited: { type: 'string', description: 'Its own English.' },
        },
      },
    ],
  ])('in %s, write each description in the language, leaving fields named description and descriptions as they are', (language, schema) => {
    expect(JSON.stringify(translatedDescriptions(written, language))).toBe(JSON.stringify(schema));
  });
});
