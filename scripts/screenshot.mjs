// Renders the first page of the 2010 section, as LibreOffice lays it out, to docs/images/section-2010.png for the README.
// Run with `npm run screenshot` (which bundles first); needs LibreOffice (soffice) and poppler (pdftoppm).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const image = join(root, 'docs', 'images', 'section-2010');
const work = mkdtempSync(join(tmpdir(), 'coop-report-screenshot-'));
try {
  // build the PDF through the command line, as a user would
  execFileSync(process.execPath, [join(root, 'bin', 'coop-report.js'), 'build', '2010', '--data', join(root, 'data'), '--out', work, '--format', 'pdf', '-q'], {
    stdio: 'inherit',
  });
  // render page 1 at 100 dpi: an A4 page 827 pixels wide
  mkdirSync(join(root, 'docs', 'images'), { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', '-singlefile', join(work, 'wspolpraca-miedzynarodowa-2010.pdf'), image], {
    stdio: 'inherit',
  });
  console.log(`${image}.png`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
