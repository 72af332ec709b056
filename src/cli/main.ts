/**
 * The plan-rag command: report, apply, clear and leads on an .xlsx or .xlsm file, through the one session every
 * host runs (`src/core/session/session.ts`) and the .xlsx host, which patches the package in place. Output goes to
 * a new file beside the input, to -o, or over the input with --in-place, always through a temporary file. All text
 * for the terminal has its control characters escaped (`escapeControls`); --json prints data on stdout.
 */
import { readFileSync, promises as fs } from 'fs';
import * as path from 'path';
import { buildChaseList, chaseListJson } from '../core/leads/chaseList';
import { findLead, findLeads } from '../core/leads/findLeads';
import type { WorkbookAssessment } from '../core/plan/assess';
import { toReportJson } from '../core/plan/reportJson';
import { apply, clear, detect, removeRecords, type ApplyOutcome, type Detected, type SessionOptions } from '../core/session/session';
import { SessionError } from '../core/session/sessionError';
import { displayDate } from '../core/userDate';
import { XlsxError } from '../hosts/xlsx/errors';
import { openXlsx, type XlsxHost } from '../hosts/xlsx/xlsxHost';
import { parseCommandLine, suggest, type CliArgs } from './args';
import { checkMap } from './checkMap';
import { INSTALL_HINT, makePdf } from './pdf';
import { renderLead, renderLeads } from './renderLeads';
import { renderReport } from './renderReport';
import { refuseIfOpen, sameFile, writeSafely, type WriteOps } from './safeWrite';
import { escapeControls, plural, toJsonText } from './terminal';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  today: () => string;
  /** File operations for the final write (tests inject failures). */
  writeOps?: WriteOps;
  /** The environment LibreOffice runs in for --pdf (tests give an empty PATH). */
  env?: NodeJS.ProcessEnv;
}

/** Exit codes (the README's list). */
export const EXIT = {
  ok: 0,
  /** A problem with the input or output file (missing, damaged, no plan table, open elsewhere, disk full). */
  input: 1,
  /** The command line is wrong: an unknown option or command, a bad date, a --map or --lead the workbook lacks. */
  usage: 2,
  /** apply --pdf: the workbook was written, the PDF was not (LibreOffice missing or failed). */
  pdf: 3,
} as const;

/** A usage error found only once the workbook is read (a --map column that is empty, a --lead it does not name). */
class UsageError extends Error {}

/** plan-rag's version, from package.json. */
export function version(): string {
  try {
    return (JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export async function main(argv: string[], rawIo: Io): Promise<number> {
  // every text line may quote the workbook (sheet names, cell text, file names): escaped for the terminal
  const io: Io = { ...rawIo, out: (s) => rawIo.out(escapeControls(s)), err: (s) => rawIo.err(escapeControls(s)) };
  const parsed = parseCommandLine(argv, io.today, version());
  if (!parsed.ok) {
    (parsed.stdout ? io.out : io.err)(parsed.text);
    return parsed.exit;
  }
  const args = parsed.args;
  let showProgress = !args.quiet && !args.json && (args.command === 'apply' || args.command === 'clear');
  const progress = (s: string) => {
    if (showProgress) io.err(`${s}\n`);
  };
  try {
    progress(`Reading ${args.file}…`);
    const bytes = await readInput(args.file);
    if ((args.command === 'report' || args.command === 'leads') && !args.quiet && !args.json && bytes.length > 2_000_000) showProgress = true;
    const host = await openXlsx(bytes, { file: args.file });
    if (args.command === 'report') return await report(host, args, rawIo);
    if (args.command === 'leads') return await leadsCommand(host, args, io, rawIo);
    if (args.command === 'clear') return await clearCommand(host, args, io, rawIo, progress);
    return await applyCommand(host, args, io, rawIo, progress);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`plan-rag: error: ${err.message}\n`);
      return EXIT.usage;
    }
    io.err(`plan-rag: error: ${describe(err, args)}\n`);
    return EXIT.input;
  }
}

async function readInput(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new XlsxError(file, 'does not exist (no such file)', 'Check the name and folder.', 'not-found');
    if (code === 'EISDIR') throw new XlsxError(file, 'is a folder, not an .xlsx file', "Give the workbook's file name.", 'not-found');
    if (code === 'EACCES' || code === 'EPERM')
      throw new XlsxError(file, 'cannot be read: permission denied', 'Ask for read access, or copy the file somewhere you can read it.', 'unreadable');
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

/** Refuses a --map column that is past the sheet or empty in every action row. */
function mapFits(args: CliArgs, d: Pick<Detected, 'grid' | 'assessment'>): void {
  const problem = checkMap(args.layout, d.grid, d.assessment);
  if (problem) throw new UsageError(`--map ${problem}. Nothing was written.`);
}

async function report(host: XlsxHost, args: CliArgs, rawIo: Io): Promise<number> {
  const d = await detect(host, sessionOptions(args));
  mapFits(args, d);
  const json = toReportJson(d.assessment);
  if (args.json) rawIo.out(toJsonText(json));
  // renderReport escapes the workbook's text itself, and adds colour on a terminal
  else
    rawIo.out(
      renderReport(json, {
        color: !!process.stdout.isTTY && !process.env.NO_COLOR,
        leads: findLeads(d.assessment.rows, d.glossary),
        width: process.stdout.columns,
      }),
    );
  return EXIT.ok;
}

async function leadsCommand(host: XlsxHost, args: CliArgs, io: Io, rawIo: Io): Promise<number> {
  const d = await detect(host, sessionOptions(args));
  mapFits(args, d);
  const index = findLeads(d.assessment.rows, d.glossary);
  const list = buildChaseList(d.assessment, index);
  const width = process.stdout.columns;
  if (args.lead !== undefined) {
    const lead = findLead(index, args.lead);
    if (!lead) {
      const names = index.leads.map((l) => l.name);
      throw new UsageError(
        `--lead: the plan names no lead "${args.lead}"${suggest(args.lead, names, '')} Leads: ${names.join(', ') || 'none (no Reporting/Lead column, or it is empty)'}.`,
      );
    }
    const one = list.leads.find((l) => l.id === lead.id)!;
    if (args.json) rawIo.out(toJsonText({ sheet: d.assessment.sheet, ...chaseListJson({ ...list, leads: [one], noLead: [] }) }));
    else io.out(renderLead(one, list.asOf, d.assessment.sheet, { width }));
    return EXIT.ok;
  }
  if (args.json) rawIo.out(toJsonText({ sheet: d.assessment.sheet, ...chaseListJson(list) }));
  else io.out(renderLeads(list, d.assessment.sheet, { width }));
  return EXIT.ok;
}

async function applyCommand(host: XlsxHost, args: CliArgs, io: Io, rawIo: Io, progress: (s: string) => void): Promise<number> {
  const target = await outputFor(args, host, 'rag');
  progress(`Applying RAG as of ${displayDate(args.asOf)}${args.board ? ' and preparing the board pack' : ''}…`);
  // what the summary needs, taken in a function of its own: the assessment, the plan and the grid (some 150 MB for a
  // 100,000-row plan) are let go before the file is written (a local set to null here would not do: the awaited
  // outcome stays in the suspended function's registers)
  const done = await applyForSummary(host, args, target.shown);
  progress(`Writing ${target.shown}…`);
  await writeSafely(target.path, await host.toBytesAsync(), io.writeOps);
  let pdf: { path: string | null; error: string | null } | null = null;
  if (args.pdf) {
    progress('Making the PDF with LibreOffice…');
    const made = await makePdf(target.path, { env: io.env });
    pdf = made.ok
      ? { path: path.join(path.dirname(target.shown), path.basename(made.pdf)), error: null }
      : { path: null, error: made.missing ? `${made.reason}. ${INSTALL_HINT}` : `${made.reason}.` };
  }
  if (args.json) rawIo.out(toJsonText({ ...done.json, pdf: pdf?.path ?? null, pdfError: pdf?.error ?? null }));
  else io.out(done.text + (pdf?.path ? `PDF → ${pdf.path}\n` : ''));
  if (pdf?.error) {
    io.err(`plan-rag: the workbook was written (${target.shown}), but not the PDF: ${pdf.error}\n`);
    return EXIT.pdf;
  }
  return EXIT.ok;
}

/** Applies, and keeps only what `apply` prints: the outcome goes when this returns. */
async function applyForSummary(host: XlsxHost, args: CliArgs, shown: string): Promise<{ json: Record<string, unknown>; text: string }> {
  const outcome = await apply(host, sessionOptions(args));
  mapFits(args, outcome);
  return appliedSummary(outcome, args, shown);
}

/** What `apply` prints (JSON without the PDF's fields, or the summary without the PDF's line), from its outcome. */
function appliedSummary(outcome: ApplyOutcome, args: CliArgs, shown: string): { json: Record<string, unknown>; text: string } {
  const a = outcome.assessment;
  const pack = outcome.pack;
  const ch = pack?.changes;
  const json = {
    command: 'apply',
    input: args.file,
    output: shown,
    sheet: a.sheet,
    asOf: a.asOf,
    actions: a.rows.length,
    counts: a.counts,
    overdue: a.overdue,
    needsDate: a.needsDate,
    links: outcome.plan.links.length,
    written: outcome.written,
    leftAlone: outcome.leftAlone,
    board: ch
      ? {
          previousAsOf: ch.previousAsOf,
          newlyRed: ch.newlyRed.map((r) => r.ref ?? `row ${r.row}`),
          newlyAmber: ch.newlyAmber.map((r) => r.ref ?? `row ${r.row}`),
          newlyOverdue: ch.newlyOverdue.map((r) => r.ref ?? `row ${r.row}`),
          newlyComplete: ch.newlyComplete.map((r) => r.ref ?? `row ${r.row}`),
          slipped: ch.slipped.map((s) => ({ ref: s.row.ref ?? `row ${s.row.row}`, from: s.from, to: s.to })),
        }
      : null,
  };
  let text = summaryLine(a, shown, outcome.plan.links.length);
  if (outcome.written.sheetsAdded.length > 0)
    text += `Added ${plural(outcome.written.sheetsAdded.length, 'sheet')}: ${outcome.written.sheetsAdded.map((n) => `"${n}"`).join(', ')}.\n`;
  if (ch) {
    text += ch.previousAsOf
      ? `Board pack: since ${displayDate(ch.previousAsOf)}, ${ch.newlyRed.length} newly red, ${ch.newlyAmber.length} newly amber, ${ch.newlyOverdue.length} newly overdue, ${ch.newlyComplete.length} newly complete, ${plural(ch.slipped.length, 'due date')} slipped.\n`
      : 'Board pack: first snapshot recorded in "RAG history".\n';
  }
  text += leftAloneLine(outcome.leftAlone);
  return { json, text };
}

async function clearCommand(host: XlsxHost, args: CliArgs, io: Io, rawIo: Io, progress: (s: string) => void): Promise<number> {
  if (args.forget) {
    const r = await removeRecords(host, { history: args.all });
    if (r.removed.length === 0) {
      if (args.json) rawIo.out(toJsonText({ command: 'clear', input: args.file, output: null, forgot: [] }));
      else io.out(`${args.file}: nothing to forget (no plan-rag records found)\n`);
      return EXIT.ok;
    }
    const target = await outputFor(args, host, 'cleared');
    progress(`Writing ${target.shown}…`);
    await writeSafely(target.path, await host.toBytesAsync(), io.writeOps);
    if (args.json) rawIo.out(toJsonText({ command: 'clear', input: args.file, output: target.shown, forgot: r.removed }));
    else io.out(`Forgot plan-rag's records (${r.removed.map((n) => `"${n}"`).join(', ')}); the formatting stays as it is → ${target.shown}\n`);
    return EXIT.ok;
  }
  const r = await clear(host, { all: args.all, sheet: args.sheet });
  if (!r.cleared) {
    if (args.json) rawIo.out(toJsonText({ command: 'clear', input: args.file, output: null, cleared: false }));
    else io.out(`${args.file}: nothing to clear (no plan-rag formatting found)\n`);
    return EXIT.ok;
  }
  const target = await outputFor(args, host, 'cleared');
  progress(`Writing ${target.shown}…`);
  await writeSafely(target.path, await host.toBytesAsync(), io.writeOps);
  if (args.json) {
    rawIo.out(
      toJsonText({
        command: 'clear',
        input: args.file,
        output: target.shown,
        cleared: true,
        sheet: r.sheet,
        restored: r.restored,
        emptied: r.emptied,
        sheetsRemoved: r.sheetsRemoved,
        historyRemoved: r.historyRemoved,
        sheetsLeft: r.sheetsLeft,
        leftAlone: r.leftAlone,
      }),
    );
    return EXIT.ok;
  }
  const sheets = r.sheetsRemoved.length + (r.historyRemoved ? 1 : 0);
  let text = `Cleared: ${plural(r.restored, 'cell')} restored, ${plural(r.emptied, 'added cell')} and ${plural(sheets, 'added sheet')} removed → ${target.shown}\n`;
  if (r.sheetsLeft.length > 0) text += `Left in place (renamed or edited since): ${r.sheetsLeft.map((n) => `"${n}"`).join(', ')}.\n`;
  text += leftAloneLine(r.leftAlone);
  io.out(text);
  return EXIT.ok;
}

function leftAloneLine(cells: readonly string[]): string {
  if (cells.length === 0) return '';
  const shown = cells.slice(0, 8).join(', ');
  return `${cells.length} ${cells.length === 1 ? 'cell was' : 'cells were'} left alone because someone changed ${cells.length === 1 ? 'it' : 'them'} since the last apply: ${shown}${cells.length > 8 ? ', …' : ''}\n`;
}

function summaryLine(a: WorkbookAssessment, out: string, links: number): string {
  const c = a.counts;
  return (
    `${a.sheet}: ${plural(a.rows.length, 'action')} as of ${displayDate(a.asOf)}: ${c.red} red, ${c.amber} amber, ${c.green} green, ${c.complete} complete, ${c.none} not started; ` +
    `${a.overdue} overdue, ${a.needsDate} ${a.needsDate === 1 ? 'needs' : 'need'} a date, ${plural(links, 'SIIP link')} → ${out}\n`
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
  if (macro && ext === '.xlsx')
    throw new XlsxError(target, 'would hold macros under an .xlsx name, which Excel refuses to open', 'Name the output .xlsm.', 'wrong-format');
  if (!macro && ext === '.xlsm')
    throw new XlsxError(target, 'would be an .xlsm with no macros, which Excel refuses to open', 'Name the output .xlsx.', 'wrong-format');
  if (path.resolve(target) === path.resolve(input) || (await sameFile(target, input))) {
    throw new XlsxError(
      target,
      'is the input file (the same file, perhaps through a link)',
      'Use --in-place to write over the input, or choose another -o.',
      'same-file',
    );
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
      'no-plan': "Name the plan's sheet with --sheet, or set its columns with --map (for example --map status=G).",
      journal: `Run "plan-rag clear --forget ${args.file}" to remove plan-rag's records (the formatting stays), then apply again.`,
      protected: 'Unprotect it in Excel (Review › Unprotect Sheet) and save, then run plan-rag again: plan-rag never removes protection.',
      empty: "Name the plan's sheet with --sheet.",
      'bad-date': 'Give --as-of as 2015-01-21, 21/01/2015 (day first) or 21 Jan 2015.',
    };
    return `${err.origin}: ${err.reason}. ${action[err.code] ?? err.action}`;
  }
  if (err instanceof XlsxError) return `${err.origin} ${err.reason}. ${err.action}`;
  return err instanceof Error ? err.message : String(err);
}
