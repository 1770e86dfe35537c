// Checks that every record holds the case forms the templates will need from it.
import { formsNeeded } from '../../schema/forms.ts';
import { pathText } from '../../load/source.ts';
import type { Kind } from '../../schema/kinds.ts';
import type { CheckedRecord, Rule } from '../context.ts';
import { referencesOf } from './references.ts';

const CASE_NAMES = { nom: 'nominative (nom)', gen: 'genitive (gen)', dat: 'dative (dat)', acc: 'accusative (acc)', inst: 'instrumental (inst)', loc: 'locative (loc)' };

// Reports each missing case form once, at the noun phrase that lacks it; only records that passed the schema take part.
export const neededForms: Rule = (ctx) => {
  const checked = new Map<string, CheckedRecord>();
  for (const record of ctx.checked) checked.set(`${record.source.kind}:${record.source.id}`, record);
  const lookup = (id: unknown) => {
    const found = typeof id === 'string' ? checked.get(`body:${id}`) : undefined;
    return found && { kind: found.source.kind as string, data: found.data };
  };
  const reported = new Set<string>();
  for (const record of ctx.checked) {
    // which forms a record needs depends on the records it names: when one is missing or broken, nothing can be said
    if (referencesOf(record).some((ref) => !checked.has(`${ref.kind}:${ref.id}`))) continue;
    for (const need of formsNeeded(record.source.id, record.source.kind, record.data, lookup)) {
      // a missing record, or one of the wrong kind, is the references rule's to report
      const holder = checked.get(`${need.kind as Kind}:${need.id}`);
      if (!holder) continue;
      let phrase: unknown = holder.data;
      for (const step of need.path) phrase = (phrase as Record<string | number, unknown> | undefined)?.[step];
      if (!phrase || typeof phrase !== 'object' || (phrase as Record<string, unknown>)[need.form] !== undefined) continue;
      const where = pathText(need.path);
      const key = `${need.kind}:${need.id}:${where}:${need.form}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const user = need.id === record.source.id ? '' : ` (used by ${record.source.file})`;
      ctx.report(holder.source, 'missing-form', `"${where}" has no ${CASE_NAMES[need.form]} form, which the text needs for ${need.why}${user}. Add "${need.form}:" under "${where}".`, need.path, 'key');
    }
  }
};
