// Checks the plans of years: each named by its year, and each record it plans a body, a project or the Office.
import type { Rule } from '../context.ts';
import { t } from '../../i18n/translate.ts';
import { suggestion } from '../suggest.ts';

// Reports a plan whose file name is not a year, and a planned record that names no body, project or the Office.
export const validPlans: Rule = (ctx) => {
  const known = [...ctx.files.values()]
    .flat()
    .filter((f) => f.kind === 'body' || f.kind === 'project')
    .map((f) => f.id);
  for (const { source, data } of ctx.checked) {
    if (source.kind !== 'plan') continue;
    if (!/^\d{4}$/.test(source.id)) ctx.report(source, 'plan-year', t('rule.plan-year', { id: source.id }), [], 'key');
    ((data.records ?? []) as { id: string }[]).forEach((entry, i) => {
      if (entry.id !== 'office' && !known.includes(entry.id))
        ctx.report(source, 'unknown-id', t('rule.plan-record', { id: entry.id, hint: suggestion(entry.id, [...known, 'office']) }), ['records', i, 'id']);
    });
  }
};
