// Makes what the preview page shows for a year: the section's HTML with its sources and changes, or the problems.
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { writtenIn, type WrittenDiagnostic } from '../diagnostics/format.ts';
import type { Messages } from '../i18n/messages.ts';
import type { PreviewYear, ViewOptions } from '../pipeline/index.ts';
import { sectionHtml, type ParagraphChanges } from '../write/html/index.ts';
import { changesSince } from './changes.ts';

/** What the page receives for a year, as JSON. */
export interface PageView {
  /** Counts the renders since the preview started, so that a page (and a test) can tell an update from the last. */
  version: number;
  year: number;
  years: number[];
  /** The year the marked changes are counted from, if there is one. */
  previous: number | null;
  /** The section's heading and paragraphs; null while the data or a template has errors. */
  html: string | null;
  sources: { text: string; sources: unknown[] }[];
  /** The problems, each message in the language of the run. */
  problems: WrittenDiagnostic[];
  /** What the preview cannot follow now (a folder gone, an entry it may not read), in the language of the run. */
  notices: string[];
}

/** Renders views, once per year until the files change. */
export interface Views {
  view(year: number): Promise<PageView>;
  /** Forgets every view: the files have changed. */
  invalidate(): void;
}

/** The folders to render from as they stand now (the config file may move them), or the config file's problems. */
export type Folders = Omit<ViewOptions, 'year'> | { problems: Diagnostic[] };

// Makes the views of the preview; `viewYear` is the pipeline's (src/pipeline/index.ts), given so that this part holds
// no copy of it, `notices` the watch's, and `rendering` runs each rendering; the problems are written in the language
// of `messages`.
export function makeViews(
  options: () => Folders,
  viewYear: (options: ViewOptions) => Promise<PreviewYear>,
  notices: () => string[],
  messages: Messages,
  rendering: <T>(render: () => Promise<T>) => Promise<T> = (render) => render(),
): Views {
  let version = 0;
  let cache = new Map<number, Promise<PageView>>();
  const render = async (year: number, at: number): Promise<PageView> => {
    const settings = options();
    if ('problems' in settings)
      return { version: at, year, years: [], previous: null, html: null, sources: [], problems: writtenIn(settings.problems, messages), notices: notices() };
    const made = await viewYear({ ...settings, year });
    const base = { version: at, year, years: made.years, problems: writtenIn(made.diagnostics, messages), notices: notices() };
    if (!made.tree || hasErrors(made.diagnostics)) return { ...base, previous: null, html: null, sources: [] };
    const changes: ParagraphChanges[] = made.previous ? changesSince(made.previous.tree, made.tree) : [];
    const sources = (made.tree.data?.sentences ?? []).map(({ text, sources }) => ({ text, sources }));
    return { ...base, previous: made.previous?.year ?? null, html: sectionHtml(made.tree, changes), sources };
  };
  return {
    view: (year) => {
      let made = cache.get(year);
      if (!made) cache.set(year, (made = rendering(() => render(year, version))));
      return made;
    },
    invalidate: () => {
      version += 1;
      cache = new Map();
    },
  };
}
