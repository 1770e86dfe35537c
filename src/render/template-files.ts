// The template files: the section template and its partials found in the folders (custom ones first, built-in last),
// each read as it is compiled, and the custom ones that nothing would use.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { warning, WHOLE, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { message } from '../i18n/message.ts';
import { readBounded } from '../load/bounded-read.ts';
import { leadsOutside, realFolder } from '../load/boundary.ts';
import { closest } from '../validate/suggest.ts';
import { TemplateError } from './template-error.ts';

export const SECTION = 'section';
export const SUFFIX = '.md.hbs';

/** How large a template file may be: it is read whole. */
const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** A template file found in one of the folders. */
export interface TemplateFile {
  name: string;
  path: string;
  /** The path as messages show it. */
  shown?: string;
}

// Finds the section template and partials: by name, the first folder that has one wins. Anything but a regular file
// (a folder, a pipe, which would block the read) is refused at its path, and so is a link that leads out of its folder.
export function findTemplates(folders: string[], show: (path: string) => string): Map<string, TemplateFile> {
  const found = new Map<string, TemplateFile>();
  const take = (name: string, path: string, root: string) => {
    if (found.has(name)) return;
    const target = leadsOutside(path, root);
    if (target !== undefined) throw new TemplateError(message('template.outside', { target }), show(path), WHOLE.line, WHOLE.column);
    const stat = statSync(path);
    if (!stat.isFile())
      throw new TemplateError(message('template.not-a-file', { what: stat.isDirectory() ? 'folder' : 'special' }), show(path), WHOLE.line, WHOLE.column);
    if (stat.size > MAX_TEMPLATE_BYTES)
      throw new TemplateError(
        message('template.too-large', { size: String(stat.size), max: String(MAX_TEMPLATE_BYTES) }),
        show(path),
        WHOLE.line,
        WHOLE.column,
      );
    found.set(name, { name, path, shown: show(path) });
  };
  for (const folder of folders) {
    const root = realFolder(folder);
    const section = join(folder, SECTION + SUFFIX);
    if (existsSync(section)) take(SECTION, section, root);
    const partials = join(folder, 'partials');
    if (!existsSync(partials)) continue;
    const outside = leadsOutside(partials, root);
    if (outside !== undefined) throw new TemplateError(message('template.outside', { target: outside }), show(partials), WHOLE.line, WHOLE.column);
    if (!statSync(partials).isDirectory()) throw new TemplateError(message('template.partials-not-a-folder'), show(partials), WHOLE.line, WHOLE.column);
    for (const entry of readdirSync(partials).sort()) if (entry.endsWith(SUFFIX)) take(entry.slice(0, -SUFFIX.length), join(partials, entry), root);
  }
  return found;
}

// Reads a template's text as it is compiled: line ends as \n, without the file's final line end. The file is read
// within the size limit whatever it says of its size, and only if it is a regular file; `shown` names it in a refusal.
export function templateSource(path: string, shown = path): string {
  const read = readBounded(path, MAX_TEMPLATE_BYTES);
  if ('why' in read) {
    const said =
      read.why === 'too-large'
        ? message('template.too-large', { size: read.size === undefined ? 'more' : String(read.size), max: String(MAX_TEMPLATE_BYTES) })
        : read.why === 'EISDIR' || read.why === 'special'
          ? message('template.not-a-file', { what: read.why === 'EISDIR' ? 'folder' : 'special' })
          : message('template.unreadable', { code: read.why });
    throw new TemplateError(said, shown, WHOLE.line, WHOLE.column);
  }
  return read.bytes.toString('utf8').replace(/\r\n?/g, '\n').replace(/\n$/, '');
}

// Refuses a custom templates folder that does not exist or is a file.
export function checkFolders(folders: string[], show: (path: string) => string): void {
  for (const folder of folders.slice(0, -1))
    if (!existsSync(folder)) throw new TemplateError(message('template.folder', { folder: show(folder), why: 'missing' }), show(folder), 1, 1);
    else if (!statSync(folder).isDirectory())
      throw new TemplateError(message('template.folder', { folder: show(folder), why: 'file' }), show(folder), WHOLE.line, WHOLE.column);
}

// Warns of each custom template that replaces no built-in one and that no template includes: nothing would use it.
export function unusedTemplates(files: Map<string, TemplateFile>, builtIn: string, sources: Map<string, string>, show: (path: string) => string): Diagnostic[] {
  const builtInNames = [...findTemplates([builtIn], show).keys()];
  const included = new Set([...sources.values()].flatMap((source) => [...source.matchAll(/\{\{~?#?>\s*([^\s}()~]+)/g)].map((m) => m[1]!)));
  return [...files.values()]
    .filter((file) => !file.path.startsWith(join(builtIn, '/')) && !builtInNames.includes(file.name) && !included.has(file.name))
    .map((file) => {
      const near = closest(file.name, builtInNames);
      const hint = near
        ? message('suggest.did-you-mean', { name: near + SUFFIX })
        : message('template.built-in', { names: builtInNames.map((n) => n + SUFFIX).join(', ') });
      return warning('unused-template', message('template.unused', { name: file.name + SUFFIX, hint }), show(file.path), WHOLE);
    });
}
