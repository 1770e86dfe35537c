// The config file: found upward from the working folder, paths relative to it, every wrong setting located.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN } from '../support/messages.ts';
import { findConfig, readConfig } from '../../src/cli/config.ts';
import { main } from '../../src/cli/main.ts';
import { tempDir } from '../support/data.ts';

// Writes a config file in a fresh folder and reads it back.
function read(text: string) {
  const dir = tempDir();
  writeFileSync(join(dir, 'coop-report.config.yaml'), text);
  const { config, diagnostics } = readConfig(join(dir, 'coop-report.config.yaml'), 'coop-report.config.yaml');
  const relative = Object.fromEntries(Object.entries(config).map(([key, value]) => [key, typeof value === 'string' ? value.replace(dir, '<dir>') : value]));
  return { config: relative, problems: diagnostics.map((d) => `${d.line}:${d.column} ${EN.text(d.message)}`) };
}

describe('readConfig', () => {
  it.each([
    ['an empty file sets nothing', '', {}, []],
    ['only comments set nothing', '# nothing yet\n', {}, []],
    [
      'folders are relative to the file',
      'data: records\nout: build/../reports\ntemplates: ./tpl\n',
      { data: '<dir>/records', out: '<dir>/reports', templates: '<dir>/tpl' },
      [],
    ],
    ['formats as a list', 'formats: [docx]\n', { formats: ['docx'] }, []],
    ['formats as a comma-separated string', 'formats: md, docx\n', { formats: ['md', 'docx'] }, []],
    [
      'an unknown key, with a suggestion',
      'data: d\nouts: o\n',
      { data: '<dir>/d' },
      ['2:1 Unknown setting "outs". Did you mean "out"? The settings are: data, templates, out, formats, root.'],
    ],
    ['an unknown key, without one', 'colour: red\n', {}, ['1:1 Unknown setting "colour". The settings are: data, templates, out, formats, root.']],
    ['a folder that is not text', 'data:\n  - a\n', {}, ['2:3 "data" takes a folder path, relative to coop-report.config.yaml.']],
    ['an empty folder', 'out: ""\n', {}, ['1:6 "out" takes a folder path, relative to coop-report.config.yaml.']],
    ['an unknown format', 'formats: [md, rtf]\n', {}, ['1:10 "formats" takes a list of output formats from: md, docx, html, pdf; "rtf" is not one.']],
    ['no formats', 'formats: []\n', {}, ['1:10 "formats" takes a list of output formats from: md, docx, html, pdf.']],
    ['not a mapping', '- data\n', {}, ['1:1 coop-report.config.yaml holds a mapping of settings (data, templates, out, formats, root).']],
    ['a key set twice', 'data: a\ndata: b\n', { data: '<dir>/a' }, ['2:1 "data" is set twice; keep one.']],
    [
      'a YAML error, located and said as in a record file',
      'data: records\nout: a: b\n',
      {},
      [
        '2:6 A second "key: value" starts inside this value: a colon followed by a space begins a key. If the colon belongs to the text, put the whole value in quotes; if the next line is a field of its own, indent it as the fields beside it.',
      ],
    ],
    [
      'an unclosed quote: at the quote',
      'data: "records\n',
      {},
      [
        '1:7 The double quote that opens this value is never closed, so everything after it, to the end of the file, reads as one text. Close the value with the same quote at its end.',
      ],
    ],
    ['root: true', 'root: true\ndata: d\n', { root: true, data: '<dir>/d' }, []],
    ['root that is not true or false', 'root: yes please\n', {}, ['1:7 "root" takes true or false: true says this folder is the project\'s root.']],
  ])('%s', (_, text, config, problems) => {
    expect(read(text)).toEqual({ config, problems });
  });
});

describe('findConfig', () => {
  it('finds the file in the working folder or the nearest folder above it', () => {
    const root = tempDir();
    mkdirSync(join(root, 'a', 'b', 'c'), { recursive: true });
    writeFileSync(join(root, 'coop-report.config.yaml'), '');
    writeFileSync(join(root, 'a', 'b', 'coop-report.config.yaml'), '');
    expect(findConfig(join(root, 'a', 'b', 'c'))).toBe(join(root, 'a', 'b', 'coop-report.config.yaml'));
    expect(findConfig(join(root, 'a', 'b'))).toBe(join(root, 'a', 'b', 'coop-report.config.yaml'));
    expect(findConfig(join(root, 'a'))).toBe(join(root, 'coop-report.config.yaml'));
  });
});

describe('findConfig stops at the project root', () => {
  it.each([
    ['a folder holding .git: a config above it is not used', { '.git/HEAD': 'ref', '../coop-report.config.yaml': '' }, 'project/a', undefined],
    ['.git as a file (a git worktree) counts too', { '.git': 'gitdir: elsewhere', '../coop-report.config.yaml': '' }, 'project/a', undefined],
    ['the config beside .git is used', { '.git/HEAD': 'ref', 'coop-report.config.yaml': '' }, 'project/a', 'project/coop-report.config.yaml'],
    [
      'a config between the working folder and the root is used',
      { '.git/HEAD': 'ref', 'a/coop-report.config.yaml': '' },
      'project/a/b',
      'project/a/coop-report.config.yaml',
    ],
    ['without .git, the nearest config above', { '../coop-report.config.yaml': '' }, 'project/a', 'coop-report.config.yaml'],
  ] as [string, Record<string, string>, string, string | undefined][])('%s', (_what, files, cwd, found) => {
    const root = tempDir();
    mkdirSync(join(root, 'project', 'a', 'b'), { recursive: true });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, 'project', path, '..'), { recursive: true });
      writeFileSync(join(root, 'project', path), text);
    }
    expect(findConfig(join(root, cwd))).toBe(found === undefined ? undefined : join(root, found));
  });
});

describe('the config file in use', () => {
  // Runs the command line in a folder.
  async function run(cwd: string, ...args: string[]) {
    let stdout = '';
    let stderr = '';
    const exit = await main(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {}, cwd });
    return { exit, stdout, stderr };
  }

  it.each([
    [
      'a named pipe as the config file in a folder above: refused at its path, no hang',
      'fifo',
      ['validate'],
      2,
      'coop-report.config.yaml should be a file of settings, but this is not a regular file (a pipe or a device); remove it or put a file in its place.',
    ],
    [
      'a folder named like the config file',
      'folder',
      ['validate'],
      2,
      'coop-report.config.yaml should be a file of settings, but this is a folder; remove it or put a file in its place.',
    ],
    [
      'a config file over 64 KiB',
      'large',
      ['validate'],
      2,
      'coop-report.config.yaml has 65537 bytes; it holds a few settings and may have at most 65536 (64 KiB). Is it the right file?',
    ],
    [
      'a link to /proc/self/pagemap, which says it has 0 bytes: reading stops just past the limit',
      'pagemap',
      ['validate'],
      2,
      'coop-report.config.yaml has more than 65536 bytes; it holds a few settings and may have at most 65536 (64 KiB). Is it the right file?',
    ],
    ['a config file above the working folder is named on stderr', 'file', ['validate'], 1, 'coop-report: using the settings in ../coop-report.config.yaml\n'],
    ['but not with --quiet', 'file', ['validate', '--quiet'], 1, ''],
  ])('%s', async (_what, kind, args, exit, says) => {
    const root = tempDir();
    mkdirSync(join(root, 'work'));
    const config = join(root, 'coop-report.config.yaml');
    if (kind === 'fifo') execFileSync('mkfifo', [config]);
    else if (kind === 'folder') mkdirSync(config);
    else if (kind === 'large') writeFileSync(config, `#${'x'.repeat(65535)}\n`);
    else if (kind === 'pagemap') symlinkSync('/proc/self/pagemap', config);
    else writeFileSync(config, 'data: nowhere\n');
    const result = await run(join(root, 'work'), ...args);
    expect(result.exit).toBe(exit);
    const stderr = result.stderr.replaceAll(root, '<root>');
    if (kind !== 'file') expect(stderr).toBe(`<root>/coop-report.config.yaml - error config: ${says}\n\nFound 1 error.\n`);
    else if (says) expect(stderr.startsWith(says)).toBe(true);
    else expect(stderr).not.toContain('using the settings');
  });
});
