// A working party's own note and the date the Office joined it share one bracket: never two brackets in a row.
import { describe, expect, it } from 'vitest';
import { copyData, editRecord, sectionText } from '../support/data.ts';

/** An edit of the 2010 records, and the sentence of the Council's paragraph expected in the 2010 section. */
const CASES: { name: string; edit: (data: string) => void; has: string }[] = [
  {
    name: 'a component and a joining date in one bracket',
    edit: (data) => editRecord(data, 'bodies/imd-working-party.yaml', (doc) => doc.deleteIn(['participations', 0, 'approximate'])),
    has: 'oraz Grupy Roboczej do spraw Integracji, Migracji i Wydaleń (w komponencie admisyjnym, od stycznia 2010 r.).',
  },
  {
    name: 'a component alone in its bracket while the date is an estimate',
    edit: () => {},
    has: 'oraz Grupy Roboczej do spraw Integracji, Migracji i Wydaleń (w komponencie admisyjnym).',
  },
  {
    name: 'a joining date alone in its bracket',
    edit: (data) => editRecord(data, 'bodies/freemo.yaml', (doc) => doc.deleteIn(['participations', 0, 'approximate'])),
    has: 'Dodatkowo uczestniczą w pracach grup: SCIFA i FREEMO (od stycznia 2010 r.), a także innych grup roboczych.',
  },
];

describe("the notes after a Council's working parties", () => {
  it.each(CASES)('$name', async ({ edit, has }) => {
    const data = copyData();
    edit(data);
    const text = await sectionText(data, 2010);
    expect(text).toContain(has);
    expect(text).not.toMatch(/\) \(/);
  });
});
