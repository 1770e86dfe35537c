// Checks that no two record files share an id across folders.
import { error } from '../../diagnostics/diagnostic.ts';
import type { Rule } from '../context.ts';
import { t } from '../../i18n/translate.ts';

// Reports each file whose id an earlier file already has (bodies/x.yaml and projects/x.yaml), parsed or not.
export const uniqueIds: Rule = (ctx) => {
  for (const [id, [first, ...others]] of ctx.files) {
    for (const other of others) ctx.diagnostics.push(error('duplicate-id', t('rule.duplicate-id', { id, kind: first!.kind, file: first!.file }), other.file));
  }
};
