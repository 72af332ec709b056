import { promises as fs } from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { isIsoDate } from '../core/calendarDate';
import { assessWorkbook, PlanError, type WorkbookAssessment } from '../core/plan/assess';
import { buildFormatPlan, type FormatOptions } from '../core/plan/formatPlan';
import { toReportJson } from '../core/plan/reportJson';
import type { LayoutOverride } from '../core/layout/types';
import { COLUMN_ROLES, type ColumnRole } from '../core/vocab/headers';
import { applyPlan, clearPlan } from '../hosts/xlsx/applyPlan';
import { unsupportedParts } from '../hosts/xlsx/inspectPackage';
import { readSheets } from '../hosts/xlsx/readGrid';
import { FileError, isOwnSheet, loadWorkbook } from '../hosts/xlsx/workbookFile';
import { renderReport } from './renderReport';

const USAGE = `plan-rag: RAG-rate a board's action plan in an .xlsx workbook

Usage:
  plan-rag report <file.xlsx> [--sheet NAME] [--as-of YYYY-MM-DD] [--json]
  plan-rag apply  <file.xlsx> [--sheet NAME] [--as-of YYYY-MM-DD] [-o OUT | --in-place] [--brag] [--tint] [--no-key] [--no-links]
  plan-rag clear  <file.xlsx> [-o OUT | --in-place]

Options:
  --as-of DATE     judge states and overdue as of this date (default: today)
  --sheet NAME     the plan's sheet (default: the sheet with a plan table)
  --map ROLE=COL   set a column by hand, e.g. --map status=G --map timescale=D (repeatable)
  --json           report as JSON on stdout
  -o, --out FILE   where apply/clear writes (default: beside the input, <name>.rag.xlsx / <name>.cleared.xlsx)
  --in-place       write over the input (refused when the file holds parts that would be lost)
  --brag           show complete actions blue (BRAG)
  --tint           tint whole rows lightly in their state's colour
  --no-key         do not write the key beside the table
  --no-links       do not link SIIP references
  --quiet          no progress messages on stderr
`;

/** Exit codes: 0 fine, 1 a problem with the input, 2 a usage error. */
export async function main(argv: string[], io: { out: (s: string) => void; err: (s: string) => void; today: () => string }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        sheet: { type: 'string' },
        'as-of': { type: 'string' },
        json: { type: 'boolean' },
        out: { type: 'string', short: 'o' },
        'in-place': { type: 'boolean' },
        brag: { type: 'boolean' },
        tint: { type: 'boolean' },
        'no-key': { type: 'boolean' },
        'no-links': { type: 'boolean' },
        map: { type: 'string', multiple: true },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    io.err(`plan-rag: ${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    return 2;
  }
  const { values: opts, positionals } = parsed;
  const [command, file, ...extra] = positionals;
  if (opts.help || !command) {
    (opts.help ? io.out : io.err)(USAGE);
    return opts.help ? 0 : 2;
  }
  if (!['report', 'apply', 'clear'].includes(command)) {
    io.err(`plan-rag: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  if (!file || extra.length > 0) {
    io.err(`plan-rag: ${!file ? 'no file given' : `unexpected argument "${extra[0]}"`}\n\n${USAGE}`);
    return 2;
  }
  const asOf = opts['as-of'] ?? io.today();
  if (!isIsoDate(asOf)) {
    io.err(`plan-rag: error: --as-of: "${asOf}" is not a date in the form YYYY-MM-DD\n`);
    return 2;
  }
  if (opts.out && opts['in-place']) {
    io.err('plan-rag: error: give either -o/--out or --in-place, not both\n');
    return 2;
  }
  let layout: LayoutOverride | undefined;
  try {
    layout = parseMap(opts.map ?? []);
  } catch (err) {
    io.err(`plan-rag: error: --map: ${(err as Error).message}\n`);
    return 2;
  }
  const progress = (s: string) => {
    if (!opts.quiet && !opts.json) io.err(`${s}\n`);
  };

  try {
    progress(`Reading ${file}…`);
    const { wb, bytes } = await loadWorkbook(file);
    if (command === 'clear') {
      const result = clearPlan(wb);
      if (!result.cleared) {
        io.out(`${file}: nothing to clear (no plan-rag formatting found)\n`);
        return 0;
      }
      const out = await writeTarget(file, opts.out, !!opts['in-place'], bytes, 'cleared', wb, progress);
      io.out(`Cleared: ${result.styled} cells restored, ${result.added} added cells and ${result.sheets.length} added sheets removed → ${out}\n`);
      return 0;
    }
    // Clear any earlier apply first so the reading sees the sheet as the user left it.
    clearPlan(wb);
    const sheets = readSheets(wb, isOwnSheet);
    progress(`Assessing ${sheets.map((s) => `${s.name} (${s.grid.values.length} rows)`).join(', ')}…`);
    const assessment = assessWorkbook(sheets, { asOf, sheet: opts.sheet, layout });
    if (!assessment.layout.found) throw new PlanError(assessment.sheet, assessment.messages.join(' ') || 'no plan table found');

    if (command === 'report') {
      if (opts.json) io.out(`${JSON.stringify(toReportJson(assessment), null, 2)}\n`);
      else io.out(renderReport(toReportJson(assessment), { color: colorWanted() }));
      return 0;
    }

    const formatOptions: FormatOptions = { brag: !!opts.brag, rowTint: !!opts.tint, key: !opts['no-key'], links: !opts['no-links'] };
    const grid = sheets.find((s) => s.name === assessment.sheet)!.grid;
    const plan = buildFormatPlan(grid, assessment, assessment.sheet, assessment.register, formatOptions);
    progress(`Formatting ${assessment.rows.length} actions…`);
    const result = applyPlan(wb, plan);
    const out = await writeTarget(file, opts.out, !!opts['in-place'], bytes, 'rag', wb, progress);
    io.out(summaryLine(assessment, out, result.links));
    return 0;
  } catch (err) {
    io.err(`plan-rag: error: ${describe(err)}\n`);
    return 1;
  }
}

function summaryLine(a: WorkbookAssessment, out: string, links: number): string {
  const c = a.counts;
  return (
    `${a.sheet}: ${a.rows.length} actions as of ${a.asOf}: ${c.red} red, ${c.amber} amber, ${c.green} green, ${c.complete} complete, ${c.none} not started; ` +
    `${a.overdue} overdue, ${a.needsDate} need a date, ${links} SIIP links → ${out}\n`
  );
}

async function writeTarget(
  input: string,
  out: string | undefined,
  inPlace: boolean,
  bytes: Buffer,
  suffix: string,
  wb: import('exceljs').Workbook,
  progress: (s: string) => void,
): Promise<string> {
  let target: string;
  if (inPlace) {
    const lost = await unsupportedParts(bytes);
    if (lost.length > 0) {
      throw new FileError(input, `--in-place refused: the file holds ${lost.join(', ')}, which would be lost on rewrite; use -o to write a copy`);
    }
    target = input;
  } else {
    target = out ?? defaultOutput(input, suffix);
    if (path.resolve(target) === path.resolve(input)) throw new FileError(target, 'the output would overwrite the input; use --in-place to do that');
  }
  progress(`Writing ${target}…`);
  await fs.mkdir(path.dirname(path.resolve(target)), { recursive: true });
  const buffer = await wb.xlsx.writeBuffer();
  await fs.writeFile(target, Buffer.from(buffer as ArrayBuffer));
  return target;
}

/** `plan.xlsx` → `plan.rag.xlsx` beside it. */
export function defaultOutput(input: string, suffix: string): string {
  const dir = path.dirname(input);
  const base = path.basename(input).replace(/(\.(rag|cleared|board))?\.xlsx$/i, '');
  return path.join(dir, `${base}.${suffix}.xlsx`);
}

function parseMap(items: string[]): LayoutOverride | undefined {
  if (items.length === 0) return undefined;
  const columns: Partial<Record<ColumnRole, string>> = {};
  let headerRow: number | undefined;
  for (const item of items.flatMap((i) => i.split(','))) {
    const m = /^\s*([a-z]+)\s*=\s*([A-Za-z]{1,3}|\d+)\s*$/.exec(item);
    if (!m) throw new Error(`"${item}" is not ROLE=COLUMN (e.g. status=G)`);
    if (m[1] === 'header') {
      headerRow = Number(m[2]) - 1;
      continue;
    }
    if (!COLUMN_ROLES.includes(m[1] as ColumnRole)) throw new Error(`unknown role "${m[1]}" (roles: ${COLUMN_ROLES.join(', ')}, header)`);
    columns[m[1] as ColumnRole] = m[2].toUpperCase();
  }
  return { columns, headerRow };
}

function describe(err: unknown): string {
  if (err instanceof FileError) return `${err.origin}: ${err.message}`;
  if (err instanceof PlanError) return err.message;
  return err instanceof Error ? err.message : String(err);
}

function colorWanted(): boolean {
  return !!process.stdout.isTTY && !process.env.NO_COLOR;
}
