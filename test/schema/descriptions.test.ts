// The JSON Schema describes every field in each language of the interface, from one catalogue a language: the schema's
// own English, and the Polish keyed by it, with no field undescribed, no English left untranslated and no entry unused.
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../src/i18n/language.ts';
import { PL_DESCRIPTIONS } from '../../src/schema/descriptions-pl.ts';
import { describedIn, markdown } from '../../src/schema/descriptions.ts';
import { jsonSchema } from '../../src/schema/json-schema.ts';
import { KIND_NAMES, type Kind } from '../../src/schema/kinds.ts';

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

// Lists every description in a schema.
function descriptions(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(descriptions);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node as Node).flatMap(([key, value]) => (key === 'description' && typeof value === 'string' ? [value] : descriptions(value)));
}

const schemas = (language: Language) => [jsonSchema(undefined, { language }), ...KIND_NAMES.map((kind) => jsonSchema(kind, { language }))];
const english = new Set(schemas('en').flatMap(descriptions));

describe('the descriptions of the JSON Schema', () => {
  it.each(LANGUAGES.flatMap((language) => KIND_NAMES.map((kind) => [language, kind] as const)))('in %s, describe every field of a %s', (language, kind) => {
    const undescribed = fields(jsonSchema(kind, { language }))
      .filter(([, field]) => typeof field.description !== 'string' || field.description === '')
      .map(([path]) => path);
    expect(undescribed).toEqual([]);
  });

  it('have a Polish translation for every English description', () => {
    expect([...english].filter((text) => !Object.hasOwn(PL_DESCRIPTIONS, text))).toEqual([]);
  });

  it('keep no Polish translation of a description the schema no longer has', () => {
    expect(Object.keys(PL_DESCRIPTIONS).filter((text) => !english.has(text))).toEqual([]);
  });

  it('leave no English description in the Polish schema, and quote in Polish quotes', () => {
    const polish = schemas('pl').flatMap(descriptions);
    expect(polish.filter((text) => english.has(text) && PL_DESCRIPTIONS[text]?.replaceAll('`', '') !== text)).toEqual([]);
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

  it.each<[Language, string, string]>([
    ['pl', 'The acronym: "EASO".', 'Skrótowiec: „EASO”.'],
    ['en', 'The acronym: "EASO".', 'The acronym: "EASO".'],
    ['pl', 'A description no catalogue has.', 'A description no catalogue has.'],
  ])('in %s, word %j as %j (what a message about a missing field says of it)', (language, english, text) => {
    expect(describedIn(language, english)).toBe(text);
  });
});
