/**
 * The command line, parsed: which command, which file, and the options, checked before any file is read. Usage
 * errors exit with 2.
 */
import { parseArgs } from 'util';
import { isIsoDate } from '../core/calendarDate';
import type { LayoutOverride } from '../core/layout/types';
import { COLUMN_ROLES, type ColumnRole } from '../core/vocab/headers';

export const USAGE = `plan-rag: RAG-rate a board's action plan in an .xlsx workbook

Usage:
  plan-rag report <file.xlsx> [--sheet NAME] [--as-of YYYY-MM-DD] [--json]
  plan-rag apply  <file.xlsx> [--sheet NAME] [--as-of YYYY-MM-DD] [-o OUT | --in-place] [--board] [--brag] [--tint] [--no-key] [--no-links]
  plan-rag clear  <file.xlsx> [-o OUT | --in-place] [--all] [--forget]

Options:
  --as-of DATE     judge states and overdue as of this date (default: today)
  --sheet NAME     the plan's sheet (default: the sheet with a plan table)
  --map ROLE=COL   set a column by hand, e.g. --map status=G --map timescale=D (repeatable)
  --json           report as JSON on stdout
  -o, --out FILE   where apply/clear writes (default: beside the input, <name>.rag.xlsx / <name>.cleared.xlsx)
  --in-place       write over the input (safely: a new file is written, then put in its place)
  --board          prepare for the board: print layout, RAG column, summary sheet, status history
  --all            with clear: also remove the status history sheet
  --forget         with clear: remove plan-rag's records (its journal) when they cannot be read; formatting stays
  --brag           show complete actions blue (BRAG)
  --tint           tint whole rows lightly in their state's colour
  --no-key         do not write the key beside the table
  --no-links       do not link SIIP references
  --quiet          no progress messages on stderr
`;

export interface CliArgs {
  command: 'report' | 'apply' | 'clear';
  file: string;
  asOf: string;
  sheet?: string;
  json: boolean;
  out?: string;
  inPlace: boolean;
  board: boolean;
  brag: boolean;
  tint: boolean;
  key: boolean;
  links: boolean;
  layout?: LayoutOverride;
  quiet: boolean;
  all: boolean;
  forget: boolean;
}

export type Parsed = { ok: true; args: CliArgs } | { ok: false; exit: 0 | 2; text: string; stdout: boolean };

/** Parses argv (without node and the script). */
export function parseCommandLine(argv: string[], today: () => string): Parsed {
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
        forget: { type: 'boolean' },
        tint: { type: 'boolean' },
        'no-key': { type: 'boolean' },
        'no-links': { type: 'boolean' },
        map: { type: 'string', multiple: true },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    return usage(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
  }
  const { values: opts, positionals } = parsed;
  const [command, file, ...extra] = positionals;
  if (opts.help) return { ok: false, exit: 0, text: USAGE, stdout: true };
  if (!command) return { ok: false, exit: 2, text: USAGE, stdout: false };
  if (command !== 'report' && command !== 'apply' && command !== 'clear') return usage(`unknown command "${command}"\n\n${USAGE}`);
  if (!file || extra.length > 0) return usage(`${!file ? 'no file given' : `unexpected argument "${extra[0]}"`}\n\n${USAGE}`);
  const asOf = opts['as-of'] ?? today();
  if (!isIsoDate(asOf)) return { ok: false, exit: 2, text: `plan-rag: error: --as-of: "${asOf}" is not a date in the form YYYY-MM-DD\n`, stdout: false };
  if (opts.out && opts['in-place']) return { ok: false, exit: 2, text: 'plan-rag: error: give either -o/--out or --in-place, not both\n', stdout: false };
  if (opts.forget && command !== 'clear') return { ok: false, exit: 2, text: 'plan-rag: error: --forget goes with clear (plan-rag clear --forget FILE)\n', stdout: false };
  let layout: LayoutOverride | undefined;
  try {
    layout = parseMap(opts.map ?? []);
  } catch (err) {
    return { ok: false, exit: 2, text: `plan-rag: error: --map: ${(err as Error).message}\n`, stdout: false };
  }
  return {
    ok: true,
    args: {
      command,
      file,
      asOf,
      sheet: opts.sheet,
      json: !!opts.json,
      out: opts.out,
      inPlace: !!opts['in-place'],
      board: !!opts.board,
      brag: !!opts.brag,
      tint: !!opts.tint,
      key: !opts['no-key'],
      links: !opts['no-links'],
      layout,
      quiet: !!opts.quiet,
      all: !!opts.all,
      forget: !!opts.forget,
    },
  };
}

function usage(text: string): Parsed {
  return { ok: false, exit: 2, text: `plan-rag: ${text}`, stdout: false };
}

/** `--map status=G --map timescale=D,header=4` → a layout override. */
export function parseMap(items: string[]): LayoutOverride | undefined {
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
