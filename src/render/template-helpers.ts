// The helpers templates call, registered on a Handlebars environment, each wrapped so that what goes wrong in it is
// told at its call: a problem of a record's data is collected (or thrown) at the record, any other failure at the
// call's line and column in the template running; a block's body runs within the rendering's output budget.
import type Handlebars from 'handlebars';
import { message, saidBy } from '../i18n/message.ts';
import { describe } from './helpers/arguments.ts';
import { BLOCK_HELPERS, BUILT_IN_HELPERS, HELPERS } from './helpers/index.ts';
import { helperPlace, SHOWN } from './helper-places.ts';
import { type Budget, BudgetExceeded } from './budget.ts';
import { ROOT_FIELDS, TemplateDataError, TemplateError, type DataProblem } from './template-error.ts';

/** What the wrappers read of the rendering in progress, as it is when a helper runs. */
export interface Rendering {
  /** The template files running, as messages show them, innermost last. */
  readonly stack: readonly string[];
  /** Where a helper puts a problem of a record's data while a rendering collects them; else the problem is thrown. */
  problems(): DataProblem[] | undefined;
  /** The budget the text being rendered runs within. */
  budget(): Budget;
}

// Registers every helper on a Handlebars environment, wrapped, and Handlebars' own block helpers within the budget.
export function registerHelpers(hb: typeof Handlebars, rendering: Rendering): void {
  const template = () => rendering.stack[rendering.stack.length - 1] ?? '';
  // a helper failing on the data is located at its call in the template being rendered
  const locate = (error: unknown, options: Handlebars.HelperOptions, name: string): string => {
    if (error instanceof TemplateError || error instanceof hb.Exception) throw error;
    const place = helperPlace(options);
    const problems = rendering.problems();
    if (problems && error instanceof TemplateDataError && error.origin) {
      problems.push({ error: error as DataProblem['error'], template: template(), line: place.line, column: place.column });
      return '…';
    }
    const said = error instanceof TemplateDataError ? error.said : message('template.helper-failed', { name, message: saidBy(error) });
    throw new TemplateError(said, template(), place.line, place.column);
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
          return rendering.budget().run(() => body(context, runOptions));
        } catch (error) {
          if (!(error instanceof BudgetExceeded)) throw error;
          const place = helperPlace(options);
          const max = String(error.limits[error.limit]);
          throw new TemplateError(
            message('template.output-budget', { max, limit: error.limit, what: error.limits.what }),
            template(),
            place.line,
            place.column,
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
        throw new TemplateError(message('template.handlebars', { message: error.message }), template(), place.line, place.column);
      }
    });
  }
}
