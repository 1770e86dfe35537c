// Checks the plans of years: each named by its year, and each record it plans a body, a project or the Office.
import { isEngaged } from '../../schema/kinds.ts';
import { defineRule } from '../context.ts';
import { suggestion } from '../suggest.ts';
import { validReferences } from './references.ts';

// Reports a plan whose file name is not a year, and a planned record that names no body, project or the Office.
export const validPlans = defineRule({
  meta: {
    codes: {
      'plan-year': {
        severity: 'error',
        topic: 'data-folder',
        en: {
          means: "a plan's file name (`plans/<year>.yaml`) is not a year; a plan's `records` entry naming no body or project (nor `office`) is `unknown-id`",
          fix: 'rename the file to its year, such as `plans/2014.yaml`',
        },
        pl: {
          means:
            'nazwa pliku planu (`plans/<rok>.yaml`) nie jest rokiem; wpis `records` planu, który nie wskazuje gremium, projektu ani `office`, daje `unknown-id`',
          fix: 'zmień nazwę pliku na rok, np. `plans/2014.yaml`',
        },
      },
      'unknown-id': validReferences.meta.codes['unknown-id'],
    },
    messages: ['rule.plan-year', 'rule.plan-record'],
  },
  check(ctx) {
    const known = [...ctx.files.values()]
      .flat()
      .filter((f) => isEngaged(f.kind))
      .map((f) => f.id);
    for (const { source, data } of ctx.checked) {
      if (source.kind !== 'plan') continue;
      if (!/^\d{4}$/.test(source.id)) ctx.report(source, 'plan-year', ctx.message('rule.plan-year', { id: source.id }), [], 'key');
      ((data.records ?? []) as { id: string }[]).forEach((entry, i) => {
        if (entry.id !== 'office' && !known.includes(entry.id))
          ctx.report(source, 'unknown-id', ctx.message('rule.plan-record', { id: entry.id, hint: suggestion(entry.id, [...known, 'office']) }), [
            'records',
            i,
            'id',
          ]);
      });
    }
  },
});
