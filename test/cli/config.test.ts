// The config file: found upward from the working folder, paths relative to it, every wrong setting located.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfig, readConfig } from '../../src/cli/config.ts';
import { tempDir } from '../support/data.ts';

// Writes a config file in a fresh folder and reads it back.
function read(text: string) {
  const dir = tempDir();
  writeFileSync(join(dir, 'coop-report.config.yaml'), text);
  const { config, diagnostics } = readConfig(join(dir, 'coop-report.config.yaml'), 'coop-report.config.yaml');
  const relative = Object.fromEntries(Object.entries(config).map(([key, value]) => [key, typeof value === 'string' ? value.replace(dir, '<dir>') : value]));
  return { config: relative, problems: diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`) };
}

describe('readConfig', () => {
  it.each([
    ['an empty file sets nothing', '', {}, []],
    ['only comments set nothing', '# nothing yet\n', {}, []],
    ['folders are relative to the file', 'data: records\nout: build/../reports\ntemplates: ./tpl\n', { data: '<dir>/records', out: '<dir>/reports', templates: '<dir>/tpl' }, []],
    ['formats as a list', 'formats: [docx]\n', { formats: ['docx'] }, []],
    ['formats as a comma-separated string', 'formats: md, docx\n', { formats: ['md', 'docx'] }, []],
    ['an unknown key, with a suggestion', 'data: d\nouts: o\n', { data: '<dir>/d' }, ['2:1 Unknown setting "outs". Did you mean "out"? The settings are: data, templates, out, formats.']],
    ['an unknown key, without one', 'colour: red\n', {}, ['1:1 Unknown setting "colour". The settings are: data, templates, out, formats.']],
    ['a folder that is not text', 'data:\n  - a\n', {}, ['2:3 "data" takes a folder path, relative to coop-report.config.yaml.']],
    ['an empty folder', 'out: ""\n', {}, ['1:6 "out" takes a folder path, relative to coop-report.config.yaml.']],
    ['an unknown format', 'formats: [md, rtf]\n', {}, ['1:10 "formats" takes a list of output formats from: md, docx, html, pdf; "rtf" is not one.']],
    ['no formats', 'formats: []\n', {}, ['1:10 "formats" takes a list of output formats from: md, docx, html, pdf.']],
    ['not a mapping', '- data\n', {}, ['1:1 coop-report.config.yaml holds a mapping of settings (data, templates, out, formats).']],
    ['a key set twice', 'data: a\ndata: b\n', { data: '<dir>/a' }, ['2:1 "data" is set twice; keep one.']],
    ['a YAML error, located', 'data: records\nout: a: b\n', {}, ['2:6 Nested mappings are not allowed in compact mappings.']],
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
