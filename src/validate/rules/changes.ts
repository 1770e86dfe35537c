// Checks the dated changes of a record: in date order, one entry a date, each replacing at least one field.
import { compareDates, parseIsoDate } from '../../polish/index.ts';
import { field, list, type Rule } from '../context.ts';

// Reports entries out of date order, two entries on one date, and entries that change nothing.
export const orderedChanges: Rule = (ctx) => {
  for (const { source, data } of ctx.parsed) {
    let previous: { date: NonNullable<ReturnType<typeof parseIsoDate>>; text: string; index: number } | undefined;
    list(field(data, 'changes')).forEach((entry, index) => {
      const from = field(entry, 'from');
      const date = typeof from === 'string' || Number.isInteger(from) ? parseIsoDate(String(from)) : null;
      if (entry !== null && typeof entry === 'object' && !Array.isArray(entry) && Object.keys(entry).length === 1 && from !== undefined)
        ctx.warn(source, 'empty-change', `This change names no field, only its date "${String(from)}"; add the fields that take new values from then on, or remove it.`, ['changes', index], 'value');
      // a bad or missing date is the dates and schema checks' to report
      if (!date) return;
      if (previous && compareDates(date, previous.date) === 0)
        ctx.report(source, 'duplicate-change', `Two changes have the date "${String(from)}" (the other is changes[${previous.index}]); expected one entry a date. Merge their fields into one entry.`, ['changes', index, 'from']);
      else if (previous && compareDates(date, previous.date) < 0)
        ctx.report(source, 'changes-out-of-order', `The change dated "${String(from)}" comes after one dated "${previous.text}"; expected the changes in date order, earliest first. Move this entry above changes[${previous.index}].`, ['changes', index, 'from']);
      else previous = { date, text: String(from), index };
    });
  }
};
