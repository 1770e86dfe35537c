// Checks that bodies do not nest in a circle (a parent of its own parent) in any year: with the parents written in the
// records and with those that dated changes give, before `asOf` as after it.
import { defineRule, type CheckedRecord } from '../context.ts';
import { changeYears, valueIn, type ValueInForce } from '../in-force.ts';

// Reports each circle of parents once, at the parent that closes it: the one a change of that year gives, or else the
// parent of the body listed first.
export const noCycles = defineRule({
  meta: {
    codes: {
      'parent-cycle': {
        severity: 'error',
        topic: 'references',
        en: {
          means:
            'bodies nest in a circle through `parent` in some year: with the parents as written, or with those dated changes give from their year on (before `asOf` as after it); reported once a circle, at the parent the change of that year gives (else at the first body of the circle), naming the year',
          fix: 'delete `parent` from one of the bodies, or from the change',
        },
        pl: {
          means:
            'łańcuch rodziców gremiów (pole `parent`) tworzy pętlę (A → B → A) w którymś roku: w rekordach albo od roku zmiany, która nadaje `parent` (również po dacie `asOf`); zgłaszane raz dla każdej pętli, z rokiem',
          fix: 'usuń `parent` z jednego z gremiów lub ze zmiany',
        },
      },
    },
    messages: ['rule.parent-cycle'],
  },
  check(ctx) {
    const bodies = ctx.parsed.filter((r) => r.source.kind === 'body');
    const reported = new Set<string>();
    for (const year of [-Infinity, ...changeYears(bodies, 'parent')]) {
      const parents = new Map<CheckedRecord, ValueInForce>();
      for (const body of bodies) {
        const parent = valueIn(body.data, 'parent', year);
        if (parent) parents.set(body, parent);
      }
      for (const body of bodies) {
        const circle = circleFrom(body, parents, (id) => ctx.find(id, 'body'));
        const key = circle
          ?.map((b) => b.source.id)
          .sort()
          .join(' ');
        if (!circle || !key || reported.has(key)) continue;
        reported.add(key);
        const start = Math.max(
          0,
          circle.findIndex((b) => parents.get(b)!.since === year),
        );
        const chain = [...circle.slice(start), ...circle.slice(0, start)];
        const at = chain[0]!;
        const ids = [...chain, at].map((b) => b.source.id).join(' → ');
        ctx.report(
          at.source,
          'parent-cycle',
          ctx.message('rule.parent-cycle', { chain: ids, year: Number.isFinite(year) ? String(year) : 'none' }),
          parents.get(at)!.at,
        );
      }
    }
  },
});

// Returns the bodies of the circle a body's parents lead back to it by, in order; undefined when they end elsewhere.
// Each body is visited once, so the walk ends whatever the data.
function circleFrom(
  body: CheckedRecord,
  parents: Map<CheckedRecord, ValueInForce>,
  find: (id: string) => CheckedRecord | undefined,
): CheckedRecord[] | undefined {
  const chain = [body];
  for (let next = parents.get(body)?.value; typeof next === 'string'; ) {
    const parent = find(next);
    if (parent === body) return chain;
    if (!parent || chain.includes(parent)) return undefined;
    chain.push(parent);
    next = parents.get(parent)?.value;
  }
  return undefined;
}
