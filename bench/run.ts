/**
 * `npm run bench`: the speed of the engine, the Excel host and the CLI, in one run. A readable table, or JSON
 * with `-- --json`. Not a test: nothing here fails on a slow machine.
 */
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { assessGrid } from '../src/core/plan/assess';
import { buildFormatPlan } from '../src/core/plan/formatPlan';
import { apply, clear } from '../src/core/session/session';
import { ExcelHost } from '../src/hosts/excel/excelHost';
import { FakeContext, fakeRunner, fakeWorkbookFrom, type Recording } from '../test/fakes/fakeExcel';
import { naiveApply } from './naiveExcel';
import { distinctGrid, repeatedColumns, seedRows, syntheticGrid, syntheticWorkbook } from './syntheticPlan';

const AS_OF = '2015-01-21';
const ROUND_TRIP_MS = 100;

async function main() {
  const json = process.argv.includes('--json');
  const log = (s: string) => {
    if (!json) process.stderr.write(`${s}\n`);
  };
  const seeds = await seedRows();

  // The core figure comes from plans whose texts are distinct row to row (distinctGrid): nothing is read twice,
  // so the per-assessment memo cannot do the work. The repeated-text plan (syntheticGrid, the 69 seed texts
  // reused) is shown beside it.
  // `-- --core`: the core figures alone (for profiling and quick comparisons)
  const coreOnly = process.argv.includes('--core');
  const core: Array<{ rows: number; rowsPerSecond: number; assessRowsPerSecond: number; repeatedTextRowsPerSecond: number }> = [];
  // warm-up: let the JIT compile the engine before anything is timed (a pane or CLI run reads one plan after
  // another in the same process, so the steady state is what users meet on a large plan)
  for (let i = 0; i < 3; i++) {
    for (const grid of [distinctGrid(seeds, 5_000), syntheticGrid(seeds, 5_000)]) buildFormatPlan(grid, assessGrid(grid, { asOf: AS_OF }), 'Plan', null, {});
  }
  const speed = (grid: ReturnType<typeof syntheticGrid>, rows: number) => {
    // the median of several runs (50,000 rows or more in all), so one garbage collection does not decide the
    // figure; each run reads the grid afresh (an assessment keeps nothing from one run to the next)
    const runs = Math.max(3, Math.ceil(50_000 / rows));
    const times: number[] = [];
    const assessTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = process.hrtime.bigint();
      const a = assessGrid(grid, { asOf: AS_OF });
      const t1 = process.hrtime.bigint();
      buildFormatPlan(grid, a, 'Plan', null, {});
      times.push(Number(process.hrtime.bigint() - t0) / 1e9);
      assessTimes.push(Number(t1 - t0) / 1e9);
    }
    const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    return { rowsPerSecond: Math.round(rows / median(times)), assessRowsPerSecond: Math.round(rows / median(assessTimes)), runs };
  };
  for (const rows of [1_000, 10_000, 100_000]) {
    const grid = distinctGrid(seeds, rows);
    // an honest figure: no two action rows share an action, timescale, outcome or status text
    const repeatedIn = repeatedColumns(grid);
    if (repeatedIn.length > 0) throw new Error(`the distinct-text plan of ${rows} rows repeats texts in ${repeatedIn.join(', ')}`);
    const distinct = speed(grid, rows);
    const repeated = speed(syntheticGrid(seeds, rows), rows);
    core.push({
      rows,
      rowsPerSecond: distinct.rowsPerSecond,
      assessRowsPerSecond: distinct.assessRowsPerSecond,
      repeatedTextRowsPerSecond: repeated.rowsPerSecond,
    });
    log(
      `core ${rows} rows: ${distinct.rowsPerSecond} rows/s distinct texts (${distinct.assessRowsPerSecond} assessing alone), ${repeated.rowsPerSecond} rows/s repeated texts (medians of ${distinct.runs} runs)`,
    );
  }
  if (coreOnly) {
    if (json) process.stdout.write(`${JSON.stringify({ core, machine: { cpus: os.cpus().length, node: process.version, load: os.loadavg() } }, null, 2)}\n`);
    return;
  }

  // Excel: apply, re-apply (a month later) and clear through the session, against the strict fake of Excel on the
  // web (it refuses any request or response over 5 MB), with the naive apply beside it
  const excel: Array<{ rows: number; step: string; syncs: number; calls: number; payloadBytes: number; responseBytes: number; simulatedMs: number }> = [];
  const naiveFigures: Array<{ rows: number; syncs: number; simulatedMs: number }> = [];
  for (const rows of [1_000, 10_000, 50_000]) {
    const grid = syntheticGrid(seeds, rows);
    const state = fakeWorkbookFrom([{ name: 'Plan', values: grid.values }]);
    for (const step of ['apply', 're-apply', 'clear'] as const) {
      const recordings: Recording[] = [];
      const host = new ExcelHost(fakeRunner(state, recordings), { mergedAreas: true });
      const t0 = process.hrtime.bigint();
      if (step === 'clear') await clear(host);
      else await apply(host, { asOf: step === 'apply' ? AS_OF : '2015-03-31' });
      const computeMs = Number(process.hrtime.bigint() - t0) / 1e6;
      const syncs = recordings.reduce((n, r) => n + r.syncs, 0);
      excel.push({
        rows,
        step,
        syncs,
        calls: recordings.reduce((n, r) => n + r.calls, 0),
        payloadBytes: Math.max(...recordings.map((r) => r.payloadBytes)),
        responseBytes: Math.max(...recordings.map((r) => r.maxResponseBytes)),
        simulatedMs: Math.round(syncs * ROUND_TRIP_MS + computeMs),
      });
      log(
        `excel ${rows} rows ${step}: ${syncs} syncs, largest request ${Math.round(excel[excel.length - 1].payloadBytes / 1000)} KB, largest response ${Math.round(excel[excel.length - 1].responseBytes / 1000)} KB`,
      );
    }
    if (rows <= 10_000) {
      const naive = new FakeContext(fakeWorkbookFrom([{ name: 'Plan', values: grid.values }]));
      await naiveApply(naive, grid.values.length, 7, AS_OF);
      naiveFigures.push({ rows, syncs: naive.recording.syncs, simulatedMs: naive.recording.syncs * ROUND_TRIP_MS });
    }
  }

  const cli = await cliBench(seeds, log);
  const result = { core, excel, naive: naiveFigures, cli, machine: { cpus: os.cpus().length, node: process.version } };
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const table = (head: string[], rows: Array<Array<string | number>>) => {
    const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
    const line = (r: Array<string | number>) => r.map((c, i) => String(c).padStart(w[i])).join('  ');
    return [line(head), w.map((x) => '-'.repeat(x)).join('  '), ...rows.map(line)].join('\n');
  };
  const fmt = (n: number) => n.toLocaleString('en-GB');
  process.stdout.write(`\nCore (layout + timescale + status + formatting plan) on plans whose texts are distinct row to row, budget ≥ 100,000 rows/s\n`);
  process.stdout.write(
    `${table(
      ['rows', 'rows/s', 'assessing alone rows/s', 'repeated texts rows/s'],
      core.map((c) => [fmt(c.rows), fmt(c.rowsPerSecond), fmt(c.assessRowsPerSecond), fmt(c.repeatedTextRowsPerSecond)]),
    )}\n`,
  );
  process.stdout.write(
    `\nExcel through the session against the strict fake of Excel on the web, ${ROUND_TRIP_MS} ms a round trip; every request and response ≤ 5 MB\n`,
  );
  process.stdout.write(
    `${table(
      ['rows', 'step', 'syncs', 'calls', 'largest request', 'largest response', 'simulated'],
      excel.map((e) => [
        fmt(e.rows),
        e.step,
        e.syncs,
        e.calls,
        `${fmt(Math.round(e.payloadBytes / 1024))} KB`,
        `${fmt(Math.round(e.responseBytes / 1024))} KB`,
        `${fmt(e.simulatedMs)} ms`,
      ]),
    )}\n`,
  );
  process.stdout.write(`\nThe same apply done naively (a load and a sync per row, a sync per row of formats)\n`);
  process.stdout.write(
    `${table(
      ['rows', 'syncs', 'simulated'],
      naiveFigures.map((n) => [fmt(n.rows), fmt(n.syncs), `${fmt(n.simulatedMs)} ms`]),
    )}\n`,
  );
  process.stdout.write(
    `\nCLI: plan-rag apply (a separate process each; wall time and peak RSS), beside an ExcelJS load-and-save of the same file measured in this run; budgets ≤ 5 s / ≤ 400 MB at 10,000 rows, ≤ 10 s / ≤ 600 MB at 100,000\n`,
  );
  const cell = (r: ChildRun | null) => (r === null ? '' : r.ok ? `${r.seconds} s, ${fmt(r.peakMB)} MB` : `failed: ${r.failure}`);
  const ratio = (a: ChildRun, b: ChildRun | null) =>
    b && b.ok && a.ok ? `${Math.round((b.seconds / a.seconds) * 10) / 10}× / ${Math.round((b.peakMB / a.peakMB) * 10) / 10}×` : '';
  process.stdout.write(
    `${table(
      ['rows', 'apply', 'apply --board', 'ExcelJS round trip', 'ExcelJS ÷ apply (time / memory)'],
      cli.map((c) => [fmt(c.rows), cell(c.apply), cell(c.board), cell(c.exceljs), ratio(c.apply, c.exceljs)]),
    )}\n`,
  );
}

interface ChildRun {
  ok: boolean;
  seconds: number;
  peakMB: number;
  failure?: string;
}

/** Runs a script in its own Node process (default heap): wall time, peak RSS, or why it failed. */
function child(script: string, args: string[]): ChildRun {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', script, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const seconds = Math.round((Number(process.hrtime.bigint() - t0) / 1e9) * 10) / 10;
  const last = (r.stdout ?? '').trim().split('\n').pop() ?? '';
  try {
    const j = JSON.parse(last) as { code: number; maxRssKB: number };
    if (j.code === 0) return { ok: true, seconds, peakMB: Math.round(j.maxRssKB / 1024) };
  } catch {
    // no result line: it crashed
  }
  const why = `${r.stderr ?? ''}`.split('\n').find((l) => /heap|memory|Error|error/.test(l)) ?? `exit ${r.status ?? r.signal}`;
  return { ok: false, seconds, peakMB: 0, failure: why.trim().slice(0, 80) };
}

/** plan-rag apply (plain and --board) and an ExcelJS round trip on synthetic plans of 10k, 25k, 100k and 200k rows. */
async function cliBench(seeds: Awaited<ReturnType<typeof seedRows>>, log: (s: string) => void) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-rag-bench-'));
  const mainJs = JSON.stringify(path.join(__dirname, '..', 'src', 'cli', 'main.js'));
  // as bin/plan-rag.js runs it: the heap tuned for one run (src/cli/heap.ts)
  const heapJs = JSON.stringify(path.join(__dirname, '..', 'src', 'cli', 'heap.js'));
  const applyScript = (board: boolean) => `const {main}=require(${mainJs}); require(${heapJs}).tuneHeapForOneRun();
main(['apply', process.argv[1], '--as-of', '${AS_OF}', '-o', process.argv[2], '--quiet'${board ? ", '--board'" : ''}], {out:()=>{}, err:(s)=>process.stderr.write(s), today:()=>'${AS_OF}'})
 .then((code)=>process.stdout.write('\\n'+JSON.stringify({code, maxRssKB:process.resourceUsage().maxRSS})));`;
  const roundTrip = `const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook(); await wb.xlsx.readFile(process.argv[1]); await wb.xlsx.writeFile(process.argv[2]);
process.stdout.write('\\n'+JSON.stringify({code:0, maxRssKB:process.resourceUsage().maxRSS}));})();`;
  const out: Array<{ rows: number; apply: ChildRun; board: ChildRun | null; exceljs: ChildRun | null }> = [];
  for (const rows of [10_000, 25_000, 100_000, 200_000]) {
    const file = path.join(dir, `plan-${rows}.xlsx`);
    await syntheticWorkbook(syntheticGrid(seeds, rows)).xlsx.writeFile(file);
    const a = child(applyScript(false), [file, path.join(dir, 'out.xlsx')]);
    log(`cli apply ${rows} rows: ${a.ok ? `${a.seconds}s, ${a.peakMB} MB` : a.failure}`);
    const b = rows === 25_000 || rows === 100_000 ? child(applyScript(true), [file, path.join(dir, 'board.xlsx')]) : null;
    if (b) log(`cli apply --board ${rows} rows: ${b.ok ? `${b.seconds}s, ${b.peakMB} MB` : b.failure}`);
    const e = rows >= 100_000 || rows === 10_000 ? child(roundTrip, [file, path.join(dir, 'exceljs.xlsx')]) : null;
    if (e) log(`exceljs round trip ${rows} rows: ${e.ok ? `${e.seconds}s, ${e.peakMB} MB` : e.failure}`);
    out.push({ rows, apply: a, board: b, exceljs: e });
    await fs.rm(file, { force: true });
  }
  await fs.rm(dir, { recursive: true, force: true });
  return out;
}

main().catch((err) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
