// `diff --format docx`: the later year's section as a DOCX whose differences from the earlier year's text (its
// published text, where it was published) are tracked changes, for a reviewer to accept or reject in Word.
import { join } from 'node:path';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { readPublished } from '../load/published.ts';
import { buildSection } from '../model/index.ts';
import { reportDate, writeAtomically } from '../write/index.ts';
import { checkAll, type BuildOptions, type BuildResult } from './index.ts';
import { documentProperties, emptyYear, fileStem, outsideFacts, render, shower, templated, writtenAs } from './steps.ts';

/** Who the tracked changes are by. */
export const REVISION_AUTHOR = 'coop-report';

/** What a DOCX of revisions needs: a build of the later year, and the earlier year it is compared with. */
export type RevisionOptions = Omit<BuildOptions, 'formats' | 'sources'> & { from: number };

// Writes <out>/wspolpraca-miedzynarodowa-<year>-zmiany-od-<from>.docx; writes nothing when anything is wrong.
export async function writeRevisions(options: RevisionOptions): Promise<BuildResult> {
  const show = shower(options.cwd);
  // load, validate, and render every year in memory
  const { dataset, diagnostics, templates, sections } = await checkAll(options, { keep: [options.year, options.from] });
  if (!dataset || !templates || !sections || hasErrors(diagnostics)) return { diagnostics, written: [] };
  const beyond = outsideFacts(dataset, options.year);
  if (beyond) return { diagnostics: [...diagnostics, beyond], written: [] };
  const later = sections.get(options.year);
  if (!later?.section.paragraphs.length) return { diagnostics: [...diagnostics, emptyYear(dataset, options.year, show(options.dataDir))], written: [] };
  const made = await templated(async () => {
    const stage = await render();
    // the earlier text: as published, or as the data tells that year (a year before the first report year too)
    const published = readPublished(options.dataDir, show).published.find((p) => p.year === options.from);
    const told = () => {
      const section = buildSection(dataset, options.from);
      return section.paragraphs.length ? stage.rehearseSection(section, templates).markdown : undefined;
    };
    const markdown = published?.markdown ?? sections.get(options.from)?.markdown ?? told();
    if (markdown === undefined) return undefined;
    const earlier = stage.sectionTree(markdown);
    const tree = stage.sectionTree(later.markdown);
    const date = options.date ?? reportDate(options.year);
    const { toDocx } = await import('../write/docx/index.ts');
    const content = await toDocx(
      tree,
      {
        ...documentProperties(later.section, options.year),
        headingLevel: options.headingLevel,
        date,
        reference: options.reference,
        revision: { author: REVISION_AUTHOR, date },
      },
      earlier,
    );
    return [{ path: join(options.outDir, `${fileStem(options.year)}-zmiany-od-${options.from}.docx`), content }];
  });
  if ('problem' in made) return { diagnostics: [...diagnostics, made.problem], written: [] };
  if (!made.value) return { diagnostics: [...diagnostics, emptyYear(dataset, options.from, show(options.dataDir))], written: [] };
  // write
  await writeAtomically(made.value);
  return { diagnostics, written: made.value.map(writtenAs(show)) };
}
