// The HTML writer: the page, the sentences and changes it marks, and what it escapes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSection } from '../../src/model/index.ts';
import { builtInTemplates } from '../../src/paths.ts';
import { check } from '../../src/pipeline/index.ts';
import { loadTemplates, renderSection, renderWithSources } from '../../src/render/index.ts';
import { parseMarkdown } from '../../src/render/markdown-tree.ts';
import { sectionHtml, sourcesData, toHtmlPage, type ParagraphChanges } from '../../src/write/html/index.ts';
import { DATA, ROOT } from '../support/data.ts';
import { messagesIn } from '../../src/i18n/messages.ts';
import { previewPage } from '../../src/preview/page.ts';

const EN = messagesIn('en');
const GOLDEN = join(ROOT, 'test', 'golden', 'wspolpraca-miedzynarodowa-2010.md');

let traced: Root;
let plain: Root;

beforeAll(async () => {
  const { dataset } = await check({ dataDir: DATA, cwd: ROOT });
  const templates = await loadTemplates([builtInTemplates()], ROOT);
  traced = renderWithSources(buildSection(dataset!, 2010), templates, [dataset!.office, ...dataset!.records]);
  plain = renderSection(buildSection(dataset!, 2010), templates);
});

// Reads an HTML fragment's text: tags dropped, the entities hast-util-to-html writes decoded.
function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/&#x([0-9A-F]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

// Makes a tree of one paragraph with its sentences given as [start, end] pairs.
function paragraph(text: string, sentences: [number, number][]): Root {
  const tree = parseMarkdown(text);
  tree.data = { sentences: sentences.map(([start, end]) => ({ paragraph: 1, start, end, text: text.slice(start, end), sources: [] })) };
  return tree;
}

describe('the HTML page', () => {
  it("is a standalone Polish page with the section's title", () => {
    const page = toHtmlPage(traced, { title: 'Współpraca międzynarodowa – 2010', messages: EN });
    expect(page.split('\n').slice(0, 6)).toEqual([
      '<!doctype html>',
      '<html lang="pl">',
      '<head>',
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<title>Współpraca międzynarodowa – 2010</title>',
    ]);
    expect(page).toContain('@media print');
    expect(page.endsWith('</body>\n</html>\n')).toBe(true);
  });

  it("holds the golden Markdown's heading and paragraphs, word for word", () => {
    const html = sectionHtml(traced);
    const blocks = [...html.matchAll(/<(h1|p)>([\s\S]*?)<\/\1>/g)].map((m) => textOf(m[2]!));
    const golden = readFileSync(GOLDEN, 'utf8')
      .trim()
      .split('\n\n')
      .map((b) => b.replace(/^# /, ''));
    expect(blocks).toEqual(golden);
  });

  it('puts each of the 18 sentences in its span, numbered in order, and their sources in the page', () => {
    const html = sectionHtml(traced);
    const spans = [...html.matchAll(/<span class="sentence" data-sentence="(\d+)">([^<]*)<\/span>/g)].map((m) => [Number(m[1]), textOf(m[2]!)]);
    expect(spans).toEqual(traced.data!.sentences!.map((s, n) => [n, s.text]));
    expect(spans).toHaveLength(18);
    const page = toHtmlPage(traced, { title: 'T', messages: EN });
    const json = /<script type="application\/json" id="section-sources">(.*)<\/script>/.exec(page)![1]!;
    expect(JSON.parse(json)).toEqual(traced.data!.sentences!.map(({ text, sources }) => ({ text, sources })));
  });

  it('has no spans, panel or script for a tree rendered without sources', () => {
    const page = toHtmlPage(plain, { title: 'T', messages: EN });
    expect([page.includes('class="sentence"'), page.includes('<script'), page.includes('sources-panel"')]).toEqual([false, false, false]);
  });

  it.each([
    ['en', 'Sources of this sentence', 'This sentence comes from the templates alone'],
    ['pl', 'Źródła tego zdania', 'To zdanie pochodzi wyłącznie z szablonów'],
  ] as const)('words its sources panel in the language of the run (%s)', (language, sources, templatesAlone) => {
    const page = toHtmlPage(traced, { title: 'T', messages: messagesIn(language) });
    expect(page).toContain(`<aside id="sources-panel" lang="${language}" hidden></aside>`);
    const labels = JSON.parse(/<script type="application\/json" id="page-labels">(.*)<\/script>/.exec(page)![1]!);
    expect([labels.sources, labels.templatesAlone]).toEqual([sources, templatesAlone]);
  });

  it.each([
    ['en', '<label>Year <select', 'Marked: changes since %YEAR%.', 'Updated %TIME%'],
    ['pl', '<label>Rok <select', 'Zaznaczono zmiany od %YEAR% r.', 'Zaktualizowano: %TIME%'],
  ] as const)("the preview's page speaks the language of the run (%s)", (language, year, compared, updated) => {
    const page = previewPage(2010, messagesIn(language));
    expect(page).toContain(year);
    expect(page).toContain(`<header class="toolbar" lang="${language}">`);
    const labels = JSON.parse(/<script type="application\/json" id="page-labels">(.*)<\/script>/.exec(page)![1]!);
    expect([labels.compared, labels.updated]).toEqual([compared, updated]);
  });

  it('escapes the text and the title', () => {
    expect(sectionHtml(paragraph('a \\< b & "c"', []))).toBe('<p>a &#x3C; b &#x26; "c"</p>');
    expect(toHtmlPage(plain, { title: '<b>&', messages: EN })).toContain('<title>&lt;b&gt;&amp;</title>');
  });

  it("keeps the sources' JSON from closing its script element", () => {
    const tree = paragraph('Zdanie.', [[0, 7]]);
    tree.data!.sentences![0]!.sources = [{ id: 'x', file: '</script><b>.yaml', line: 1, fields: [] }];
    expect(sourcesData(tree)).toBe('[{"text":"Zdanie.","sources":[{"id":"x","file":"\\u003c/script>\\u003cb>.yaml","line":1,"fields":[]}]}]');
  });
});

describe('marking sentences and changes', () => {
  const text = 'Ala ma kota. Kot ma _małą_ Alę.';
  const sentences: [number, number][] = [
    [0, 12],
    [13, 29],
  ];
  it.each<[string, ParagraphChanges[], string]>([
    [
      'sentences only',
      [],
      '<p><span class="sentence" data-sentence="0">Ala ma kota.</span> <span class="sentence" data-sentence="1">Kot ma </span><em><span class="sentence" data-sentence="1">małą</span></em><span class="sentence" data-sentence="1"> Alę.</span></p>',
    ],
    [
      'a word added',
      [{ paragraph: 1, added: [[4, 6]], removed: [] }],
      '<p><span class="sentence" data-sentence="0">Ala </span><span class="sentence" data-sentence="0"><ins>ma</ins></span><span class="sentence" data-sentence="0"> kota.</span> <span class="sentence" data-sentence="1">Kot ma </span><em><span class="sentence" data-sentence="1">małą</span></em><span class="sentence" data-sentence="1"> Alę.</span></p>',
    ],
    [
      'words removed inside and at the end',
      [
        {
          paragraph: 1,
          added: [],
          removed: [
            { at: 13, text: 'Pies.' },
            { at: 29, text: ' Koniec.' },
          ],
        },
      ],
      '<p><span class="sentence" data-sentence="0">Ala ma kota.</span> <del>Pies.</del><span class="sentence" data-sentence="1">Kot ma </span><em><span class="sentence" data-sentence="1">małą</span></em><span class="sentence" data-sentence="1"> Alę.</span><del> Koniec.</del></p>',
    ],
  ])('%s', (_name, changes, expected) => {
    expect(sectionHtml(paragraph(text, sentences), changes)).toBe(expected);
  });

  it('marks the sentences and changes of each paragraph in their own paragraph, numbered through the section', () => {
    const tree = parseMarkdown('Ala ma kota. Kot.\n\nPies ma _Alę_.');
    const sentence = (paragraph: number, start: number, end: number) => ({ paragraph, start, end, text: '', sources: [] });
    tree.data = { sentences: [sentence(1, 0, 12), sentence(1, 13, 17), sentence(2, 0, 13)] };
    const changes: ParagraphChanges[] = [
      { paragraph: 2, added: [[5, 7]], removed: [{ at: 0, text: 'Duży ' }] },
      { paragraph: 1, added: [[13, 16]], removed: [] },
    ];
    expect(sectionHtml(tree, changes)).toBe(
      [
        '<p><span class="sentence" data-sentence="0">Ala ma kota.</span> <span class="sentence" data-sentence="1"><ins>Kot</ins></span><span class="sentence" data-sentence="1">.</span></p>',
        '<p><del>Duży </del><span class="sentence" data-sentence="2">Pies </span><span class="sentence" data-sentence="2"><ins>ma</ins></span><span class="sentence" data-sentence="2"> </span><em><span class="sentence" data-sentence="2">Alę</span></em><span class="sentence" data-sentence="2">.</span></p>',
      ].join('\n'),
    );
  });

  it('marks changes in a tree without sentences', () => {
    expect(sectionHtml(paragraph('Ala ma kota.', []), [{ paragraph: 1, added: [[0, 3]], removed: [{ at: 7, text: 'psa i ' }] }])).toBe(
      '<p><ins>Ala</ins> ma <del>psa i </del>kota.</p>',
    );
  });
});
