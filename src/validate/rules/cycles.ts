// Checks that bodies do not nest in a circle (a parent of its own parent).
import { field, type Rule } from '../context.ts';

// Reports each chain of parents that leads back to where it started, once per cycle, at the body listed first.
export const noCycles: Rule = (ctx) => {
  const reported = new Set<string>();
  for (const record of ctx.parsed) {
    if (record.source.kind !== 'body' || reported.has(record.source.id)) continue;
    const chain: string[] = [record.source.id];
    for (let next = field(record.data, 'parent'); typeof next === 'string'; ) {
      const parent = ctx.find(next, 'body');
      if (!parent || (chain.includes(next) && next !== record.source.id)) break;
      if (next === record.source.id) {
        chain.forEach((id) => reported.add(id));
        ctx.report(record.source, 'parent-cycle', `Bodies nest in a circle: ${[...chain, next].join(' → ')}; expected a chain of parents that ends at a body with no "parent". Remove "parent" from one of them.`, ['parent']);
        break;
      }
      chain.push(next);
      next = field(parent.data, 'parent');
    }
  }
};
