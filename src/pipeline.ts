// The whole program, one way through: load -> validate -> model -> render -> write.
import { join, relative, isAbsolute } from 'node:path';
import { error, hasErrors, type Diagnostic } from './diagnostics/diagnostic.ts';
import { loadData } from './load/index.ts';
import { buildSection, yearsWithData } from './model/index.ts';
import { builtInTemplates } from './paths.ts';
import { loadTemplates, renderSection, TemplateError } from './render/index.ts';
import { validate, type Validated } from './validate/index.ts';
import { WRITERS, writeAtomically, type Format, type OutputFile } from './write/index.ts';

/** Where to read and how to present paths. */
export interface Place {
  dataDir: string;
  cwd: string;
}

/** What a build needs. */
export interface BuildOptions extends Place {
  year: number;
  outDir: string;
  formats: Format[];
  templateDirs: string[];
  headingLevel: number;
}

/** What a build did: the problems found, and the files written (none when there was an error). */
export interface BuildResult {
  diagnostics: Diagnostic[];
  written: { path: string; bytes: number }[];
}

// Returns a path as the user should see it: relative to the working folder when inside it.
export function shower(cwd: string): (path: string) => string {
  return (path) => {
    const rel = relative(cwd, path);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  };
}

// Loads and validates the data folder.
export function check(place: Place): Validated {
  return validate(loadData(place.dataDir, shower(place.cwd)));
}

// Builds the section for a year and writes it in each format; writes nothing when anything is wrong.
export async function build(options: BuildOptions): Promise<BuildResult> {
  const show = shower(options.cwd);
  // load, validate
  const { dataset, diagnostics } = check(options);
  if (!dataset || hasErrors(diagnostics)) return { diagnostics, written: [] };
  // model
  const section = buildSection(dataset, options.year);
  if (section.paragraphs.length === 0) {
    const years = yearsWithData(dataset).map((y) => y.year);
    const which = years.length ? `Years with data: ${compactYears(years)}.` : 'No record holds in any year.';
    return { diagnostics: [...diagnostics, error('empty-year', `Nothing in the data holds in ${options.year}. ${which}`, show(options.dataDir))], written: [] };
  }
  // render
  let tree;
  try {
    tree = renderSection(section, loadTemplates([...options.templateDirs, builtInTemplates()], options.cwd));
  } catch (cause) {
    if (!(cause instanceof TemplateError)) throw cause;
    return { diagnostics: [...diagnostics, error('template', cause.message, cause.file, { line: cause.line, column: cause.column })], written: [] };
  }
  // write
  const docxOptions = {
    title: `${section.heading} – ${options.year}`,
    creator: dataset.office.name.nom,
    subject: `Sprawozdanie roczne ${options.year}: ${section.heading.toLowerCase()}`,
    headingLevel: options.headingLevel,
  };
  const files: OutputFile[] = [];
  for (const format of options.formats) {
    const path = join(options.outDir, `${fileStem(options.year)}${WRITERS[format].extension}`);
    files.push({ path, content: await WRITERS[format].write(tree, docxOptions) });
  }
  writeAtomically(files);
  return { diagnostics, written: files.map((f) => ({ path: show(f.path), bytes: Buffer.byteLength(f.content) })) };
}

// Names the output files of a year.
export function fileStem(year: number): string {
  return `wspolpraca-miedzynarodowa-${year}`;
}

// Writes a list of years compactly: "1992–2010" for runs.
function compactYears(years: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    runs.push(i === j ? String(years[i]) : `${years[i]}–${years[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}
