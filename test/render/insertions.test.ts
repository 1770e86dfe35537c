// An apposition inserted after a name is closed with a comma where the sentence goes on, as Polish punctuation closes an
// inserted phrase: not before the full stop or another mark of the sentence, not twice, and after a note in brackets.
import { describe, expect, it } from 'vitest';
import { closeInsertions, INSERTION_END as END } from '../../src/render/insertions.ts';

describe('the end of an inserted phrase', () => {
  it.each([
    ['the sentence goes on', `w pracach Agencji, agencji UE${END} oraz Procesu.`, 'w pracach Agencji, agencji UE, oraz Procesu.'],
    ['a verb follows', `ICMPD, organizacja międzynarodowa${END} prowadzi`, 'ICMPD, organizacja międzynarodowa, prowadzi'],
    ['the full stop follows', `w pracach Agencji, agencji UE${END}.`, 'w pracach Agencji, agencji UE.'],
    ['a comma follows: not doubled', `Agencji, agencji UE${END}, a także`, 'Agencji, agencji UE, a także'],
    ['a colon, a semicolon', `A, b${END}: c; D, e${END}; f`, 'A, b: c; D, e; f'],
    ['a closing bracket', `(w tym Agencji, agencji UE${END})`, '(w tym Agencji, agencji UE)'],
    ['a note in brackets, then the sentence goes on', `Unii${END} (od marca 2016 r.) oraz`, 'Unii (od marca 2016 r.), oraz'],
    ['a note in brackets, then the full stop', `Unii${END} (od marca 2016 r.).`, 'Unii (od marca 2016 r.).'],
    ['brackets within the note', `Unii${END} (od marca (i dalej)) oraz`, 'Unii (od marca (i dalej)), oraz'],
    ['a bracket that never closes', `Unii${END} (od marca oraz`, 'Unii, (od marca oraz'],
    ['the end of the text', `agencji UE${END}`, 'agencji UE'],
    ['the end of the paragraph', `agencji UE${END}\n\nDalej`, 'agencji UE\n\nDalej'],
    ['two insertions ending together', `agencji UE${END}${END} oraz`, 'agencji UE, oraz'],
    ['the mark of a block between', `agencji UE${END} \ue0003\ue001oraz`, 'agencji UE, \ue0003\ue001oraz'],
    ['the mark of a block, then the full stop', `agencji UE${END}\ue0003\ue001.`, 'agencji UE\ue0003\ue001.'],
    ['no insertion', 'Urząd prowadzi współpracę.', 'Urząd prowadzi współpracę.'],
  ])('%s', (_, text, closed) => {
    expect(closeInsertions(text)).toBe(closed);
  });
});
