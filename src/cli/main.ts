/**
 * The plan-rag command: report, apply and clear on an .xlsx or .xlsm file, through the one session every host runs
 * (`src/core/session/session.ts`) and the .xlsx host, which patches the package in place. Output goes to a new
 * file beside the input, to -o, or over the input with --in-place, always through a temporary file.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { WorkbookAssessment } from '../core/plan/assess';
import { toReportJson } from '../core/plan/reportJson';
import { apply, clear, detect, removeRecords, type SessionOptions } from '../core/session/session';
import { SessionError } from '../core/session/sessionError';
import { XlsxError } from '../hosts/xlsx/errors';
import { openXlsx, type XlsxHost } from '../hosts/xlsx/xlsxHost';
import { parseCommandLine, type CliArgs } from './args';
import { renderReport } from './renderReport';
import { refuseIfOpen, sameFile, writeSafely, type WriteOps } from './safeWrite';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  today: () => string;
  /** File operations for the final write (tests inject failures). */
  writeOps?: WriteOps;
}

/** Exit codes: 0 fine, 1 a problem with the input, 2 a usage error. */
export async function main(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandLine(argv, io.today);
  if (!parsed.ok) {
    (parsed.stdout ? io.out : io.err)(parsed.text);
    return parsed.exit;
  }
  const args = parsed.args;
  let showProgress = !args.quiet && !args.json && args.command !== 'report';
  const progress = (s: string) => {
    if (showProgress) io.err(`${s}\n`);
  };
  try {
    progress(`Reading ${args.file}…`);
    const bytes = await readInput(args.file);
    if (args.command === 'report' && !args.quiet && !args.json && bytes.length > 2_000_000) showProgress = true;
    const host = await openXlsx(bytes, { file: args.file });
    if (args.command === 'report') return await report(host, args, io);
    if (args.command === 'clear') return await clearCommand(host, args, io, progress);
    return await applyCommand(host, args, io, progress);
  } catch (err) {
    io.err(`plan-rag: error: ${describe(err, args)}\n`);
    return 1;
  }
}

async function readInput(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new XlsxError(file, 'does not exist (no such file)', 'Check the name and folder.', 'not-found');
    if (code === 'EISDIR') throw new XlsxError(file, 'is a folder, not an .xlsx file', 'Give the workbook\'s file name.', 'not-found');
    if (code === 'EACCES' || code === 'EPERM') throw new XlsxError(file, 'cannot be read: permission denied', 'Ask for read access, or copy the file somewhere you can read it.', 'unreadable');
    throw new XlsxError(file, `cannot be read (${code ?? String(err)})`, 'Check the file and try again.', 'unreadable');
  }
}

function sessionOptions(args: CliArgs): SessionOptions {
  return {
    asOf: args.asOf,
    sheet: args.sheet,
    layout: args.layout,
    brag: args.brag,
    rowTint: args.tint,
    key: args.key,
    links: args.links,
    board: args.board,
  };
}

async function report(host: XlsxHost, args: CliArgs, io: Io): Promise<number> {
  const d = await detect(host, sessionOptions(args));
  const json = toReportJson(d.assessment);
  if (args.json) io.out(`${JSON.stringify(json, null, 2)}\n`);
  else io.out(renderReport(json, { color: !!process.stdout.isTTY && !process.env.NO_COLOR }));
  return 0;
}

async function applyCommand(host: XlsxHost, args: CliArgs, io: Io, progress: (s: string) => void): Promise<number> {
  const target = await outputFor(args, host, 'rag');
  progress(`Applying RAG as of ${args.asOf}${args.board ? ' and preparing the board pack' : ''}…`);
  const outcome = await apply(host, sessionOptions(args));
  progress(`Writing ${target.shown}…`);
  await writeSafely(target.path, host.toBytes(), io.writeOps);
  let text = summaryLine(outcome.assessment, target.shown, outcome.plan.links.length);
  const pack = outcome.pack;
  if (pack) {
    const ch = pack.changes;
    text += ch.previousAsOf
      ? `Board pack: since ${ch.previousAsOf}, ${ch.newlyRed.length} newly red, ${ch.newlyComplete.length} newly complete, ${ch.slipped.length} due dates slipped.\n`
      : `Board pack: first snapshot recorded in "${outcome.journal ? 'RAG history' : 'RAG history'}".\n`;
  }
  text += leftAloneLine(outcome.leftAlone);
  io.out(text);
  return 0;
}

async function clearCommand(host: XlsxHost, args: CliArgs, io: Io, progress: (s: string) => void): Promise<number> {
  if (args.forget) {
    const r = await removeRecords(host, { history: args.all });
    if (r.removed.length === 0) {
      io.out(`${args.file}: nothing to forget (no plan-rag records found)\n`);
      return 0;
    }
    const target = await outputFor(args, host, 'cleared');
    progress(`Writing ${target.shown}…`);
    await writeSafely(target.path, host.toBytes(), io.writeOps);
    io.out(`Forgot plan-rag's records (${r.removed.map((n) => `"${n}"`).join(', ')}); the formatting stays as it is → ${target.shown}\n`);
    return 0;
  }
  const r = await clear(host, { all: args.all, sheet: args.sheet });
  if (!r.cleared) {
    io.out(`${args.file}: nothing to clear (no plan-rag formatting found)\n`);
    return 0;
  }
  const target = await outputFor(args, host, 'cleared');
  progress(`Writing ${target.shown}…`);
  await writeSafely(target.path, host.toBytes(), io.writeOps);
  const sheets = r.sheetsRemoved.length + (r.historyRemoved ? 1 : 0);
  let text = `Cleared: ${r.restored} cells restored, ${r.emptied} added cells and ${sheets} added sheets removed → ${target.shown}\n`;
  if (r.sheetsLeft.length > 0) text += `Left in place (renamed or edited since): ${r.sheetsLeft.map((n) => `"${n}"`).join(', ')}.\n`;
  text += leftAloneLine(r.leftAlone);
  io.out(text);
  return 0;
}

function leftAloneLine(cells: readonly string[]): string {
  if (cells.length === 0) return '';
  const shown = cells.slice(0, 8).join(', ');
  return `${cells.length} ${cells.length === 1 ? 'cell was' : 'cells were'} left alone because someone changed ${cells.length === 1 ? 'it' : 'them'} since the last apply: ${shown}${cells.length > 8 ? ', …' : ''}\n`;
}

function summaryLine(a: WorkbookAssessment, out: string, links: number): string {
  const c = a.counts;
  return (
    `${a.sheet}: ${a.rows.length} actions as of ${a.asOf}: ${c.red} red, ${c.amber} amber, ${c.green} green, ${c.complete} complete, ${c.none} not started; ` +
    `${a.overdue} overdue, ${a.needsDate} ${a.needsDate === 1 ? 'needs' : 'need'} a date, ${links} SIIP ${links === 1 ? 'link' : 'links'} → ${out}\n`
  );
}

/** Where to write, checked before any work: never the input by accident, never a file someone has open. */
async function outputFor(args: CliArgs, host: XlsxHost, suffix: string): Promise<{ path: string; shown: string }> {
  const input = args.file;
  if (args.inPlace) {
    await refuseIfOpen(input, 'input');
    // through a symlink, the file it points to is replaced (the link stays)
    const real = await fs.realpath(input).catch(() => input);
    return { path: real, shown: input };
  }
  const target = args.out ?? defaultOutput(input, suffix, host.kind);
  const ext = path.extname(target).toLowerCase();
  const macro = host.kind === 'xlsm' || host.kind === 'xltm';
  if (macro && ext === '.xlsx') throw new XlsxError(target, 'would hold macros under an .xlsx name, which Excel refuses to open', 'Name the output .xlsm.', 'wrong-format');
  if (!macro && ext === '.xlsm') throw new XlsxError(target, 'would be an .xlsm with no macros, which Excel refuses to open', 'Name the output .xlsx.', 'wrong-format');
  if (path.resolve(target) === path.resolve(input) || (await sameFile(target, input))) {
    throw new XlsxError(target, 'is the input file (the same file, perhaps through a link)', 'Use --in-place to write over the input, or choose another -o.', 'same-file');
  }
  await refuseIfOpen(target, 'output');
  await fs.mkdir(path.dirname(path.resolve(target)), { recursive: true }).catch(() => undefined);
  return { path: target, shown: target };
}

/** `plan.xlsx` → `plan.rag.xlsx` beside it (an .xlsm stays .xlsm). */
export function defaultOutput(input: string, suffix: string, kind = 'xlsx'): string {
  const dir = path.dirname(input);
  const base = path.basename(input).replace(/(\.(rag|cleared|board))?\.(xlsx|xlsm|xltx|xltm)$/i, '');
  return path.join(dir, `${base}.${suffix}.${kind}`);
}

/** One line: where, what happened, what to do (with the CLI's own way to do it). */
function describe(err: unknown, args: CliArgs): string {
  if (err instanceof SessionError) {
    const action: Record<string, string> = {
      'no-plan': 'Name the plan\'s sheet with --sheet, or set its columns with --map (for example --map status=G).',
      journal: `Run "plan-rag clear --forget ${args.file}" to remove plan-rag's records (the formatting stays), then apply again.`,
      protected: 'Unprotect it in Excel (Review › Unprotect Sheet) and save, then run plan-rag again: plan-rag never removes protection.',
      empty: 'Name the plan\'s sheet with --sheet.',
      'bad-date': 'Give --as-of as YYYY-MM-DD.',
    };
    return `${err.origin}: ${err.reason}. ${action[err.code] ?? err.action}`;
  }
  if (err instanceof XlsxError) return `${err.origin} ${err.reason}. ${err.action}`;
  return err instanceof Error ? err.message : String(err);
}
