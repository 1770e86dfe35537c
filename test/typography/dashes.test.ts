// Dashes: spaced en dash between clauses, unspaced en dash in ranges, hyphens inside words untouched.

import { typographText } from '../../src/typography/index.ts';
import { testCases } from './cases.ts';

testCases('dashes', typographText, [
  { input: 'Urząd - między innymi - współrealizował', expected: 'Urząd\u00a0– między innymi\u00a0– współrealizował' },
  { input: 'Urząd — między innymi — współrealizował', expected: 'Urząd\u00a0– między innymi\u00a0– współrealizował' },
  { input: 'Urząd – między innymi – współrealizował', expected: 'Urząd\u00a0– między innymi\u00a0– współrealizował' },
  { input: 'Urząd -- między innymi', expected: 'Urząd\u00a0– między innymi' },
  { input: 'projekt „Teams” - realizowany', expected: 'projekt „Teams”\u00a0– realizowany' },
  { input: '2007-2013', expected: '2007–2013' },
  { input: 'lata 2007 – 2013', expected: 'lata 2007–2013' },
  { input: '(2007 - 2013)', expected: '(2007–2013)' },
  { input: 'Polsko-Rosyjskiej Komisji', expected: 'Polsko-Rosyjskiej Komisji' },
  { input: 'Irregular Transit-Migration', expected: 'Irregular Transit-Migration' },
  { input: 'polsko- i rosyjskojęzyczny', expected: 'polsko- i\u00a0rosyjskojęzyczny' },
  { input: 'dnia 2010-05-12', expected: 'dnia 2010-05-12' },
  { input: '00-950 Warszawa', expected: '00-950\u00a0Warszawa' },
  { input: 'pandemia COVID-19', expected: 'pandemia COVID-19' },
]);
