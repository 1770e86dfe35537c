// Checks that the data goes at least as far as the first year whose section is written from it.
import { parseIsoDate } from '../../polish/index.ts';
import { field, defineRule } from '../context.ts';

// Reports an `asOf` dated before the year `firstReportYear` names, at `asOf`.
export const asOfFromFirstYear = defineRule({
  meta: {
    codes: {
      'as-of-before-first-year': {
        severity: 'error',
        topic: 'dates',
        en: {
          means: '`asOf` in `office.yaml` is dated before `firstReportYear`: no section would have facts kept current; placed at `asOf`',
          fix: 'move `asOf` on, or correct `firstReportYear`',
        },
        pl: {
          means: 'data `asOf` w `office.yaml` poprzedza rok `firstReportYear`, więc żaden rozdział nie opierałby się na aktualnych faktach',
          fix: 'przesuń `asOf` albo popraw `firstReportYear`',
        },
      },
    },
    messages: ['rule.as-of-before-first-year'],
  },
  check(ctx) {
    for (const { source, data } of ctx.parsed) {
      if (source.kind !== 'office') continue;
      const [asOf, first] = [field(data, 'asOf'), field(data, 'firstReportYear')];
      // other types and impossible dates are the schema and dates checks' to report
      const date = typeof asOf === 'string' || Number.isInteger(asOf) ? parseIsoDate(String(asOf)) : null;
      if (date && Number.isInteger(first) && date.year < (first as number))
        ctx.report(source, 'as-of-before-first-year', ctx.message('rule.as-of-before-first-year', { asOf: String(asOf), first: String(first) }), ['asOf']);
    }
  },
});
