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
import { buildBoardPack, HISTORY_SHEET_NAME } from '../core/plan/boardPack';
import { applyBoardPack, readHistory, recordSnapshot } from '../hosts/xlsx/boardHost';

const USAGE = `plan-rag: RAG-rate a board's action plan in an .xlsx workbook

Usage:
  plan-rag report <file.xlsx> [--sheet NAME] [--as-of YYYY-MM-DD] [--json]
  plan-rag apply  <file.xlsx> [--sheet NAME] [--as-of YYYY-MM-DD] [-o OUT | --in-place] [--board] [--brag] [--tint] [--no-key] [--no-links]
  plan-rag clear  <file.xlsx> [-o OUT | --in-place] [--all]

Options:
  --as-of DATE     judge states and overdue as of this date (default: today)
  --sheet NAME     the plan's sheet (default: the sheet with a plan table)
  --map ROLE=COL   set a column by hand, e.g. --map status=G --map timescale=D (repeatable)
  --json           report as JSON on stdout
  -o, --out FILE   where apply/clear writes (default: beside the input, <name>.rag.xlsx / <name>.cleared.xlsx)
  --in-place       write over the input (refused when the file holds parts that would be lost)
  --board          prepare for the board: print layout, RAG column, summary sheet, status history
  --all            with clear: also remove the status history sheet
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
        board: { type: 'boolean' },
        all: { type: 'boolean' },
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
  // Progress on stderr for runs that write a file; a report prints it only for big workbooks.
  let showProgress = !opts.quiet && !opts.json && command !== 'report';
  const progress = (s: string) => {
    if (showProgress) io.err(`${s}\n`);
  };

  try {
    progress(`Reading ${file}…`);
    const { wb, bytes } = await loadWorkbook(file);
    if (command === 'report' && !opts.quiet && !opts.json && bytes.length > 2_000_000) showProgress = true;
    if (command === 'clear') {
      const result = clearPlan(wb);
      const history = opts.all ? removeHistory(wb) : false;
      if (history) result.sheets.push(HISTORY_SHEET_NAME);
      if (!result.cleared && !history) {
        io.out(`${file}: nothing to clear (no plan-rag formatting found)\n`);
        return 0;
      }
      if (!result.cleared) result.cleared = true;
      const out = await writeTarget(file, opts.out, !!opts['in-place'], bytes, 'cleared', wb, progress);
      io.out(`Cleared: ${result.styled} cells restored, ${result.added} added cells and ${result.sheets.length} added sheets removed → ${out}\n`);
      return 0;
    }
    // Clear any earlier apply first so the reading sees the sheet as the user left it.
    clearPlan(wb);
    const sheets = readSheets(wb, (name) => isOwnSheet(name) || name === HISTORY_SHEET_NAME);
    progress(`Assessing ${sheets.map((s) => `${s.name} (${s.grid.values.length} rows)`).join(', ')}…`);
    const assessment = assessWorkbook(sheets, { asOf, sheet: opts.sheet, layout });
    if (!assessment.layout.found) throw new PlanError(assessment.sheet, assessment.messages.join(' ') || 'no plan table found');

    if (command === 'report') {
      if (opts.json) io.out(`${JSON.stringify(toReportJson(assessment), null, 2)}\n`);
      else io.out(renderReport(toReportJson(assessment), { color: colorWanted() }));
      return 0;
    }

    const formatOptions: FormatOptions = {
      brag: !!opts.brag,
      rowTint: !!opts.tint,
      key: !opts['no-key'],
      links: !opts['no-links'],
      linkOn: opts.board ? 'ref-cell' : 'citing-cell',
    };
    const grid = sheets.find((s) => s.name === assessment.sheet)!.grid;
    const plan = buildFormatPlan(grid, assessment, assessment.sheet, assessment.register, formatOptions);
    progress(`Formatting ${assessment.rows.length} actions…`);
    const result = applyPlan(wb, plan);
    let boardLine = '';
    if (opts.board) {
      progress('Preparing the board pack…');
      const ws = wb.getWorksheet(assessment.sheet)!;
      const columnWidths: Record<number, number> = {};
      ws.columns?.forEach((c, i) => {
        if (c.width) columnWidths[i + 1] = c.width;
      });
      const pack = buildBoardPack(grid, assessment, assessment.sheet, assessment.register, {
        brag: !!opts.brag,
        history: readHistory(wb),
        columnWidths,
      });
      applyBoardPack(wb, assessment.sheet, pack);
      recordSnapshot(wb, pack.snapshot);
      const ch = pack.changes;
      boardLine = ch.previousAsOf
        ? `Board pack: since ${ch.previousAsOf}, ${ch.newlyRed.length} newly red, ${ch.newlyComplete.length} newly complete, ${ch.slipped.length} due dates slipped.\n`
        : 'Board pack: first snapshot recorded in "RAG history".\n';
    }
    const out = await writeTarget(file, opts.out, !!opts['in-place'], bytes, opts.board ? 'board' : 'rag', wb, progress);
    io.out(summaryLine(assessment, out, result.links) + boardLine);
    return 0;
  } catch (err) {
    io.err(`plan-rag: error: ${describe(err)}\n`);
    return 1;
  }
}

function removeHistory(wb: import('exceljs').Workbook): boolean {
  const ws = wb.getWorksheet(HISTORY_SHEET_NAME);
  if (!ws) return false;
  wb.removeWorksheet(ws.id);
  return true;
}

function summaryLine(a: WorkbookAssessment, out: string, links: number): string {
  const c = a.counts;
  return (
    `${a.sheet}: ${a.rows.length} actions as of ${a.asOf}: ${c.red} red, ${c.amber} amber, ${c.green} green, ${c.complete} complete, ${c.none} not started; ` +
    `${a.overdue} overdue, ${a.needsDate} ${a.needsDate === 1 ? 'needs' : 'need'} a date, ${links} SIIP ${links === 1 ? 'link' : 'links'} → ${out}\n`
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
