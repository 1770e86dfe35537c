// The parts of sentences a record may word its own way: the built-in templates mark exactly the parts the schema lists
// for the kinds, the JSON Schema names each for editors, and the documentation names each with its default words.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jsonSchema } from '../../src/schema/json-schema.ts';
import { SCHEMAS } from '../../src/schema/records.ts';
import { KIND_NAMES, type Kind } from '../../src/schema/kinds.ts';
import { wordingParts } from '../../src/schema/parts-of.ts';
import { EVENT_PARTS } from '../../src/schema/wording-parts.ts';
import { ROOT } from '../support/data.ts';

/** Each part the built-in templates mark with {{#wording "part" …}}, with the partials that mark it. */
const MARKED = (() => {
  const marked = new Map<string, string[]>();
  const folder = join(ROOT, 'templates', 'partials');
  for (const file of readdirSync(folder).sort())
    for (const m of readFileSync(join(folder, file), 'utf8').matchAll(/\{\{#wording "([a-z-]+)"/g))
      marked.set(m[1]!, [...new Set([...(marked.get(m[1]!) ?? []), file.replace('.md.hbs', '')])]);
  return marked;
})();

/** The parts each kind's schema lists for its records to word. */
const LISTED = KIND_NAMES.flatMap((kind) => Object.keys(wordingParts(kind)).map((part) => [kind, part] as const));

/** The parts of an event's sentence, worded on the event itself. */
const EVENT = Object.keys(EVENT_PARTS);

describe('the parts of sentences a record may word', () => {
  it('are the parts the built-in templates mark, each listed for a kind or for events', () => {
    expect(new Set([...LISTED.map(([, part]) => part), ...EVENT])).toEqual(new Set(MARKED.keys()));
    expect(EVENT).toEqual(['event-verb', 'event-what', 'event-so-far', 'event-partners', 'event-delegation', 'event-subject', 'event-effort']);
    for (const part of EVENT) expect(MARKED.get(part)).toEqual(['event']);
    expect(MARKED.get('beyond-eu')).toEqual(['beyond-eu']);
    expect(MARKED.get('initiatives')).toEqual(['project-co-implementer']);
    expect(MARKED.get('among-others')).toEqual(['project-co-implementer']);
    expect(MARKED.get('newly-established')).toEqual(['board']);
    expect(MARKED.get('tasks')).toEqual(['board', 'description']);
    expect(MARKED.get('taking-part')).toEqual(['council', 'participation', 'role']);
    expect(MARKED.get('additionally')).toEqual(['council']);
    expect(MARKED.get('initiative')).toEqual(['apposition', 'description']);
    expect(MARKED.get('founded-as')).toEqual(['apposition', 'description']);
    expect(MARKED.get('remit')).toEqual(['apposition', 'board', 'description']);
    expect(MARKED.get('aim')).toEqual(['partnerships', 'project-participant']);
  });

  it.each<[Kind, string[]]>([
    ['office', ['beyond-eu', 'opening']],
    [
      'body',
      [
        'basis',
        'exchange',
        'activity',
        'lead',
        'newly-established',
        'tasks',
        'cooperation',
        'location',
        'function',
        'membership',
        'matching-tasks',
        'moreover',
        'taking-part',
        'chair-delegation',
        'member-states',
        'component',
        'additionally',
        'other-groups',
        'working-groups',
        'joined',
        'belongs',
        'members',
        'alternate',
        'remit',
        'founded-as',
        'composition',
        'definition',
        'founded',
        'initiative',
        'deals-with',
        'within',
        'aim',
        'with-countries',
        'partner',
        'and-since',
      ],
    ],
    [
      'project',
      [
        'lead',
        'initiatives',
        'among-others',
        'aim',
        'co-implements',
        'beneficiary',
        'responsible',
        'takes-part',
        'implemented-by',
        'other-partners',
        'and-since',
      ],
    ],
    ['country', []],
    ['plan', []],
  ])("are listed in a %s's schema, in this order", (kind, parts) => {
    expect(Object.keys(wordingParts(kind))).toEqual(parts);
  });

  it.each(LISTED)("are named in the JSON Schema of a %s's wording, with what each is, for an editor to offer", (kind, part) => {
    const wording = (jsonSchema(kind).properties as Record<string, { properties: Record<string, { description: string }>; description: string }>).wording!;
    expect(wording.properties[part]!.description).toBe(wordingParts(kind)[part]!.description);
    expect(wording.description).toContain('An editor offers the parts the built-in templates mark.');
  });

  it.each([
    ['office', { 'beyond-eu': 'Urząd współpracuje też z partnerami spoza UE.' }, true],
    ['office', { 'beyond-eu': false }, true],
    ['office', { 'beyond-eu': true }, false],
    ['office', { 'beyond-eu': '' }, false],
    ['body', { 'newly-established': 'utworzonej w 2010 r.' }, true],
    ['body', { 'newly-established': 3 }, false],
    ['project', { initiatives: false, 'among-others': 'również' }, true],
    ['project', { 'custom-part': 'słowa własnego szablonu' }, true],
    ['project', { Initiatives: false }, false],
  ] as const)('in the schema of a %s, wording %j is valid: %s', (kind, wording, valid) => {
    const data = {
      office: { name: { nom: 'Urząd' }, short: { nom: 'Urząd' } },
      body: { name: { nom: 'Agencja' } },
      project: { name: { nom: 'projekt' }, context: 'gdisc' },
    }[kind];
    expect(SCHEMAS[kind].safeParse({ ...data, wording }).success).toBe(valid);
  });

  it.each(['docs/data-format.md', 'docs/pl/format-danych.md'])('are each given in an example of %s, and in its table', (doc) => {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    const worded = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => parse(m[1]!) as { wording?: object; changes?: { wording?: object }[]; events?: { wording?: object }[] } | null)
      .flatMap((block) =>
        [block?.wording, ...(block?.changes ?? []).map((change) => change.wording), ...(block?.events ?? []).map((event) => event.wording)].flatMap((wording) =>
          Object.keys(wording ?? {}),
        ),
      );
    expect(new Set(worded)).toEqual(new Set(MARKED.keys()));
    const table = [...text.matchAll(/^\| `([a-z-]+)` \| [^|]+ \| [^|]+ \| [^|]+ \|$/gm)].map((m) => m[1]!);
    expect(table.sort()).toEqual(LISTED.map(([, part]) => part).sort());
    const events = [...text.matchAll(/^\| `(event-[a-z-]+)` \| [^|]+ \| [^|]+ \|$/gm)].map((m) => m[1]!);
    expect(events).toEqual(EVENT);
  });

  it('are listed in docs/templates.md with the partials that mark them', () => {
    const text = readFileSync(join(ROOT, 'docs', 'templates.md'), 'utf8');
    const rows = [...text.matchAll(/^\| `([a-z-]+)` \| `([a-z-]+)` \|/gm)].map((m) => [m[1]!, m[2]!]);
    expect(rows.map((row) => row.join(' ')).sort()).toEqual([...MARKED].flatMap(([part, partials]) => partials.map((partial) => `${part} ${partial}`)).sort());
  });
});
