#!/usr/bin/env node
// The benchmark (`npm run bench`): start-up against a bare `node -e 0`, growth over synthetic data sets, and pandoc
// for reference, on this Node.js and on Node.js 24 (the npm registry's `node` package, run with npx) side by side.
// Also how soon the preview page shows a saved edit, in Chromium (bench/preview.mjs), with each Node.js. Prints a table
// and writes it, with the machine and the date, to docs/performance.md.
//
// Every figure is a whole process, timed from outside (spawn to exit), as the analyst or CI meets it. Start-up runs
// `node -e 0` and the commands in turn, round after round (A B C D A B C D …), after a warm-up, and quotes the median
// of the round-by-round ratios and differences, so a machine whose speed drifts during the run still gives a fair
// ratio, and a step (one command less the one before) is taken within a round. Peak memory is the largest
// resident set of the process: from `/usr/bin/time -v` when the machine has it, else from the process's own
// resource usage, read by a small wrapper that runs the command line in-process (`--child`).
//
// Options: --sizes 500,5000,50000  --pairs N (rounds, default 25)  --runs N (builds of each data set, default 5 up to
// 5,000 records and 3 above)  --out FILE  --no-write  --node24 PATH|none (the
// Node.js 24 to measure; by default the one `npx -y node@24` runs)  --quick (sizes 500,5000, 7 pairs, this Node.js
// only, for a fast look; the file is not written).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateRecords, writeDataFolder } from './generate.mjs';
import { htmlCase, htmlSection } from './html.mjs';
import { previewCase } from './preview.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'coop-report.js');
const NODE = process.execPath;
/** The Node.js major version the second column is measured with. */
const SECOND = 24;
const SELF = fileURLToPath(import.meta.url);
const TIME = '/usr/bin/time';

/** The targets, as ratios to `node -e 0` and bounds, measured in one run. */
const TARGETS = { build2010: 4.0, validate: 3.0, allSeconds50000: 30, allMegabytes50000: 1536, growth: 10, previewMs: 150 };

/** How many saved edits the preview case times. */
const PREVIEW_ROUNDS = 10;

// Reads the options.
function options(argv) {
  const quick = argv.includes('--quick');
  const value = (name, fallback) => {
    const at = argv.indexOf(name);
    return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1] : fallback;
  };
  return {
    sizes: value('--sizes', quick ? '500,5000' : '500,5000,50000')
      .split(',')
      .map(Number),
    pairs: Number(value('--pairs', quick ? 7 : 25)),
    out: argv.includes('--out') ? resolve(value('--out')) : join(ROOT, 'docs', 'performance.md'),
    write: !quick && !argv.includes('--no-write'),
    node24: quick ? 'none' : value('--node24', 'auto'),
    runs: argv.includes('--runs') ? Number(value('--runs')) : undefined,
  };
}

// Runs a command to its end and returns its wall time in milliseconds; fails on a non-zero exit.
function timed(command, args, cwd = ROOT) {
  const start = process.hrtime.bigint();
  const run = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${[command, ...args].join(' ')} exited with ${run.status ?? run.signal}:\n${String(run.stderr).slice(0, 2000)}`);
  return ms;
}

// Returns the middle value (the mean of the two middle ones for an even count).
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// Times command A against command B in turn, after one warm-up of each; returns medians and the median pair ratio.
function pairs(a, b, count) {
  timed(...a);
  timed(...b);
  const times = { a: [], b: [], ratios: [] };
  for (let i = 0; i < count; i++) {
    const ta = timed(...a);
    const tb = timed(...b);
    times.a.push(ta);
    times.b.push(tb);
    times.ratios.push(ta / tb);
  }
  return { a: median(times.a), b: median(times.b), ratio: median(times.ratios), low: Math.min(...times.ratios), high: Math.max(...times.ratios) };
}

// Runs commands in turn, round after round (A B C … A B C …), after one warm-up of each; returns each command's times.
function rounds(commands, count) {
  for (const command of commands) timed(...command);
  const times = commands.map(() => []);
  for (let i = 0; i < count; i++) commands.forEach((command, c) => times[c].push(timed(...command)));
  return times;
}

// Compares each command's times with the first's, round by round: medians, the median ratio and its range.
function againstFirst(times) {
  return times.slice(1).map((a) => {
    const ratios = a.map((t, i) => t / times[0][i]);
    return { a: median(a), b: median(times[0]), ratio: median(ratios), low: Math.min(...ratios), high: Math.max(...ratios) };
  });
}

// Returns the time one command adds to another, round by round: the median difference and its middle half.
function step(later, earlier) {
  const differences = later.map((t, i) => t - earlier[i]).sort((x, y) => x - y);
  const quartile = (q) => differences[Math.min(differences.length - 1, Math.floor(q * differences.length))];
  return { ms: median(differences), low: quartile(0.25), high: quartile(0.75) };
}

// Runs a Node script once with a Node.js, with its peak memory; returns seconds and megabytes.
function measured(node, script, args) {
  if (existsSync(TIME)) {
    const start = process.hrtime.bigint();
    const run = spawnSync(TIME, ['-v', node, script, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const stderr = String(run.stderr);
    if (run.status !== 0) throw new Error(`${script} ${args.join(' ')} exited with ${run.status}:\n${stderr.slice(0, 2000)}`);
    const kilobytes = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]);
    return { seconds, megabytes: kilobytes / 1024, peakBy: '`/usr/bin/time -v`' };
  }
  const report = join(mkdtempSync(join(tmpdir(), 'coop-report-peak-')), 'peak.json');
  const seconds = timed(node, [SELF, '--child', report, script, ...args]) / 1000;
  const { maxRSS } = JSON.parse(readFileSync(report, 'utf8'));
  rmSync(dirname(report), { recursive: true, force: true });
  return {
    seconds,
    megabytes: maxRSS / 1024,
    peakBy: '`process.resourceUsage().maxRSS`, written by a wrapper (`bench/run.mjs --child`) that runs the script in its own process',
  };
}

// Runs a script in this process as if it had been started with its arguments, and writes the peak memory at exit.
async function child(report, script, args) {
  process.argv = [process.execPath, script, ...args];
  process.on('exit', () => writeFileSync(report, JSON.stringify({ maxRSS: process.resourceUsage().maxRSS })));
  await import(pathToFileURL(script).href);
}

// Builds every year of a data folder in one process with `build --all`.
function buildEvery(node, data, out) {
  return measured(node, BIN, ['build', '--all', '--data', data, '--out', out, '-q']);
}

// Finds the Node.js 24 to measure: the path given, or the one the npm registry's `node` package gives through npx.
function findNode24(wanted) {
  if (wanted === 'none') return undefined;
  if (wanted !== 'auto') return wanted;
  const found = spawnSync('npx', ['-y', `node@${SECOND}`, '-p', 'process.execPath'], { encoding: 'utf8', timeout: 600_000 });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

// Tells the version of a Node.js.
function versionOf(node) {
  return spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
}

// How many times each data set is built: a single run of a few seconds strays by a tenth or more on a shared
// machine, and growth is the ratio of two such runs; the largest set, which takes half a minute, is built fewer times.
function scaleRuns(size) {
  return size <= 5000 ? 5 : 3;
}

// Runs a measurement several times: the median time and the largest peak memory.
function repeated(measure, runs) {
  const results = Array.from({ length: runs }, measure);
  return { ...results[0], seconds: median(results.map((r) => r.seconds)), megabytes: Math.max(...results.map((r) => r.megabytes)), runs };
}

// Describes this machine.
function machine() {
  const cpu = cpus();
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return {
    date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    cores: cpu.length,
    model: cpu[0]?.model.trim() ?? 'unknown',
    memory: `${(totalmem() / 2 ** 30).toFixed(0)} GiB (${(freemem() / 2 ** 30).toFixed(0)} GiB free at the start)`,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    commit: git.status === 0 ? git.stdout.trim() : 'unknown',
  };
}

const ms = (value) => `${value.toFixed(0)} ms`;
const ratio = (value) => `${value.toFixed(2)}×`;
const verdict = (ok) => (ok ? 'met' : 'NOT met');

// Measures start-up and scale with one Node.js.
function measureWith(node, opts, scratch, log) {
  const bare = [node, ['-e', '0']];
  const out2010 = join(scratch, 'out-2010');
  // start-up
  log(`${versionOf(node)}: start-up, ${opts.pairs} rounds of node -e 0, validate, build --format md and build, after a warm-up`);
  const times = rounds(
    [bare, [node, [BIN, 'validate']], [node, [BIN, 'build', '2010', '--out', out2010, '--format', 'md']], [node, [BIN, 'build', '2010', '--out', out2010]]],
    opts.pairs,
  );
  const [validate, markdownOnly, build2010] = againstFirst(times);
  const steps = { load: step(times[1], times[0]), markdown: step(times[2], times[1]), docx: step(times[3], times[2]) };
  log(`${versionOf(node)}: build 2010 ${ratio(build2010.ratio)}, validate ${ratio(validate.ratio)} node -e 0 (${ms(build2010.b)})`);
  // scale
  const scale = [];
  for (const size of opts.sizes) {
    const data = join(scratch, `data-${size}`);
    log(`${versionOf(node)}: scale, generating ${size} records`);
    const records = generateRecords(size);
    writeDataFolder(data, records);
    log(`${versionOf(node)}: scale, validate and build every year at ${size} records`);
    const checked = measured(node, BIN, ['validate', '--data', data, '-q']);
    const built = repeated(() => buildEvery(node, data, join(scratch, `out-${size}`)), opts.runs ?? scaleRuns(size));
    log(
      `${versionOf(node)}: ${size} records: validate ${checked.seconds.toFixed(2)} s, build every year ${built.seconds.toFixed(2)} s, ${built.megabytes.toFixed(0)} MB`,
    );
    scale.push({ size, validate: checked, build: built, bodies: records.bodies.size, projects: records.projects.size, countries: records.countries.size });
    rmSync(data, { recursive: true, force: true });
    rmSync(join(scratch, `out-${size}`), { recursive: true, force: true });
  }
  return { node: versionOf(node), build2010, validate, markdownOnly, steps, scale, peakBy: scale[0]?.build.peakBy ?? '' };
}

// Runs the benchmark and returns its figures.
async function benchmark(opts) {
  const scratch = mkdtempSync(join(tmpdir(), 'coop-report-bench-'));
  const log = (line) => process.stderr.write(`${line}\n`);
  try {
    // bundle the current source, as `npm install` does
    log('bundling: node scripts/bundle.mjs');
    timed(NODE, [join(ROOT, 'scripts', 'bundle.mjs')]);
    log(`finding Node.js ${SECOND}: npx -y node@${SECOND}`);
    const node24 = findNode24(opts.node24);
    const nodes = [NODE, ...(node24 ? [node24] : [])];
    const runs = nodes.map((node) => measureWith(node, opts, scratch, log));
    // the preview: how soon the page shows a saved edit (bench/preview.mjs)
    for (const [i, node] of nodes.entries()) runs[i].preview = await previewCase(node, PREVIEW_ROUNDS, log);
    // reference: pandoc turning the same Markdown into DOCX
    const markdown = join(scratch, 'pandoc.md');
    cpSync(join(ROOT, 'test', 'golden', 'wspolpraca-miedzynarodowa-2010.md'), markdown);
    const pandocFound = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
    const pandoc =
      pandocFound.status === 0
        ? { version: pandocFound.stdout.split('\n')[0], ...pairs(['pandoc', [markdown, '-o', join(scratch, 'pandoc.docx')]], [NODE, ['-e', '0']], opts.pairs) }
        : undefined;
    const html = htmlCase(
      opts.sizes.filter((size) => size >= 5000),
      log,
    );
    return {
      machine: machine(),
      rounds: opts.pairs,
      runs,
      pandoc,
      html,
      second: opts.node24 === 'none' ? 'not asked for' : node24 ? '' : 'npx -y node@24 failed',
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// Lays out the figures as Markdown: the machine, start-up, scale, the reference, and the targets, each Node.js in a
// column of its own.
function report(r) {
  const lines = [];
  const row = (...cells) => lines.push(`| ${cells.join(' | ')} |`);
  const heads = r.runs.map((run) => `Node.js ${run.node}`);
  const each = (cell) => r.runs.map(cell);
  lines.push('# Performance', '', `Written by \`npm run bench\` (bench/run.mjs) on ${r.machine.date}; commit ${r.machine.commit}.`, '');
  lines.push(`Machine: ${r.machine.cores} cores (${r.machine.model}), ${r.machine.memory}, ${r.machine.platform}.`, '');
  lines.push(
    `Measured with ${heads.join(' and ')}${r.second ? ` (Node.js ${SECOND}: ${r.second})` : ` (the npm registry's \`node\` package, run with \`npx -y node@${SECOND}\`)`}, side by side.`,
  );
  lines.push('Every figure is a whole process, timed from spawn to exit, on the machine above: the figures of another machine, or');
  lines.push('of this one while other work runs on it, differ, which is why each ratio is given with its range. Start-up runs');
  lines.push('`node -e 0`, `validate`, `build 2010 --format md` and `build 2010` in turn, round after round (A B C D A B C D …),');
  lines.push(`after one warm-up of each: ${r.rounds} rounds, with each Node.js in turn. A ratio is the median of the round-by-round`);
  lines.push('ratios to `node -e 0` of the same Node.js; the times are medians.');
  lines.push(`Peak memory is the largest resident set of the process, read with ${r.runs[0].peakBy}.`, '');
  lines.push('How the command starts (scripts/bundle.mjs): `npm install` bundles it into ES modules, `dist/cli.js` and the chunks');
  lines.push('it imports when a command needs them, with the built-in templates compiled. Node.js 22.1 and later keep the compiled');
  lines.push('modules in their compile cache (`module.enableCompileCache()`), so that from the second run on they are not compiled');
  lines.push('again; Node.js 20 compiles them at every run.', '');
  lines.push('## Start-up', '');
  row('command', ...heads.flatMap((head) => [`${head}: median (\`node -e 0\`)`, 'ratio (median)', 'ratio (min–max)']));
  row('---', ...heads.flatMap(() => ['---:', '---:', '---:']));
  const startRow = (what, pick) =>
    row(what, ...each((run) => [`${ms(pick(run).a)} (${ms(pick(run).b)})`, ratio(pick(run).ratio), `${ratio(pick(run).low)}–${ratio(pick(run).high)}`]).flat());
  startRow('`coop-report build 2010` (Markdown and DOCX)', (run) => run.build2010);
  startRow('`coop-report validate`', (run) => run.validate);
  startRow('`coop-report build 2010 --format md` (to split the time below)', (run) => run.markdownOnly);
  if (r.pandoc)
    lines.push(
      '',
      `Reference: \`pandoc\` turns the 2010 Markdown into DOCX in ${ms(r.pandoc.a)}, ${ratio(r.pandoc.ratio)} \`node -e 0\` (${r.pandoc.version}, in pairs with \`node -e 0\` of Node.js ${r.runs[0].node}).`,
    );
  else lines.push('', 'pandoc is not installed here: no reference figure.');
  lines.push('', 'Where the time of `build 2010` goes: what each command adds to the one before it, round by round (the median, ± half');
  lines.push('the width of the middle half of the rounds). A step shorter than the noise shows as "under 1 ms".', '');
  row('step', ...heads);
  row('---', ...heads.map(() => '---:'));
  const stepCell = (st) => `${st.ms < 1 ? 'under 1 ms' : ms(st.ms)} ± ${ms((st.high - st.low) / 2)}`;
  row('Node.js itself (`node -e 0`)', ...each((run) => ms(run.build2010.b)));
  row('load the command, read and check the data (`validate` less `node -e 0`)', ...each((run) => stepCell(run.steps.load)));
  row('model, templates, Markdown (`build --format md` less `validate`)', ...each((run) => stepCell(run.steps.markdown)));
  row('DOCX (`build` less `build --format md`)', ...each((run) => stepCell(run.steps.docx)));
  lines.push('', '## Scale', '');
  const first = r.runs[0];
  lines.push(
    `Synthetic data sets from \`npm run bench:generate\` (bench/generate.mjs, seed 1), every year 2000–2025 built in one process with \`coop-report build --all\`, Markdown and DOCX: the median of ${first.scale.map((s) => s.build.runs).join(', ')} runs, and the largest peak memory of them (validate: one run). Growth is the time against the row before.`,
    '',
    'A data folder of 2,000 record files or more is parsed on two threads, and `build --all` makes the Markdown and DOCX of',
    'each year on the helper thread while the main thread renders the next year (docs/architecture.md): the folders of',
    '5,000 and 50,000 records keep both cores busy, the folder of 500 records one.',
    '',
  );
  row('records', 'bodies / projects / countries', ...heads.flatMap((head) => [`${head}: \`validate\``, 'build every year', 'peak memory', 'growth in time']));
  row('---:', '---', ...heads.flatMap(() => ['---:', '---:', '---:', '---:']));
  first.scale.forEach((s, i) => {
    row(
      s.size.toLocaleString('en'),
      `${s.bodies} / ${s.projects} / ${s.countries}`,
      ...each((run) => {
        const at = run.scale[i];
        const before = run.scale[i - 1];
        return [
          `${at.validate.seconds.toFixed(2)} s (${at.validate.megabytes.toFixed(0)} MB)`,
          `${at.build.seconds.toFixed(2)} s`,
          `${at.build.megabytes.toFixed(0)} MB`,
          before ? ratio(at.build.seconds / before.build.seconds) : '–',
        ];
      }).flat(),
    );
  });
  lines.push('', ...htmlSection(r.html));
  lines.push('## Preview', '');
  lines.push(
    `\`coop-report preview 2010\` on a copy of data/, the page open in Chromium (bench/preview.mjs): a record saved with a new value ${PREVIEW_ROUNDS} times, after one not counted; each time is from the file's write to the frame after the page's section holds the new text.`,
    '',
  );
  row('', ...heads);
  row('---', ...heads.map(() => '---:'));
  const previewCell = (run) =>
    run.preview.skipped ? `not measured: ${run.preview.skipped}` : `${ms(run.preview.median)} (${ms(run.preview.low)}–${ms(run.preview.high)})`;
  row(`a saved edit shown, median of ${PREVIEW_ROUNDS} (min–max)`, ...each(previewCell));
  lines.push('');
  lines.push('## Targets', '');
  lines.push('A start-up target is met when the median ratio is within it; the range says how far single rounds strayed.', '');
  row('target', ...heads.flatMap((head) => [head, '']));
  row('---', ...heads.flatMap(() => ['---:', '---']));
  const target = (what, cell) => row(what, ...each((run) => cell(run)).flat());
  target(`\`build 2010\` within ${TARGETS.build2010}× \`node -e 0\``, (run) => [
    `${ratio(run.build2010.ratio)} (${ratio(run.build2010.low)}–${ratio(run.build2010.high)})`,
    verdict(run.build2010.ratio <= TARGETS.build2010),
  ]);
  target(`\`validate\` within ${TARGETS.validate}× \`node -e 0\``, (run) => [
    `${ratio(run.validate.ratio)} (${ratio(run.validate.low)}–${ratio(run.validate.high)})`,
    verdict(run.validate.ratio <= TARGETS.validate),
  ]);
  if (first.scale.some((s) => s.size === 50000)) {
    const at = (run) => run.scale.find((s) => s.size === 50000).build;
    target(`every year at 50,000 records within ${TARGETS.allSeconds50000} s`, (run) => [
      `${at(run).seconds.toFixed(2)} s`,
      verdict(at(run).seconds <= TARGETS.allSeconds50000),
    ]);
    target(`every year at 50,000 records within ${(TARGETS.allMegabytes50000 / 1024).toFixed(1)} GB`, (run) => [
      `${at(run).megabytes.toFixed(0)} MB`,
      verdict(at(run).megabytes <= TARGETS.allMegabytes50000),
    ]);
  }
  target(`the preview shows a saved edit within ${TARGETS.previewMs} ms (median of ${PREVIEW_ROUNDS})`, (run) =>
    run.preview.skipped ? ['not measured', ''] : [ms(run.preview.median), verdict(run.preview.median <= TARGETS.previewMs)],
  );
  first.scale.slice(1).forEach((s, i) => {
    const tenfold = s.size / first.scale[i].size;
    target(`${s.size.toLocaleString('en')} records against ${first.scale[i].size.toLocaleString('en')}: time grows at most ${tenfold}×`, (run) => {
      const growth = run.scale[i + 1].build.seconds / run.scale[i].build.seconds;
      return [ratio(growth), verdict(growth <= tenfold)];
    });
  });
  lines.push('');
  return lines.join('\n');
}

// Runs what the arguments ask for: the benchmark, or one of its helper modes.
async function dispatch(argv) {
  if (argv[0] === '--child') return child(argv[1], argv[2], argv.slice(3));
  const opts = options(argv);
  const text = report(await benchmark(opts));
  process.stdout.write(`${text}\n`);
  if (opts.write) {
    mkdirSync(dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, text);
    process.stderr.write(`wrote ${relative(process.cwd(), opts.out)}\n`);
  }
}

await dispatch(process.argv.slice(2));
