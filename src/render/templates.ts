// Loads the section template and its partials (custom ones first, then built-in) and compiles each once.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type Handlebars from 'handlebars';
import Runtime from 'handlebars/runtime';
import { positionAt, warning, WHOLE, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { message, saidBy, type Message } from '../i18n/message.ts';
import { excerpt } from '../i18n/messages.ts';
import { readBounded } from '../load/bounded-read.ts';
import { leadsOutside, realFolder } from '../load/boundary.ts';
import { closest } from '../validate/suggest.ts';
import { BLOCK_HELPERS, BUILT_IN_HELPERS, HELPERS, WRITING_HELPERS } from './helpers/index.ts';
import { describe } from './helpers/arguments.ts';
import { PARTIAL_RUNNER, type PartialRunner, type RecordText, type RecordTextRunner } from './helpers/record-text.ts';
import { closeInsertions } from './insertions.ts';
import { COMPILE_OPTIONS, precompiled } from './precompiled.ts';
import { helperPlace, SHOWN, withHelperPlaces } from './helper-places.ts';
import { checkTemplate } from './template-check.ts';
import { TemplateDataError, TemplateError, type DataProblem } from './template-error.ts';
import { Budget, BudgetExceeded, RECORD_TEXT_LIMITS, SECTION_LIMITS } from './budget.ts';
import { MAX_NESTING, tooHardMarkdown } from './markdown-limits.ts';
import { unsafeOutput } from './text-output.ts';

/** How every template runs: a property a value does not own (split, constructor) reads as nothing, and Handlebars,
 * which would warn of each on the console, stays silent (its documented runtime options). */
const RUNTIME = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };

export const SECTION = 'section';
const SUFFIX = '.md.hbs';

/** Wraps the run of a partial: gets the context it runs on and its text, and returns the text to use. */
export type PartialHook = (name: string, context: unknown, text: () => string) => string;

/** A compiled set of templates that renders a view to Markdown, and what is odd about the custom ones; `around`, when
 * given, wraps every partial's run. */
export interface Templates {
  /** Renders a view; with `problems`, a helper that meets a problem of a record's data records it there and the
   * rendering goes on (so that one pass finds every such problem), else it throws a TemplateError. */
  render(view: unknown, problems?: DataProblem[], around?: PartialHook): string;
  /** Custom template files that nothing uses (a misspelt name, say). */
  warnings: Diagnostic[];
}

/** How large a template file may be: it is read whole. */
const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** How deep partials may include one another: the built-in ones go two deep. */
const MAX_PARTIAL_DEPTH = 32;

/** The fields of the section template's view, which a partial reaches as @root.<field>. */
const ROOT_FIELDS = ['year', 'heading', 'office', 'paragraphs'];

/** A template file found in one of the folders. */
interface TemplateFile {
  name: string;
  path: string;
  /** The path as messages show it. */
  shown?: string;
}

// Finds the section template and partials: by name, the first folder that has one wins. Anything but a regular file
// (a folder, a pipe, which would block the read) is refused at its path, and so is a link that leads out of its folder.
export function findTemplates(folders: string[], show: (path: string) => string): Map<string, TemplateFile> {
  const found = new Map<string, TemplateFile>();
  const take = (name: string, path: string, root: string) => {
    if (found.has(name)) return;
    const target = leadsOutside(path, root);
    if (target !== undefined) throw new TemplateError(message('template.outside', { target }), show(path), WHOLE.line, WHOLE.column);
    const stat = statSync(path);
    if (!stat.isFile())
      throw new TemplateError(message('template.not-a-file', { what: stat.isDirectory() ? 'folder' : 'special' }), show(path), WHOLE.line, WHOLE.column);
    if (stat.size > MAX_TEMPLATE_BYTES)
      throw new TemplateError(
        message('template.too-large', { size: String(stat.size), max: String(MAX_TEMPLATE_BYTES) }),
        show(path),
        WHOLE.line,
        WHOLE.column,
      );
    found.set(name, { name, path, shown: show(path) });
  };
  for (const folder of folders) {
    const root = realFolder(folder);
    const section = join(folder, SECTION + SUFFIX);
    if (existsSync(section)) take(SECTION, section, root);
    const partials = join(folder, 'partials');
    if (!existsSync(partials)) continue;
    const outside = leadsOutside(partials, root);
    if (outside !== undefined) throw new TemplateError(message('template.outside', { target: outside }), show(partials), WHOLE.line, WHOLE.column);
    if (!statSync(partials).isDirectory()) throw new TemplateError(message('template.partials-not-a-folder'), show(partials), WHOLE.line, WHOLE.column);
    for (const entry of readdirSync(partials).sort()) if (entry.endsWith(SUFFIX)) take(entry.slice(0, -SUFFIX.length), join(partials, entry), root);
  }
  return found;
}

// Warns of each custom template that replaces no built-in one and that no template includes: nothing would use it.
function unusedTemplates(files: Map<string, TemplateFile>, builtIn: string, sources: Map<string, string>, show: (path: string) => string): Diagnostic[] {
  const builtInNames = [...findTemplates([builtIn], show).keys()];
  const included = new Set([...sources.values()].flatMap((source) => [...source.matchAll(/\{\{~?#?>\s*([^\s}()~]+)/g)].map((m) => m[1]!)));
  return [...files.values()]
    .filter((file) => !file.path.startsWith(join(builtIn, '/')) && !builtInNames.includes(file.name) && !included.has(file.name))
    .map((file) => {
      const near = closest(file.name, builtInNames);
      const hint = near
        ? message('suggest.did-you-mean', { name: near + SUFFIX })
        : message('template.built-in', { names: builtInNames.map((n) => n + SUFFIX).join(', ') });
      return warning('unused-template', message('template.unused', { name: file.name + SUFFIX, hint }), show(file.path), WHOLE);
    });
}

// Reads a template's text as it is compiled: line ends as \n, without the file's final line end. The file is read
// within the size limit whatever it says of its size, and only if it is a regular file; `shown` names it in a refusal.
export function templateSource(path: string, shown = path): string {
  const read = readBounded(path, MAX_TEMPLATE_BYTES);
  if ('why' in read) {
    const said =
      read.why === 'too-large'
        ? message('template.too-large', { size: read.size === undefined ? 'more' : String(read.size), max: String(MAX_TEMPLATE_BYTES) })
        : read.why === 'EISDIR' || read.why === 'special'
          ? message('template.not-a-file', { what: read.why === 'EISDIR' ? 'folder' : 'special' })
          : message('template.unreadable', { code: read.why });
    throw new TemplateError(said, shown, WHOLE.line, WHOLE.column);
  }
  return read.bytes.toString('utf8').replace(/\r\n?/g, '\n').replace(/\n$/, '');
}

// Refuses a custom templates folder that does not exist or is a file.
function checkFolders(folders: string[], show: (path: string) => string): void {
  for (const folder of folders.slice(0, -1))
    if (!existsSync(folder)) throw new TemplateError(message('template.folder', { folder: show(folder), why: 'missing' }), show(folder), 1, 1);
    else if (!statSync(folder).isDirectory())
      throw new TemplateError(message('template.folder', { folder: show(folder), why: 'file' }), show(folder), WHOLE.line, WHOLE.column);
}

// Compiles the templates from the folders (custom first, built-in last); throws TemplateError when one is broken.
// A partial tells sentences inside a paragraph, so its line breaks and runs of spaces become single spaces.
export async function loadTemplates(folders: string[], cwd = process.cwd(), { recordTexts = false }: { recordTexts?: boolean } = {}): Promise<Templates> {
  const show = (path: string) => (relative(cwd, path).startsWith('..') ? path : relative(cwd, path));
  checkFolders(folders, show);
  const files = findTemplates(folders, show);
  const sources = new Map<string, string>();
  for (const file of files.values()) sources.set(file.name, templateSource(file.path, file.shown));
  // Handlebars' runtime runs the templates compiled at bundle time; its compiler loads only for any other template
  // (and for records that write texts of their own)
  const hb =
    !recordTexts && [...sources.values()].every((source) => precompiled(source))
      ? (Runtime as unknown as typeof Handlebars).create()
      : (await import('./compiler.ts')).Handlebars.create();
  // hb.log is Handlebars' console writer; no template may reach it
  for (const name of WRITING_HELPERS) hb.unregisterHelper(name);
  const stack: string[] = [];
  /** The source of each template running, innermost last (a record's text included): where an inclusion is found. */
  const running: string[] = [];
  let budget = new Budget(SECTION_LIMITS);
  let problems: DataProblem[] | undefined;
  let around: PartialHook | undefined;
  // helpers: a helper failing on the data is located at its call in the template being rendered
  const locate = (error: unknown, options: Handlebars.HelperOptions, name: string): string => {
    if (error instanceof TemplateError || error instanceof hb.Exception) throw error;
    const place = helperPlace(options);
    if (problems && error instanceof TemplateDataError && error.origin) {
      problems.push({ error: error as DataProblem['error'], template: stack[stack.length - 1] ?? '', line: place?.line ?? 1, column: place?.column ?? 1 });
      return '…';
    }
    const said = error instanceof TemplateDataError ? error.said : message('template.helper-failed', { name, message: saidBy(error) });
    throw new TemplateError(said, stack[stack.length - 1] ?? '', place?.line ?? 1, place?.column ?? 1);
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
  // a value printed as it is: text or a number; a mapping or a list would print as "[object Object]"
  hb.registerHelper(SHOWN, (value: unknown, expression: unknown, options: Handlebars.HelperOptions) => {
    // Handlebars' strict mode does not check a helper's arguments: a field the data lacks ("record.nmae", "@partial") is said
    // here, at its path
    if (value === undefined) {
      const field = String(expression).split(/[./]/).pop()!.replace(/^@/, '');
      const root = ROOT_FIELDS.includes(field) && field === expression;
      const said = message('template.missing-field', { field, expression: field === expression ? 'none' : String(expression), root: root ? 'yes' : 'no' });
      return locate(new TemplateDataError(said), options, SHOWN);
    }
    if (value === null || typeof value !== 'object' || value instanceof hb.SafeString) return value ?? '';
    return locate(
      new TemplateDataError(
        message('template.not-text', { expression: String(expression), value: describe(value), kind: Array.isArray(value) ? 'list' : 'mapping' }),
      ),
      options,
      SHOWN,
    );
  });
  // a block's body runs within the rendering's budget; passing it is an error at the block
  const limited = (options: Handlebars.HelperOptions): void => {
    const within =
      (body: Handlebars.TemplateDelegate) =>
      (context: unknown, runOptions?: Handlebars.RuntimeOptions): string => {
        try {
          return budget.run(() => body(context, runOptions));
        } catch (error) {
          if (!(error instanceof BudgetExceeded)) throw error;
          const place = helperPlace(options);
          const max = String(error.limits[error.limit]);
          throw new TemplateError(
            message('template.output-budget', { max, limit: error.limit, what: error.limits.what }),
            stack[stack.length - 1] ?? '',
            place?.line ?? 1,
            place?.column ?? 1,
          );
        }
      };
    if (options.fn) options.fn = within(options.fn);
    if (options.inverse) options.inverse = within(options.inverse);
  };
  for (const [name, helper] of Object.entries(BLOCK_HELPERS))
    hb.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      try {
        limited(args[args.length - 1] as Handlebars.HelperOptions);
        return (helper as (...a: unknown[]) => unknown).apply(this, args);
      } catch (error) {
        return locate(error, args[args.length - 1] as Handlebars.HelperOptions, name);
      }
    });
  // Handlebars' own helpers: what one refuses ("Must pass iterator to #each") is located at its call; what fails
  // inside its block was located where it failed (a Handlebars error then carries its line)
  for (const name of BUILT_IN_HELPERS) {
    const builtIn = hb.helpers[name]!;
    hb.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      try {
        limited(args[args.length - 1] as Handlebars.HelperOptions);
        return (builtIn as (...a: unknown[]) => unknown).apply(this, args);
      } catch (error) {
        if (!(error instanceof hb.Exception) || (error as { lineNumber?: number }).lineNumber !== undefined) throw error;
        const place = helperPlace(args[args.length - 1] as Handlebars.HelperOptions);
        throw new TemplateError(
          message('template.handlebars', { message: error.message }),
          stack[stack.length - 1] ?? '',
          place?.line ?? 1,
          place?.column ?? 1,
        );
      }
    });
  }
  // templates: each compiled once; a partial marks its file while it runs
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const file of files.values()) {
    const source = sources.get(file.name)!;
    // a template compiled at bundle time passed the check then, against the built-in partials, all of which it sees here
    const ready = precompiled(source);
    compiled.set(
      file.name,
      ready ? hb.template(ready) : hb.compile(withHelperPlaces(checkTemplate(hb, source, show(file.path), new Set(files.keys()))), COMPILE_OPTIONS),
    );
  }
  // each file's path as messages show it, worked out once: partials run hundreds of times a section
  const shown = new Map([...files].map(([name, file]) => [name, show(file.path)]));
  const run = (name: string, context: unknown, options?: Handlebars.RuntimeOptions) => {
    // a partial that includes itself, directly or through others, would never end: found when it starts again
    const file = shown.get(name)!;
    if (stack.includes(file)) {
      const chain = [...stack.slice(stack.indexOf(file)), file].map((shownPath) => shownPath.split(/[\\/]/).pop()!.slice(0, -SUFFIX.length));
      const at = inclusionPlace(running[running.length - 1] ?? '', name);
      throw new TemplateError(message('template.includes-itself', { name, chain: chain.join(' → ') }), stack[stack.length - 1]!, at.line, at.column);
    }
    if (stack.length >= MAX_PARTIAL_DEPTH) {
      const chain = stack.slice(1, 6).map((shownPath) => shownPath.split(/[\\/]/).pop()!.slice(0, -SUFFIX.length));
      throw new TemplateError(
        message('template.partial-cycle', { depth: String(MAX_PARTIAL_DEPTH), chain: chain.join(' → ') }),
        stack[stack.length - 1]!,
        0,
        0,
      );
    }
    stack.push(file);
    running.push(sources.get(name)!);
    try {
      const text = compiled.get(name)!(context, options);
      return name === SECTION ? text : text.replace(/[ \t\r\n]+/g, ' ').trim();
    } catch (error) {
      throw located(error, file, sources.get(name)!);
    } finally {
      stack.pop();
      running.pop();
    }
  };
  // a record's own texts: checked and compiled once each; a problem in one is the record's, reported where it was written
  const texts = new Map<string, Handlebars.TemplateDelegate>();
  /** The record texts rendering, innermost last: a text that shows itself again would never end. */
  const showing = new Set<RecordText>();
  const recordText: RecordTextRunner = (text, context, data) => {
    const shown = text.text.length > 60 ? `${text.text.slice(0, 57)}…` : text.text;
    let template = texts.get(text.text);
    let output: string;
    const outer = budget;
    // a text that shows itself again, through a partial or its own "say", would never end
    if (showing.has(text))
      throw new TemplateDataError(message('template.record-text-output', { text: shown, message: message('template.text-includes-itself') }), text.origin);
    showing.add(text);
    running.push(text.text);
    try {
      if (!template) {
        const read = checkTemplate(hb, text.text, text.origin.file, new Set(files.keys()));
        texts.set(text.text, (template = hb.compile(withHelperPlaces(read), COMPILE_OPTIONS)));
      }
      // the text's @root is the section's, as in any partial; it runs within a budget of its own
      budget = new Budget(RECORD_TEXT_LIMITS);
      output = template(context, { ...RUNTIME, data: { ...(data as object), recordText } })
        .replace(/[ \t\r\n]+/g, ' ')
        .trim();
    } catch (error) {
      if (error instanceof TemplateDataError && error.origin) throw error;
      const cause = located(error, text.origin.file, text.text) as TemplateError;
      throw new TemplateDataError(
        message('template.record-text', { text: shown, line: String(cause.line), column: String(cause.column), message: cause.said }),
        text.origin,
      );
    } finally {
      showing.delete(text);
      running.pop();
      budget = outer;
    }
    // Markdown that would take minutes to read is refused before it is read
    const hard = tooHardMarkdown(output);
    if (hard) {
      const why = hard.what === 'nesting' ? message('template.text-too-deep', { max: String(MAX_NESTING) }) : message('template.text-too-marked');
      throw new TemplateDataError(message('template.record-text-output', { text: shown, message: why }), text.origin);
    }
    // what it rendered goes into the page as it is: a link elsewhere than http(s) or mailto, an image or HTML is refused
    const unsafe = unsafeOutput(output);
    if (unsafe) throw new TemplateDataError(message('template.record-text-output', { text: shown, message: unsafe }), text.origin);
    return output;
  };
  const partial = (name: string) => (context: unknown, options?: Handlebars.RuntimeOptions) =>
    around ? around(name, context, () => run(name, context, options)) : run(name, context, options);
  // a helper that writes a partial's words (a mention with its apposition) runs it with the render's data
  const runPartial: PartialRunner = (name, context, data) => partial(name)(context, { ...RUNTIME, data: data as Handlebars.RuntimeOptions['data'] });
  for (const name of compiled.keys()) if (name !== SECTION) hb.registerPartial(name, partial(name) as unknown as Handlebars.Template);
  if (!compiled.has(SECTION))
    throw new TemplateError(message('template.no-section', { name: SECTION + SUFFIX, folders: folders.map(show).join(', ') }), show(folders[0] ?? '.'), 1, 1);
  const warnings = folders.length > 1 ? unusedTemplates(files, folders[folders.length - 1]!, sources, show) : [];
  return {
    render: (view, collect, hook) => {
      problems = collect;
      around = hook;
      budget = new Budget(SECTION_LIMITS);
      try {
        const markdown = closeInsertions(run(SECTION, view, { ...RUNTIME, data: { recordText, [PARTIAL_RUNNER]: runPartial } }));
        // Markdown that would take minutes to read is refused before it is read
        const hard = tooHardMarkdown(markdown);
        if (!hard) return markdown;
        const said =
          hard.what === 'nesting'
            ? message('template.markdown-too-deep', { max: String(MAX_NESTING), line: String(hard.line), text: excerpt(hard.text) })
            : message('template.markdown-too-marked', { line: String(hard.line), text: excerpt(hard.text) });
        throw new TemplateError(said, shown.get(SECTION)!, WHOLE.line, WHOLE.column);
      } finally {
        problems = undefined;
        around = undefined;
      }
    },
    warnings,
  };
}

// Gives a Handlebars runtime error the template file, line and column it happened at, in words a template author reads;
// Handlebars' own words are quoted as they are.
function located(error: unknown, file: string, source: string): unknown {
  if (error instanceof TemplateError) return error;
  const e = error as { message?: string; lineNumber?: number; column?: number };
  const text = String(e.message ?? error).replace(/ - \d+:\d+$/, '');
  let said: Message = error instanceof TemplateDataError ? error.said : message('template.handlebars', { message: text });
  const line = e.lineNumber ?? 1;
  const column = (e.column ?? 0) + 1;
  // strict mode: "motto" not defined in [object Object]
  const missing = /^"(.+)" not defined in /.exec(text);
  if (missing) {
    const expression = /^[^\s}()]+/.exec(source.split('\n')[line - 1]?.slice(column - 1) ?? '')?.[0];
    const where = expression && expression !== missing[1] ? expression : undefined;
    // a partial runs on its block; the section's own fields are under @root there
    const root = ROOT_FIELDS.includes(missing[1]!) && expression === missing[1];
    said = message('template.missing-field', { field: missing[1]!, expression: where ?? 'none', root: root ? 'yes' : 'no' });
  }
  return new TemplateError(said, file, line, column);
}

// Finds where a template includes a partial ("{{> name", "{{#> name", with "~" or spaces), or its start.
function inclusionPlace(source: string, name: string): { line: number; column: number } {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`\\{\\{~?#?>\\s*${escaped}(?=[\\s}~(])`).exec(source);
  return found ? positionAt(source, found.index) : { line: 1, column: 1 };
}
