/// <reference types="office-js" />
/**
 * "Check this workbook's Excel": tries, on a scratch sheet it then deletes, the behaviours the Excel host relies on
 * (docs/host-behaviour.md) and reports each as pass, fail or a fact to record, in words a person can copy into a
 * support request. Whoever deploys the add-in runs it once on each Excel their board uses.
 */
import { ExcelHost, type ExcelRunner } from './excelHost';

export interface CheckResult {
  check: string;
  outcome: 'pass' | 'fail' | 'info';
  detail: string;
}

export interface CheckEnvironment {
  /** Office.context.diagnostics: platform and version, for the report. */
  platform?: string;
  version?: string;
  /** isSetSupported for ExcelApi minor versions. */
  supports: (version: string) => boolean;
  /** Waits, so events raised by a write have time to arrive (a real timer in Excel; instant in tests). */
  wait: (ms: number) => Promise<void>;
}

const SCRATCH = 'plan-rag check';
/** Bytes written in one request for the size check: under the 5 MB Excel on the web allows. */
const LARGE_REQUEST = 3_500_000;

/** Runs every check; never throws (a check that fails says why). */
export async function checkExcel(run: ExcelRunner, env: CheckEnvironment): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const record = (check: string, outcome: CheckResult['outcome'], detail: string) => results.push({ check, outcome, detail });
  const sets = ['1.9', '1.12', '1.13', '1.14', '1.16', '1.18', '1.20'].filter((v) => env.supports(v));
  record(
    'Excel',
    env.supports('1.9') ? 'pass' : 'fail',
    `${env.platform ?? 'unknown platform'} ${env.version ?? ''}; ExcelApi sets: ${sets.join(', ') || 'none'} (1.9 is needed)`.trim(),
  );
  if (!env.supports('1.9')) return results;

  let name = SCRATCH;
  const attempt = async (check: string, f: (context: Excel.RequestContext, ws: Excel.Worksheet) => Promise<void>) => {
    try {
      await run(async (context) => f(context, context.workbook.worksheets.getItem(name)));
    } catch (err) {
      const e = err as { code?: string; message?: string };
      record(check, 'fail', `${e.code ? `${e.code}: ` : ''}${e.message ?? String(err)}`);
    }
  };

  try {
    await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${SCRATCH} ${i}`;
      sheets.add(name);
      await context.sync();
    });
  } catch (err) {
    record('Scratch sheet', 'fail', `could not add a sheet to check on: ${(err as Error).message}. Is the workbook protected?`);
    return results;
  }

  await attempt('Text stays text', async (context, ws) => {
    const typed = [['2015-01-21', '1.10', '0123', 'TRUE']];
    const r = ws.getRange('A1:D1');
    r.numberFormat = [['@', '@', '@', '@']];
    r.values = typed;
    r.load('values');
    await context.sync();
    const back = r.values[0];
    const same = back.every((v, i) => v === typed[0][i]);
    record('Text stays text', same ? 'pass' : 'fail', `wrote ${JSON.stringify(typed[0])} into text-formatted cells, read back ${JSON.stringify(back)}`);
  });

  await attempt('Strings are read as typed', async (context, ws) => {
    const r = ws.getRange('A2:B2');
    r.values = [['2015-01-21', '1.10']];
    r.load('values');
    await context.sync();
    record(
      'Strings are read as typed',
      'info',
      `without the text format, "2015-01-21" and "1.10" read back as ${JSON.stringify(r.values[0])} (plan-rag writes text-formatted cells for this reason)`,
    );
  });

  await attempt('Events off while plan-rag writes', async (context, ws) => {
    const seen: string[] = [];
    const handler = ws.onChanged.add(async (e) => {
      seen.push(`${e.address}${env.supports('1.14') ? ` (${e.triggerSource})` : ''}`);
    });
    await context.sync();
    context.runtime.enableEvents = false;
    ws.getRange('A3').values = [['written with events off']];
    context.runtime.enableEvents = true;
    await context.sync();
    await env.wait(1500);
    const quiet = seen.length === 0;
    ws.getRange('A4').values = [['written with events on']];
    await context.sync();
    await env.wait(1500);
    handler.remove();
    await context.sync();
    record(
      'Events off while plan-rag writes',
      quiet ? 'pass' : 'fail',
      quiet
        ? `no change event while events were off; with events on: ${seen.join('; ') || 'no event arrived'}`
        : `a change event arrived although events were off: ${seen.join('; ')}`,
    );
  });

  await attempt('Links set and removed', async (context, ws) => {
    const cell = ws.getRange('B5');
    cell.values = [['linked']];
    cell.setCellProperties([[{ hyperlink: { documentReference: `'${name}'!A1`, screenTip: 'check' } }]]);
    const after = cell.getCellProperties({ hyperlink: true, format: { font: { color: true, underline: true } } });
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult has no load(): its value comes with the sync
    const linked = after.value[0][0];
    cell.clear('Hyperlinks');
    const cleared = cell.getCellProperties({ hyperlink: true, format: { font: { color: true, underline: true } } });
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult has no load(): its value comes with the sync
    const gone = cleared.value[0][0];
    const ok = !!linked.hyperlink?.documentReference && !gone.hyperlink?.documentReference;
    record(
      'Links set and removed',
      ok ? 'pass' : 'fail',
      `set: ${JSON.stringify(linked.hyperlink ?? null)}, look ${JSON.stringify(linked.format?.font ?? {})}; after clear("Hyperlinks"): ${JSON.stringify(gone.hyperlink ?? null)}, look ${JSON.stringify(gone.format?.font ?? {})} (plan-rag puts the look back itself)`,
    );
  });

  await attempt('No fill and white fill told apart', async (context, ws) => {
    ws.getRange('C6').format.fill.color = '#FFFFFF';
    await context.sync();
    // the host's own reading of what getCellProperties reports
    const host = new ExcelHost(async (f) => f(context), { mergedAreas: false });
    const probe = await host.probe(
      { name, id: '' },
      {
        cells: new Map([
          ['A6', new Set(['fill' as const])],
          ['C6', new Set(['fill' as const])],
        ]),
        rows: [],
        cols: [],
      },
    );
    const none = probe.cells.get('A6')?.fill;
    const white = probe.cells.get('C6')?.fill;
    const ok = none === null && white?.color === 'FFFFFF';
    record(
      'No fill and white fill told apart',
      ok ? 'pass' : 'fail',
      `an empty cell reads as ${JSON.stringify(none)}, a white-filled one as ${JSON.stringify(white)}`,
    );
  });

  await attempt('A request of 3.5 MB', async (context, ws) => {
    const rows = 2000;
    const text = 'x'.repeat(Math.floor(LARGE_REQUEST / rows) - 10);
    const r = ws.getRange(`A10:A${9 + rows}`);
    r.numberFormat = Array.from({ length: rows }, () => ['@']);
    r.values = Array.from({ length: rows }, () => [text]);
    await context.sync();
    record(
      'A request of 3.5 MB',
      'pass',
      `one request of about ${Math.round((rows * text.length) / 100_000) / 10} MB went through (plan-rag keeps its requests under 4 MB)`,
    );
  });

  if (env.supports('1.13')) {
    await attempt('Merged areas', async (context, ws) => {
      ws.getRange('E1:F1').merge();
      const merged = ws.getRange('A1:H9').getMergedAreasOrNullObject();
      merged.load('address');
      await context.sync();
      record('Merged areas', merged.isNullObject ? 'fail' : 'pass', merged.isNullObject ? 'a merged area was not reported' : `reported: ${merged.address}`);
    });
  }
  record(
    'Undo',
    'info',
    env.supports('1.20')
      ? 'this Excel keeps its undo history across most add-in changes (ExcelApi 1.20); Clear is still the way to remove an Apply'
      : "this Excel's Undo cannot take back an add-in's changes: Clear is the way to remove an Apply",
  );

  try {
    await run(async (context) => {
      context.workbook.worksheets.getItem(name).delete();
      await context.sync();
    });
  } catch (err) {
    record('Scratch sheet removed', 'fail', `the sheet "${name}" could not be deleted: ${(err as Error).message}. Delete it by hand.`);
  }
  return results;
}

/** The results as text to copy into a support request. */
export function checkReport(results: CheckResult[]): string {
  const word = { pass: 'PASS', fail: 'FAIL', info: 'NOTE' } as const;
  return results.map((r) => `${word[r.outcome]}  ${r.check}: ${r.detail}`).join('\n');
}
