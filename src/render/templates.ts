// Loads the section template and its partials (custom ones first, then built-in), compiles each once, and runs them:
// each partial within the depth allowed, each record's own text within a budget of its own.
import { relative } from 'node:path';
import type Handlebars from 'handlebars';
import Runtime from 'handlebars/runtime';
import { WHOLE, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { message } from '../i18n/message.ts';
import { excerpt } from '../i18n/messages.ts';
import { WRITING_HELPERS } from './helpers/index.ts';
import { PARTIAL_RUNNER, type PartialRunner, type RecordText, type RecordTextRunner } from './helpers/record-text.ts';
import { closeInsertions } from './insertions.ts';
import { COMPILE_OPTIONS, precompiled } from './precompiled.ts';
import { withHelperPlaces } from './helper-places.ts';
import { checkTemplate } from './template-check.ts';
import { inclusionPlace, located, TemplateDataError, TemplateError, type DataProblem } from './template-error.ts';
import { checkFolders, findTemplates, SECTION, SUFFIX, templateSource, unusedTemplates } from './template-files.ts';
import { registerHelpers } from './template-helpers.ts';
import { Budget, RECORD_TEXT_LIMITS, SECTION_LIMITS } from './budget.ts';
import { MAX_NESTING, tooHardMarkdown } from './markdown-limits.ts';
import { unsafeOutput } from './text-output.ts';

/** How every template runs: a property a value does not own (split, constructor) reads as nothing, and Handlebars,
 * which would warn of each on the console, stays silent (its documented runtime options). */
const RUNTIME = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };

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

/** How deep partials may include one another: the built-in ones go two deep. */
const MAX_PARTIAL_DEPTH = 32;

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
  registerHelpers(hb, { stack, problems: () => problems, budget: () => budget });
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
