// Checks that the data goes at least as far as the first year whose section is written from it.
import { parseIsoDate } from '../../polish/index.ts';
import { field, type Rule } from '../context.ts';
import { t } from '../../i18n/translate.ts';

// Reports an `asOf` dated before the year `firstReportYear` names, at `asOf`.
export const asOfFromFirstYear: Rule = (ctx) => {
  for (const { source, data } of ctx.parsed) {
    if (source.kind !== 'office') continue;
    const [asOf, first] = [field(data, 'asOf'), field(data, 'firstReportYear')];
    // other types and impossible dates are the schema and dates checks' to report
    const date = typeof asOf === 'string' || Number.isInteger(asOf) ? parseIsoDate(String(asOf)) : null;
    if (date && Number.isInteger(first) && date.year < (first as number))
      ctx.report(source, 'as-of-before-first-year', t('rule.as-of-before-first-year', { asOf: String(asOf), first: String(first) }), ['asOf']);
  }
};
