// Finding LibreOffice's soffice on each platform (a pure lookup, with Windows and macOS paths), and running it: the
// PDF it writes is read back, a failure is told with a bounded quote of its output, a timeout ends its whole group.
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN, rejected } from '../support/messages.ts';
import { docxToPdf, OUTPUT_LIMIT, tempParent } from '../../src/write/pdf.ts';
import { findSoffice, type Env } from '../../src/write/soffice.ts';
import { DATA, tempDir } from '../support/data.ts';
import { run } from './docx-parts.ts';

const PROGRAM_FILES = 'C:\\Program Files\\LibreOffice\\program\\soffice.exe';
const PROGRAM_FILES_X86 = 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe';
const MAC_APP = '/Applications/LibreOffice.app/Contents/MacOS/soffice';
const OPT = (version: string) => `/opt/libreoffice${version}/program/soffice`;
const LINUX_PLACES = '/opt/libreoffice*/program/soffice, /usr/lib/libreoffice/program/soffice, /usr/lib64/libreoffice/program/soffice or /snap/bin/libreoffice';
const LINUX_ADVICE =
  'Install LibreOffice (Debian and Ubuntu: apt-get install libreoffice-writer-nogui; Fedora: dnf install libreoffice-writer), or, if it is installed elsewhere, name it with --soffice PATH or COOP_REPORT_SOFFICE, or leave pdf out of --format.';
const WINDOWS_ENV = { Path: 'C:\\Windows\\system32;C:\\Windows', ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' };
const WINDOWS_ADVICE =
  'Install LibreOffice from https://www.libreoffice.org/download/ (it goes to C:\\Program Files\\LibreOffice), or, if it is installed elsewhere, name it with --soffice PATH or COOP_REPORT_SOFFICE, or leave pdf out of --format.';

// Looks soffice up among the given files.
function lookup(
  platform: NodeJS.Platform,
  env: Env,
  files: string[],
  option?: string,
  cwd = platform === 'win32' ? 'C:\\Users\\anna\\raport' : '/home/anna/raport',
) {
  const found = findSoffice({ platform, env, cwd, option, isFile: (path) => files.includes(path), entries: (folder) => namesIn(folder, files) });
  return found.ok ? found : { ok: false, message: EN.text(found.message) };
}

// Lists the names in a folder of the tree the given files make.
function namesIn(folder: string, files: string[]): string[] {
  const prefix = `${folder.replace(/\/$/, '')}/`;
  return [...new Set(files.filter((file) => file.startsWith(prefix)).map((file) => file.slice(prefix.length).split('/')[0]!))];
}

describe('findSoffice on Windows', () => {
  it.each([
    [
      'on the PATH',
      { ...WINDOWS_ENV, Path: 'C:\\Windows;D:\\LibreOffice\\program' },
      ['D:\\LibreOffice\\program\\soffice.exe', PROGRAM_FILES],
      'D:\\LibreOffice\\program\\soffice.exe',
    ],
    [
      'on the PATH, the variable spelt PATH',
      { PATH: 'D:\\LibreOffice\\program' },
      ['D:\\LibreOffice\\program\\soffice.exe'],
      'D:\\LibreOffice\\program\\soffice.exe',
    ],
    [
      'on the PATH in quotes',
      { Path: 'C:\\Windows;"D:\\Libre Office\\program"' },
      ['D:\\Libre Office\\program\\soffice.exe'],
      'D:\\Libre Office\\program\\soffice.exe',
    ],
    ['in Program Files, not on the PATH', WINDOWS_ENV, [PROGRAM_FILES, PROGRAM_FILES_X86], PROGRAM_FILES],
    ['in Program Files (x86)', WINDOWS_ENV, [PROGRAM_FILES_X86], PROGRAM_FILES_X86],
    [
      'in Program Files on another drive, as ProgramFiles says',
      { ProgramFiles: 'E:\\Programs' },
      ['E:\\Programs\\LibreOffice\\program\\soffice.exe', PROGRAM_FILES],
      'E:\\Programs\\LibreOffice\\program\\soffice.exe',
    ],
    ['in Program Files, with no ProgramFiles variable', {}, [PROGRAM_FILES], PROGRAM_FILES],
    [
      'named by COOP_REPORT_SOFFICE, first of all',
      { ...WINDOWS_ENV, COOP_REPORT_SOFFICE: 'D:\\LO\\soffice.exe' },
      ['D:\\LO\\soffice.exe', PROGRAM_FILES],
      'D:\\LO\\soffice.exe',
    ],
    ['named by COOP_REPORT_SOFFICE with forward slashes', { COOP_REPORT_SOFFICE: 'D:/LO/soffice.exe' }, ['D:\\LO\\soffice.exe'], 'D:\\LO\\soffice.exe'],
    [
      'named by COOP_REPORT_SOFFICE, relative to the working folder',
      { COOP_REPORT_SOFFICE: '..\\LO\\soffice.exe' },
      ['C:\\Users\\anna\\LO\\soffice.exe'],
      'C:\\Users\\anna\\LO\\soffice.exe',
    ],
  ])('finds soffice.exe %s', (_where, env, files, path) => {
    expect(lookup('win32', env, files)).toEqual({ ok: true, path });
  });

  it('takes --soffice before COOP_REPORT_SOFFICE, the PATH and Program Files, relative to the working folder', () => {
    const env = { ...WINDOWS_ENV, Path: 'D:\\LibreOffice\\program', COOP_REPORT_SOFFICE: 'D:\\LO\\soffice.exe' };
    const files = ['C:\\Users\\anna\\raport\\lo\\soffice.exe', 'D:\\LO\\soffice.exe', 'D:\\LibreOffice\\program\\soffice.exe', PROGRAM_FILES];
    expect(lookup('win32', env, files, 'lo/soffice.exe')).toEqual({ ok: true, path: 'C:\\Users\\anna\\raport\\lo\\soffice.exe' });
  });

  it.each([
    ['--soffice', 'D:\\LibreOffice\\soffice.exe', {}, '--soffice names D:\\LibreOffice\\soffice.exe, which is not a file.'],
    [
      'COOP_REPORT_SOFFICE',
      undefined,
      { COOP_REPORT_SOFFICE: 'LibreOffice' },
      'COOP_REPORT_SOFFICE names C:\\Users\\anna\\raport\\LibreOffice, which is not a file.',
    ],
  ])('says which file %s names when it is not there, and where soffice.exe usually is, even when it is there', (_by, option, env, said) => {
    expect(lookup('win32', { ...WINDOWS_ENV, ...env }, [PROGRAM_FILES], option)).toEqual({
      ok: false,
      message: `${said} Name LibreOffice's soffice.exe program, such as ${PROGRAM_FILES}.`,
    });
  });

  it('says where it looked, with Windows paths, and how to install LibreOffice on Windows', () => {
    expect(lookup('win32', WINDOWS_ENV, [])).toEqual({
      ok: false,
      message: `--format pdf needs LibreOffice, and "soffice.exe" is neither on the PATH nor at ${PROGRAM_FILES} or ${PROGRAM_FILES_X86}. ${WINDOWS_ADVICE}`,
    });
  });

  it('does not take soffice without .exe, nor a folder of the PATH that is empty', () => {
    expect(lookup('win32', { Path: ';D:\\LibreOffice\\program;' }, ['D:\\LibreOffice\\program\\soffice', '\\soffice.exe', 'soffice.exe']).ok).toBe(false);
  });
});

describe('findSoffice on macOS and Linux', () => {
  it.each([
    ['macOS: on the PATH (Homebrew)', 'darwin', { PATH: '/usr/bin:/opt/homebrew/bin' }, ['/opt/homebrew/bin/soffice', MAC_APP], '/opt/homebrew/bin/soffice'],
    ['macOS: in /Applications', 'darwin', { PATH: '/usr/bin:/bin' }, [MAC_APP], MAC_APP],
    [
      'macOS: in the Applications folder of the user',
      'darwin',
      { HOME: '/Users/anna' },
      ['/Users/anna/Applications/LibreOffice.app/Contents/MacOS/soffice'],
      '/Users/anna/Applications/LibreOffice.app/Contents/MacOS/soffice',
    ],
    ['macOS: named by --soffice, relative', 'darwin', {}, ['/home/anna/lo/soffice'], '/home/anna/lo/soffice', '../lo/soffice'],
    ['Linux: on the PATH', 'linux', { PATH: '/usr/local/bin:/usr/bin' }, ['/usr/bin/soffice'], '/usr/bin/soffice'],
    [
      'Linux: named by COOP_REPORT_SOFFICE',
      'linux',
      { PATH: '/usr/bin', COOP_REPORT_SOFFICE: '/opt/libreoffice25.8/program/soffice' },
      ['/usr/bin/soffice', '/opt/libreoffice25.8/program/soffice'],
      '/opt/libreoffice25.8/program/soffice',
    ],
    [
      'Linux: not by the variable Path, which is another variable there',
      'linux',
      { Path: '/usr/bin', PATH: '/opt/bin' },
      ['/usr/bin/soffice', '/opt/bin/soffice'],
      '/opt/bin/soffice',
    ],
    [
      'Linux: in /opt, where the packages of libreoffice.org install, the newest version first',
      'linux',
      { PATH: '/usr/bin' },
      [OPT('7.6'), OPT('25.8'), OPT('25.2'), '/usr/lib/libreoffice/program/soffice'],
      OPT('25.8'),
    ],
    ['Linux: in /opt, versions compared as numbers', 'linux', { PATH: '/usr/bin' }, [OPT('7.6'), OPT('24.2')], OPT('24.2')],
    ['Linux: in /opt, a version with more parts after its shorter form', 'linux', {}, [OPT('24.8'), OPT('24.8.4'), OPT('24.2.7')], OPT('24.8.4')],
    ['Linux: in /opt, a folder without a version after those with one', 'linux', {}, ['/opt/libreoffice/program/soffice', OPT('7.6')], OPT('7.6')],
    ['Linux: in /opt, the newest folder that has soffice', 'linux', {}, ['/opt/libreoffice25.8/readme_en-US.txt', OPT('24.8')], OPT('24.8')],
    ['Linux: on the PATH before /opt', 'linux', { PATH: '/usr/local/bin:/usr/bin' }, [OPT('25.8'), '/usr/bin/soffice'], '/usr/bin/soffice'],
    [
      "Linux: the distribution's package, not on the PATH",
      'linux',
      { PATH: '/bin' },
      ['/usr/lib/libreoffice/program/soffice', '/snap/bin/libreoffice'],
      '/usr/lib/libreoffice/program/soffice',
    ],
    [
      'Linux: the package of Fedora or openSUSE, not on the PATH',
      'linux',
      {},
      ['/usr/lib64/libreoffice/program/soffice'],
      '/usr/lib64/libreoffice/program/soffice',
    ],
    ['Linux: the snap', 'linux', { PATH: '/usr/bin' }, ['/snap/bin/libreoffice'], '/snap/bin/libreoffice'],
  ] as const)('%s', (_what, platform, env, files, path, option?: string) => {
    expect(lookup(platform, env, [...files], option)).toEqual({ ok: true, path });
  });

  it.each([
    [
      'darwin',
      { PATH: '/usr/bin', HOME: '/Users/anna' },
      `--format pdf needs LibreOffice, and "soffice" is neither on the PATH nor at ${MAC_APP} or /Users/anna/Applications/LibreOffice.app/Contents/MacOS/soffice. Install LibreOffice from https://www.libreoffice.org/download/ (or: brew install --cask libreoffice), or, if it is installed elsewhere, name it with --soffice PATH or COOP_REPORT_SOFFICE, or leave pdf out of --format.`,
    ],
    ['linux', { PATH: '/usr/bin' }, `--format pdf needs LibreOffice, and "soffice" is neither on the PATH nor at ${LINUX_PLACES}. ${LINUX_ADVICE}`],
  ] as const)('on %s, says where it looked and how to install LibreOffice there', (platform, env, message) => {
    expect(lookup(platform, env, [])).toEqual({ ok: false, message });
  });
});

describe('the folder a conversion works in', () => {
  it.each([
    ['the system temporary folder, for soffice on the PATH', '/usr/bin/soffice', true, tmpdir()],
    ['the system temporary folder, for LibreOffice from /opt', OPT('25.8'), true, tmpdir()],
    ["the snap's folder in the home folder, for the snap, which has a /tmp of its own", '/snap/bin/libreoffice', true, 'HOME/snap/libreoffice/common'],
    ["the snap's folder, for a command of a snap named <snap>.<app>", '/snap/bin/libreoffice.writer', true, 'HOME/snap/libreoffice/common'],
    ['the system temporary folder, for the snap without a home folder', '/snap/bin/libreoffice', false, tmpdir()],
  ])('%s', (_what, program, withHome, folder) => {
    const home = tempDir();
    expect(tempParent(program, withHome ? { HOME: home } : {})).toBe(folder.replace('HOME', home));
    expect(existsSync(folder.replace('HOME', home))).toBe(true);
  });
});

// Writes an executable shell script standing in for soffice, and returns its path.
function fakeSoffice(script: string): string {
  const path = join(tempDir(), 'soffice');
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
  return path;
}

/** A soffice that writes, where --outdir says, a PDF holding the name of the file it was given, and a page. */
const CONVERTS =
  'while [ $# -gt 1 ]; do [ "$1" = --outdir ] && out=$2; shift; done\nprintf "%%PDF-fake %s /Type /Page" "$(basename "$1")" > "$out/section.pdf"';

describe.skipIf(process.platform === 'win32')('running soffice (a stand-in shell script)', () => {
  it('reads back the PDF soffice writes into the folder it is given', async () => {
    const pdf = await docxToPdf(new Uint8Array([80, 75]), { env: { PATH: '/usr/bin:/bin' }, soffice: fakeSoffice(CONVERTS) });
    expect(Buffer.from(pdf).toString()).toBe('%PDF-fake section.docx /Type /Page');
  });

  it.each([
    ['--soffice', (soffice: string) => ({ args: ['--soffice', soffice], env: {} })],
    ['COOP_REPORT_SOFFICE', (soffice: string) => ({ args: [], env: { COOP_REPORT_SOFFICE: soffice } })],
  ])('build --format pdf runs the soffice %s names', async (_by, how) => {
    const cwd = tempDir();
    const { args, env } = how(fakeSoffice(CONVERTS));
    const result = await run(['build', '2010', '--data', DATA, '--out', 'out', '--format', 'pdf', ...args], cwd, { PATH: '/usr/bin:/bin', ...env });
    expect(result).toEqual({ code: 0, stdout: 'out/wspolpraca-miedzynarodowa-2010.pdf (34 B)\n', stderr: '' });
    expect(readFileSync(join(cwd, 'out', 'wspolpraca-miedzynarodowa-2010.pdf'), 'utf8')).toBe('%PDF-fake section.docx /Type /Page');
  });

  it.each([
    ['an empty PDF', ': > "$out/section.pdf"', 'is empty (0 bytes)'],
    ['a file that is no PDF', 'printf "Error" > "$out/section.pdf"', 'does not start with "%PDF", so it is not a PDF'],
    ['a PDF without a page', 'printf "%%PDF-1.7\\n1 0 obj << /Type /Pages /Count 0 >> endobj" > "$out/section.pdf"', 'has no page'],
  ])('build --format md,pdf with a converter that leaves %s: exit 2, the PDF named, nothing written', async (_name, writes, problem) => {
    const cwd = tempDir();
    const soffice = fakeSoffice(`while [ $# -gt 1 ]; do [ "$1" = --outdir ] && out=$2; shift; done\n${writes}`);
    const result = await run(['build', '2010', '--data', DATA, '--out', 'out', '--format', 'md,pdf', '--soffice', soffice], cwd, { PATH: '/usr/bin:/bin' });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `out/wspolpraca-miedzynarodowa-2010.pdf - error bad-output: The PDF LibreOffice made ${problem}: it converted the DOCX without saying it failed. ` +
        'Nothing was written. Build again; if it happens again, open the DOCX in LibreOffice and export it as PDF there to see why.\n\nFound 1 error.\n',
    });
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('build --soffice naming no file: exit 2, the file named, nothing written', async () => {
    const cwd = tempDir();
    const result = await run(['build', '2010', '--data', DATA, '--out', 'out', '--format', 'md,pdf', '--soffice', 'lo/soffice'], cwd, {
      PATH: '/usr/bin:/bin',
    });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `coop-report: --soffice names ${join(cwd, 'lo', 'soffice')}, which is not a file. Name LibreOffice's soffice program, such as /usr/lib/libreoffice/program/soffice.\n`,
    });
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('finds soffice in the folder tree of the Linux install places, the newest in /opt first', async () => {
    const root = tempDir();
    // each writes a PDF naming its version, with the shell's own commands only: there is no PATH
    const converts = (version: string) => `while [ $# -gt 1 ]; do [ "$1" = --outdir ] && out=$2; shift; done\nprintf "%%PDF-${version}" > "$out/section.pdf"`;
    for (const place of [OPT('7.6'), OPT('25.2'), OPT('24.8'), '/usr/lib/libreoffice/program/soffice']) {
      mkdirSync(join(root, dirname(place)), { recursive: true });
      copyFileSync(fakeSoffice(converts(place.split('/')[2]!)), join(root, place));
    }
    const pdf = await docxToPdf(new Uint8Array(), { env: { PATH: join(root, 'bin') }, root, platform: 'linux' });
    expect(Buffer.from(pdf).toString()).toBe('%PDF-libreoffice25.2');
  });

  it('says where it looked in that tree when LibreOffice is in none of the places', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'opt', 'google'), { recursive: true });
    const failed = docxToPdf(new Uint8Array(), { env: { PATH: join(root, 'bin') }, root, platform: 'linux' });
    const places = LINUX_PLACES.replace(/(^|, |or )\//g, `$1${root}/`);
    expect(await rejected(failed)).toContain(`--format pdf needs LibreOffice, and "soffice" is neither on the PATH nor at ${places}. ${LINUX_ADVICE}`);
  });

  it('tells the exit code and what soffice said, quoting no more than the limit', async () => {
    const soffice = fakeSoffice(`printf 'Error: source file could not be loaded\\n'; head -c 5000 /dev/zero | tr '\\0' x >&2; exit 3`);
    const failed = docxToPdf(new Uint8Array(), { env: {}, soffice });
    const said = `Error: source file could not be loaded\n${'x'.repeat(OUTPUT_LIMIT - 39)}… (and ${5039 - OUTPUT_LIMIT} more characters)`;
    expect(await rejected(failed)).toContain(`LibreOffice (${soffice}) did not convert the DOCX to PDF (exit code 3).\nIt said: ${said}`);
  });

  it('ends soffice and every process it started when the time is up', async () => {
    const work = tempDir();
    // like LibreOffice's launcher: starts the real program (here a sleep) and waits for it
    const soffice = fakeSoffice(`echo starting\nsleep 30 >/dev/null 2>&1 &\necho $! > ${join(work, 'child.pid')}\nwait`);
    const started = Date.now();
    const failed = docxToPdf(new Uint8Array(), { env: {}, soffice, timeoutMs: 500 });
    expect(await rejected(failed)).toContain(`LibreOffice (${soffice}) did not convert the DOCX to PDF (stopped after 0.5 s).\nIt said: starting`);
    expect(Date.now() - started).toBeLessThan(10_000);
    const pid = Number(readFileSync(join(work, 'child.pid'), 'utf8'));
    // SIGKILL is delivered at once, but the process table may take a moment to show it
    for (let wait = 0; wait < 20 && alive(pid); wait++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(alive(pid)).toBe(false);
  });
});

// Tells whether a process is running (a zombie waiting for its parent counts as ended).
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\S+ \S+ Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/\(.*\)/, 'x'));
  } catch {
    return true;
  }
}
