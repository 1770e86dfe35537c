// Spacing: one space between words, none before punctuation or inside brackets, none at the edges.

import { typographText } from '../../src/typography/index.ts';
import { fixSpacing } from '../../src/typography/spacing.ts';
import { testCases } from './cases.ts';

testCases('spacing', fixSpacing, [
  { input: 'Urząd  prowadzi   współpracę', expected: 'Urząd prowadzi współpracę' },
  { input: 'Urząd\tprowadzi', expected: 'Urząd prowadzi' },
  { input: 'Urząd , w zakresie', expected: 'Urząd, w zakresie' },
  { input: 'w pracach grup : SCIFA ; FREEMO !', expected: 'w pracach grup: SCIFA; FREEMO!' },
  { input: 'Służb ( GDISC )', expected: 'Służb (GDISC)' },
  { input: 'w 2010 r..', expected: 'w 2010 r.' },
  { input: 'w 2010 r. .', expected: 'w 2010 r.' },
  { input: 'i tak dalej...', expected: 'i tak dalej...' },
  { input: '  Urząd prowadzi.  ', expected: 'Urząd prowadzi.' },
  { input: 'Urząd \nprowadzi', expected: 'Urząd\nprowadzi' },
  { input: 'w \u00a0Radzie', expected: 'w\u00a0Radzie' },
]);

testCases('spacing in the whole pass', typographText, [
  { input: 'Od grudnia 2010 r..', expected: 'Od grudnia 2010\u00a0r.' },
  { input: ' w Radzie ', expected: 'w\u00a0Radzie' },
]);
