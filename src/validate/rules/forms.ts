// Checks that every record holds the case forms the templates will need from it.
import { formsNeeded } from '../../schema/forms.ts';
import type { Rule } from '../context.ts';

const CASE_NAMES = { nom: 'nominative (nom)', gen: 'genitive (gen)', dat: 'dative (dat)', acc: 'accusative (acc)', inst: 'instrumental (inst)', loc: 'locative (loc)' };

// Reports each missing case form once, at the noun phrase that lacks it.
export const neededForms: Rule = (ctx) => {
  const lookup = (id: unknown) => {
    const found = typeof id === 'string' ? ctx.byId.get(id) : undefined;
    return found && { kind: found.source.kind, data: found.data };
  };
  const reported = new Set<string>();
  for (const record of ctx.checked) {
    for (const need of formsNeeded(record.source.id, record.source.kind, record.data, lookup)) {
      const holder = ctx.byId.get(need.id);
      if (!holder) continue;
      let phrase: unknown = holder.data;
      for (const step of need.path) phrase = (phrase as Record<string | number, unknown> | undefined)?.[step];
      if (!phrase || typeof phrase !== 'object' || (phrase as Record<string, unknown>)[need.form] !== undefined) continue;
      const key = `${need.id}:${need.path.join('.')}:${need.form}`;
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.report(holder.source, 'missing-form', `"${need.path.join('.')}" has no ${CASE_NAMES[need.form]} form, which the text needs for ${need.why}${need.id === record.source.id ? '' : ` (used by ${record.source.file})`}. Add "${need.form}:" under "${need.path.join('.')}".`, need.path, 'key');
    }
  }
};
