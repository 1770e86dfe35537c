// The words of the page around the section (the sources panel, the preview's toolbar and problem list), in the
// language of the run: written into the page as JSON, which its scripts read. "%YEAR%" and "%TIME%" are filled in there.
import type { Messages } from '../../i18n/messages.ts';

/** A page's words as the JSON of a script element, and the language they are in. */
export interface PageLabels {
  json: string;
  lang: string;
}

// Returns the words of the sources panel, which every page with sources has.
export function sourcesLabels(messages: Messages): PageLabels {
  const { t } = messages;
  return labelled(messages, { sources: t('page.sources'), templatesAlone: t('page.templates-alone') });
}

// Returns the words of the preview's page: the sources panel's, the toolbar's and the problem list's.
export function previewLabels(messages: Messages): PageLabels {
  const { t } = messages;
  return labelled(messages, {
    sources: t('page.sources'),
    templatesAlone: t('page.templates-alone'),
    rendering: t('page.rendering', { year: '%YEAR%' }),
    notConnected: t('page.not-connected'),
    cannotShow: t('page.cannot-show'),
    warnings: t('page.warnings'),
    error: t('page.error'),
    warning: t('page.warning'),
    noEarlier: t('page.no-earlier'),
    compared: t('page.compared', { year: '%YEAR%' }),
    updated: t('page.updated', { time: '%TIME%' }),
  });
}

// Writes words as the JSON of a script element: "<" as \u003c, so that no text can end the element early.
function labelled(messages: Messages, labels: Record<string, string>): PageLabels {
  return { json: JSON.stringify(labels).replace(/</g, '\\u003c'), lang: messages.language };
}
