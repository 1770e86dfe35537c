// Checks that a number the text counts with is at least one: "w 0 misjach" and "0 państw" say nothing.
import type { Path } from '../../load/source.ts';
import { parseQuantity } from '../../polish/index.ts';
import { field, list, defineRule } from '../context.ts';
import { writtenValues } from '../in-force.ts';

// Reports each count below one, in events and member groups, as written and in every change.
export const countsFromOne = defineRule({
  meta: {
    codes: {
      'count-below-one': {
        severity: 'error',
        topic: 'counts',
        en: {
          means:
            'a count the text writes before its noun (an event\'s `count` or `effort`, a member group\'s `count`) is below 1 (`0`, `"0,4"`): "w 0 misjach"; as written or in a change',
          fix: 'correct the number, or delete `count` if the number is not known',
        },
        pl: {
          means:
            'liczba podawana w tekście przed rzeczownikiem (`count` lub `effort` wydarzenia, `count` grupy członków) jest mniejsza niż 1 (`0`, `"0,4"`): „w 0 misjach”; w rekordzie lub w zmianie',
          fix: 'popraw liczbę albo usuń pole `count`, jeśli liczba nie jest znana',
        },
      },
    },
    messages: ['rule.count-below-one'],
  },
  check(ctx) {
    for (const { source, data } of ctx.parsed) {
      const places: Path[] = [];
      for (const { value, at } of writtenValues(data, 'events'))
        list(value).forEach((_, index) => places.push([...at, index, 'count', 'count'], [...at, index, 'effort', 'count']));
      for (const { value, at } of writtenValues(data, 'composition'))
        list(field(value, 'groups')).forEach((_, index) => places.push([...at, 'groups', index, 'count']));
      for (const path of places) {
        const count = path.reduce<unknown>((value, key) => (typeof key === 'number' ? list(value)[key] : field(value, key)), data);
        // a count of another type is the schema check's to report
        const number = typeof count === 'number' ? count : typeof count === 'string' ? parseQuantity(count)?.value : undefined;
        if (number !== undefined && number < 1) ctx.report(source, 'count-below-one', ctx.message('rule.count-below-one', { value: String(count) }), path);
      }
    }
  },
});
