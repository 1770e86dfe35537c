// Checks that bodies do not nest in a circle (a parent of its own parent).
import { field, defineRule } from '../context.ts';

// Reports each chain of parents that leads back to where it started, once per cycle, at the body listed first.
export const noCycles = defineRule({
  meta: {
    codes: {
      'parent-cycle': {
        severity: 'error',
        topic: 'references',
        en: {
          means: 'bodies nest in a circle through `parent`; reported once, at the first body of the circle',
          fix: 'delete `parent` from one of the bodies',
        },
        pl: { means: 'gremia zagnieżdżają się w koło przez pole `parent` (A → B → A)', fix: 'usuń `parent` z jednego z gremiów' },
      },
    },
    messages: ['rule.parent-cycle'],
  },
  check(ctx) {
    const reported = new Set<string>();
    for (const record of ctx.parsed) {
      if (record.source.kind !== 'body' || reported.has(record.source.id)) continue;
      const chain: string[] = [record.source.id];
      for (let next = field(record.data, 'parent'); typeof next === 'string'; ) {
        const parent = ctx.find(next, 'body');
        if (!parent || (chain.includes(next) && next !== record.source.id)) break;
        if (next === record.source.id) {
          chain.forEach((id) => reported.add(id));
          ctx.report(record.source, 'parent-cycle', ctx.t('rule.parent-cycle', { chain: [...chain, next].join(' → ') }), ['parent']);
          break;
        }
        chain.push(next);
        next = field(parent.data, 'parent');
      }
    }
  },
});
