// `coop-report diff <yearA> <yearB>`: what started, ended, changed role or changed facts between two years.
import { message } from '../../i18n/message.ts';
import type { Messages } from '../../i18n/messages.ts';
import { Command, Option } from 'commander';
import { resolve } from 'node:path';
import { error, hasErrors, WHOLE } from '../../diagnostics/diagnostic.ts';
import { diffYears, type Change, type Part, type YearDiff } from '../../model/diff.ts';
import { yearsWithData } from '../../model/index.ts';
import { compactYears, shower, type BuildResult } from '../../pipeline/index.ts';
import { writeRevisions } from '../../pipeline/revisions.ts';
import { WriteError } from '../../write/index.ts';
import { configFor } from '../config.ts';
import { readDataset } from '../data.ts';
import { DATA_ERRORS, OK, USAGE } from '../exit-codes.ts';
import { paintFor, type CommandIO } from '../io.ts';
import { report } from '../report.ts';
import { docxInputs, formatSize, parseHeadingLevel, parseYear } from './build.ts';
import { UsageError } from '../usage-error.ts';

const FORMATS = ['text', 'json', 'docx'] as const;

// Declares `diff`: its arguments, options and help; `done` receives the exit code.
export function diffCommand(io: CommandIO, done: (code: number) => void): Command {
  const { t } = io.messages;
  return new Command('diff')
    .description(t('diff.description'))
    .argument('<yearA>', t('diff.year-a'))
    .argument('<yearB>', t('diff.year-b'))
    .option('-d, --data <dir>', t('option.data'))
    .addOption(new Option('-f, --format <format>', t('diff.format')).choices(FORMATS).default('text'))
    .option('-o, --out <dir>', t('diff.out'))
    .option('-t, --templates <dir>', t('option.templates'))
    .option('--heading-level <n>', t('build.heading-level'), '1')
    .option('--reference-doc <file>', t('build.reference-doc'))
    .addHelpText('after', t('diff.examples'))
    .action(async (a: string, b: string, flags: DiffFlags) => done(await runDiff(a, b, flags, io)));
}

/** The options of `diff`. */
export interface DiffFlags {
  data?: string;
  format: (typeof FORMATS)[number];
  /** With --format docx: where the DOCX of tracked changes goes, and how it looks. */
  out?: string;
  templates?: string;
  headingLevel: string;
  referenceDoc?: string;
}

// Runs `diff` and returns the exit code.
export async function runDiff(a: string, b: string, flags: DiffFlags, io: CommandIO): Promise<number> {
  const { t } = io.messages;
  const [from, to] = [parseYear(a), parseYear(b)];
  if (from >= to)
    throw new UsageError(
      message('diff.backwards', {
        from: String(from),
        to: String(to),
        same: to === from ? 'yes' : 'no',
        first: String(to),
        second: String(to === from ? from + 1 : from),
      }),
    );
  if (flags.format === 'docx') return runRevisions(from, to, flags, io);
  const read = await readDataset(flags.data, io);
  if ('code' in read) return read.code;
  const diff = diffYears(read.dataset, from, to);
  if (!diff.started.length && !diff.ended.length && !diff.changed.length && !diff.changedFields.length && !diff.unchanged) {
    const years = yearsWithData(read.dataset).map((y) => y.year);
    const which = years.length ? t('years.with-data', { years: compactYears(years) }) : t('years.none');
    report([error('empty-year', message('diff.empty', { from: String(from), to: String(to), which }), shower(io.cwd)(read.dataDir), WHOLE)], 'text', io);
    return DATA_ERRORS;
  }
  io.stdout.write(flags.format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : formatDiff(diff, paintFor(io.stdout, io.env), io.messages));
  return OK;
}

// Writes the later year's section as a DOCX whose differences from the earlier year are tracked changes.
async function runRevisions(from: number, to: number, flags: DiffFlags, io: CommandIO): Promise<number> {
  const headingLevel = parseHeadingLevel(flags.headingLevel);
  const config = configFor(io);
  if (!config) return USAGE;
  const docx = await docxInputs({ referenceDoc: flags.referenceDoc, reportFormat: 'text' }, io);
  if (!docx) return USAGE;
  const templates = flags.templates ?? config.templates;
  let result: BuildResult;
  try {
    result = await writeRevisions({
      year: to,
      from,
      messages: io.messages,
      headingLevel,
      cwd: io.cwd,
      dataDir: resolve(io.cwd, flags.data ?? config.data ?? 'data'),
      outDir: resolve(io.cwd, flags.out ?? config.out ?? 'out'),
      templateDirs: templates ? [resolve(io.cwd, templates)] : [],
      ...docx,
    });
  } catch (cause) {
    if (!(cause instanceof WriteError)) throw cause;
    report([error(cause.code, cause.said, shower(io.cwd)(cause.path), WHOLE)], 'text', io);
    return USAGE;
  }
  report(result.diagnostics, 'text', io);
  if (hasErrors(result.diagnostics)) return DATA_ERRORS;
  for (const file of result.written) io.stdout.write(`${file.path} (${formatSize(file.bytes, io.messages.language)})\n`);
  return OK;
}

// Writes the comparison for people: a summary line, then each group with its records and their roles.
function formatDiff(diff: YearDiff, paint: ReturnType<typeof paintFor>, messages: Messages): string {
  const { t } = messages;
  const counts = t('diff.counts', {
    started: String(diff.started.length),
    ended: String(diff.ended.length),
    changed: String(diff.changed.length),
    changedFields: String(diff.changedFields.length),
    unchanged: String(diff.unchanged),
  });
  const out = [`${paint.bold(`${diff.from} → ${diff.to}`)}: ${counts}.`];
  const group = (title: string, mark: string, changes: Change[], parts: (c: Change) => string) => {
    if (!changes.length) return;
    out.push('', paint.bold(`${title} (${changes.length})`));
    for (const c of changes) {
      out.push(`  ${mark} ${c.label}`);
      if (parts(c)) out.push(`      ${parts(c)}  ${paint.dim(`${c.file}:${c.line}`)}`);
      for (const f of c.fields)
        out.push(`      ${f.field}: ${valueText(f.before, messages)} → ${valueText(f.after, messages)}  ${paint.dim(f.line ? `${c.file}:${f.line}` : c.file)}`);
    }
  };
  group(t('diff.started'), paint.cyan('+'), diff.started, (c) => partsText(c.after, messages));
  group(t('diff.ended'), paint.red('-'), diff.ended, (c) => partsText(c.after.length ? c.after : c.before, messages));
  group(
    t('diff.changed'),
    paint.yellow('~'),
    diff.changed,
    (c) => `${diff.from}: ${partsText(c.before, messages)} → ${diff.to}: ${partsText(c.after, messages)}`,
  );
  group(t('diff.changed-fields'), paint.yellow('~'), diff.changedFields, () => '');
  if (diff.plan?.length) {
    out.push('', paint.bold(`${t('diff.plan')} (${diff.plan.length})`));
    for (const p of diff.plan)
      out.push(`  ${paint.yellow('~')} ${p.setting}: ${valueText(p.before, messages)} → ${valueText(p.after, messages)}  ${paint.dim(`${p.file}:${p.line}`)}`);
  }
  return `${out.join('\n')}\n`;
}

// Writes the parts a record holds: "member (office) from 2010", "participant (staff) 2008-03 – 2009-06"
// (in Polish "członek (Urząd) od 2010").
function partsText(parts: Part[], messages: Messages): string {
  const { t } = messages;
  return parts
    .map((p) =>
      t('diff.part', {
        role: t(`role.${p.role}`),
        who: t(`who.${p.who}`),
        subgroup: p.subgroup ? `, ${p.subgroupName ?? p.subgroup}` : '',
        span: p.to ? `${p.from} – ${p.to}` : t('diff.from', { from: p.from }),
      }),
    )
    .join('; ');
}

// Writes a field's value for the comparison: numbers and lists as they are, text quoted, a missing value as "none".
function valueText(value: unknown, messages: Messages): string {
  const { t } = messages;
  if (value === undefined) return t('diff.none');
  return typeof value === 'string' ? t('diff.quoted', { text: value }) : JSON.stringify(value);
}
