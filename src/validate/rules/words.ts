// Checks the words the Polish grammar declines from the data, wherever the schema marks one: a counted noun must be a
// word of the lexicon or its forms, an adjective its masculine nominative singular. Said at the word in the record,
// not where a sentence first meets it.
import { adjectiveProblem, readNoun } from '../../polish/index.ts';
import { SHAPES } from '../../schema/shapes.ts';
import { markedValues } from '../../schema/walk.ts';
import { defineRule } from '../context.ts';
import { suggestion } from '../suggest.ts';

// Reports each counted noun and adjective that no sentence could write, in the records whose fields have the shape
// the schema asks (the schema check reports the others).
export const declinableWords = defineRule({
  meta: {
    codes: {
      'bad-noun': {
        severity: 'error',
        topic: 'dates',
        en: {
          means:
            'a counted noun (`noun:` of a count or a group of members) that is neither a word of the lexicon nor its forms `{one, few, many}`: the message lists the words the lexicon has',
          fix: 'write a word the message lists, or give its forms, such as `{ one: misja, few: misje, many: misji }`',
        },
        pl: {
          means: 'rzeczownik liczony (`noun:` liczebności lub grupy członków) nie jest słowem słownika ani nie ma postaci `{one, few, many}`',
          fix: 'wpisz słowo z listy w komunikacie albo podaj formy, np. `{ one: misja, few: misje, many: misji }`',
        },
      },
      'bad-adjective': {
        severity: 'error',
        topic: 'dates',
        en: {
          means: 'an adjective of a count not given as its masculine nominative singular, ending in -y or -i (`członkowski`, not `członkowskie`)',
          fix: 'write it as, for example, `członkowski`, not `członkowskie`',
        },
        pl: {
          means: 'przymiotnik liczebności nie jest podany w mianowniku liczby pojedynczej rodzaju męskiego (na -y lub -i)',
          fix: 'wpisz np. `członkowski` zamiast `członkowskie`',
        },
      },
    },
    messages: [],
  },
  check(ctx) {
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
  },
});
