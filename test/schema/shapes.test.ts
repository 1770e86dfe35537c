// The shapes of the kinds of record, worked out from the zod schemas: where references, dates, noun phrases and
// texts are. Resolution, the checks and the view of a year find every marked value through them.
import { describe, expect, it } from 'vitest';
import { SHAPES } from '../../src/schema/shapes.ts';
import { mapMarked, markedValues } from '../../src/schema/walk.ts';

describe('the shapes of the records', () => {
  it.each([
    [
      'a body with a parent, members and a change',
      'body',
      { name: { nom: 'a' }, parent: 'x', members: { euStates: 2, countries: ['c1', 'c2'] }, changes: [{ from: '2013', parent: 'y', name: { nom: 'b' } }] },
      [
        'name phrase',
        'parent ref:body',
        'members.countries.0 ref:country',
        'members.countries.1 ref:country',
        'changes.0.from date',
        'changes.0.parent ref:body',
        'changes.0.name phrase',
      ],
    ],
    [
      'a project with participations and implementers',
      'project',
      {
        name: { nom: 'p' },
        context: 'b',
        from: '2010',
        implementers: ['i'],
        participations: [{ from: '2011', who: 'office', role: 'participant', subgroup: 's', component: { nom: 'k' } }],
      },
      [
        'name phrase',
        'context ref:body',
        'from date',
        'implementers.0 ref:body',
        'participations.0.from date',
        'participations.0.subgroup ref:body',
        'participations.0.component phrase',
      ],
    ],
    [
      "texts of the record's own: sentences, wording (a text, or false), an event's sentence",
      'body',
      {
        name: { nom: 'a' },
        sentences: ['t1'],
        wording: { exchange: 't2', basis: false },
        events: [{ date: '2014', kind: 'meeting', places: ['gr'], sentence: 't3' }],
      },
      ['name phrase', 'sentences.0 text', 'wording.exchange text', 'events.0.date date', 'events.0.places.0 ref:country', 'events.0.sentence text'],
    ],
    [
      'data of any shape: a value at a marked field is found whatever it is; lists and mappings that are not are passed over',
      'body',
      { name: 'not a phrase', parent: ['x'], members: 3, sentences: 'one' },
      ['name phrase', 'parent ref:body'],
    ],
  ] as const)('%s', (_name, kind, data, expected) => {
    const found = markedValues(SHAPES[kind], data).map((v) => `${v.path.join('.')} ${v.mark.type}${'kind' in v.mark ? `:${v.mark.kind}` : ''}`);
    expect(found.sort()).toEqual([...expected].sort());
  });

  it('copies data with each marked value converted, leaving the data given as it was', () => {
    const data = { name: { nom: 'a' }, parent: 'x', area: 'eu' };
    const copy = mapMarked(SHAPES.body, data, (value, mark) => (mark.type === 'ref' ? `<${String(value)}>` : value));
    expect(copy).toEqual({ name: { nom: 'a' }, parent: '<x>', area: 'eu' });
    expect(data.parent).toBe('x');
  });
});
