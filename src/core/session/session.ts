/**
 * The session: the one sequence every host runs (the CLI on .xlsx files, the Excel pane and ribbon, the Sheets
 * menu and sidebar). Hosts only read and write (`PlanHost`); everything that decides is here, once.
 *
 *   read → find our records → find the journal's rows again → set aside our own marks → assess → plan →
 *   journal (written first) → write
 *
 * Clear and re-apply never undo a person's work: a property group (fill, font, border, link, note...) is put
 * back only where it still holds plan-rag's mark; a person's later change is left as it is, and counted.
 */
import { isIsoDate, type IsoDate } from '../calendarDate';
import { a1, columnLetters, quoteSheetName } from '../grid';
import { hashTexts } from '../hash';
import { formatKey, groupsOf, mergeFormats, pickGroups, sameGroup, styleToFormat, withoutLinkAndNote } from '../host/cellFormat';
import { historyValues, HISTORY_SHEET_NAME } from '../host/history';
import { encodeJournal, JournalBuilder, JOURNAL_SHEET, type Journal } from '../host/journal';
import { uniqueSheetName } from '../host/ownSheets';
import {
  emptyBatch,
  GROUP_PROPS,
  PROP_GROUPS,
  type CellFormat,
  type NewSheet,
  type PageSettings,
  type PlanHost,
  type PropGroup,
  type ProbeResult,
  type SheetRef,
  type WriteBatch,
  headerFooterCode,
} from '../host/types';
import type { LayoutOverride } from '../layout/types';
import { assessGrid, otherPlanMessage, type WorkbookAssessment } from '../plan/assess';
import type { GlossaryEntry } from '../leads/glossary';
import { buildBoardPack, RAG_COLUMN_WIDTH, SUMMARY_SHEET_NAME, type BoardPack } from '../plan/boardPack';
import { buildFormatPlan, INDEX_SHEET_NAME, type AddedSheet, type FormatPlan } from '../plan/formatPlan';
import { rowKey } from './locateRows';
import { addressOf, LINK_COLOR, marksOf, type Mark } from './marks';
import { findRecords } from './records';
import { prepare, textAt, type Prepared } from './prepare';
import { SessionError } from './sessionError';
import { probe as probeStep, read as readStep, run, write as writeStep, type HostInfo, type Session } from './steps';

/** What the person chose (saved in the workbook by the pane and the sidebar; flags on the CLI). */
export interface SessionOptions {
  /** The date states and overdue are judged against. */
  asOf: IsoDate;
  /** The plan sheet by name. Default: the active sheet (Excel, Sheets), the sheet with most actions (files). */
  sheet?: string;
  layout?: LayoutOverride;
  /** The SIIP register sheet; null for none; undefined to look for one. */
  registerSheet?: string | null;
  brag?: boolean;
  rowTint?: boolean;
  /** Write the key beside the table (default true). */
  key?: boolean;
  /** Link SIIP references (default true). */
  links?: boolean;
  /** Prepare for the board: print layout, RAG column, summary sheet, status history. */
  board?: boolean;
  /** The plan's name for the printed header (default: the sheet's name). */
  title?: string;
}

/** What a session read and decided, for the pane, the sidebar and the report. */
export interface Detected {
  sheet: SheetRef;
  assessment: WorkbookAssessment;
  /** The plan sheet's values as read (with plan-rag's own key cells set aside). */
  grid: Prepared['plan']['grid'];
  /** The journal of the last Apply to this sheet, if any. */
  journal: Journal | null;
  /** Why plan-rag's record cannot be read, when it cannot (offer "Remove plan-rag records"). */
  journalError: string | null;
  /** True when the text that decides states changed since the last Apply (null: never applied). */
  changedSinceApply: boolean | null;
  /** The person's sheets (not plan-rag's), for choosing a register. */
  sheetNames: string[];
  /** The workbook's glossary (abbreviation | meaning) where it has one, for matching leads (`findLeads`). */
  glossary: GlossaryEntry[] | null;
}

export interface ApplyOutcome extends Detected {
  plan: FormatPlan;
  pack: BoardPack | null;
  /** What the write changed. */
  written: { cells: number; links: number; notes: number; values: number; sheetsAdded: string[]; sheetsRemoved: string[] };
  /** Cells plan-rag marked before that someone has changed since: left as they are (A1 addresses). */
  leftAlone: string[];
  /** Round trips the write took. */
  syncs: number;
}

export interface ClearOutcome {
  /** False when there was nothing to clear. */
  cleared: boolean;
  sheet: string | null;
  /** Cells whose formatting was put back. */
  restored: number;
  /** Cells someone changed since the Apply: left as they are. */
  leftAlone: string[];
  /** Key and RAG-column cells emptied. */
  emptied: number;
  sheetsRemoved: string[];
  /** Sheets plan-rag made that someone renamed or edited: left in place. */
  sheetsLeft: string[];
  historyRemoved: boolean;
  syncs: number;
}

/**
 * Reads the plan and assesses it, changing nothing: two round trips on a live host (the values, then the colours
 * of the status and RAG cells, for a hand-coloured RAG).
 */
export function detect(host: PlanHost, options: SessionOptions): Promise<Detected> {
  return run(host, detectSession(host, options));
}

/** `detect`, as session steps (`runSync` drives it on Google Sheets). */
export function* detectSession(host: HostInfo, options: SessionOptions): Session<Detected> {
  checkDate(options.asOf);
  const p = yield* prepare(host, options);
  const probeCells = new Map<string, ReadonlySet<PropGroup>>();
  const first = assess(p, options);
  requestColours(p, first, probeCells);
  requestJournal(p, probeCells);
  const probed = yield* probeStep(p.plan.sheet, { cells: probeCells, rows: [], cols: [] });
  const user = userFormats(p, probed);
  const assessment = withColours(p, options, first, user);
  return detected(p, assessment);
}

/**
 * Applies RAG (and the board pack with `board`): reads, judges, and writes one batch whose journal comes first.
 * Re-applying replaces the last Apply's marks; cells someone changed since are not undone.
 */
export function apply(host: PlanHost, options: SessionOptions): Promise<ApplyOutcome> {
  return run(host, applySession(host, options));
}

/** `apply`, as session steps. */
export function* applySession(host: HostInfo, options: SessionOptions): Session<ApplyOutcome> {
  checkDate(options.asOf);
  const p = yield* prepare(host, options);
  if (p.records.journalError && !p.journal) throw journalProblem(p.records.journalError);
  if (p.records.journal && !p.journal) {
    // the record is another sheet's: replacing it would leave that sheet's marks with no record of what was there
    const other = p.records.journal.sheet.name;
    throw new SessionError(
      p.info.name,
      `Plan RAG is applied to the sheet "${other}"`,
      `Clear it there first (open "${other}" and choose Clear), then Apply here.`,
      'other-sheet',
    );
  }
  if (p.info.protected) throw protectedSheet(p.info.name);
  const caps = host.capabilities;

  // sheet names: our old sheets go, so their names are free again
  const oldSheets = (p.journal?.sheets ?? []).filter((s) => p.read.sheets.some((x) => x.name === s.name && x.a1 === s.title));
  const taken = p.read.sheets.map((s) => s.name).filter((n) => !oldSheets.some((o) => o.name === n));
  const indexName = uniqueSheetName(INDEX_SHEET_NAME, taken);

  let assessment = assess(p, options);
  const build = (a: WorkbookAssessment) => {
    const plan = buildFormatPlan(p.plan.grid, a, p.info.name, a.register, {
      brag: !!options.brag,
      rowTint: !!options.rowTint,
      key: options.key !== false,
      links: options.links !== false,
      linkOn: options.board ? 'ref-cell' : 'citing-cell',
      indexSheetName: indexName,
      host: { borders: caps.borders, notes: caps.notes },
    });
    const widths: Record<number, number> = {};
    for (const [c, w] of Object.entries(p.plan.columnWidths ?? {})) widths[Number(c) + 1] = w;
    const pack = options.board
      ? buildBoardPack(p.plan.grid, a, p.info.name, a.register, {
          brag: !!options.brag,
          history: p.records.history,
          columnWidths: widths,
          title: options.title,
          glossary: p.glossary,
          host: { borders: caps.borders },
        })
      : null;
    return { plan, pack, marks: marksOf(plan, pack, caps) };
  };
  let built = build(assessment);

  // what to look at: every cell we may mark or restore, and the colours of the status and RAG cells
  let probeCells: Map<string, ReadonlySet<PropGroup>> | null = new Map<string, ReadonlySet<PropGroup>>();
  requestColours(p, assessment, probeCells);
  requestJournal(p, probeCells);
  requestMarks(built.marks, probeCells);
  const rows = [...new Set([...Object.keys(built.pack?.rowHeights ?? {}).map(Number), ...located(p, p.journal?.rowHeights.map((h) => h[0]) ?? [])])];
  const cols = [
    ...new Set([
      ...(built.pack?.ragColumnIndex !== null && built.pack?.ragColumnIndex !== undefined ? [built.pack.ragColumnIndex] : []),
      ...(p.journal?.columnWidths.map((w) => w[0]) ?? []),
    ]),
  ];
  let probe: ProbeResult | null = yield* probeStep(p.plan.sheet, { cells: probeCells, rows: caps.rowHeights ? rows : [], cols: caps.columnWidths ? cols : [] });
  let user: Map<string, CellFormat> | null = userFormats(p, probe);
  dropLinksOnNonText(built.marks, probe, caps);
  const recoloured = withColours(p, options, assessment, user);
  if (recoloured !== assessment) {
    // a hand-coloured RAG changed some states: plan again, and look at any cell not yet looked at
    assessment = recoloured;
    built = build(assessment);
    dropLinksOnNonText(built.marks, probe, caps);
    const more = new Map<string, ReadonlySet<PropGroup>>();
    for (const [cell, m] of built.marks) {
      const have = probe.cells.get(cell);
      const want = new Set(groupsOf(m.format));
      if (m.note !== undefined) want.add('note');
      if (!have || [...want].some((g) => !probeCells!.get(cell)?.has(g))) more.set(cell, want);
    }
    if (more.size > 0) {
      const extra = yield* probeStep(p.plan.sheet, { cells: more, rows: [], cols: [] });
      for (const [cell, f] of extra.cells) {
        probe.cells.set(cell, { ...(probe.cells.get(cell) ?? {}), ...f });
        user.set(cell, { ...(user.get(cell) ?? {}), ...f });
      }
    }
  }

  const batch = emptyBatch(p.plan.sheet);
  const keyCols = keyColumns(p, assessment);
  const jb = new JournalBuilder(
    {
      host: host.name,
      sheet: { name: p.info.name, id: p.info.id },
      asOf: options.asOf,
      options: { brag: !!options.brag, rowTint: !!options.rowTint, board: !!options.board, key: options.key !== false, links: options.links !== false },
      fingerprint: fingerprintOf(assessment, p.plan.grid),
      keyCols,
    },
    (row) => rowKey(p.plan.grid, row, keyCols),
  );
  const changes = new Changes();
  const leftAlone = new Set<string>();

  restoreOld(p, probe, built.marks, jb, changes, leftAlone);
  markNew(p, probe, user, built.marks, jb, changes);
  // what was looked at and marked is in the journal and the changes now: let it go before the write. The maps are
  // emptied, not only dropped: the finished probe step (a generator the engine may keep) still holds its request
  probeCells.clear();
  probeCells = null;
  built.marks.clear();
  built = { ...built, marks: new Map() };
  jb.releaseIndex();
  if (built.pack && caps.rowHeights) heights(p, probe, built.pack, jb, changes, leftAlone);
  else if (p.journal) heights(p, probe, null, jb, changes, leftAlone);
  if (caps.columnWidths) widths(p, probe, built.pack, jb, changes, leftAlone);
  const page = caps.printLayout ? pageChanges(p, built.pack, jb) : null;
  probe.cells.clear();
  probe = null;
  user.clear();
  user = null;

  // sheets: ours from last time go (kept in the record until gone), the new ones come
  const addSheets: NewSheet[] = [];
  const addedNames: string[] = [];
  const claim = (name: string) => {
    const n = uniqueSheetName(name, [...taken, ...addedNames]);
    addedNames.push(n);
    return n;
  };
  // in print order: the board's pages first in the workbook (dashboard, summary, chase list: printing the workbook
  // prints tabs in order), then the SIIP index at the end
  if (built.pack) {
    addSheets.push({ ...newSheet({ ...built.pack.dashboard, name: claim(built.pack.dashboard.name) }), index: 0 });
    addSheets.push({ ...newSheet({ ...built.pack.summary, name: claim(SUMMARY_SHEET_NAME) }), index: 1 });
    addSheets.push({ ...newSheet({ ...built.pack.chaseList, name: claim(built.pack.chaseList.name) }), index: 2 });
  }
  addedNames.push(indexName);
  for (const s of built.plan.sheets) addSheets.push(newSheet({ ...s, name: s.name === indexName ? indexName : claim(s.name) }));
  const refOf = (name: string) => ({ name, id: p.read.sheets.find((x) => x.name === name)?.id ?? '' });
  for (const s of addSheets) {
    if (oldSheets.some((o) => o.name === s.name)) s.replaces = refOf(s.name);
    jb.journal.sheets.push({ name: s.name, title: String(s.rows[0]?.[0]?.value ?? '') });
  }
  const doomed = oldSheets.filter((o) => !addSheets.some((a) => a.name === o.name));
  for (const s of doomed) jb.journal.sheets.push(s);

  const history =
    built.pack && p.info
      ? {
          name: p.records.historySheet?.name ?? uniqueSheetName(HISTORY_SHEET_NAME, [...taken, ...addedNames]),
          rows: historyValues(p.records.history, built.pack.snapshot),
          replaces: p.records.historySheet,
        }
      : null;
  const journalName = p.records.journalSheet?.name ?? uniqueSheetName(JOURNAL_SHEET, [...taken, ...addedNames, ...(history ? [history.name] : [])]);

  const out: WriteBatch = {
    ...batch,
    journal: { rows: encodeJournal(jb.journal), name: journalName, replaces: p.records.journalSheet },
    ...changes.toBatch(),
    page,
    deleteSheets: doomed.map((s) => refOf(s.name)),
    addSheets,
    history,
    activate: host.capabilities.kind === 'live' ? p.plan.sheet : null,
  };
  const cellsWritten = changes.cellCount();
  changes.release();
  const result = yield* writeStep(out);
  return {
    ...detected(p, assessment),
    changedSinceApply: false,
    journal: jb.journal,
    plan: built.plan,
    pack: built.pack,
    written: {
      cells: cellsWritten,
      links: out.links.length,
      notes: out.notes.length,
      values: out.values.length,
      sheetsAdded: addSheets.map((s) => s.name),
      sheetsRemoved: doomed.map((s) => s.name),
    },
    leftAlone: [...leftAlone],
    syncs: result.syncs,
  };
}

/**
 * Removes everything the last Apply added, where it is still as plan-rag left it. `all` also removes the status
 * history (the board's record, which a plain Clear keeps).
 */
export function clear(host: PlanHost, options: ClearOptions = {}): Promise<ClearOutcome> {
  return run(host, clearSession(host, options));
}

export interface ClearOptions {
  /** Also remove the status history. */
  all?: boolean;
  sheet?: string;
}

/** `clear`, as session steps. */
export function* clearSession(host: HostInfo, options: ClearOptions = {}): Session<ClearOutcome> {
  const p = yield* prepare(host, { sheet: options.sheet, registerSheet: null }, true);
  if (p.records.journalError && !p.journal) throw journalProblem(p.records.journalError);
  const none: ClearOutcome = {
    cleared: false,
    sheet: null,
    restored: 0,
    leftAlone: [],
    emptied: 0,
    sheetsRemoved: [],
    sheetsLeft: [],
    historyRemoved: false,
    syncs: 0,
  };
  const historySheet = options.all ? p.records.historySheet : null;
  if (!p.journal && !p.records.journalSheet) {
    if (!historySheet) return none;
    const batch: WriteBatch = { ...emptyBatch(p.plan.sheet), deleteSheets: [historySheet] };
    const r = yield* writeStep(batch);
    return { ...none, cleared: true, historyRemoved: true, syncs: r.syncs };
  }
  if (p.info.protected && p.journal) throw protectedSheet(p.info.name);

  const journal = p.journal;
  const probeCells = new Map<string, ReadonlySet<PropGroup>>();
  requestJournal(p, probeCells);
  const rows = journal
    ? located(
        p,
        journal.rowHeights.map((h) => h[0]),
      )
    : [];
  const cols = journal ? journal.columnWidths.map((w) => w[0]) : [];
  const probe =
    probeCells.size + rows.length + cols.length > 0
      ? yield* probeStep(p.plan.sheet, { cells: probeCells, rows: host.capabilities.rowHeights ? rows : [], cols: host.capabilities.columnWidths ? cols : [] })
      : ({ cells: new Map(), rowHeights: new Map(), columnWidths: new Map() } as ProbeResult);
  const changes = new Changes();
  const leftAlone = new Set<string>();
  const jb = new JournalBuilder({ host: host.name, sheet: p.plan.sheet, asOf: '', options: {}, fingerprint: '', keyCols: [] }, () => '');
  restoreOld(p, probe, new Map(), jb, changes, leftAlone);
  heights(p, probe, null, jb, changes, leftAlone);
  widths(p, probe, null, jb, changes, leftAlone);
  const page = host.capabilities.printLayout ? pageChanges(p, null, jb) : null;

  // the sheets plan-rag made go even when the plan sheet itself has gone
  const sheets = (journal ?? p.records.journal)?.sheets ?? [];
  const present = sheets.filter((s) => p.read.sheets.some((x) => x.name === s.name && x.a1 === s.title));
  const left = sheets.filter((s) => !present.includes(s) && p.read.sheets.some((x) => x.name === s.name));
  const batch: WriteBatch = {
    ...emptyBatch(p.plan.sheet),
    journal: { rows: null, name: p.records.journalSheet?.name ?? JOURNAL_SHEET, replaces: p.records.journalSheet },
    ...changes.toBatch(),
    page,
    deleteSheets: [
      ...present.map((s) => ({ name: s.name, id: p.read.sheets.find((x) => x.name === s.name)?.id ?? '' })),
      ...(historySheet ? [historySheet] : []),
    ],
    activate:
      host.capabilities.kind === 'live' && p.read.active?.name !== p.plan.sheet.name && present.some((s) => s.name === p.read.active?.name)
        ? p.plan.sheet
        : null,
  };
  const result = yield* writeStep(batch);
  return {
    cleared: true,
    sheet: p.info.name,
    restored: changes.cellCount(),
    leftAlone: [...leftAlone],
    emptied: batch.values.filter((v) => v.value === null).length,
    sheetsRemoved: present.map((s) => s.name),
    sheetsLeft: left.map((s) => s.name),
    historyRemoved: !!historySheet,
    syncs: result.syncs,
  };
}

/**
 * The way out of a record that cannot be read: deletes plan-rag's journal (and, with `history`, the status
 * history) without touching anything else. The formatting stays as it is; the person can clear it by hand.
 */
export function removeRecords(host: PlanHost, options: { history?: boolean } = {}): Promise<{ removed: string[] }> {
  return run(host, removeRecordsSession(host, options));
}

/** `removeRecords`, as session steps. */
export function* removeRecordsSession(host: HostInfo, options: { history?: boolean } = {}): Session<{ removed: string[] }> {
  const read = yield* readStep({ sheets: host.capabilities.kind === 'file' ? 'all' : ['active'] });
  const records = findRecords(read);
  const sheets = [records.journalSheet, options.history ? records.historySheet : null].filter((s): s is SheetRef => !!s);
  if (sheets.length === 0) return { removed: [] };
  const active = read.active ?? read.sheets[0];
  yield* writeStep({ ...emptyBatch(active), deleteSheets: sheets });
  return { removed: sheets.map((s) => s.name) };
}

// ---------------------------------------------------------------------------------------------------------------

function checkDate(asOf: string): void {
  if (!isIsoDate(asOf)) throw new SessionError('as-of date', `"${asOf}" is not a date`, 'Choose a date (for example 21 Jan 2015).', 'bad-date');
}

function journalProblem(error: string): SessionError {
  return new SessionError(
    JOURNAL_SHEET,
    `plan-rag's record of its last Apply cannot be read: ${error}`,
    'Use "Remove plan-rag records" to start afresh (the formatting stays; clear it by hand if you wish), then Apply again.',
    'journal',
  );
}

function protectedSheet(name: string): SessionError {
  return new SessionError(
    name,
    `the sheet "${name}" is protected, so its formatting cannot change`,
    'Unprotect the sheet (Review › Unprotect Sheet), then try again.',
    'protected',
  );
}

function assess(p: Prepared, options: SessionOptions): WorkbookAssessment {
  const grid = p.plan.grid;
  if (grid.values.length === 0)
    throw new SessionError(p.info.name, `the sheet "${p.info.name}" is empty`, 'Open the sheet that holds the action plan, then try again.', 'empty');
  const a = assessGrid(grid, { asOf: options.asOf, layout: options.layout });
  if (!a.layout.found)
    throw new SessionError(p.info.name, a.messages.join(' ') || 'no plan table found', 'Open the plan sheet, or set the columns by hand.', 'no-plan');
  const others = p.otherPlans.map((o) => otherPlanMessage(o.name, o.actions, p.info.name));
  return { ...a, messages: others.length > 0 ? [...a.messages, ...others] : a.messages, sheet: p.info.name, register: p.register };
}

function detected(p: Prepared, assessment: WorkbookAssessment): Detected {
  return {
    sheet: { name: p.info.name, id: p.info.id },
    assessment,
    grid: p.plan.grid,
    journal: p.journal,
    journalError: p.journal ? null : p.records.journalError,
    changedSinceApply: p.journal ? p.journal.fingerprint !== fingerprintOf(assessment, p.plan.grid) : null,
    sheetNames: p.read.sheets.filter((s) => !/^plan-rag journal|^RAG history/.test(s.name)).map((s) => s.name),
    glossary: p.glossary,
  };
}

/**
 * The cells a hand-coloured RAG may be in, by grid row and column: each action row's status and RAG cells, and
 * every cell of its table's RAG columns kept one per period ("Q1 RAG | Q2 RAG"), where the newest coloured one is
 * the RAG.
 */
function* colourCells(a: WorkbookAssessment): Generator<{ row: number; col: number }> {
  for (const r of a.layout.rows) {
    for (const c of [r.cells.status, r.cells.rag]) if (c && !c.inherited) yield c;
    for (const u of a.layout.blocks[r.block]?.ragUpdates ?? []) if (u.col !== r.cells.rag?.col) yield { row: r.row, col: u.col };
  }
}

/** The status and RAG cells of every action row: their fill and font colour (a hand-coloured RAG). */
function requestColours(p: Prepared, a: WorkbookAssessment, cells: Map<string, ReadonlySet<PropGroup>>): void {
  const origin = p.plan.grid.origin ?? { row: 0, col: 0 };
  for (const c of colourCells(a)) add(cells, a1(origin.row + c.row, origin.col + c.col), ['fill', 'font']);
}

/**
 * Asks for `groups` of a cell, beside any groups already asked for. Cells asking for the same groups share one set
 * (`groupSet`): a 100,000-row plan asks about some 140,000 cells, and a set each held some 20 MB.
 */
function add(cells: Map<string, ReadonlySet<PropGroup>>, cell: string, groups: Iterable<PropGroup>): void {
  const had = cells.get(cell);
  let mask = had ? maskOf(had) : 0;
  for (const g of groups) mask |= GROUP_BIT[g];
  if (!had || maskOf(had) !== mask) cells.set(cell, groupSet(mask));
}

/** Each property group's bit, for `groupSet`. */
const GROUP_BIT = Object.fromEntries(PROP_GROUPS.map((g, i) => [g, 1 << i])) as Record<PropGroup, number>;

/**
 * The one set of the groups whose bits are in `mask`: a fixed table (there are 128 such sets), made as asked for.
 * Read-only: the request's sets are shared between cells, and hosts only read them.
 */
function groupSet(mask: number): ReadonlySet<PropGroup> {
  let set = GROUP_SETS[mask];
  if (!set) GROUP_SETS[mask] = set = new Set(PROP_GROUPS.filter((g) => (mask & GROUP_BIT[g]) !== 0));
  return set;
}
const GROUP_SETS: Array<ReadonlySet<PropGroup> | undefined> = [];

/** The bits of a set of groups. */
function maskOf(set: ReadonlySet<PropGroup>): number {
  let mask = 0;
  for (const g of set) mask |= GROUP_BIT[g];
  return mask;
}

/** Every cell the journal recorded, where it is now, for the groups it marked. */
function requestJournal(p: Prepared, cells: Map<string, ReadonlySet<PropGroup>>): void {
  const j = p.journal;
  if (!j) return;
  for (const [r, c, , m] of j.cells) {
    const row = p.located[r];
    if (row === null || row === undefined) continue;
    add(cells, addressOf(row, c), groupsOf(j.palette[m]));
  }
  for (const [r, c, , , m] of j.added) {
    const row = p.located[r];
    if (row === null || row === undefined) continue;
    add(cells, addressOf(row, c), groupsOf(j.palette[m]));
  }
}

function requestMarks(marks: Map<string, Mark>, cells: Map<string, ReadonlySet<PropGroup>>): void {
  for (const [cell, m] of marks) {
    add(cells, cell, groupsOf(m.format));
    if (m.note !== undefined) add(cells, cell, ['note']);
  }
}

/**
 * On a host where only text can carry a link (Google Sheets), a number, a date or a formula is not linked: its
 * value would have to become text. The link's blue goes with it.
 */
function dropLinksOnNonText(marks: Map<string, Mark>, probe: ProbeResult, caps: HostInfo['capabilities']): void {
  if (!caps.linksOnTextOnly) return;
  for (const [cell, m] of marks) {
    if (m.format.link === undefined || probe.cells.get(cell)?.isText !== false) continue;
    const { link: _l, underline: _u, ...rest } = m.format;
    void _l;
    void _u;
    if (rest.fontColor === LINK_COLOR) delete rest.fontColor;
    m.format = rest;
    delete m.tooltip;
    if (Object.keys(rest).length === 0 && m.value === undefined && m.note === undefined) marks.delete(cell);
  }
}

function located(p: Prepared, rowIndexes: number[]): number[] {
  return rowIndexes.map((r) => p.located[r]).filter((r): r is number => r !== null && r !== undefined);
}

/**
 * The formatting each probed cell has as the person left it: where a group still holds plan-rag's mark, the
 * person's own (the journal's "before") stands in for it.
 */
function userFormats(p: Prepared, probe: ProbeResult): Map<string, CellFormat> {
  // the probe's answers are shared, not copied (nothing changes them: a format changed here is a new one)
  const user = new Map<string, CellFormat>(probe.cells);
  const j = p.journal;
  if (!j) return user;
  const each = (r: number, c: number, b: number, m: number) => {
    const row = p.located[r];
    if (row === null || row === undefined) return;
    const cell = addressOf(row, c);
    const current = probe.cells.get(cell);
    if (!current) return;
    const mark = j.palette[m];
    const before = j.palette[b];
    let u = user.get(cell) ?? {};
    for (const g of groupsOf(mark)) {
      if (!sameGroup(current, mark, g)) continue;
      u = mergeFormats(dropGroup(u, g), pickGroups(before, [g]));
      if (g === 'note' && before.note === undefined) u.note = null;
    }
    user.set(cell, u);
  };
  for (const [r, c, b, m] of j.cells) each(r, c, b, m);
  for (const [r, c, , b, m] of j.added) each(r, c, b, m);
  return user;
}

function dropGroup(f: CellFormat, g: PropGroup): CellFormat {
  const out = { ...f } as Record<string, unknown>;
  for (const k of GROUP_PROPS[g]) delete out[k];
  return out as CellFormat;
}

/**
 * The assessment with the person's own cell colours in the grid (a hand-coloured RAG); the same assessment when
 * no status or RAG cell is coloured.
 */
function withColours(p: Prepared, options: SessionOptions, a: WorkbookAssessment, user: Map<string, CellFormat>): WorkbookAssessment {
  const grid = p.plan.grid;
  const origin = grid.origin ?? { row: 0, col: 0 };
  let any = false;
  for (const c of colourCells(a)) {
    const f = user.get(a1(origin.row + c.row, origin.col + c.col));
    if (!f) continue;
    const fill = f.fill ? f.fill.color.toUpperCase() : null;
    const font = f.fontColor ? f.fontColor.toUpperCase() : null;
    const coloured = (fill && fill !== 'FFFFFF') || (font && font !== '000000');
    if (!coloured) continue;
    any = true;
    (grid.fills ??= [])[c.row] ??= [];
    grid.fills[c.row][c.col] = fill;
    (grid.fontColors ??= [])[c.row] ??= [];
    grid.fontColors[c.row][c.col] = font;
  }
  return any ? assess(p, options) : a;
}

/** The sheet columns whose text identifies a row: every table column but those that change month to month. */
function keyColumns(p: Prepared, a: WorkbookAssessment): number[] {
  const changing = new Set<number>();
  for (const b of a.layout.blocks)
    for (const role of ['status', 'rag', 'timescale'] as const) if (b.columns[role] !== undefined) changing.add(b.columns[role]!);
  const originCol = p.plan.grid.origin?.col ?? 0;
  const out: number[] = [];
  for (let c = a.layout.firstCol; c <= a.layout.lastCol; c++) if (!changing.has(c)) out.push(originCol + c);
  return out.length > 0 ? out : [originCol + a.layout.firstCol];
}

/** A hash of what decides states: status, timescale and RAG text, and the person's colours on those cells. */
function fingerprintOf(a: WorkbookAssessment, grid: Prepared['plan']['grid']): string {
  const colour = (c: { row: number; col: number } | undefined) => (c ? `${grid.fills?.[c.row]?.[c.col] ?? ''}/${grid.fontColors?.[c.row]?.[c.col] ?? ''}` : '');
  return hashTexts(a.rows.flatMap((r) => [r.status, r.timescale.text, r.cells.rag?.text ?? '', colour(r.cells.status), colour(r.cells.rag)]));
}

const none: CellFormat = {};

/** The changes a batch will carry, collected cell by cell. */
class Changes {
  private sets = new Map<string, CellFormat>();
  readonly links: Array<{ cell: string; link: string | null; tooltip?: string }> = [];
  readonly notes: Array<{ cell: string; note: string | null }> = [];
  readonly values: Array<{ cell: string; value: string | null }> = [];
  readonly rowHeights: Array<{ row: number; height: number | null }> = [];
  readonly columnWidths: Array<{ col: number; width: number | null }> = [];
  private touched = new Set<string>();
  /** A shared format's part without link and note (`setShared`), made once. */
  private rests = new Map<CellFormat, CellFormat>();
  set(cell: string, format: CellFormat, tooltip?: string): void {
    if (Object.keys(format).length === 0) return;
    const rest = withoutLinkAndNote(format);
    this.record(cell, format.link, format.note, Object.keys(rest).length > 0 ? mergeFormats({}, rest) : none, tooltip);
  }
  /**
   * `set` of `format` and, where given, a note: the same as `set(cell, { ...format, note })`, with `format` shared
   * by many cells (it is never changed, nor is what is made of it).
   */
  setShared(cell: string, format: CellFormat, note: string | undefined, tooltip?: string): void {
    let rest = this.rests.get(format);
    if (!rest) {
      const r = withoutLinkAndNote(format);
      rest = Object.keys(r).length > 0 ? mergeFormats({}, r) : none;
      this.rests.set(format, rest);
    }
    if (rest === none && format.link === undefined && format.note === undefined && note === undefined) return;
    this.record(cell, format.link, note ?? format.note, rest, tooltip);
  }
  /** Records a cell's link, note and other groups (`rest`, or `none`; kept as given when the cell has no other). */
  private record(cell: string, link: string | null | undefined, note: string | null | undefined, rest: CellFormat, tooltip: string | undefined): void {
    this.touched.add(cell);
    if (link !== undefined) this.links.push({ cell, link, ...(tooltip ? { tooltip } : {}) });
    if (note !== undefined) this.notes.push({ cell, note });
    if (rest !== none) {
      const had = this.sets.get(cell);
      this.sets.set(cell, had ? mergeFormats(had, rest) : rest);
    }
  }
  cellCount(): number {
    return this.touched.size;
  }
  /** Lets go of the cell by cell record once the batch is made (`cellCount` is 0 after). */
  release(): void {
    this.sets = new Map();
    this.touched = new Set();
    this.rests = new Map();
  }
  toBatch(): Pick<WriteBatch, 'formats' | 'links' | 'notes' | 'values' | 'rowHeights' | 'columnWidths'> {
    const groups = new Map<string, { format: CellFormat; cells: string[] }>();
    const keys = new Map<CellFormat, string>();
    for (const [cell, f] of this.sets) {
      let key = keys.get(f);
      if (key === undefined) keys.set(f, (key = formatKey(f)));
      const g = groups.get(key);
      if (g) g.cells.push(cell);
      else groups.set(key, { format: f, cells: [cell] });
    }
    return {
      formats: [...groups.values()],
      links: this.links,
      notes: this.notes,
      values: this.values,
      rowHeights: this.rowHeights,
      columnWidths: this.columnWidths,
    };
  }
}

/**
 * The last Apply's cells that this one does not mark again: each group still holding our mark is put back; a group
 * someone changed is left (and the cell counted). What is put back stays in the new journal until it is gone, so
 * a write that fails part-way still has a record of it.
 */
function restoreOld(p: Prepared, probe: ProbeResult, marks: Map<string, Mark>, jb: JournalBuilder, changes: Changes, leftAlone: Set<string>): void {
  const j = p.journal;
  if (!j) return;
  const visit = (r: number, c: number, b: number, m: number, value: string | null) => {
    const row = p.located[r];
    if (row === null || row === undefined) {
      leftAlone.add(`${columnLetters(c)}? (row ${j.rows[r].at} at the last Apply, not found)`);
      return;
    }
    const cell = addressOf(row, c);
    const current = probe.cells.get(cell) ?? {};
    const mark = j.palette[m];
    const before = j.palette[b];
    const again = marks.get(cell);
    const againGroups = new Set(again ? groupsOf(again.format) : []);
    if (again?.note !== undefined) againGroups.add('note');
    const restore: PropGroup[] = [];
    let changed = false;
    for (const g of groupsOf(mark)) {
      if (againGroups.has(g)) continue;
      if (sameGroup(current, mark, g)) {
        if (!sameGroup(current, before, g)) restore.push(g);
      } else if (g === 'note' && typeof current.note === 'string' && typeof mark.note === 'string') {
        // someone added to the note: take out only our words
        const ours = ourNotePart(before.note ?? null, mark.note);
        if (ours && current.note.includes(ours)) changes.set(cell, { note: stripNote(current.note, ours) });
        else if (!sameGroup(current, before, g)) changed = true;
      } else if (!sameGroup(current, before, g)) changed = true;
    }
    if (value !== null) {
      const ours = p.ownValues.has(cell);
      if (ours && again?.value !== value) changes.values.push({ cell, value: null });
      if (!ours && textAt(p.plan.grid, row, c) !== '' && textAt(p.plan.grid, row, c) !== value) changed = true;
      if (!ours) {
        // someone typed over our key: leave the cell, its format too
        if (changed) leftAlone.add(cell);
        return;
      }
    }
    if (restore.length > 0) {
      changes.set(cell, pickGroups(before, restore));
      if (value !== null && again?.value !== value) jb.added(row, c, value, pickGroups(before, restore), pickGroups(mark, restore));
      else jb.cell(row, c, pickGroups(before, restore), pickGroups(mark, restore));
    }
    if (changed) leftAlone.add(cell);
  };
  for (const [r, c, b, m] of j.cells) visit(r, c, b, m, null);
  for (const [r, c, v, b, m] of j.added) visit(r, c, b, m, v);
}

/** Our words in a note we wrote: the note minus the person's own text before it. */
function ourNotePart(before: string | null, mark: string): string {
  return before && mark.startsWith(before) ? mark.slice(before.length).replace(/^\n+/, '') : mark;
}

function stripNote(note: string, ours: string): string | null {
  const out = note.replace(`\n\n${ours}`, '').replace(ours, '').replace(/\n+$/, '');
  return out === '' ? null : out;
}

/** What cells alike share in `markNew`: all but their note's text. */
interface MarkWork {
  groups: PropGroup[];
  /** Palette index of what the person had. */
  before: number;
  /** What to set but the note. */
  set: CellFormat;
  /** The mark's palette index (a mark with no note), or the JSON of the mark before its note's text (with one). */
  mark: number;
  markJson: string;
}

/**
 * This Apply's marks: set what differs from the cell now; record what the person had. Cells alike (one mark format,
 * one format now and as the person had it: most of a plan) share the work; a note's text is each cell's own.
 */
function markNew(p: Prepared, probe: ProbeResult, user: Map<string, CellFormat>, marks: Map<string, Mark>, jb: JournalBuilder, changes: Changes): void {
  const alike = new Map<CellFormat, Map<CellFormat, Map<CellFormat, Map<boolean, MarkWork>>>>();
  const nothing: CellFormat = {};
  const workFor = (m: Mark, current: CellFormat, u: CellFormat): MarkWork => {
    const withNote = m.note !== undefined;
    let byCurrent = alike.get(m.format);
    if (!byCurrent) alike.set(m.format, (byCurrent = new Map()));
    let byUser = byCurrent.get(current);
    if (!byUser) byCurrent.set(current, (byUser = new Map()));
    let byNote = byUser.get(u);
    if (!byNote) byUser.set(u, (byNote = new Map()));
    let w = byNote.get(withNote);
    if (w) return w;
    // the mark as it is for every cell of the kind: a note stands for its group (its text is the cell's)
    const format: CellFormat = { ...m.format };
    if (withNote) format.note = '';
    const groups = groupsOf(format);
    const before = pickGroups(u, groups);
    for (const g of groups) if (!GROUP_PROPS[g].some((k) => before[k] !== undefined)) fillNone(before, g);
    const set: CellFormat = {};
    for (const g of groups) if (g !== 'note' && !sameGroup(current, format, g)) Object.assign(set, pickGroups(format, [g]));
    const json = JSON.stringify(m.format);
    w = {
      groups,
      before: jb.format(before),
      set,
      mark: withNote ? -1 : jb.format({ ...m.format }),
      markJson: withNote ? (json === '{}' ? '{"note":' : `${json.slice(0, -1)},"note":`) : json,
    };
    byNote.set(withNote, w);
    return w;
  };
  for (const [cell, m] of marks) {
    const current = probe.cells.get(cell) ?? nothing;
    const u = user.get(cell) ?? current;
    const own = m.note !== undefined && typeof u.note === 'string' && u.note.trim() !== '' ? u.note : null;
    const w = workFor(m, current, u);
    let markIndex = w.mark;
    let note: string | undefined;
    if (m.note !== undefined) {
      const text = own ? `${own}\n\n${m.note}` : m.note;
      markIndex = jb.formatKeyed(`${w.markJson}${JSON.stringify(text)}}`, () => ({ ...m.format, note: text }));
      if ((current.note ?? null) !== text) note = text;
    }
    if (m.value !== undefined) {
      const there = p.ownValues.has(cell) ? p.values.get(cell) : textAt(p.plan.grid, m.row, m.col);
      if (there !== m.value) changes.values.push({ cell, value: m.value });
      jb.addedAt(m.row, m.col, m.value, w.before, markIndex);
    } else jb.cellAt(m.row, m.col, w.before, markIndex);
    changes.setShared(cell, w.set, note, m.tooltip);
  }
}

/** A group the probe did not report is taken as "none" (no fill, no link, no note...). */
function fillNone(f: CellFormat, g: PropGroup): void {
  switch (g) {
    case 'fill':
      f.fill = null;
      break;
    case 'font':
      f.fontColor = null;
      f.bold = false;
      f.italic = false;
      f.underline = false;
      break;
    case 'border':
      f.borders = null;
      break;
    case 'link':
      f.link = null;
      break;
    case 'note':
      f.note = null;
      break;
    case 'numberFormat':
      f.numberFormat = 'General';
      break;
    case 'alignment':
      f.wrap = false;
      f.verticalAlignment = null;
      break;
  }
}

/** Row heights for wrapped text (board pack), and the last Apply's put back where still as it set them. */
function heights(p: Prepared, probe: ProbeResult, pack: BoardPack | null, jb: JournalBuilder, changes: Changes, leftAlone: Set<string>): void {
  const old = new Map<number, { before: number | null; mark: number }>();
  for (const [r, before, mark] of p.journal?.rowHeights ?? []) {
    const row = p.located[r];
    if (row !== null && row !== undefined) old.set(row, { before, mark });
  }
  const wanted = pack?.rowHeights ?? {};
  for (const [row, o] of old) {
    if (wanted[row] !== undefined) continue;
    const now = probe.rowHeights.get(row);
    if (now === undefined) continue;
    if (now === o.mark) {
      changes.rowHeights.push({ row, height: o.before });
      jb.journal.rowHeights.push([jb.row(row), o.before, o.mark]);
    } else if (now !== o.before) leftAlone.add(`row ${row} height`);
  }
  for (const [key, need] of Object.entries(wanted)) {
    const row = Number(key);
    const now = probe.rowHeights.get(row);
    if (now === undefined) continue;
    const o = old.get(row);
    const before = o && now === o.mark ? o.before : now;
    const mark = Math.max(before ?? 0, need);
    if (before !== null && before >= need) continue; // tall enough already: leave it
    if (now !== mark) changes.rowHeights.push({ row, height: mark });
    jb.journal.rowHeights.push([jb.row(row), before, mark]);
  }
}

/** The RAG column's width (board pack), and the last Apply's put back where still as it set it. */
function widths(p: Prepared, probe: ProbeResult, pack: BoardPack | null, jb: JournalBuilder, changes: Changes, leftAlone: Set<string>): void {
  const wantCol = pack?.ragColumnIndex ?? null;
  const RAG_WIDTH = RAG_COLUMN_WIDTH;
  for (const [col, before, mark] of p.journal?.columnWidths ?? []) {
    if (col === wantCol) continue;
    const now = probe.columnWidths.get(col);
    if (now === undefined) continue;
    if (now === mark) {
      changes.columnWidths.push({ col, width: before });
      jb.journal.columnWidths.push([col, before, mark]);
    } else if (now !== before) leftAlone.add(`column ${columnLetters(col)} width`);
  }
  if (wantCol !== null && pack && pack.ragColumn.length > 0) {
    const now = probe.columnWidths.get(wantCol);
    if (now === undefined) return;
    const o = p.journal?.columnWidths.find((w) => w[0] === wantCol);
    const before = o && now === o[2] ? o[1] : now;
    if (now !== RAG_WIDTH) changes.columnWidths.push({ col: wantCol, width: RAG_WIDTH });
    jb.journal.columnWidths.push([wantCol, before, RAG_WIDTH]);
  }
}

const PAGE_FIELDS: ReadonlyArray<keyof PageSettings> = ['orientation', 'paper', 'fitToWidth', 'scale', 'printArea', 'titleRows', 'header', 'footer'];

/** Page settings: the board pack's, over what the person had; the last Apply's put back where still as it set them. */
function pageChanges(p: Prepared, pack: BoardPack | null, jb: JournalBuilder): PageSettings | null {
  const current: PageSettings = p.plan.page ?? {};
  const old = p.journal?.page ?? null;
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  // what the person had: their own settings where ours were still there
  const user: PageSettings = { ...current };
  if (old) for (const f of PAGE_FIELDS) if (f in old.mark && same(current[f], old.mark[f])) (user as Record<string, unknown>)[f] = old.before[f];
  const want: PageSettings = pack ? pageOf(pack) : {};
  const set: PageSettings = {};
  for (const f of PAGE_FIELDS) {
    if (f in want) {
      if (!same(current[f], want[f])) (set as Record<string, unknown>)[f] = want[f];
    } else if (old && f in old.mark && same(current[f], old.mark[f]) && !same(current[f], old.before[f]))
      (set as Record<string, unknown>)[f] = old.before[f] ?? null;
  }
  if (pack) {
    const before: PageSettings = {};
    for (const f of Object.keys(want) as Array<keyof PageSettings>) (before as Record<string, unknown>)[f] = user[f] ?? null;
    jb.journal.page = { before, mark: want };
  }
  return Object.keys(set).length > 0 ? set : null;
}

/** The board pack's print settings in host-neutral terms. */
function pageOf(pack: BoardPack): PageSettings {
  // a scale, not fit-to-width: Excel on Windows ignores fit-to-width until the Page Layout tab is shown (§12)
  return codedPage(pack.page, pack.print.headerFooterPt);
}

/** Page settings with plain-text header and footer turned into Excel's header code, at a font size. */
function codedPage(page: PageSettings, pt?: number): PageSettings {
  const code = (hf: PageSettings['header']) =>
    hf ? { left: headerFooterCode(hf.left, pt), center: headerFooterCode(hf.center, pt), right: headerFooterCode(hf.right, pt) } : hf;
  return { ...page, ...(page.header !== undefined ? { header: code(page.header) } : {}), ...(page.footer !== undefined ? { footer: code(page.footer) } : {}) };
}

/** A sheet from the core's plan, with text kept as text and links as formats. */
function newSheet(s: AddedSheet): NewSheet {
  // one format per style, shared by its cells (a host never changes a format it is given)
  const formats = new Map<object, CellFormat>();
  const formatOf = (style: NonNullable<AddedSheet['rows'][number][number]['style']>) => {
    let f = formats.get(style);
    if (!f) formats.set(style, (f = styleToFormat(style)));
    return f;
  };
  return {
    name: s.name,
    visibility: 'visible',
    columnWidths: s.columnWidths,
    rows: s.rows.map((row) =>
      row.map((c) => {
        let format: CellFormat | undefined = c.style ? formatOf(c.style) : undefined;
        if (c.link) format = { ...(format ?? {}), link: `${quoteSheetName(c.link.sheet)}!${c.link.target}`, fontColor: LINK_COLOR };
        return { value: c.value, ...(format ? { format } : {}) };
      }),
    ),
    page: s.page ? codedPage(s.page) : { orientation: 'landscape', paper: 'A4', fitToWidth: 1 },
    ...(s.chart ? { chart: s.chart } : {}),
  };
}
