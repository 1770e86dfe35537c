// Checks the dated changes of a record: in date order, one entry a date, each replacing at least one field.
import { compareDates, parseIsoDate } from '../../polish/index.ts';
import { field, list, type Rule } from '../context.ts';
import { t } from '../../i18n/translate.ts';

// Reports entries out of date order, two entries on one date, and entries that change nothing.
export const orderedChanges: Rule = (ctx) => {
  for (const { source, data } of ctx.parsed) {
    let previous: { date: NonNullable<ReturnType<typeof parseIsoDate>>; text: string; index: number } | undefined;
    list(field(data, 'changes')).forEach((entry, index) => {
      const from = field(entry, 'from');
      const date = typeof from === 'string' || Number.isInteger(from) ? parseIsoDate(String(from)) : null;
      if (entry !== null && typeof entry === 'object' && !Array.isArray(entry) && Object.keys(entry).length === 1 && from !== undefined)
        ctx.warn(source, 'empty-change', t('rule.empty-change', { from: String(from) }), ['changes', index], 'value');
      // a bad or missing date is the dates and schema checks' to report
      if (!date) return;
      if (previous && compareDates(date, previous.date) === 0)
        ctx.report(source, 'duplicate-change', t('rule.duplicate-change', { from: String(from), index: String(previous.index) }), ['changes', index, 'from']);
      else if (previous && compareDates(date, previous.date) < 0)
        ctx.report(
          source,
          'changes-out-of-order',
          t('rule.changes-out-of-order', { from: String(from), previous: previous.text, index: String(previous.index) }),
          ['changes', index, 'from'],
        );
      else previous = { date, text: String(from), index };
    });
  }
};
