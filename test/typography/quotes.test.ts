// Quotation marks become Polish „…” outside and »…« inside.

import { typographText } from '../../src/typography/index.ts';
import { fixQuotes } from '../../src/typography/quotes.ts';
import { testCases } from './cases.ts';

testCases('quotation marks', fixQuotes, [
  { input: 'Fundacja "La Strada"', expected: 'Fundacja „La Strada”' },
  { input: '„Fundacja "La Strada"”', expected: '„Fundacja »La Strada«”' },
  { input: '„European Network ” (ENARO)', expected: '„European Network” (ENARO)' },
  { input: 'Fundację „La Strada", Fundację', expected: 'Fundację „La Strada”, Fundację' },
  { input: '\u201cReception Expert Teams\u201d', expected: '„Reception Expert Teams”' },
  { input: '„Reception Expert Teams\u201c', expected: '„Reception Expert Teams”' },
  { input: 'program ("Ocalenie")', expected: 'program („Ocalenie”)' },
  { input: '"Reception Expert Teams", realizowanym', expected: '„Reception Expert Teams”, realizowanym' },
  { input: '„Fundacja »La Strada«”', expected: '„Fundacja »La Strada«”' },
  { input: 'rola „ alternate ”.', expected: 'rola „alternate”.' },
  {
    input: '"Capacity Building "Ukraine" Transit-Migration"',
    expected: '„Capacity Building »Ukraine« Transit-Migration”',
  },
  { input: "projekt O'Briena", expected: "projekt O'Briena" },
  { input: 'miara 12 " w pionie', expected: 'miara 12 " w pionie' },
]);

testCases('quotation marks in the whole pass', typographText, [
  { input: 'Fundacje: "La Strada" i "Ocalenie"', expected: 'Fundacje: „La Strada” i\u00a0„Ocalenie”' },
  { input: '"W drodze"', expected: '„W\u00a0drodze”' },
]);
