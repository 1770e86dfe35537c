#!/usr/bin/env node
// The benchmark (`npm run bench`): start-up against a bare `node -e 0`, what each shortcut of the bundle saves, growth
// over synthetic data sets, and pandoc for reference. Prints a table and writes it, with the machine and the date, to
// docs/performance.md.
//
// Every figure is a whole process, timed from outside (spawn to exit), as the analyst or CI meets it. Start-up runs
// `node -e 0` and the commands in turn, round after round (A B C D A B C D …), after a warm-up, and quotes the median
// of the round-by-round ratios and differences, so a machine whose speed drifts during the run still gives a fair
// ratio, and a step (one command less the one before) is taken within a round. Peak memory is the largest
// resident set of the process: from `/usr/bin/time -v` when the machine has it, else from the process's own
// resource usage, read by a small wrapper that runs the command line in-process (`--child`).
//
// Options: --sizes 500,5000,50000  --pairs N (rounds, default 25)  --out FILE  --no-write  --no-savings
// --quick (sizes 500,5000, 7 pairs and no savings, for a fast look; the file is not written).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateRecords, writeDataFolder } from './generate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'coop-report.js');
const NODE = process.execPath;
const SELF = fileURLToPath(import.meta.url);
const TIME = '/usr/bin/time';

/** The targets, as ratios to `node -e 0` and bounds, measured in one run. */
const TARGETS = { build2010: 2.0, validate: 2.0, allSeconds5000: 10, allMegabytes5000: 400, growth: 10 };
/** The shortcuts of the bundle whose saving is measured (scripts/bundle.mjs --without), with what each does. */
const SHORTCUTS = JSON.parse(readFileSync(join(ROOT, 'scripts', 'bundle.json'), 'utf8')).shortcuts;

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
    savings: !quick && !argv.includes('--no-savings'),
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

// Bundles the current source without one shortcut into a folder of its own, with what the bundle needs beside it.
function variant(scratch, without) {
  const folder = join(scratch, `without-${without}`);
  for (const path of ['bin', 'templates', 'starter', 'package.json']) cpSync(join(ROOT, path), join(folder, path), { recursive: true });
  timed(NODE, [join(ROOT, 'scripts', 'bundle.mjs'), '--out', join(folder, 'dist'), '--without', without]);
  return join(folder, 'bin', 'coop-report.js');
}

// Measures what each shortcut saves: the bundle without it against the bundle, pair by pair, for validate and build.
function savings(scratch, count, log) {
  const out = join(scratch, 'out-savings');
  const commands = (bin) => ({ validate: [NODE, [bin, 'validate']], build: [NODE, [bin, 'build', '2010', '--out', out]] });
  const current = commands(BIN);
  return Object.keys(SHORTCUTS).map((name) => {
    log(`savings: the bundle without ${name}`);
    const without = commands(variant(scratch, name));
    const measure = (command) => {
      const [withIt, withoutIt] = rounds([current[command], without[command]], count);
      return { ...step(withoutIt, withIt), ratio: median(withoutIt.map((t, i) => t / withIt[i])) };
    };
    return { name, validate: measure('validate'), build: measure('build') };
  });
}

// Runs a Node script once (the bin, or this file's years loop), with its peak memory; returns seconds and megabytes.
function measured(script, args) {
  if (existsSync(TIME)) {
    const start = process.hrtime.bigint();
    const run = spawnSync(TIME, ['-v', NODE, script, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const stderr = String(run.stderr);
    if (run.status !== 0) throw new Error(`${script} ${args.join(' ')} exited with ${run.status}:\n${stderr.slice(0, 2000)}`);
    const kilobytes = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]);
    return { seconds, megabytes: kilobytes / 1024, peakBy: '`/usr/bin/time -v`' };
  }
  const report = join(mkdtempSync(join(tmpdir(), 'coop-report-peak-')), 'peak.json');
  const seconds = timed(NODE, [SELF, '--child', report, script, ...args]) / 1000;
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
  process.argv = [NODE, script, ...args];
  process.on('exit', () => writeFileSync(report, JSON.stringify({ maxRSS: process.resourceUsage().maxRSS })));
  if (script === SELF) await dispatch(args);
  else await import(pathToFileURL(script).href);
}

// Tells whether this coop-report has `build --all` (one load and validation for every year).
function hasBuildAll() {
  const help = spawnSync(NODE, [BIN, 'build', '--help'], { cwd: ROOT, encoding: 'utf8' });
  return /--all\b/.test(help.stdout);
}

// Builds every year of a data folder in one process: `build --all`, or a loop of `build <year>` through main().
function buildEvery(data, out, withAll) {
  if (withAll) return measured(BIN, ['build', '--all', '--data', data, '--out', out, '-q']);
  return measured(SELF, ['--years-loop', data, out]);
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
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
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

// Runs the benchmark and returns its figures.
async function benchmark(opts) {
  const scratch = mkdtempSync(join(tmpdir(), 'coop-report-bench-'));
  const log = (line) => process.stderr.write(`${line}\n`);
  try {
    // bundle the current source, as `npm install` does
    log('bundling: node scripts/bundle.mjs');
    timed(NODE, [join(ROOT, 'scripts', 'bundle.mjs')]);
    const bare = [NODE, ['-e', '0']];
    const out2010 = join(scratch, 'out-2010');
    // start-up
    log(`start-up: ${opts.pairs} rounds of node -e 0, validate, build --format md and build, after a warm-up`);
    const times = rounds(
      [bare, [NODE, [BIN, 'validate']], [NODE, [BIN, 'build', '2010', '--out', out2010, '--format', 'md']], [NODE, [BIN, 'build', '2010', '--out', out2010]]],
      opts.pairs,
    );
    const [validate, markdownOnly, build2010] = againstFirst(times);
    const steps = { load: step(times[1], times[0]), markdown: step(times[2], times[1]), docx: step(times[3], times[2]) };
    // reference: pandoc turning the same Markdown into DOCX
    const markdown = join(out2010, 'wspolpraca-miedzynarodowa-2010.md');
    const pandocFound = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
    const pandoc =
      pandocFound.status === 0
        ? { version: pandocFound.stdout.split('\n')[0], ...pairs(['pandoc', [markdown, '-o', join(scratch, 'pandoc.docx')]], bare, opts.pairs) }
        : undefined;
    // scale
    const withAll = hasBuildAll();
    const scale = [];
    for (const size of opts.sizes) {
      const data = join(scratch, `data-${size}`);
      log(`scale: generating ${size} records`);
      const records = generateRecords(size);
      writeDataFolder(data, records);
      log(`scale: validate and build every year at ${size} records`);
      const checked = measured(BIN, ['validate', '--data', data, '-q']);
      const built = repeated(() => buildEvery(data, join(scratch, `out-${size}`), withAll), scaleRuns(size));
      scale.push({ size, validate: checked, build: built, bodies: records.bodies.size, projects: records.projects.size, countries: records.countries.size });
      rmSync(data, { recursive: true, force: true });
      rmSync(join(scratch, `out-${size}`), { recursive: true, force: true });
    }
    const saved = opts.savings ? savings(scratch, opts.pairs, log) : undefined;
    return {
      machine: machine(),
      rounds: opts.pairs,
      build2010,
      validate,
      markdownOnly,
      steps,
      pandoc,
      scale,
      withAll,
      saved,
      peakBy: scale[0]?.build.peakBy ?? '',
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// Lays out the figures as Markdown: the machine, start-up, scale, the reference, and the targets.
function report(r) {
  const lines = [];
  const row = (...cells) => lines.push(`| ${cells.join(' | ')} |`);
  lines.push('# Performance', '', `Written by \`npm run bench\` (bench/run.mjs) on ${r.machine.date}; commit ${r.machine.commit}.`, '');
  lines.push(`Machine: ${r.machine.cores} cores (${r.machine.model}), ${r.machine.memory}, Node.js ${r.machine.node}, ${r.machine.platform}.`, '');
  lines.push('Every figure is a whole process, timed from spawn to exit, on the machine above: the figures of another machine, or');
  lines.push('of this one while other work runs on it, differ, which is why each ratio is given with its range. Start-up runs');
  lines.push('`node -e 0`, `validate`, `build 2010 --format md` and `build 2010` in turn, round after round (A B C D A B C D …),');
  lines.push(`after one warm-up of each: ${r.rounds} rounds. A ratio is the median of the round-by-round ratios to \`node -e 0\`; the`);
  lines.push('times are medians.');
  lines.push(`Peak memory is the largest resident set of the process, read with ${r.peakBy}.`, '');
  lines.push('## Start-up', '');
  row('command', 'median', '`node -e 0`', 'ratio (median)', 'ratio (min–max)');
  row('---', '---:', '---:', '---:', '---:');
  row(
    '`coop-report build 2010` (Markdown and DOCX)',
    ms(r.build2010.a),
    ms(r.build2010.b),
    ratio(r.build2010.ratio),
    `${ratio(r.build2010.low)}–${ratio(r.build2010.high)}`,
  );
  row('`coop-report validate`', ms(r.validate.a), ms(r.validate.b), ratio(r.validate.ratio), `${ratio(r.validate.low)}–${ratio(r.validate.high)}`);
  row(
    '`coop-report build 2010 --format md` (to split the time below)',
    ms(r.markdownOnly.a),
    ms(r.markdownOnly.b),
    ratio(r.markdownOnly.ratio),
    `${ratio(r.markdownOnly.low)}–${ratio(r.markdownOnly.high)}`,
  );
  if (r.pandoc)
    row(
      `\`pandoc\` 2010 Markdown → DOCX (reference; ${r.pandoc.version}, in pairs with \`node -e 0\`)`,
      ms(r.pandoc.a),
      ms(r.pandoc.b),
      ratio(r.pandoc.ratio),
      `${ratio(r.pandoc.low)}–${ratio(r.pandoc.high)}`,
    );
  else lines.push('', 'pandoc is not installed here: no reference figure.');
  lines.push('', 'Where the time of `build 2010` goes: what each command adds to the one before it, round by round (the median; the');
  lines.push('spread: half the width of the middle half of the rounds). A step shorter than the noise shows as "under 1 ms".', '');
  row('step', 'time', 'spread');
  row('---', '---:', '---:');
  const stepRow = (what, st) => row(what, st.ms < 1 ? 'under 1 ms' : ms(st.ms), `± ${ms((st.high - st.low) / 2)}`);
  row('Node.js itself (`node -e 0`)', ms(r.build2010.b), '');
  stepRow('load the command, read and check the data (`validate` less `node -e 0`)', r.steps.load);
  stepRow('model, templates, Markdown (`build --format md` less `validate`)', r.steps.markdown);
  stepRow('DOCX (`build` less `build --format md`)', r.steps.docx);
  lines.push('', '## What each shortcut saves', '');
  lines.push('How start-up is kept short (scripts/bundle.mjs, scripts/cli-loader.cjs): `npm install` bundles the command. Each');
  lines.push('shortcut below is measured by bundling the same source without it (`node scripts/bundle.mjs --without NAME`) and');
  lines.push('timing that bundle against the full one, in turn, for `validate` and `build 2010`: what leaving it out adds (the');
  lines.push("median of the round-by-round differences, and the command's time without it as a multiple of its time with it).", '');
  if (r.saved) {
    row('shortcut', 'what it does', '`validate`', '`build 2010`');
    row('---', '---', '---:', '---:');
    const cell = (m) => `${m.ms < 1 ? 'under 1 ms' : ms(m.ms)} (${ratio(m.ratio)})`;
    for (const s of r.saved) row(s.name, SHORTCUTS[s.name], cell(s.validate), cell(s.build));
  } else lines.push('Not measured in this run (`--quick` or `--no-savings`).');
  lines.push('', 'Plain record files are read with js-yaml (the yaml library reads the rest and gives positions), and the DOCX is', 'zipped with node:zlib.');
  lines.push('', '## Scale', '');
  lines.push(
    `Synthetic data sets from \`npm run bench:generate\` (bench/generate.mjs, seed 1), every year 2000–2025 built in one process ${r.withAll ? 'with `coop-report build --all`' : 'by calling `build <year>` for each year through main() (this coop-report has no `build --all`)'}, Markdown and DOCX: the median of ${r.scale.map((row) => row.build.runs).join(', ')} runs, and the largest peak memory of them (validate: one run). Growth is the time (or memory) against the row before.`,
    '',
  );
  row('records', 'bodies / projects / countries', '`validate`', 'build every year', 'peak memory', 'growth in time', 'growth in memory');
  row('---:', '---', '---:', '---:', '---:', '---:', '---:');
  r.scale.forEach((s, i) => {
    const before = r.scale[i - 1];
    row(
      s.size.toLocaleString('en'),
      `${s.bodies} / ${s.projects} / ${s.countries}`,
      `${s.validate.seconds.toFixed(2)} s (${s.validate.megabytes.toFixed(0)} MB)`,
      `${s.build.seconds.toFixed(2)} s`,
      `${s.build.megabytes.toFixed(0)} MB`,
      before ? ratio(s.build.seconds / before.build.seconds) : '–',
      before ? ratio(s.build.megabytes / before.build.megabytes) : '–',
    );
  });
  lines.push('', '## Targets', '');
  lines.push('A start-up target is met when the median ratio is within it; the range says how far single rounds strayed.', '');
  row('target', 'measured', 'range', '');
  row('---', '---:', '---:', '---');
  row(
    `\`build 2010\` within ${TARGETS.build2010}× \`node -e 0\``,
    ratio(r.build2010.ratio),
    `${ratio(r.build2010.low)}–${ratio(r.build2010.high)}`,
    verdict(r.build2010.ratio <= TARGETS.build2010),
  );
  row(
    `\`validate\` within ${TARGETS.validate}× \`node -e 0\``,
    ratio(r.validate.ratio),
    `${ratio(r.validate.low)}–${ratio(r.validate.high)}`,
    verdict(r.validate.ratio <= TARGETS.validate),
  );
  const at5000 = r.scale.find((s) => s.size === 5000);
  if (at5000) {
    row(
      `every year at 5,000 records within ${TARGETS.allSeconds5000} s`,
      `${at5000.build.seconds.toFixed(2)} s`,
      '',
      verdict(at5000.build.seconds <= TARGETS.allSeconds5000),
    );
    row(
      `every year at 5,000 records within ${TARGETS.allMegabytes5000} MB`,
      `${at5000.build.megabytes.toFixed(0)} MB`,
      '',
      verdict(at5000.build.megabytes <= TARGETS.allMegabytes5000),
    );
  }
  r.scale.slice(1).forEach((s, i) => {
    const growth = s.build.seconds / r.scale[i].build.seconds;
    const tenfold = s.size / r.scale[i].size;
    row(
      `${s.size.toLocaleString('en')} records against ${r.scale[i].size.toLocaleString('en')}: time grows at most ${tenfold}×`,
      ratio(growth),
      '',
      verdict(growth <= tenfold),
    );
  });
  lines.push('');
  return lines.join('\n');
}

// Runs a `build <year>` for every year 2000–2025 through main(), in this one process (no `build --all` here).
async function yearsLoop(data, out) {
  const { main } = createRequire(import.meta.url)(join(ROOT, 'dist', 'cli.cjs'));
  const sink = { write: () => true };
  for (let year = 2000; year <= 2025; year++) {
    const code = await main(['build', String(year), '--data', data, '--out', out, '-q'], { stdout: sink, stderr: process.stderr, env: process.env, cwd: ROOT });
    if (code !== 0) {
      process.exitCode = code;
      return;
    }
  }
}

// Runs what the arguments ask for: the benchmark, or one of its helper modes.
async function dispatch(argv) {
  if (argv[0] === '--child') return child(argv[1], argv[2], argv.slice(3));
  if (argv[0] === '--years-loop') return yearsLoop(argv[1], argv[2]);
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
