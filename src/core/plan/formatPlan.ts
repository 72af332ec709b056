import { formatUkDate } from '../calendarDate';
import { a1, cellText, gridWidth, type Grid } from '../grid';
import type { RagState } from '../status/classifyStatus';
import { schemeRefs } from '../xref/findReferences';
import type { Assessment, AssessedRow } from './assess';
import type { Register } from './register';
import type { ChartSpec, PageSettings } from '../host/types';
import { TouchedCells } from './touchedCells';
import { KEY_TITLE_STYLE, LINK_STYLE, NEEDS_DATE_STYLE, OVERDUE_STYLE, ROW_TINTS, STATE_LABELS, STATE_STYLES, type CellStyle } from './styles';

/** A style and every cell that gets it: a host applies each group in one call. */
export interface StyleGroup {
  key: string;
  style: CellStyle;
  /** A1 addresses on the plan sheet, in sheet order. */
  cells: string[];
}

export interface NoteEdit {
  cell: string;
  text: string;
}

export interface LinkEdit {
  cell: string;
  /** Target sheet and cell inside the workbook. */
  sheet: string;
  target: string;
  tooltip: string;
}

/**
 * Groups cells by their style, so a host can apply each style in one call. Cells with no style are left out.
 * @example groupByStyle([{ cell: 'A1', style: { bold: true } }, { cell: 'A2', style: { bold: true } }]) // one group, A1 and A2
 */
export function groupByStyle(cells: ReadonlyArray<{ cell: string; style?: CellStyle }>): Array<{ style: CellStyle; cells: string[] }> {
  const groups = new Map<string, { style: CellStyle; cells: string[] }>();
  for (const c of cells) {
    if (!c.style) continue;
    const key = JSON.stringify(c.style);
    const g = groups.get(key);
    if (g) g.cells.push(c.cell);
    else groups.set(key, { style: c.style, cells: [c.cell] });
  }
  return [...groups.values()];
}

/** A value written into a cell that was empty (the key). Never an existing cell. */
export interface AddedCell {
  cell: string;
  value: string;
  style?: CellStyle;
}

/** A sheet the add-in creates (and clear deletes). A1 holds its title (see `OWN_TITLES` in host/ownSheets.ts). */
export interface AddedSheet {
  name: string;
  columnWidths: number[];
  rows: Array<Array<{ value: string | number; style?: CellStyle; link?: { sheet: string; target: string } }>>;
  /** Print settings for the sheet (default: landscape A4, fitted to the page width). */
  page?: PageSettings;
  /** A chart drawn from a block of this sheet (the board dashboard), on hosts that can draw one. */
  chart?: ChartSpec;
}

/** Everything a host applies to show the assessment. It never holds a change to an existing cell's value. */
export interface FormatPlan {
  sheet: string;
  asOf: string;
  groups: StyleGroup[];
  notes: NoteEdit[];
  links: LinkEdit[];
  added: AddedCell[];
  sheets: AddedSheet[];
  /** Every existing cell the plan formats, notes or links (what a host must record to restore on clear). */
  touched: string[];
}

export interface FormatOptions {
  /** Show complete as blue (BRAG). Default false: complete shows green. */
  brag?: boolean;
  /** Tint the whole row lightly in its state's colour. Default false. */
  rowTint?: boolean;
  /** Write a key beside the table. Default true. */
  key?: boolean;
  /** Link SIIP references. Default true. */
  links?: boolean;
  /**
   * Where a row's SIIP link goes: on the cell that cites it (default), or on the row's ref cell. The board pack
   * uses the ref cell, because a printed (LibreOffice) linked cell shows one line only and long text is cut.
   */
  linkOn?: 'citing-cell' | 'ref-cell';
  /** Name of the generated SIIP index sheet (when there is no register). */
  indexSheetName?: string;
  /**
   * What the host can show, so the key promises only what the reader will see: borders ("dotted border") and
   * notes ("hover for the reason"). Default: both.
   */
  host?: { borders: boolean; notes: boolean };
}

export const INDEX_SHEET_NAME = 'SIIP index';
/** Prefix on every note the add-in writes, so people can tell them from their own. */
export const NOTE_PREFIX = 'plan-rag: ';

/**
 * Builds the formatting plan for an assessed sheet: fills on status cells grouped by state, overdue and
 * needs-a-date marks on timescale cells, notes with the reasons, SIIP links and a key in empty cells.
 *
 * @example buildFormatPlan(grid, assessment, 'Plan', null).groups.map(g => g.key) // ['state:red', ...]
 */
export function buildFormatPlan(grid: Grid, assessment: Assessment, sheet: string, register: Register | null, options: FormatOptions = {}): FormatPlan {
  const origin = grid.origin ?? { row: 0, col: 0 };
  const addr = (r: number, c: number) => a1(origin.row + r, origin.col + c);
  const groups = new Map<string, StyleGroup>();
  // Each row adds its own cells once, and a cell belongs to one row (merged cells count for their first row
  // only), so a group never receives the same cell twice.
  const add = (key: string, style: CellStyle, cell: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, style, cells: [] }));
    g.cells.push(cell);
  };
  const notes: NoteEdit[] = [];
  const links: LinkEdit[] = [];
  // every existing cell formatted, noted or linked, once each, in the order first met
  const touched = new TouchedCells();
  const touch = (r: number, c: number, cell: string) => touched.touch(r, c, cell);
  const asOfText = formatUkDate(assessment.asOf);
  // one note text per state word and distinct reasons list (rows that read alike share one), for this plan only
  const notesByWord = new Map<string, StateNotes>();
  // one overdue note per due date (plans share due dates), for this plan only
  const overdueNotes = new Map<string, { days: number | null; text: string }>();
  const shownState = (s: RagState) => (s === 'complete' && options.brag ? 'blue' : s);

  // indexed loops over the rows: the loop is long and its iterator's results were not optimised away (one object
  // per row and loop)
  const rows = assessment.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    touched.startRow(row.gridRow);
    // a row with SIIP links is visited again for them: its touched cells are kept for that visit
    if (options.links !== false && row.siip.length > 0) touched.keepRow();
    const state = shownState(row.state);
    const stateCell = row.cells.status ?? row.cells.rag;
    // Tints first so the status fill and date marks, applied after, win where they overlap.
    if (options.rowTint && state !== 'none') {
      for (let c = assessment.layout.firstCol; c <= assessment.layout.lastCol; c++) {
        const cell = addr(row.gridRow, c);
        add(TINT_KEYS[state], { fill: ROW_TINTS[state] }, cell);
        touch(row.gridRow, c, cell);
      }
    }
    const status = row.cells.status;
    // the status cell's address, made once for its fill and its note
    const statusCell = status && !status.inherited ? addr(status.row, status.col) : null;
    if (state !== 'none') {
      const rag = row.cells.rag;
      if (statusCell !== null) {
        add(STATE_KEYS[state], STATE_STYLES[state], statusCell);
        touch(status!.row, status!.col, statusCell);
      }
      if (rag && !rag.inherited && rag !== status) {
        const cell = addr(rag.row, rag.col);
        add(STATE_KEYS[state], STATE_STYLES[state], cell);
        touch(rag.row, rag.col, cell);
      }
    }
    if (stateCell && !stateCell.inherited) {
      const cell = stateCell === status ? statusCell! : addr(stateCell.row, stateCell.col);
      notes.push({ cell, text: noteText(notesByWord, row.reasons, STATE_LABELS[state].word, asOfText) });
      touch(stateCell.row, stateCell.col, cell);
    }
    const ts = row.cells.timescale;
    if (ts && !ts.inherited) {
      if (row.overdue) {
        const cell = addr(ts.row, ts.col);
        add('overdue', OVERDUE_STYLE, cell);
        notes.push({ cell, text: overdueNote(overdueNotes, row.timescale.due!, row.daysOverdue, asOfText) });
        touch(ts.row, ts.col, cell);
      } else if (row.timescale.needsDate) {
        const cell = addr(ts.row, ts.col);
        add('needs-date', NEEDS_DATE_STYLE, cell);
        notes.push({ cell, text: `${NOTE_PREFIX}needs a date: ${row.timescale.assumptions.join('; ')}` });
        touch(ts.row, ts.col, cell);
      }
    }
  }

  const sheets: AddedSheet[] = [];
  if (options.links !== false) {
    const cited = citedSiip(assessment.rows);
    const indexName = options.indexSheetName ?? INDEX_SHEET_NAME;
    const useIndex = !register && cited.size > 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (row.siip.length === 0) continue; // nothing to link (most rows)
      touched.startRow(row.gridRow);
      const linked: number[] = [];
      const cells = Object.values(row.cells);
      for (let k = 0; k < cells.length; k++) {
        const c = cells[k];
        if (!c || c.inherited) continue;
        const refs = options.linkOn === 'ref-cell' ? (c === row.cells.ref ? row.siip : []) : siipIn(c.text);
        if (refs.length === 0) continue;
        // two roles read from one cell (a merge) link it once
        if (linked.some((x, i) => i % 2 === 0 && x === c.row && linked[i + 1] === c.col)) continue;
        linked.push(c.row, c.col);
        const cell = addr(c.row, c.col);
        const first = refs.find((r) => register?.rows.has(r)) ?? refs[0];
        const target = register?.rows.has(first)
          ? { sheet: register.sheet, target: a1(register.rows.get(first)!, register.col) }
          : { sheet: useIndex ? indexName : (register?.sheet ?? indexName), target: useIndex ? indexCell(cited, first) : 'A1' };
        links.push({ cell, ...target, tooltip: `SIIP ${refs.join(', ')}` });
        add('link', LINK_STYLE, cell);
        touch(c.row, c.col, cell);
      }
    }
    if (useIndex) sheets.push(indexSheet(indexName, cited, sheet, addr));
  }

  const added = options.key === false ? [] : keyCells(grid, assessment, options, addr);
  return {
    sheet,
    asOf: assessment.asOf,
    groups: [...groups.values()],
    notes,
    links,
    added,
    sheets,
    touched: touched.cells,
  };
}

/** The style groups' keys by shown state (written once, not per cell). */
const STATE_KEYS: Readonly<Record<Exclude<RagState, 'none'> | 'blue', string>> = {
  red: 'state:red',
  amber: 'state:amber',
  green: 'state:green',
  complete: 'state:complete',
  blue: 'state:blue',
};
const TINT_KEYS: Readonly<Record<Exclude<RagState, 'none'> | 'blue', string>> = {
  red: 'tint:red',
  amber: 'tint:amber',
  green: 'tint:green',
  complete: 'tint:complete',
  blue: 'tint:blue',
};

/** One state word's notes: its opening, and the note for each reasons list and for each reasons text. */
interface StateNotes {
  opening: string;
  byList: Map<readonly string[], string>;
  byText: Map<string, string>;
}

/**
 * A status cell's note, made once per state word and distinct reasons (rows that read alike share one). Lists
 * that differ only in their timescale assumptions (not said in the note) share one note text too: the notes are
 * kept with the plan, and one text per distinct wording keeps them small.
 */
function noteText(cache: Map<string, StateNotes>, reasons: readonly string[], word: string, asOfText: string): string {
  let notes = cache.get(word);
  if (!notes) cache.set(word, (notes = { opening: `${NOTE_PREFIX}${word} as of ${asOfText}: `, byList: new Map(), byText: new Map() }));
  let text = notes.byList.get(reasons);
  if (text === undefined) {
    const said = saidReasons(reasons);
    text = notes.byText.get(said);
    if (text === undefined) notes.byText.set(said, (text = notes.opening + said));
    notes.byList.set(reasons, text);
  }
  return text;
}

/**
 * The reasons a note says: every one but the timescale's assumptions ("timescale: ..."), joined by "; " (as
 * `filter(...).join('; ')` makes it, without a list or a function made per note).
 * @example saidReasons(['status says "Not started"', "timescale: '14' read as the year 2014"]) // 'status says "Not started"'
 */
function saidReasons(reasons: readonly string[]): string {
  let said = '';
  let first = true;
  for (let i = 0; i < reasons.length; i++) {
    const r = reasons[i];
    if (r.startsWith('timescale:')) continue;
    said = first ? r : `${said}; ${r}`;
    first = false;
  }
  return said;
}

/** A timescale cell's overdue note, made once per due date and days overdue (rows due on one day share one). */
function overdueNote(cache: Map<string, { days: number | null; text: string }>, due: string, days: number | null, asOfText: string): string {
  const known = cache.get(due);
  if (known && known.days === days) return known.text;
  const text = `${NOTE_PREFIX}overdue: due ${formatUkDate(due)}, ${days} days before ${asOfText}`;
  if (!known) cache.set(due, { days, text });
  return text;
}

/** The SIIP refs a cell itself cites (`findReferences`' SIIP refs, read without the other schemes). */
function siipIn(text: string): string[] {
  return schemeRefs(text, 'SIIP');
}

/** SIIP refs in citation order → the rows citing them (sorted naturally). */
export function citedSiip(rows: AssessedRow[]): Map<string, AssessedRow[]> {
  const map = new Map<string, AssessedRow[]>();
  // indexed loops, as in buildFormatPlan (no iterator result per row)
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    for (let k = 0; k < row.siip.length; k++) {
      const ref = row.siip[k];
      const list = map.get(ref);
      if (list) list.push(row);
      else map.set(ref, [row]);
    }
  }
  return new Map([...map.entries()].sort((a, b) => compareRefs(a[0], b[0])));
}

/**
 * Orders dotted refs as numbers ("1.2" < "1.10").
 * @example ['1.10', '1.2'].sort(compareRefs) // ['1.2', '1.10']
 */
export function compareRefs(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = parseInt(pa[i] ?? '-1', 10);
    const y = parseInt(pb[i] ?? '-1', 10);
    if (x !== y) return x - y;
    const sx = pa[i] ?? '';
    const sy = pb[i] ?? '';
    if (sx !== sy) return sx < sy ? -1 : 1;
  }
  return 0;
}

function indexCell(cited: Map<string, AssessedRow[]>, ref: string): string {
  let i = 0;
  for (const key of cited.keys()) {
    if (key === ref) break;
    i++;
  }
  return `A${i + 4}`;
}

function indexSheet(name: string, cited: Map<string, AssessedRow[]>, planSheet: string, addr: (r: number, c: number) => string): AddedSheet {
  const rows: AddedSheet['rows'] = [
    [{ value: 'SIIP index', style: { bold: true } }],
    [{ value: `References to the Single Integrated Improvement Plan cited in "${planSheet}". Each link opens the citing row.` }],
    [
      { value: 'SIIP ref', style: { bold: true } },
      { value: 'Cited by (plan ref)', style: { bold: true } },
      { value: 'Rows', style: { bold: true } },
    ],
  ];
  for (const [ref, citing] of cited) {
    const first = citing[0];
    rows.push([
      { value: ref, link: { sheet: planSheet, target: addr(first.gridRow, 0) } },
      { value: citing.map((r) => r.ref ?? `row ${r.row}`).join(', ') },
      { value: citing.map((r) => r.row).join(', ') },
    ]);
  }
  return { name, columnWidths: [12, 40, 20], rows };
}

function keyCells(grid: Grid, assessment: Assessment, options: FormatOptions, addr: (r: number, c: number) => string): AddedCell[] {
  const borders = options.host?.borders ?? true;
  const notes = options.host?.notes ?? true;
  const states: Array<RagState | 'blue'> = ['red', 'amber', 'green', options.brag ? 'blue' : 'complete', 'none'];
  const lines: Array<{ value: string; style?: CellStyle }> = [
    { value: `RAG key, as of ${formatUkDate(assessment.asOf)}`, style: KEY_TITLE_STYLE },
    ...states.map((s) => {
      const count = s === 'blue' ? assessment.counts.complete : assessment.counts[s];
      const label = STATE_LABELS[s];
      return {
        value: `${label.word} (${s === 'none' ? 'no fill' : label.letter}): ${label.meaning} [${count}]`,
        style: s === 'none' ? undefined : STATE_STYLES[s],
      };
    }),
    { value: `Bold red date${borders ? ', red border' : ''}: overdue [${assessment.overdue}]`, style: OVERDUE_STYLE },
    { value: `Italic date${borders ? ', dotted border' : ''}: needs a date [${assessment.needsDate}]`, style: NEEDS_DATE_STYLE },
    { value: 'Blue text: linked to the SIIP', style: LINK_STYLE },
    { value: notes ? 'Hover a status or date for the reason.' : 'The reason for each state is in the Plan RAG pane.' },
  ];
  const top = assessment.layout.headerRows[0] ?? 0;
  const height = lines.length;
  // Two columns right of the table, moved further right until every cell it needs is empty.
  let col = assessment.layout.lastCol + 2;
  const width = gridWidth(grid);
  while (col < width + 2) {
    let free = true;
    for (let r = top; r < top + height && free; r++) if (cellText(grid, r, col).trim() !== '') free = false;
    if (free) break;
    col++;
  }
  return lines.map((line, i) => ({ cell: addr(top + i, col), value: line.value, style: line.style }));
}
