// Checks that bodies do not nest in a circle (a parent of its own parent).
import type { Rule } from '../context.ts';

// Reports each body whose chain of parents leads back to itself, once per cycle.
export const noCycles: Rule = (ctx) => {
  const reported = new Set<string>();
  for (const record of ctx.checked) {
    if (record.source.kind !== 'body') continue;
    const chain: string[] = [record.source.id];
    let next = record.data.parent;
    while (typeof next === 'string') {
      const parent = ctx.byId.get(next);
      if (!parent || parent.source.kind !== 'body') break;
      if (next === record.source.id) {
        if (!chain.some((id) => reported.has(id))) {
          chain.forEach((id) => reported.add(id));
          ctx.report(record.source, 'parent-cycle', `Bodies nest in a circle: ${[...chain, next].join(' → ')}. Remove "parent" from one of them.`, ['parent']);
        }
        break;
      }
      if (chain.includes(next)) break;
      chain.push(next);
      next = parent.data.parent;
    }
  }
};
