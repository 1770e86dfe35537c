// Checks the dated changes of a record: in date order, one entry a date, each replacing at least one field.
import { compareDates, parseIsoDate } from '../../polish/index.ts';
import { locate } from '../../load/source.ts';
import { field, list, defineRule } from '../context.ts';

// Reports entries out of date order, two entries on one date, and entries that change nothing.
export const orderedChanges = defineRule({
  meta: {
    codes: {
      'duplicate-change': {
        severity: 'error',
        topic: 'references',
        en: { means: "two entries of `changes` have the same date; located at the later one's `from`", fix: 'merge their fields into one entry' },
        pl: { means: 'dwa wpisy `changes` mają tę samą datę', fix: 'połącz ich pola w jednym wpisie' },
      },
      'changes-out-of-order': {
        severity: 'error',
        topic: 'references',
        en: { means: 'an entry of `changes` is dated before the entry above it; expected earliest first', fix: 'order the entries by date, earliest first' },
        pl: { means: 'wpis `changes` ma datę wcześniejszą niż wpis nad nim', fix: 'uporządkuj wpisy według dat, od najwcześniejszego' },
      },
      'empty-change': {
        severity: 'warning',
        topic: 'references',
        en: { means: 'an entry of `changes` has a date and no field', fix: 'add the fields that take new values from that date, or delete the entry' },
        pl: { means: 'wpis `changes` ma datę, ale żadnego pola', fix: 'dopisz pola, które od tej daty mają nowe wartości, albo usuń wpis' },
      },
    },
    messages: ['rule.empty-change', 'rule.duplicate-change', 'rule.changes-out-of-order'],
  },
  check(ctx) {
    for (const { source, data } of ctx.parsed) {
      const lineOf = (index: number) => String(locate(source, ['changes', index]).line);
      let previous: { date: NonNullable<ReturnType<typeof parseIsoDate>>; text: string; index: number } | undefined;
      list(field(data, 'changes')).forEach((entry, index) => {
        const from = field(entry, 'from');
        const date = typeof from === 'string' || Number.isInteger(from) ? parseIsoDate(String(from)) : null;
        if (entry !== null && typeof entry === 'object' && !Array.isArray(entry) && Object.keys(entry).length === 1 && from !== undefined)
          ctx.report(source, 'empty-change', ctx.message('rule.empty-change', { from: String(from) }), ['changes', index], 'value');
        // a bad or missing date is the dates and schema checks' to report
        if (!date) return;
        if (previous && compareDates(date, previous.date) === 0)
          ctx.report(source, 'duplicate-change', ctx.message('rule.duplicate-change', { from: String(from), line: lineOf(previous.index) }), [
            'changes',
            index,
            'from',
          ]);
        else if (previous && compareDates(date, previous.date) < 0)
          ctx.report(
            source,
            'changes-out-of-order',
            ctx.message('rule.changes-out-of-order', { from: String(from), previous: previous.text, line: lineOf(previous.index) }),
            ['changes', index, 'from'],
          );
        else previous = { date, text: String(from), index };
      });
    }
  },
});
