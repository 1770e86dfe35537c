import { describe, expect, it } from 'vitest';
import { joinList, type JoinOptions } from '../../src/polish/index.ts';

const IMD = 'Grupy Roboczej do spraw Integracji, Migracji i Wydaleń';
const ASYLUM = 'Grupy Roboczej do spraw azylu';

describe('joinList', () => {
  it.each([
    [[], {}, ''],
    [['A'], {}, 'A'],
    [['A', 'B'], {}, 'A i B'],
    [['A', 'B', 'C'], {}, 'A, B i C'],
    [['A', 'B', 'C', 'D'], {}, 'A, B, C i D'],
    [['Szwajcaria', 'Norwegia'], {}, 'Szwajcaria i Norwegia'],
    [[ASYLUM, IMD], {}, `${ASYLUM} oraz ${IMD}`],
    [[IMD, 'B', 'C'], {}, `${IMD}, B oraz C`],
    [[IMD], {}, IMD],
    [[ASYLUM, IMD], { conjunction: 'i' }, `${ASYLUM} i ${IMD}`],
    [['A', 'B', 'C'], { conjunction: 'oraz' }, 'A, B oraz C'],
    [['Etap I', 'Etap II'], {}, 'Etap I i Etap II'],
    [['SCIFA', 'FREEMO'], {}, 'SCIFA i FREEMO'],
    [['A'], { continued: true }, 'A'],
    [['A', 'B'], { continued: true }, 'A, B'],
    [[IMD, 'B', 'C'], { continued: true }, `${IMD}, B, C`],
  ] as [string[], JoinOptions, string][])('%o with %o → "%s"', (items, options, expected) => {
    expect(joinList(items, options)).toBe(expected);
  });
});
