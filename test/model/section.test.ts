// The shape of the section: which paragraphs, in which order, opened by which sentence.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasErrors } from '../../src/diagnostics/diagnostic.ts';
import { buildSection, yearsWithData } from '../../src/model/index.ts';
import { check } from '../../src/pipeline/index.ts';
import { copyData, DATA, editRecord, ROOT, sectionText } from '../support/data.ts';

// Loads a data folder into a valid data set.
async function dataset(dataDir: string) {
  const { dataset, diagnostics } = await check({ dataDir, cwd: ROOT });
  expect(hasErrors(diagnostics)).toBe(false);
  return dataset!;
}

// Keeps only the named body and project files of a copy of the data (countries and the Office stay).
function keepOnly(dataDir: string, keep: string[]): void {
  for (const folder of ['bodies', 'projects'])
    for (const file of readdirSync(join(dataDir, folder))) if (!keep.includes(`${folder}/${file}`)) rmSync(join(dataDir, folder, file));
}

const section = buildSection(await dataset(DATA), 2010);

describe('the section for 2010', () => {
  it('has six paragraphs, each told by the expected partials in order', async () => {
    expect(section.paragraphs.map((p) => p.blocks.map((b) => b.partial))).toEqual([
      ['opening', 'council', 'membership', 'board'],
      ['beyond-eu', 'cooperation', 'project-partner'],
      ['membership', 'project-co-implementer'],
      ['network', 'project-participant'],
      ['partnerships'],
      ['participation'],
    ]);
  });
});

describe('paragraph openings', () => {
  it('without the EU part, the first paragraph opens with the general sentence and no "także"', async () => {
    const dir = copyData();
    keepOnly(dir, ['bodies/gdisc.yaml', 'bodies/gdisc-steering-group.yaml']);
    expect(await sectionText(dir, 2010)).toBe(
      '# Współpraca międzynarodowa\n\nUrząd, w zakresie swoich zadań, prowadzi współpracę międzynarodową. Szef Urzędu wchodzi w skład Grupy Sterującej GDISC (Konferencja Dyrektorów Generalnych Służb Imigracyjnych).\n',
    );
  });

  it('a bilateral body alone is not introduced with "Ponadto"', async () => {
    const dir = copyData();
    keepOnly(dir, ['bodies/polish-russian-commission.yaml']);
    expect(await sectionText(dir, 2010)).toBe(
      '# Współpraca międzynarodowa\n\nUrząd, w zakresie swoich zadań, prowadzi współpracę międzynarodową. Przedstawiciel Urzędu bierze udział w pracach Polsko-Rosyjskiej Komisji Międzyrządowej do spraw Współpracy Międzyregionalnej.\n',
    );
  });

  it('a partner project without the cooperation sentence names whose cooperation it is part of', async () => {
    const dir = copyData();
    keepOnly(dir, [
      'bodies/unhcr.yaml',
      'bodies/unhcr-poland.yaml',
      'bodies/police-headquarters.yaml',
      'bodies/la-strada.yaml',
      'bodies/ocalenie.yaml',
      'bodies/legal-aid-centre.yaml',
      'projects/sop-sgbv.yaml',
    ]);
    editRecord(dir, 'bodies/unhcr-poland.yaml', (doc) => doc.setIn(['participations', 0, 'to'], '2009'));
    expect(await sectionText(dir, 2010)).toBe(
      '# Współpraca międzynarodowa\n\nUrząd, w zakresie swoich zadań, prowadzi współpracę międzynarodową. Do szczególnie istotnych elementów współpracy międzynarodowej Urzędu można zaliczyć program „Standard Operating Procedures on Sexual Gender Based Violence”, realizowany nie tylko przez Urząd i UNHCR (Urząd Wysokiego Komisarza Narodów Zjednoczonych do Spraw Uchodźców), ale i Komendę Główną Policji, Fundację „La Strada”, Fundację „Ocalenie” i Centrum Pomocy Prawnej im. Haliny Nieć.\n',
    );
  });
});

describe('years with data', () => {
  it('counts the bodies and projects that hold in each year from the first report year to asOf', async () => {
    expect(yearsWithData(await dataset(DATA))).toEqual([{ year: 2010, bodies: 12, projects: 5 }]);
  });
});
