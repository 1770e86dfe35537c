// Checks that a participation carries the fields its role needs to be told.
import type { Rule } from '../context.ts';
import { t } from '../../i18n/translate.ts';

// Reports a participation in the role "function" without the function it names ("as").
export const roleFields: Rule = (ctx) => {
  for (const { source, data } of ctx.checked) {
    ((data.participations ?? []) as Record<string, unknown>[]).forEach((p, i) => {
      if (p.role === 'function' && p.as === undefined) ctx.report(source, 'missing-field', t('rule.function-as'), ['participations', i, 'role']);
    });
  }
};
