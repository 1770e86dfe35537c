// Makes the DOCX skeleton (./skeleton.ts) with docx: a document whose every piece of text is a hole, written by docx
// (./with-docx.ts) and cut apart. Run when the command is bundled (scripts/bundle.mjs writes the skeleton into dist/),
// or once per process when coop-report runs from the source. Anything docx writes in a shape this does not expect
// stops it with an error, and the DOCX is then written with docx itself (./prebuilt-skeleton.ts).
import type { DeflatedPart, MarksKey, Skeleton, Template } from './skeleton.ts';
import { hole, template } from './skeleton.ts';
import { docxParts } from './with-docx.ts';
import { element, elements, escapeXml } from './xml.ts';
import { deflate } from './zip.ts';

const MARKS: MarksKey[] = ['', 'i', 'b', 'bi'];
/** Every ASCII character, written as one run's text between separators to check how docx escapes each. */
const ASCII = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));
const SEPARATOR = '\uE002';
const DOCUMENT = 'word/document.xml';
const CORE = 'docProps/core.xml';

// Writes a document of holes with docx and cuts it into the skeleton's pieces.
export async function makeSkeleton(): Promise<Skeleton> {
  const parts = await docxParts(
    [
      ...MARKS.map((marks) => ({ style: hole('style'), runs: [{ text: hole('text'), marks }] })),
      { style: hole('style'), runs: [{ break: true as const }] },
      { runs: [{ text: ASCII.join(SEPARATOR), marks: '' as const }] },
    ],
    { title: hole('title'), subject: hole('subject'), creator: hole('creator') },
  );
  const xml = parts[DOCUMENT];
  const core = parts[CORE];
  if (xml === undefined || core === undefined) throw new Error(`docx wrote no ${xml === undefined ? DOCUMENT : CORE}.`);
  const paragraphs = elements(xml, 'w:p');
  const [probe] = paragraphs.splice(MARKS.length + 1);
  checkEscapes(probe ?? '');
  const runs = paragraphs.map((p) => element(p, 'w:r') ?? '');
  const paragraph = expectOne(
    paragraphs.map((p, i) => p.replace(runs[i]!, hole('runs'))),
    'paragraph',
  );
  const fixed = Object.entries(parts).filter(([path]) => path !== DOCUMENT && path !== CORE);
  for (const [path, text] of fixed) if (text.includes('\uE000')) throw new Error(`docx wrote the section's text into ${path}.`);
  return {
    parts: { ...parts, [DOCUMENT]: '', [CORE]: '' },
    deflated: Object.fromEntries(fixed.map(([path, text]) => [path, deflatedPart(text)])),
    document: withHoles(cutOut(xml, [...paragraphs, probe ?? ''], hole('paragraphs')), ['paragraphs'], DOCUMENT),
    core: withHoles(
      core.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(?=<\/dcterms:\2>)/g, (_, start: string) => start + hole('date')),
      ['title', 'subject', 'creator', 'creator', 'date', 'date'],
      CORE,
    ),
    paragraph: withHoles(paragraph, ['style', 'runs'], 'a paragraph'),
    runs: Object.fromEntries(MARKS.map((marks, i) => [marks, withHoles(runs[i]!, ['text'], 'a run')])) as Record<MarksKey, Template>,
    lineBreak: withHoles(runs[MARKS.length]!, [], 'a line break').text[0]!,
  };
}

// Deflates a part's text as the zip stores it.
function deflatedPart(text: string): DeflatedPart {
  const { crc, size, packed } = deflate(Buffer.from(text, 'utf8'));
  return { crc, size, base64: Buffer.from(packed).toString('base64') };
}

// Returns the one text all of these are, or stops.
function expectOne(texts: string[], what: string): string {
  if (new Set(texts).size !== 1) throw new Error(`docx wrote ${what} in more than one way:\n${texts.join('\n')}`);
  return texts[0]!;
}

// Replaces the stretch of the XML that these consecutive elements fill by one hole.
function cutOut(xml: string, parts: string[], by: string): string {
  const start = xml.indexOf(parts[0]!);
  const whole = parts.join('');
  if (start < 0 || xml.slice(start, start + whole.length) !== whole) throw new Error('docx wrote something between the paragraphs of word/document.xml.');
  return xml.slice(0, start) + by + xml.slice(start + whole.length);
}

// Cuts text into a template, which must have exactly these holes in this order.
function withHoles(text: string, holes: string[], what: string): Template {
  const cut = template(text);
  if (cut.holes.join() !== holes.join())
    throw new Error(`docx wrote ${what} with the holes ${cut.holes.join(', ') || 'none'}, not ${holes.join(', ') || 'none'}:\n${text}`);
  return cut;
}

// Checks, from the probe paragraph, that docx escaped each ASCII character as escapeXml (./xml.ts) does, which the
// skeleton's text is escaped with.
function checkEscapes(probe: string): void {
  const text = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/.exec(probe)?.[1]?.split(SEPARATOR);
  const differing = ASCII.filter((char, i) => text?.[i] !== escapeXml(char));
  if (text?.length !== ASCII.length || differing.length > 0) throw new Error(`docx escaped the ASCII characters otherwise than escapeXml:\n${probe}`);
}
