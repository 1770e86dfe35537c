// The analyst's editor: yaml-language-server (the server of VS Code's YAML extension), started from node_modules over
// stdio as VS Code starts it, with the settings `init` writes, on the records of a project made by `init --lang pl`.
// A hover over a field shows its Polish description, completion offers the fields and the ids of existing records, and
// a wrong field is reported at its line and column. The server is a separate process on a loaded machine: every wait
// has a generous timeout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/data.ts';
import { type LanguageServer, startYamlLanguageServer } from '../support/language-server.ts';
import { main } from '../support/shipped.ts';

const SLOW = 120_000;
let project: string;
let server: LanguageServer;
let version = 0;

// Opens a document in the server as an editor does, and returns its URI.
function open(file: string, text: string): string {
  const uri = pathToFileURL(join(project, file)).href;
  server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: ++version, text } });
  return uri;
}

// Finds the line and column (both from 0) of the first occurrence of a text in a document.
function find(text: string, what: string): { line: number; character: number } {
  const before = text.slice(0, text.indexOf(what)).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

// Returns the text a hover shows at a position.
async function hover(uri: string, position: { line: number; character: number }): Promise<string> {
  const result = (await server.request('textDocument/hover', { textDocument: { uri }, position })) as { contents: string | { value: string } } | null;
  return typeof result?.contents === 'string' ? result.contents : (result?.contents.value ?? '');
}

// Returns the labels completion offers at a position.
async function complete(uri: string, position: { line: number; character: number }): Promise<string[]> {
  type Item = { label: string };
  const result = (await server.request('textDocument/completion', { textDocument: { uri }, position })) as Item[] | { items: Item[] } | null;
  return (Array.isArray(result) ? result : (result?.items ?? [])).map((item) => item.label);
}

beforeAll(async () => {
  const cwd = tempDir();
  const quiet = { write: () => true };
  expect(await main(['init', 'raport', '--lang', 'pl', '-q'], { stdout: quiet, stderr: quiet, env: {}, cwd })).toBe(0);
  project = join(cwd, 'raport');
  const settings = JSON.parse(readFileSync(join(project, '.vscode', 'settings.json'), 'utf8')) as Record<string, unknown>;
  // the settings VS Code sends from the folder's .vscode/settings.json, by section
  server = startYamlLanguageServer({
    yaml: { schemas: settings['yaml.schemas'], validate: true, hover: true, completion: true, schemaStore: { enable: false } },
    http: {},
    '[yaml]': {},
    editor: {},
    files: {},
  });
  const root = pathToFileURL(project).href;
  await server.request('initialize', {
    processId: process.pid,
    rootUri: root,
    workspaceFolders: [{ uri: root, name: 'raport' }],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        publishDiagnostics: {},
      },
    },
  });
  server.notify('initialized', {});
  server.notify('workspace/didChangeConfiguration', { settings: {} });
  // the server applies its settings after it has read them: until a record with no schema line of its own is
  // completed from them, ask again
  await server.configured;
  const probe = open('data/bodies/probe.yaml', '\n');
  while (!(await complete(probe, { line: 0, character: 0 })).includes('acronym')) await new Promise((resolve) => setTimeout(resolve, 200));
}, SLOW);

afterAll(async () => {
  await server?.stop();
});

describe('yaml-language-server on a project made by init --lang pl', () => {
  it.each([
    ['data/bodies/gdisc.yaml', 'acronym:', 'Skrótowiec: „EASO”.'],
    [
      'data/bodies/gdisc.yaml',
      'area:',
      'Część rozdziału, w której jest o niej mowa: `eu` (instytucje UE), `international` (organizacje międzynarodowe), `partnerships` (partnerstwa) lub `bilateral` (współpraca dwustronna).',
    ],
    ['data/projects/staff-exchange.yaml', 'context:', 'Instytucja, w której akapicie opisuje się projekt lub w ramach której inicjatyw jest realizowany.'],
    ['data/office.yaml', 'asOf:', 'Stan danych: data, do której dane są aktualne („2014”). Fakty bez daty końcowej obowiązują do tej daty.'],
  ])(
    'a hover over a field of %s (%s) shows its Polish description',
    async (file, field, description) => {
      const kind = file === 'data/office.yaml' ? 'office' : file.startsWith('data/bodies/') ? 'body' : 'project';
      const text = readFileSync(join(project, file), 'utf8');
      const uri = open(file, text);
      const shown = await hover(uri, { ...find(text, field), character: 1 });
      // a title, the description, what the field allows, and the schema file it comes from
      const parts = shown.split('\n\n');
      expect(parts[1]).toBe(description);
      expect(parts.at(-1)).toBe(`Source: [${kind}.json](${pathToFileURL(join(project, 'data', 'schemas', `${kind}.json`)).href})`);
    },
    SLOW,
  );

  it(
    'completion offers the fields of a body, from the settings, in a record with no schema line',
    async () => {
      const text = 'name:\n  nom: Agencja\n\n';
      const uri = open('data/bodies/agencja.yaml', text);
      const labels = await complete(uri, { line: 2, character: 0 });
      expect(labels).toEqual(expect.arrayContaining(['acronym', 'area', 'parent', 'participations', 'events', 'definition']));
      expect(labels).not.toContain('name');
      expect(labels).not.toContain('context');
    },
    SLOW,
  );

  it.each([
    ['parent of a body', 'data/bodies/agencja.yaml', 'name:\n  nom: Agencja\nparent: \n', { line: 2, character: 8 }],
    ['context of a project', 'data/projects/nowy.yaml', 'name:\n  nom: projekt\ncontext: \n', { line: 2, character: 9 }],
  ])(
    'completion offers the ids of the bodies there as the %s',
    async (_what, file, text, position) => {
      const uri = open(file, text);
      expect(await complete(uri, position)).toEqual(['gdisc']);
    },
    SLOW,
  );

  it.each([
    ['a wrong field', 'data/bodies/gdisc.yaml', 'acronym: GDISC', 'akronim: GDISC', 'akronim', 'Property akronim is not allowed.', 10],
    [
      'an id no record has',
      'data/projects/staff-exchange.yaml',
      'context: gdisc',
      'context: easo',
      'easo',
      'Value is not accepted. Valid values: "gdisc".',
      13,
    ],
  ])(
    'underlines %s at its line and column',
    async (_what, file, from, to, token, message, line) => {
      const text = readFileSync(join(project, file), 'utf8').replace(from, to);
      const uri = open(file, text);
      const published = await server.waitFor(
        (n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri && (n.params.diagnostics?.length ?? 0) > 0,
      );
      const at = find(text, `${token}`);
      expect(at.line).toBe(line);
      expect(published.params.diagnostics!.map((d) => [d.range.start, d.range.end, d.severity, d.message])).toEqual([
        [at, { line: at.line, character: at.character + token.length }, 1, message],
      ]);
    },
    SLOW,
  );
});
