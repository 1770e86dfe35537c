// Checks that bodies do not nest in a circle (a parent of its own parent).
import { field, type Rule } from '../context.ts';
import { t } from '../../i18n/translate.ts';

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
        ctx.report(record.source, 'parent-cycle', t('rule.parent-cycle', { chain: [...chain, next].join(' → ') }), ['parent']);
        break;
      }
      chain.push(next);
      next = field(parent.data, 'parent');
    }
  }
};
