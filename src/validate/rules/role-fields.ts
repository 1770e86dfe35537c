// Checks that a participation carries the fields its role needs to be told.
import { defineRule } from '../context.ts';
import { SCHEMA_CODES } from './schema-codes.ts';

// Reports a participation in the role "function" without the function it names ("as").
export const roleFields = defineRule({
  meta: {
    codes: { 'missing-field': SCHEMA_CODES['missing-field'] },
    messages: ['rule.function-as'],
  },
  check(ctx) {
    for (const { source, data } of ctx.checked) {
      ((data.participations ?? []) as Record<string, unknown>[]).forEach((p, i) => {
        if (p.role === 'function' && p.as === undefined) ctx.report(source, 'missing-field', ctx.message('rule.function-as'), ['participations', i, 'role']);
      });
    }
  },
});
