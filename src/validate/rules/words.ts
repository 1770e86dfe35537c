// Checks the words the Polish grammar declines from the data, wherever the schema marks one: a counted noun must be a
// word of the lexicon or its forms, an adjective its masculine nominative singular. Said at the word in the record,
// not where a sentence first meets it.
import { adjectiveProblem, readNoun } from '../../polish/index.ts';
import { SHAPES } from '../../schema/shapes.ts';
import { markedValues } from '../../schema/walk.ts';
import type { Rule } from '../context.ts';
import { suggestion } from '../suggest.ts';

// Reports each counted noun and adjective that no sentence could write, in the records whose fields have the shape
// the schema asks (the schema check reports the others).
export const declinableWords: Rule = (ctx) => {
  for (const { source, data } of ctx.checked)
    for (const { path, value, mark } of markedValues(SHAPES[source.kind], data)) {
      const problem =
        mark.type === 'counted-noun'
          ? readNoun(value, suggestion).problem
          : mark.type === 'adjective' && typeof value === 'string'
            ? adjectiveProblem(value)
            : undefined;
      if (problem) ctx.report(source, mark.type === 'adjective' ? 'bad-adjective' : 'bad-noun', problem, path, 'value');
    }
};
