// A reference document used for several DOCX files (build --all): its styles are merged once, and every DOCX gets
// the same merged styles.xml, the page set-up and the ids of its styles as the first one did.
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { MessageError } from '../../src/i18n/message.ts';
import { toDocx, type DocxOptions } from '../../src/write/docx/document.ts';
import { readReferenceDoc } from '../../src/write/docx/reference.ts';
import { ROOT } from '../support/data.ts';
import { part } from './docx-parts.ts';

const REFERENCE = join(ROOT, 'test', 'fixtures', 'reference-doc', 'reference.docx');

// Returns the options of a DOCX with this reference document.
function options(reference: DocxOptions['reference']): DocxOptions {
  return { title: 'Współpraca', subject: 'Sprawozdanie', creator: 'Urząd', date: new Date('2010-12-31T12:00:00Z'), headingLevel: 1, reference };
}

// Reads the reference document of the tests.
function reference(): NonNullable<DocxOptions['reference']> {
  const read = readReferenceDoc(REFERENCE);
  if (!read.ok) throw new MessageError(read.message);
  return read.reference;
}

describe('one reference document for several DOCX files', async () => {
  const tree = fromMarkdown('# Współpraca międzynarodowa\n\nUrząd współpracuje.\n\nPo raz drugi.\n');
  const shared = reference();
  const [first, second] = [await toDocx(tree, options(shared)), await toDocx(tree, options(shared))];
  const alone = await toDocx(tree, options(reference()));

  it.each(['word/styles.xml', 'word/document.xml', 'word/numbering.xml', 'word/theme/theme1.xml'])('gives the second DOCX the same %s as the first', (path) => {
    expect(part(second, path)).toBe(part(first, path));
    expect(part(first, path)).toBe(part(alone, path));
  });

  it('writes the same bytes each time', () => {
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it("adds our missing styles once, and uses the reference's ids for the rest", () => {
    const styles = part(second, 'word/styles.xml');
    expect(styles.match(/w:styleId="Heading3"/g)).toHaveLength(1);
    expect([...part(second, 'word/document.xml').matchAll(/<w:pStyle w:val="([^"]*)"\/>/g)].map((m) => m[1])).toEqual(['Heading1', 'TextBody', 'TextBody']);
  });
});
