/**
 * Synthetic plans of any size built from the real rows of the Calderdale v12 plan: each row takes its action,
 * lead, timescale and status from different seed rows (so the text varies), with section titles and repeated
 * header rows every 15 actions, as the seed has them.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import type { CellValue, Grid } from '../src/core/grid';
import { readSheets } from '../src/hosts/xlsx/readGrid';

export interface SeedRow {
  objective: string;
  action: string;
  timescale: string;
  lead: string;
  outcome: string;
  status: string;
}

const HEADER = ['No', 'Objective', 'Action', 'Timescale', 'Reporting', 'Outcome', 'Status'];

/** Reads the seed rows from the bundled sample plan. */
export async function seedRows(): Promise<SeedRow[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(projectRoot(), 'samples', 'cscb-business-plan-v12.xlsx'));
  const grid = readSheets(wb)[0].grid;
  const out: SeedRow[] = [];
  for (const row of grid.values) {
    const ref = String(row[0] ?? '');
    if (!/^\d+\.\d+[a-z]?$/.test(ref)) continue;
    const t = (i: number) => (row[i] === null || row[i] === undefined ? '' : String(row[i]));
    out.push({ objective: t(1), action: t(2), timescale: t(3), lead: t(4), outcome: t(5), status: t(6) });
  }
  return out;
}

/** The folder holding package.json (this file runs from bench/ under jest and from build/bench/ compiled). */
function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** A plan grid with `actions` action rows. */
export function syntheticGrid(seeds: SeedRow[], actions: number): Grid {
  const values: CellValue[][] = [['Version Control', '21.1.15', 'Synthetic plan built from the CSCB v12 rows', 'V12']];
  let section = 0;
  for (let i = 0; i < actions; i++) {
    if (i % 15 === 0) {
      section++;
      values.push([String(section), seeds[(section * 7) % seeds.length].objective || `Section ${section}`, null, null, null, null, null]);
      values.push([...HEADER]);
    }
    const pick = (k: number) => seeds[(i * k + section) % seeds.length];
    values.push([
      `${section}.${(i % 15) + 1}`,
      i % 15 === 0 ? pick(3).objective : '',
      pick(1).action,
      pick(5).timescale,
      pick(7).lead,
      pick(11).outcome,
      pick(13).status,
    ]);
  }
  return { values };
}

/** The same plan as an .xlsx workbook (for the CLI benchmark). */
export function syntheticWorkbook(grid: Grid): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Business Plan');
  for (const row of grid.values) ws.addRow(row.map((v) => (v === null ? undefined : v)));
  [6, 30, 42, 14, 20, 36, 48].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return wb;
}

const MONTHS = ['January', 'Feb', 'March', 'Apr', 'May', 'June', 'Jul', 'August', 'Sept', 'October', 'Nov', 'December'];
const TIMESCALES: Array<(i: number, m: string, y: number, d: number) => string> = [
  (i, m, y) => `${m} ${y}`,
  (i, m, y) => `${m} ${String(y).slice(2)}`,
  (i, m, y, d) => `${d}/${(i % 12) + 1}/${String(y).slice(2)}`,
  (i, m, y) => `End of ${m} ${y} (review ${i})`,
  (i, m) => `${m} Board`,
  (i, m, y) => `Q${(i % 4) + 1} ${y}/${String(y + 1).slice(2)}`,
  (i, m, y) => `${m} ${y} and bi monthly`,
  (i, m, y, d) => `w/c ${d}/${(i % 12) + 1}/${String(y).slice(2)}`,
  (i) => `Ongoing – every ${(i % 5) + 2} weeks`,
  (i, m, y) => `Phase ${(i % 3) + 1} ${m.slice(0, 3)} ${String(y).slice(2)}`,
  (i, m, y) => `Sept ${y} – ${m} ${y + 1}`,
  () => 'by end of financial year',
  (i) => `When need arises (item ${i})`,
];
/** People named in timescales and statuses ("J. Patel to confirm"), so each row's text is its own. */
const INITIALS = 'ABCDEGHJKLMNPRSTW';
const SURNAMES = [
  'Patel',
  'Smith',
  'Khan',
  'Jones',
  'Taylor',
  'Brown',
  'Hussain',
  'Wilson',
  'Ahmed',
  'Walker',
  'Wright',
  'Robinson',
  'Thompson',
  'Hughes',
  'Clarke',
  'Ali',
  'Green',
  'Hall',
  'Wood',
  'Harris',
  'Lewis',
  'Jackson',
  'Shaw',
  'Akhtar',
  'Turner',
  'Holmes',
  'Barker',
  'Mitchell',
  'Hirst',
  'Sutcliffe',
  'Ward',
  'Kaur',
  'Bibi',
  'Lee',
  'Cooper',
  'Moore',
  'Fletcher',
  'Booth',
  'Haigh',
  'Dyson',
];
/**
 * What follows the date in a timescale: who confirms it and the item it belongs to. The item number makes each
 * row's timescale its own (and is written after a reference word, as plans write it, so it is never read as a date).
 */
const QUALIFIERS: Array<(who: string, n: number) => string> = [
  (who, n) => ` – ${who} to confirm (item ${n})`,
  (who, n) => ` (${who}, action ${n})`,
  (who, n) => `; ${who} to report, ref ${n}`,
  (who, n) => ` – lead ${who}, item no. ${n}`,
];
const STATUS_PHRASES = [
  'Complete',
  'Completed and signed off',
  'On track',
  'Some slippage',
  'Timescale slipped',
  'Not started',
  'Partially implemented',
  'Awaiting sign off',
  'Off track',
  'Behind schedule',
  'Superseded by the new strategy',
  'Deferred to',
  'No update received',
  'Draft agreed; budget to be confirmed',
  'Report to Board',
  'Pushed back to',
];

/**
 * A plan grid with `actions` action rows whose texts are distinct row to row (no two rows share an action,
 * timescale, outcome or status text: `repeatedColumns` checks it), so a benchmark measures reading, not
 * remembering: each row takes a seed row's words and adds its own dates, names, numbers and phrases, as a real
 * plan's rows differ.
 */
export function distinctGrid(seeds: SeedRow[], actions: number): Grid {
  const values: CellValue[][] = [['Version Control', '21.1.15', 'Synthetic plan with distinct texts built from the CSCB v12 rows', 'V12']];
  let section = 0;
  for (let i = 0; i < actions; i++) {
    if (i % 15 === 0) {
      section++;
      values.push([String(section), `${seeds[(section * 7) % seeds.length].objective || 'Section'} (priority ${section})`, null, null, null, null, null]);
      values.push([...HEADER]);
    }
    const pick = (k: number) => seeds[(i * k + section) % seeds.length];
    const year = 2013 + (i % 5);
    const month = MONTHS[(i * 7) % 12];
    const day = (i % 28) + 1;
    const who = `${INITIALS[i % INITIALS.length]}. ${SURNAMES[Math.floor(i / INITIALS.length) % SURNAMES.length]}`;
    const timescale = `${TIMESCALES[i % TIMESCALES.length](i, month, year, day)}${QUALIFIERS[Math.floor(i / 7) % QUALIFIERS.length](who, i + 1)}`;
    const phrase = STATUS_PHRASES[(i * 5) % STATUS_PHRASES.length];
    const dated = /to$/.test(phrase) ? `${phrase} ${MONTHS[(i * 3) % 12]} ${year + 1}` : phrase;
    values.push([
      `${section}.${(i % 15) + 1}`,
      i % 15 === 0 ? `${pick(3).objective} LINK TO SIIP ${(i % 9) + 1}.${i % 13}` : '',
      `${pick(1).action.trim()} — task ${i} for group ${section}`,
      timescale,
      `${pick(7).lead.trim()} / officer ${i % 997}`,
      `${pick(11).outcome.trim()} Measure ${i}.`,
      `Update ${day}/${(i % 12) + 1}/${String(year).slice(2)}: ${dated}. ${pick(13).status.trim().slice(0, 120)} (ref ${i})`,
    ]);
  }
  return { values };
}

/**
 * The columns (by header) in which two action rows of `grid` share a text: empty for an honest distinct-text plan.
 * @example repeatedColumns(distinctGrid(seeds, 1000)) // []
 */
export function repeatedColumns(grid: Grid, columns = ['Action', 'Timescale', 'Outcome', 'Status']): string[] {
  const at = columns.map((c) => HEADER.indexOf(c));
  const seen = at.map(() => new Set<string>());
  const repeated = new Set<string>();
  for (const row of grid.values) {
    if (!/^\d+\.\d+$/.test(String(row[0] ?? ''))) continue;
    at.forEach((c, k) => {
      const text = String(row[c] ?? '');
      if (seen[k].has(text)) repeated.add(columns[k]);
      seen[k].add(text);
    });
  }
  return [...repeated];
}
