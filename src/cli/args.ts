/**
 * The command line, parsed: which command, which file, and the options, checked before any file is read. Usage
 * errors exit with 2 and are plan-rag's own words (never Node's parser's), with "did you mean" for a near miss.
 */
import { displayDate, parseUserDate } from '../core/userDate';
import type { LayoutOverride } from '../core/layout/types';
import { COLUMN_ROLES, type ColumnRole } from '../core/vocab/headers';

export type Command = 'report' | 'apply' | 'clear' | 'leads';
export const COMMANDS: readonly Command[] = ['report', 'apply', 'clear', 'leads'];

export const USAGE = `plan-rag: RAG-rate a board's action plan in an .xlsx workbook

Usage:
  plan-rag report <file.xlsx> [--sheet NAME] [--as-of DATE] [--map ROLE=COL] [--json]
  plan-rag apply  <file.xlsx> [--sheet NAME] [--as-of DATE] [--map ROLE=COL] [-o OUT | --in-place]
                  [--board [--pdf]] [--brag] [--tint] [--no-key] [--no-links] [--json] [--quiet]
  plan-rag clear  <file.xlsx> [-o OUT | --in-place] [--all] [--forget] [--json] [--quiet]
  plan-rag leads  <file.xlsx> [--sheet NAME] [--as-of DATE] [--map ROLE=COL] [--lead NAME] [--json]
  plan-rag help [COMMAND]
  plan-rag --version

Options:
  --as-of DATE     judge states and overdue as of this date (default: today); day first:
                   2015-01-21, 21/01/2015, 21 Jan 2015 or 21 January 2015
  --sheet NAME     the plan's sheet (default: the sheet with a plan table)
  --map ROLE=COL   set a column by hand, e.g. --map status=G --map timescale=D (repeatable);
                   roles: ${COLUMN_ROLES.join(', ')}; header=ROW sets the header row
  --json           print what was found or done as JSON on stdout
  -o, --out FILE   where apply/clear writes (default: beside the input, <name>.rag.xlsx / <name>.cleared.xlsx)
  --in-place       write over the input (safely: a new file is written, then put in its place)
  --board          prepare for the board: dashboard, print layout, RAG column, summary, chase list, history
  --pdf            with apply: also write a PDF beside the output, through LibreOffice
  --lead NAME      with leads: only this lead (any spelling the plan uses: "L&I sg", "business group")
  --all            with clear: also remove the status history sheet
  --forget         with clear: remove plan-rag's records (its journal) when they cannot be read; formatting stays
  --brag           show complete actions blue (BRAG)
  --tint           tint whole rows lightly in their state's colour
  --no-key         do not write the key beside the table
  --no-links       do not link SIIP references
  -q, --quiet      no progress messages on stderr
  -h, --help       this help; plan-rag help COMMAND for one command
  -V, --version    plan-rag's version

Exit codes: 0 done; 1 a problem with the input or output file; 2 a usage error;
  3 apply --pdf wrote the workbook but could not make the PDF.
`;

const COMMAND_HELP: Record<Command, string> = {
  report: `plan-rag report <file.xlsx> [--sheet NAME] [--as-of DATE] [--map ROLE=COL] [--json]

Prints each action's RAG state, due date, days overdue, lead, SIIP references and the reason, then a summary.
Nothing is written. --json prints the same as data.
`,
  apply: `plan-rag apply <file.xlsx> [--sheet NAME] [--as-of DATE] [--map ROLE=COL] [-o OUT | --in-place]
               [--board [--pdf]] [--brag] [--tint] [--no-key] [--no-links] [--json] [--quiet]

Colours the plan's status cells by RAG state, adds a key and links SIIP references, and writes a new workbook
(<name>.rag.xlsx beside the input, -o OUT, or over the input with --in-place). --board also adds the board pack:
dashboard, summary, chase list, print layout and the status history. --pdf writes <output>.pdf beside the
output through LibreOffice (apt-get install libreoffice-calc); without LibreOffice the workbook is still written
and the exit code is 3. --json prints what was written.
`,
  clear: `plan-rag clear <file.xlsx> [-o OUT | --in-place] [--all] [--forget] [--json] [--quiet]

Undoes the last apply: puts back the cells' own formatting and removes the sheets plan-rag added (cells and
sheets someone changed since are left alone, and listed). --all also removes the status history. --forget removes
plan-rag's records when they cannot be read. --json prints what was restored and what was left.
`,
  leads: `plan-rag leads <file.xlsx> [--sheet NAME] [--as-of DATE] [--map ROLE=COL] [--lead NAME] [--json]

The chase list: each lead's open actions (ref, action, due date, days overdue, status), overdue first by days,
then amber, then the rest. Leads are read from the Reporting/Lead column, every spelling of one lead together
("L&I sg" and "Learning and Improvement sub group"). --lead NAME shows one lead. Nothing is written.
`,
};

/** Options and how each takes a value; `commands` lists where it means something (undefined: everywhere). */
interface OptionSpec {
  name: string;
  short?: string;
  value: boolean;
  multiple?: boolean;
  commands?: readonly Command[];
}

const OPTIONS: readonly OptionSpec[] = [
  { name: 'sheet', value: true, commands: ['report', 'apply', 'clear', 'leads'] },
  { name: 'as-of', value: true, commands: ['report', 'apply', 'leads'] },
  { name: 'map', value: true, multiple: true, commands: ['report', 'apply', 'leads'] },
  { name: 'json', value: false },
  { name: 'out', short: 'o', value: true, commands: ['apply', 'clear'] },
  { name: 'in-place', value: false, commands: ['apply', 'clear'] },
  { name: 'board', value: false, commands: ['apply'] },
  { name: 'pdf', value: false, commands: ['apply'] },
  { name: 'lead', value: true, commands: ['leads'] },
  { name: 'brag', value: false, commands: ['apply'] },
  { name: 'tint', value: false, commands: ['apply'] },
  { name: 'no-key', value: false, commands: ['apply'] },
  { name: 'no-links', value: false, commands: ['apply'] },
  { name: 'all', value: false, commands: ['clear'] },
  { name: 'forget', value: false, commands: ['clear'] },
  { name: 'quiet', short: 'q', value: false },
  { name: 'help', short: 'h', value: false },
  { name: 'version', short: 'V', value: false },
];

export interface CliArgs {
  command: Command;
  file: string;
  asOf: string;
  sheet?: string;
  json: boolean;
  out?: string;
  inPlace: boolean;
  board: boolean;
  pdf: boolean;
  brag: boolean;
  tint: boolean;
  key: boolean;
  links: boolean;
  layout?: LayoutOverride;
  quiet: boolean;
  all: boolean;
  forget: boolean;
  lead?: string;
}

export type Parsed = { ok: true; args: CliArgs } | { ok: false; exit: 0 | 2; text: string; stdout: boolean; version?: boolean };

/** Parses argv (without node and the script). `version` is package.json's. */
export function parseCommandLine(argv: string[], today: () => string, version = ''): Parsed {
  const values = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      positionals.push(a);
      continue;
    }
    const long = a.startsWith('--');
    const eq = long ? a.indexOf('=') : -1;
    const name = long ? a.slice(2, eq >= 0 ? eq : undefined) : a.slice(1);
    const spec = long ? OPTIONS.find((o) => o.name === name) : OPTIONS.find((o) => o.short === name);
    if (!spec) {
      if (!long && name.length > 1 && [...name].every((ch) => OPTIONS.some((o) => o.short === ch && !o.value))) {
        // bundled short flags: -qh
        for (const ch of name) values.set(OPTIONS.find((o) => o.short === ch)!.name, ['']);
        continue;
      }
      const shortOne = long ? OPTIONS.find((o) => o.short === name) : undefined;
      if (shortOne) return usageError(`unknown option "--${name}"; did you mean -${name} (--${shortOne.name})?`);
      return usageError(
        `unknown option "${long ? `--${name}` : a}"${suggest(
          long ? name : a.replace(/^-+/, ''),
          OPTIONS.map((o) => o.name),
          '--',
        )}`.replace(/\.$/, ''),
      );
    }
    let value = '';
    if (spec.value) {
      if (eq >= 0) value = a.slice(eq + 1);
      else if (i + 1 < argv.length && !(argv[i + 1].startsWith('-') && argv[i + 1].length > 1)) value = argv[++i];
      else return usageError(`--${spec.name} needs a value (${valueHint(spec.name)})`);
    } else if (eq >= 0) {
      return usageError(`--${spec.name} takes no value (give --${spec.name} alone)`);
    }
    if (!spec.multiple && values.has(spec.name) && spec.value) return usageError(`--${spec.name} is given twice`);
    values.set(spec.name, [...(values.get(spec.name) ?? []), value]);
  }
  const has = (n: string) => values.has(n);
  const one = (n: string) => values.get(n)?.[0];

  if (has('version')) return { ok: false, exit: 0, text: `plan-rag ${version}\n`, stdout: true, version: true };
  const [command, file, ...extra] = positionals;
  if (command === 'help') {
    if (!file) return { ok: false, exit: 0, text: USAGE, stdout: true };
    if (isCommand(file)) return { ok: false, exit: 0, text: COMMAND_HELP[file], stdout: true };
    return usageError(`no help for "${file}"${suggest(file, COMMANDS, '')} Commands: ${COMMANDS.join(', ')}.`);
  }
  if (has('help')) return { ok: false, exit: 0, text: command && isCommand(command) ? COMMAND_HELP[command] : USAGE, stdout: true };
  if (!command) return { ok: false, exit: 2, text: USAGE, stdout: false };
  if (!isCommand(command))
    return usageError(`unknown command "${command}"${suggest(command, [...COMMANDS, 'help'], '')} Commands: ${COMMANDS.join(', ')}, help.`);
  if (!file) return usageError(`no file given (plan-rag ${command} <file.xlsx>)`);
  if (extra.length > 0) return usageError(`unexpected argument "${extra[0]}" (one file at a time; quote a name with spaces)`);
  for (const name of values.keys()) {
    const spec = OPTIONS.find((o) => o.name === name)!;
    if (spec.commands && !spec.commands.includes(command)) {
      return usageError(`--${name} does not go with ${command} (it goes with ${spec.commands.map((c) => `plan-rag ${c}`).join(', ')})`);
    }
  }

  let asOf = today();
  const asOfText = one('as-of');
  if (asOfText !== undefined) {
    const d = parseUserDate(asOfText);
    if (!d.ok)
      return {
        ok: false,
        exit: 2,
        text: `plan-rag: error: --as-of: ${d.reason.replace(/Type a date such as .*$/, 'Give the date as 2015-01-21, 21/01/2015 (day first), 21 Jan 2015 or 21 January 2015.')}\n`,
        stdout: false,
      };
    asOf = d.date;
  }
  if (has('out') && has('in-place')) return usageError('give either -o/--out or --in-place, not both');
  if (has('pdf') && !has('board')) return usageError('--pdf goes with --board (plan-rag apply --board --pdf FILE): the PDF is the board pack');
  let layout: LayoutOverride | undefined;
  try {
    layout = parseMap(values.get('map') ?? []);
  } catch (err) {
    return usageError(`--map: ${(err as Error).message}`);
  }
  return {
    ok: true,
    args: {
      command,
      file,
      asOf,
      sheet: one('sheet'),
      json: has('json'),
      out: one('out'),
      inPlace: has('in-place'),
      board: has('board'),
      pdf: has('pdf'),
      brag: has('brag'),
      tint: has('tint'),
      key: !has('no-key'),
      links: !has('no-links'),
      layout,
      quiet: has('quiet'),
      all: has('all'),
      forget: has('forget'),
      lead: one('lead'),
    },
  };
}

function isCommand(s: string): s is Command {
  return (COMMANDS as readonly string[]).includes(s);
}

function valueHint(name: string): string {
  const hints: Record<string, string> = {
    'as-of': 'a date: 2015-01-21, 21/01/2015 or 21 Jan 2015',
    sheet: "the sheet's name",
    map: 'ROLE=COL, e.g. status=G',
    out: 'the output file',
    lead: "a lead's name",
  };
  return hints[name] ?? 'a value';
}

/** One line on stderr, then where to look; exit 2. */
function usageError(message: string): Parsed {
  return { ok: false, exit: 2, text: `plan-rag: error: ${message}\nRun "plan-rag help" for usage.\n`, stdout: false };
}

/**
 * "; did you mean --as-of?" for the nearest known word within a couple of typos; '.' when none is near (so a
 * sentence ends either way).
 * @example suggest('as-off', ['as-of', 'sheet'], '--') // '; did you mean --as-of?'
 */
export function suggest(typed: string, known: readonly string[], prefix: string): string {
  const t = typed.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of known) {
    const lower = k.toLowerCase();
    const d = lower.startsWith(t) && t.length >= 2 ? 0.5 : editDistance(t, lower);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.min(2, Math.floor(t.length / 3)));
  return best && bestDistance <= allowed ? `; did you mean ${prefix}${best}?` : '.';
}

/** Levenshtein distance, with a swap of neighbours counted as one edit ("aplpy" → "apply"). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * `--map status=G --map timescale=D,header=4` → a layout override. Columns are letters (A–XFD); header is a
 * 1-based row number. Checked against the sheet later (`checkMap`).
 */
export function parseMap(items: string[]): LayoutOverride | undefined {
  if (items.length === 0) return undefined;
  const columns: Partial<Record<ColumnRole, string>> = {};
  let headerRow: number | undefined;
  for (const item of items.flatMap((i) => i.split(','))) {
    const m = /^\s*([A-Za-z]+)\s*=\s*(\S*)\s*$/.exec(item);
    if (!m) throw new Error(`"${item}" is not ROLE=COLUMN (e.g. status=G)`);
    const role = m[1].toLowerCase();
    const at = m[2];
    if (role === 'header') {
      if (!/^\d+$/.test(at) || Number(at) < 1) throw new Error(`header=${at}: give the header's row number (e.g. header=4)`);
      headerRow = Number(at) - 1;
      continue;
    }
    if (!COLUMN_ROLES.includes(role as ColumnRole)) {
      throw new Error(`unknown role "${m[1]}"${suggest(role, [...COLUMN_ROLES, 'header'], '')} Roles: ${COLUMN_ROLES.join(', ')}, header.`);
    }
    if (!/^[A-Za-z]{1,3}$/.test(at) || columnNumber(at) > MAX_COLUMNS) {
      throw new Error(`${role}=${at}: "${at}" is not a column letter (A to XFD, e.g. ${role}=G)`);
    }
    columns[role as ColumnRole] = at.toUpperCase();
  }
  return { columns, headerRow };
}

/** Excel's last column, XFD. */
const MAX_COLUMNS = 16384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The as-of date as a person reads it ("21 Jan 2015"). */
export function asOfText(iso: string): string {
  return displayDate(iso);
}
