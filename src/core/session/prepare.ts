/**
 * The reading half of a session: one `read` (two at most, on a live host, when the plan or register sheet was not
 * among the first), the records sorted into ours and not ours, the plan sheet and register chosen by one policy,
 * the journal's rows found again, and plan-rag's own key cells set aside so the plan is read as the person left it.
 */
import { a1, cellText, type Grid } from '../grid';
import { readLayout } from '../layout/readLayout';
import type { LayoutOverride } from '../layout/types';
import type { Journal } from '../host/journal';
import { isOwnTitle, isRecordName } from '../host/ownSheets';
import type { SheetInfo, SheetRef, SheetValues, WorkbookRead } from '../host/types';
import { read as readStep, type HostInfo, type Session } from './steps';
import { findRegister, type Register } from '../plan/register';
import { findGlossary, isGlossaryName, type GlossaryEntry } from '../leads/glossary';
import { locateRows } from './locateRows';
import { findRecords, type Records } from './records';
import { SessionError } from './sessionError';

export interface Prepared {
  read: WorkbookRead;
  records: Records;
  plan: SheetValues;
  info: SheetInfo;
  register: Register | null;
  /** The journal of an earlier Apply to this plan sheet, or null. */
  journal: Journal | null;
  /** Where each journal row is now (1-based sheet row), or null when it cannot be found. */
  located: Array<number | null>;
  /** Addresses of key and RAG-column cells that still hold exactly what plan-rag wrote (set aside in the grid). */
  ownValues: Set<string>;
  /** Their text, as it was before being set aside. */
  values: Map<string, string>;
  /** A glossary sheet's abbreviations (for matching leads), where the workbook has one. */
  glossary: GlossaryEntry[] | null;
  /** Other sheets of a file that hold a plan table, with their number of actions (said, not read). */
  otherPlans: Array<{ name: string; actions: number }>;
}

export interface PrepareOptions {
  sheet?: string;
  registerSheet?: string | null;
  layout?: LayoutOverride;
}

/**
 * Reads what a session needs and chooses the plan sheet: the sheet asked for; else, on a file, the sheet with the
 * most action rows; else the active sheet, or, when the person is on a sheet with no plan (the summary, say), the
 * sheet the journal recorded. `forClear` chooses the journal's sheet first.
 */
export function* prepare(host: HostInfo, options: PrepareOptions, forClear = false): Session<Prepared> {
  const file = host.capabilities.kind === 'file';
  const first: Array<string> = [];
  if (options.sheet) first.push(options.sheet);
  if (typeof options.registerSheet === 'string') first.push(options.registerSheet);
  let read = yield* readStep({ sheets: file ? 'all' : [options.sheet ? options.sheet : 'active', ...first.slice(options.sheet ? 1 : 0)] });
  const records = findRecords(read);
  const journal = records.journal;

  const byName = (name: string) => read.sheets.find((s) => s.name === name) ?? read.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const gridOf = (ref: SheetRef | undefined) => (ref ? read.grids.find((g) => g.sheet.name === ref.name) : undefined);
  const recorded = journal ? resolveSheet(journal.sheet, read.sheets) : undefined;
  const isUsers = (s: SheetInfo) => !isRecordName(s.name) && !isOwnTitle(s.a1);

  // 1. the plan sheet
  let info: SheetInfo | undefined;
  const plans: Array<{ name: string; actions: number }> = [];
  if (options.sheet) {
    info = byName(options.sheet);
    if (!info)
      throw new SessionError(
        options.sheet,
        `there is no sheet named "${options.sheet}"`,
        `Sheets: ${read.sheets
          .filter(isUsers)
          .map((s) => s.name)
          .join(', ')}.`,
        'no-sheet',
      );
  } else if (forClear && recorded) {
    info = recorded;
  } else if (file) {
    let best = -1;
    for (const g of read.grids) {
      const s = read.sheets.find((x) => x.name === g.sheet.name);
      if (!s || !isUsers(s)) continue;
      const layout = readLayout(g.grid);
      const n = layout.rows.length;
      if (layout.found && n >= 2) plans.push({ name: s.name, actions: n });
      if (n > best) {
        best = n;
        info = s;
      }
    }
    info ??= read.sheets.find(isUsers) ?? read.sheets[0];
  } else {
    const active = read.active ? read.sheets.find((s) => s.name === read.active!.name) : undefined;
    info = active;
    const activeGrid = gridOf(active);
    const noPlanHere = !active || !isUsers(active) || !activeGrid || !readLayout(activeGrid.grid, options.layout).found;
    if (noPlanHere && recorded && recorded.name !== active?.name) info = recorded;
  }
  if (!info) throw new SessionError('workbook', 'the workbook has no sheets', 'Open a workbook with the action plan.', 'no-sheet');

  // 2. register candidates (one policy for every host): never the plan, our records or sheets we made, nor
  // another plan (one per priority, or last year's), unless it is named for the SIIP
  const otherPlans = plans.filter((o) => o.name !== info!.name);
  const candidates = registerCandidates(
    read.sheets,
    info,
    options.registerSheet,
    file,
    (s) => isUsers(s) && (/siip/i.test(s.name) || !otherPlans.some((o) => o.name === s.name)),
  );

  // 3. a second read, on a live host, for what the first did not bring
  const glossaries = read.sheets.filter((s) => s.name !== info!.name && isUsers(s) && isGlossaryName(s.name)).map((s) => s.name);
  const missing = [info.name, ...candidates, ...glossaries].filter((n) => !read.grids.some((g) => g.sheet.name === n));
  if (missing.length > 0 && !file) {
    const more = yield* readStep({ sheets: missing });
    read = { ...read, grids: [...read.grids, ...more.grids.filter((g) => !read.grids.some((x) => x.sheet.name === g.sheet.name))] };
  }
  const plan = read.grids.find((g) => g.sheet.name === info!.name);
  if (!plan)
    throw new SessionError(
      info.name,
      `the sheet "${info.name}" could not be read`,
      file
        ? 'The workbook is damaged (the sheet has no part): open it in Excel, which offers to repair it, and save a copy.'
        : 'Open the sheet that holds the action plan, then try again.',
      'no-sheet',
    );

  const register = findRegister(
    candidates
      .map((n) => read.grids.find((g) => g.sheet.name === n))
      .filter((g): g is SheetValues => !!g)
      .map((g) => ({ name: g.sheet.name, grid: g.grid })),
  );

  // 4. the journal, if it is this sheet's: by id or name, or (ids change between Excel sessions) by its rows
  let own: Journal | null = null;
  let located: Array<number | null> = [];
  if (journal) {
    const byRef = recorded && recorded.name === info.name;
    const rows = locateRows(journal, plan.grid);
    const found = rows.filter((r) => r !== null).length;
    if (byRef || (!recorded && found >= Math.max(1, journal.rows.length / 2))) {
      own = journal;
      located = rows;
    }
  }

  // 5. set aside the key and RAG-column cells that still hold what plan-rag wrote
  const ownValues = new Set<string>();
  const values = new Map<string, string>();
  if (own) {
    for (const [r, c, value] of own.added) {
      const row = located[r];
      if (row === null || row === undefined) continue;
      const address = a1(row - 1, c);
      const text = textAt(plan.grid, row, c);
      if (text === value) {
        ownValues.add(address);
        values.set(address, text);
        blank(plan.grid, row, c);
      }
    }
  }
  const glossary = findGlossary(read.grids.filter((g) => glossaries.includes(g.sheet.name)).map((g) => ({ name: g.sheet.name, grid: g.grid })));
  return { read, records, plan, info, register, journal: own, located, ownValues, values, glossary, otherPlans };
}

/** A recorded sheet as it is now: by id, else by name. */
export function resolveSheet(ref: SheetRef, sheets: readonly SheetInfo[]): SheetInfo | undefined {
  return (
    (ref.id ? sheets.find((s) => s.id === ref.id && s.name === ref.name) : undefined) ??
    sheets.find((s) => s.name === ref.name) ??
    (ref.id ? sheets.find((s) => s.id === ref.id) : undefined)
  );
}

function registerCandidates(
  sheets: readonly SheetInfo[],
  plan: SheetInfo,
  wanted: string | null | undefined,
  file: boolean,
  isUsers: (s: SheetInfo) => boolean,
): string[] {
  if (wanted === null) return [];
  const others = sheets.filter((s) => s.name !== plan.name && isUsers(s));
  if (typeof wanted === 'string') {
    const s = others.find((x) => x.name === wanted) ?? others.find((x) => x.name.toLowerCase() === wanted.toLowerCase());
    return s ? [s.name] : [];
  }
  const rank = (s: SheetInfo) => (/siip/i.test(s.name) ? 0 : /register/i.test(s.name) ? 1 : 2);
  return others
    .filter((s) => file || rank(s) < 2)
    .sort((a, b) => rank(a) - rank(b))
    .map((s) => s.name);
}

/** The text of a 1-based sheet row and 0-based sheet column of a grid. */
export function textAt(grid: Grid, row: number, col: number): string {
  const origin = grid.origin ?? { row: 0, col: 0 };
  return cellText(grid, row - 1 - origin.row, col - origin.col);
}

function blank(grid: Grid, row: number, col: number): void {
  const origin = grid.origin ?? { row: 0, col: 0 };
  const r = row - 1 - origin.row;
  const c = col - origin.col;
  if (grid.values[r] && c >= 0 && c < grid.values[r].length) grid.values[r][c] = null;
  if (grid.text?.[r] && c >= 0 && c < grid.text[r].length) grid.text[r][c] = '';
}
