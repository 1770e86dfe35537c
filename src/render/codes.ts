// The codes raised about templates: a custom template that cannot run, and one nothing uses.
import { declareCodes } from '../diagnostics/codes.ts';

/** The codes of the templates, with their docs. */
export const TEMPLATE_CODES = declareCodes({
  template: {
    severity: 'error',
    topic: 'build',
    en: {
      means:
        'a custom template has an error (syntax, unknown helper or partial, a field the data lacks, a helper given a value it cannot use, named by argument, what it expects and what it got), or a template file is a folder or a pipe; an error Handlebars itself reports is quoted in its own words, in English',
      fix: 'correct the template at the line the message names',
    },
    pl: {
      means:
        'własny szablon (`--templates`) ma błąd: składni, nieznany pomocnik lub szablon częściowy, pole, którego brak w danych, pomocnik otrzymał wartość, której nie może użyć (komunikat wskazuje argument, oczekiwaną i otrzymaną wartość), albo Handlebars nie może go wykonać (komunikat cytuje wtedy słowa Handlebars w oryginale, po angielsku, np. „Must pass iterator to #each”)',
      fix: 'popraw szablon we wskazanym wierszu',
    },
  },
  'unused-template': {
    severity: 'warning',
    topic: 'build',
    en: {
      means: 'a custom template replaces no built-in one and no template includes it (`openning.md.hbs`), with the name it most likely meant',
      fix: 'rename the file to the name the message gives',
    },
    pl: {
      means: 'własny szablon niczego nie zastępuje i nic go nie dołącza – zwykle literówka w nazwie pliku',
      fix: 'zmień nazwę pliku na podaną w komunikacie',
    },
  },
});

declare module '../diagnostics/codes.ts' {
  interface DeclaredCodes extends Record<keyof typeof TEMPLATE_CODES, true> {}
}
