// Loads the section template and its partials (custom ones first, then built-in) and compiles each once.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type Handlebars from 'handlebars';
import Runtime from 'handlebars/runtime';
import { BLOCK_HELPERS, HELPERS } from './helpers/index.ts';
import { COMPILE_OPTIONS, precompiled } from './precompiled.ts';
import { checkTemplate } from './template-check.ts';
import { TemplateDataError, TemplateError, type DataProblem } from './template-error.ts';

export const SECTION = 'section';
const SUFFIX = '.md.hbs';

/** Wraps the run of a partial: gets the context it runs on and its text, and returns the text to use. */
export type PartialHook = (name: string, context: unknown, text: () => string) => string;

/** A compiled set of templates that renders a view to Markdown; `around`, when given, wraps every partial's run. */
export interface Templates {
  /** Renders a view; with `problems`, a helper that meets a problem of a record's data records it there and the
   * rendering goes on (so that one pass finds every such problem), else it throws a TemplateError. */
  render(view: unknown, problems?: DataProblem[], around?: PartialHook): string;
}

/** A template file found in one of the folders. */
interface TemplateFile {
  name: string;
  path: string;
}

// Finds the section template and partials: by name, the first folder that has one wins.
function findTemplates(folders: string[]): Map<string, TemplateFile> {
  const found = new Map<string, TemplateFile>();
  for (const folder of folders) {
    const section = join(folder, SECTION + SUFFIX);
    if (!found.has(SECTION) && existsSync(section)) found.set(SECTION, { name: SECTION, path: section });
    const partials = join(folder, 'partials');
    if (!existsSync(partials)) continue;
    for (const entry of readdirSync(partials).sort()) {
      const name = entry.slice(0, -SUFFIX.length);
      if (entry.endsWith(SUFFIX) && !found.has(name)) found.set(name, { name, path: join(partials, entry) });
    }
  }
  return found;
}

// Compiles the templates from the folders (custom first, built-in last); throws TemplateError when one is broken.
// A partial tells sentences inside a paragraph, so its line breaks and runs of spaces become single spaces.
export async function loadTemplates(folders: string[], cwd = process.cwd()): Promise<Templates> {
  const files = findTemplates(folders);
  const show = (path: string) => (relative(cwd, path).startsWith('..') ? path : relative(cwd, path));
  for (const folder of folders.slice(0, -1))
    if (!existsSync(folder)) throw new TemplateError(`The templates folder ${show(folder)} does not exist; check --templates or "templates" in the config file.`, show(folder), 1, 1);
  const sources = new Map<string, string>();
  for (const file of files.values()) sources.set(file.name, readFileSync(file.path, 'utf8').replace(/\r\n?/g, '\n').replace(/\n$/, ''));
  // Handlebars' runtime runs the templates compiled at bundle time; its compiler loads only for any other template
  const hb = [...sources.values()].every((source) => precompiled(source)) ? (Runtime as unknown as typeof Handlebars).create() : (await import('./compiler.ts')).Handlebars.create();
  const stack: string[] = [];
  let problems: DataProblem[] | undefined;
  let around: PartialHook | undefined;
  // helpers: a helper failing on the data is located at its call in the template being rendered
  const locate = (error: unknown, options: Handlebars.HelperOptions, name: string): string => {
    if (error instanceof TemplateError || error instanceof hb.Exception) throw error;
    const loc = (options as unknown as { loc?: { start: { line: number; column: number } } }).loc?.start;
    if (problems && error instanceof TemplateDataError && error.origin) {
      problems.push({ error: error as DataProblem['error'], template: stack[stack.length - 1] ?? '', line: loc?.line ?? 1, column: (loc?.column ?? 0) + 1 });
      return '…';
    }
    const message = error instanceof TemplateDataError ? error.message : `The helper "${name}" failed: ${(error as Error).message ?? String(error)}`;
    throw new TemplateError(message, stack[stack.length - 1] ?? '', loc?.line ?? 1, (loc?.column ?? 0) + 1);
  };
  for (const [name, helper] of Object.entries(HELPERS))
    hb.registerHelper(name, (...args: unknown[]) => {
      const options = args.pop() as Handlebars.HelperOptions;
      try {
        return (helper as (...a: unknown[]) => unknown)(...args);
      } catch (error) {
        return locate(error, options, name);
      }
    });
  for (const [name, helper] of Object.entries(BLOCK_HELPERS))
    hb.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      try {
        return (helper as (...a: unknown[]) => unknown).apply(this, args);
      } catch (error) {
        return locate(error, args[args.length - 1] as Handlebars.HelperOptions, name);
      }
    });
  // templates: each compiled once; a partial marks its file while it runs
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const file of files.values()) {
    const source = sources.get(file.name)!;
    // a template compiled at bundle time passed the check then, against the built-in partials, all of which it sees here
    const ready = precompiled(source);
    if (!ready) checkTemplate(hb, source, show(file.path), new Set([...files.keys()]), new Set([...Object.keys(HELPERS), ...Object.keys(BLOCK_HELPERS)]));
    compiled.set(file.name, ready ? hb.template(ready) : hb.compile(source, COMPILE_OPTIONS));
  }
  // each file's path as messages show it, worked out once: partials run hundreds of times a section
  const shown = new Map([...files].map(([name, file]) => [name, show(file.path)]));
  const run = (name: string, context: unknown, options?: Handlebars.RuntimeOptions) => {
    stack.push(shown.get(name)!);
    try {
      const text = compiled.get(name)!(context, options);
      return name === SECTION ? text : text.replace(/[ \t\r\n]+/g, ' ').trim();
    } catch (error) {
      throw located(error, shown.get(name)!, sources.get(name)!);
    } finally {
      stack.pop();
    }
  };
  const partial = (name: string) => (context: unknown, options?: Handlebars.RuntimeOptions) => (around ? around(name, context, () => run(name, context, options)) : run(name, context, options));
  for (const name of compiled.keys()) if (name !== SECTION) hb.registerPartial(name, partial(name) as unknown as Handlebars.Template);
  if (!compiled.has(SECTION)) throw new TemplateError(`No ${SECTION}${SUFFIX} in the template folders (${folders.map(show).join(', ')}).`, show(folders[0] ?? '.'), 1, 1);
  return {
    render: (view, collect, hook) => {
      problems = collect;
      around = hook;
      try {
        return run(SECTION, view);
      } finally {
        problems = undefined;
        around = undefined;
      }
    },
  };
}

// Gives a Handlebars runtime error the template file, line and column it happened at, in words a template author reads.
function located(error: unknown, file: string, source: string): unknown {
  if (error instanceof TemplateError) return error;
  const e = error as { message?: string; lineNumber?: number; column?: number };
  let message = String(e.message ?? error).replace(/ - \d+:\d+$/, '');
  const line = e.lineNumber ?? 1;
  const column = (e.column ?? 0) + 1;
  // strict mode: "motto" not defined in [object Object]
  const missing = /^"(.+)" not defined in /.exec(message);
  if (missing) {
    const expression = /^[^\s}()]+/.exec(source.split('\n')[line - 1]?.slice(column - 1) ?? '')?.[0];
    const where = expression && expression !== missing[1] ? ` (in "${expression}")` : '';
    message = `The data has no field "${missing[1]}" here${where}. Check the name against the fields listed in the README ("Custom templates"), or guard it with {{#if …}}.`;
  }
  return new TemplateError(message, file, line, column);
}
