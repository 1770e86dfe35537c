// What a body is, in apposition to its first mention, written by the built-in partial "apposition" through `mention`:
// the category (else the definition) in the case of the mention, the participles agreeing with it in that case, each
// phrase a part the body may word its own way, and the closing comma where the sentence goes on.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../src/paths.ts';
import { loadTemplates, type Templates } from '../../src/render/index.ts';
import { ROOT, tempDir } from '../support/data.ts';

/** An agency with every form of its category, its remit and its founding. */
const AGENCY = {
  kind: 'body',
  name: { nom: 'Agencja Unii', gen: 'Agencji Unii', dat: 'Agencji Unii', acc: 'Agencję Unii', inst: 'Agencją Unii', loc: 'Agencji Unii', gender: 'f' },
  acronym: 'AU',
  category: { nom: 'agencja UE', gen: 'agencji UE', dat: 'agencji UE', acc: 'agencję UE', inst: 'agencją UE', loc: 'agencji UE', gender: 'f' },
  remit: 'ochroną granic',
  founded: { date: { year: 2005 }, verb: 'utworzyć', by: 'Rady' },
};

/** A process defined by a noun phrase of another gender than its name, founded in circumstances. */
const PROCESS = {
  kind: 'body',
  name: { nom: 'Proces Praski', gen: 'Procesu Praskiego', loc: 'Procesie Praskim', gender: 'm' },
  definition: { nom: 'forum dialogu', gen: 'forum dialogu', loc: 'forum dialogu', gender: 'n' },
  founded: { date: { year: 2009, month: 4 }, verb: 'ustanowić', circumstances: 'w trakcie czeskiej prezydencji w Radzie UE' },
};

/** A body with nothing to say of itself. */
const BARE = { kind: 'body', name: { nom: 'Grupa', gen: 'Grupy', gender: 'f' } };

/** The same agency, with its phrases in its own words. */
const origin = { file: 'data/bodies/au.yaml', path: ['wording'], position: () => ({ line: 1, column: 1 }) };
const WORDED = {
  ...AGENCY,
  wording: {
    remit: { text: '{{adj "działający" head case}} na rzecz', origin },
    'founded-as': { text: '{{adj "powołany" head case}} do życia', origin },
    initiative: { text: 'na wniosek', origin },
  },
  remit: 'bezpieczeństwa granic',
};
const UNSAID = { ...AGENCY, wording: { initiative: false } };

/** A body whose name holds the agency's acronym, which its first mention introduces in brackets. */
const BOARD = {
  kind: 'body',
  name: { nom: 'Zarząd AU', gen: 'Zarządu AU', gender: 'm' },
  parent: AGENCY,
  category: { nom: 'organ agencji', gen: 'organu agencji', gender: 'm' },
};

// a line of the section, with the mention in a case, and the exact text it reads
const CASES: [string, string][] = [
  [
    'w pracach {{mention agency "gen"}} oraz Grupy.',
    'w pracach Agencji Unii (AU), agencji UE, zajmującej się ochroną granic, utworzonej w 2005 r. z inicjatywy Rady, oraz Grupy.',
  ],
  [
    'w {{mention agency "loc"}} i w Grupie.',
    'w Agencji Unii (AU), agencji UE, zajmującej się ochroną granic, utworzonej w 2005 r. z inicjatywy Rady, i w Grupie.',
  ],
  ['z {{mention agency "inst"}}.', 'z Agencją Unii (AU), agencją UE, zajmującą się ochroną granic, utworzoną w 2005 r. z inicjatywy Rady.'],
  [
    '{{mention agency "nom"}} wspiera państwa.',
    'Agencja Unii (AU), agencja UE, zajmująca się ochroną granic, utworzona w 2005 r. z inicjatywy Rady, wspiera państwa.',
  ],
  [
    'wspiera {{mention agency "acc"}}, a także Grupę.',
    'wspiera Agencję Unii (AU), agencję UE, zajmującą się ochroną granic, utworzoną w 2005 r. z inicjatywy Rady, a także Grupę.',
  ],
  ['dzięki {{mention agency "dat"}}.', 'dzięki Agencji Unii (AU), agencji UE, zajmującej się ochroną granic, utworzonej w 2005 r. z inicjatywy Rady.'],
  [
    'w pracach {{mention process "gen"}} oraz Grupy.',
    'w pracach Procesu Praskiego, forum dialogu, ustanowionego w kwietniu 2009 r. w trakcie czeskiej prezydencji w Radzie UE, oraz Grupy.',
  ],
  ['w {{mention process "loc"}}.', 'w Procesie Praskim, forum dialogu, ustanowionym w kwietniu 2009 r. w trakcie czeskiej prezydencji w Radzie UE.'],
  [
    'w pracach {{mention worded "gen"}} oraz Grupy.',
    'w pracach Agencji Unii (AU), agencji UE, działającej na rzecz bezpieczeństwa granic, powołanej do życia w 2005 r. na wniosek Rady, oraz Grupy.',
  ],
  ['z {{mention worded "inst"}}.', 'z Agencją Unii (AU), agencją UE, działającą na rzecz bezpieczeństwa granic, powołaną do życia w 2005 r. na wniosek Rady.'],
  [
    'w pracach {{mention unsaid "gen"}} oraz Grupy.',
    'w pracach Agencji Unii (AU), agencji UE, zajmującej się ochroną granic, utworzonej w 2005 r. Rady, oraz Grupy.',
  ],
  ['w pracach {{mention bare "gen"}} oraz Agencji.', 'w pracach Grupy oraz Agencji.'],
  // the expansion of an acronym in the name comes right after the name, once, before the apposition
  ['w pracach {{mention board "gen"}}{{expansion board}} oraz Grupy.', 'w pracach Zarządu AU (Agencja Unii), organu agencji, oraz Grupy.'],
  [
    'w pracach {{mention board "gen"}}{{expansion board}}, a później {{mention board "gen"}}{{expansion board}}.',
    'w pracach Zarządu AU (Agencja Unii), organu agencji, a później Zarządu AU.',
  ],
];

const RECORDS = { agency: AGENCY, process: PROCESS, worded: WORDED, unsaid: UNSAID, bare: BARE, board: BOARD };

let templates: Templates;

beforeAll(async () => {
  const dir = tempDir();
  // each line its own block, in which each record is first mentioned with its apposition
  writeFileSync(join(dir, 'section.md.hbs'), CASES.map(([line], i) => `{{#mentions blocks.[${i}]}}${line}{{/mentions}}`).join('\n'));
  templates = await loadTemplates([dir, builtInTemplates()], ROOT, { recordTexts: true });
});

describe('an apposition after a first mention', () => {
  it.each(CASES.map(([line, text], index) => [line, text, index] as const))('%s', (_, text, index) => {
    // the agency is introduced within the board's name, as the model decides for a name that holds its acronym
    const introduces = Object.values(RECORDS).map((record) =>
      record === AGENCY && text.includes('Zarządu AU')
        ? { record, style: 'acronym', project: false, apposition: false, within: BOARD }
        : { record, style: 'name', project: false, apposition: true },
    );
    const view = { ...RECORDS, blocks: CASES.map(() => ({ introduces })) };
    expect(templates.render(view).split('\n')[index]).toBe(text);
  });
});
