import { isWhiteSpace } from '../whiteSpace';
import { cellText, columnIndex, formatAt, gridWidth, mergeLookup, type CellRange, type CellValue, type Grid } from '../grid';
import { Memo } from '../memo';
import { KEY_COLOURS } from '../vocab/colours';
import { TIMELINE_MARKS } from '../vocab/leadMarks';
import {
  AMBER,
  ACCEPTANCE_ONLY,
  COMPLETE_LEAD,
  EXPORT_EMPTY_WORDS,
  IN_PROGRESS,
  KEY_ENTRY_MARK,
  NOT_COMPLETE,
  PARTIAL,
  PROGRESS_LABEL_WORDS,
  RAG_WORDS,
  RED,
  STATUS_CHOICES,
} from '../vocab/status';
import { latestSaying } from '../status/latestSaying';
import { isRagWord } from '../status/classifyStatus';
import { parseTimescale } from '../timescale/parseTimescale';
import { readTimescaleCell } from '../timescale/readTimescaleCell';
import {
  BARE_DATE_HEADERS,
  BARE_PERIOD_HEADER,
  STATUS_RATING_SUBHEADERS,
  STATUS_WORDS_SUBHEADERS,
  TIMESCALE_ORIGINAL_SUBHEADERS,
  TIMESCALE_REVISED_SUBHEADERS,
  COLUMN_ROLES,
  EXTRA_ROLES,
  TICK_BOX_HEADERS,
  MEETING_DATE_HEADERS,
  RAG_ONLY_OVER_COLOURS,
  RAG_COLOUR_WORDS,
  HEADER_SYNONYMS,
  KEY_LABELS,
  OBJECTIVE_AS_ACTION,
  TIMESCALE_AS_ACTION,
  RESPONSE_AS_ACTION,
  STATUS_WHEN_ALONE,
  REVIEW_OVER_PERIODS,
  SUMMARY_LABELS,
  REPORT_LINE_LABELS,
  OVERALL_LINE_LABELS,
  SUMMARY_TALLY_WORDS,
  TIMESCALE_END_SUBHEADERS,
  UPDATE_PERIOD_WORDS,
  type ColumnRole,
  type ExtraRole,
  type HeaderRole,
  ACTION_VERBS,
  NOTES_BESIDE_ACTION,
  REVIEWED_DOCUMENTS,
} from '../vocab/headers';
import { KEY_QUESTIONS } from '../vocab/keyQuestions';
import { isWelsh, matchHeader, matchHeaderRanked, normaliseHeader, RAG_IN_BRACKETS } from './matchHeader';
import { isFormPlaceholder } from '../vocab/placeholders';
import { DEADLINE_HEADING, SPAN_ALONE } from '../vocab/timescalePhrases';
import type { ColumnMap, Layout, LayoutOverride, PlanRow, RoleCell, RowUpdate, Section, TableBlock, UpdateColumn } from './types';

/** The longest cell a header row may hold (a longer one is data). */
const MAX_HEADER = 80;
/** The longest cell of a header row whose cells explain themselves at length. */
const MAX_EXPLAINED_HEADER = 300;

/**
 * The words of a header that explains itself, up to the explanation: "What will we do to achieve this? (the
 * actions partners will take)" → "What will we do to achieve this?"; "Progress update (please include evidence)" →
 * "Progress update".
 */
function headerWords(text: string): string {
  const cut = EXPLANATION.exec(text);
  const words = cut ? text.slice(0, cut.index + (cut[0].startsWith('?') ? 1 : 0)) : text;
  return words.trim() === '' ? text : words;
}

/**
 * True for a status header that is the status only when the plan has no other ("Evidence", "Evidence (embed or attach
 * evidence including audits)"): its words, with any explanation after them, are among `STATUS_WHEN_ALONE`.
 */
function statusWhenAlone(header: string): boolean {
  return STATUS_WHEN_ALONE.includes(normaliseHeader(header)) || STATUS_WHEN_ALONE.includes(normaliseHeader(headerWords(header)));
}

/** Where a header's explanation starts: a bracket, or what follows its question mark. */
const EXPLANATION = /\s*\(|\?\s*\S/;

/** How many roles a row must name to be a header row (one of them action or objective). */
const MIN_HEADER_ROLES = 3;
/** Longest text a section title may have; longer single-cell rows are notes. */
const MAX_SECTION_TITLE = 200;

/**
 * Finds the plan table on a sheet: header rows (repeated per section, in any column order), section titles,
 * note rows, blank rows and action rows, with blank or merged continuation cells resolved from above.
 *
 * @example readLayout({ values: [['No', 'Action', 'Timescale', 'Status'], ['1.1', 'Do it', 'Dec 14', 'Complete']] }).rows.length // 1
 */
export function readLayout(grid: Grid, override: LayoutOverride = {}, memo: Memo = new Memo()): Layout {
  const layout = readLayoutNaming(STRICT_HEADERS, grid, override, memo);
  if (layout.blocks.length > 0 || override.columns) return layout;
  // headers that explain themselves at length ("What will we do? (the actions partners will take over the year)")
  const explained = readLayoutNaming(EXPLAINED_HEADERS, grid, override, memo);
  if (explained.found) return explained;
  // a plan of two columns ("Action | Update", "Recommendation | Progress"): read only when no row names three roles
  const narrow = readLayoutNaming(NARROW_HEADERS, grid, override, memo);
  return narrow.found ? { ...narrow, narrow: true } : layout;
}

/** How a header row is recognised: how many roles it must name, and whether its cells may explain at length. */
interface HeaderRules {
  readonly minRoles: number;
  /** Cells may run long, their words read up to a "?" or "(" ("Progress update (please include evidence ...)"). */
  readonly explained: boolean;
}

const STRICT_HEADERS: HeaderRules = { minRoles: MIN_HEADER_ROLES, explained: false };
const EXPLAINED_HEADERS: HeaderRules = { minRoles: MIN_HEADER_ROLES, explained: true };
const NARROW_HEADERS: HeaderRules = { minRoles: 2, explained: false };

/** `readLayout`, with header rows recognised by `rules`. */
function readLayoutNaming(rules: HeaderRules, grid: Grid, override: LayoutOverride, memo: Memo): Layout {
  const width = gridWidth(grid);
  const spans = new Map<ColumnMap, number>();
  const totalRows: number[] = [];
  const mergeAt = mergeLookup(grid);
  const headerRows: number[] = [];
  const blocks: TableBlock[] = [];
  const sections: Section[] = [];
  const noteRows: number[] = [];
  const rows: PlanRow[] = [];
  const userColumns = resolveUserColumns(override.columns);
  // the non-empty cells of the row being read, reused from row to row
  const scratch: Distinct[] = [];

  const startRow = override.headerRow ?? -1;
  if (userColumns && (override.headerRow !== undefined || !findFirstHeader(grid, width, mergeAt, memo))) {
    blocks.push({ headerRow: startRow, columns: userColumns });
    if (startRow >= 0) headerRows.push(startRow);
  }

  let current: TableBlock | undefined = blocks[0];
  let section: Section | null = null;
  let previous: PlanRow | undefined;
  let lastRow = -1;
  // inside a key to the table (after a "Key" line, until a row of several cells or a header)
  let inKey = false;
  // the action whose progress the next one-cell row gives, after a label row ("What we did over the last year")
  let progressFor: PlanRow | undefined;
  // how many actions read their status so (the report says where the states came from)
  let progressRows = 0;
  // the one-cell lines above the first header (the plan's title), lower-cased: repeated in the table as a page's header,
  // a note
  const titleLines: string[] = [];
  // the last header row read, for the plans that repeat it per section (a repeat shares its reading)
  const unmerged = !grid.merges || grid.merges.length === 0;
  let repeated: { values: CellValue[]; reading: HeaderReading } | undefined;

  // progress written under an action on rows of its own across a table with no status column (a label, "What we did
  // over the last year", then the words; or the label and the words in one cell): that action's status
  const progressBelow = (r: number, n: number): void => {
    const last = previous;
    const only = scratch[0];
    if (!current || current.columns.status !== undefined || current.columns.rag !== undefined || !last || last.block !== blocks.length - 1) return;
    if (last.cells.status || n !== 1) return;
    const label = PROGRESS_LABEL.exec(only.text);
    if (label) {
      const words = only.text.slice(label[0].length).trim();
      progressFor = words === '' ? last : undefined;
      if (words !== '') {
        last.cells.status = { ...readCell(grid, r, only.col, false, mergeAt), text: words };
        progressRows++;
      }
    } else if (progressFor === last) {
      last.cells.status = readCell(grid, r, only.col, false, mergeAt);
      progressRows++;
      progressFor = undefined;
    }
  };

  // true when the next filled row (within two) is a header row of its own
  const headsNextHeader = (r: number): boolean => {
    const next = nextFilledRow(grid, r + 1, 2);
    return next >= 0 && headerRoles(grid, next, width, mergeAt, memo, -1, rules) !== null;
  };

  // one function per row (not one long loop): it is optimised once and stays so from one sheet to the next
  const readGridRow = (r: number): void => {
    const values = grid.values[r];
    let header: HeaderReading | null;
    if (repeated && values && sameValues(values, repeated.values)) header = repeated.reading;
    else {
      header = headerRoles(grid, r, width, mergeAt, memo, headerRows.length > 0 ? headerRows[headerRows.length - 1] : -1, rules);
      // on a sheet without merges a header row's reading depends on its values alone once it names enough roles
      // (a row naming two depends on the header above): a repeat of it word for word reads the same
      if (header && header.count >= MIN_HEADER_ROLES && unmerged && values) repeated = { values, reading: header };
    }
    if (header && !(userColumns && r === startRow)) {
      // a title above the table that happens to name roles ("Action plan | Lead | Timescales") is not the header
      // when the real header row follows at once and names more
      const next = nextFilledRow(grid, r + 1, 2);
      if (next >= 0 && !current) {
        const below = headerRoles(grid, next, width, mergeAt, memo, -1, rules);
        if (below && below.count > header.count) return;
      }
      let columns = userColumns ? { ...header.columns, ...userColumns } : header.columns;
      // a "Priority" column of ratings ("High", "Medium", "Low") beside the action is how urgent it is, not its objective
      if (!userColumns?.objective && columns.objective !== undefined && columns.action !== undefined && priorityRatings(grid, r, columns.objective)) {
        const { objective: _rating, ...rest } = columns;
        columns = rest;
      }
      // a rating said only in brackets to be the RAG ("Self-assessment (RAG)") between the standard and the actions under
      // it rates the standard, not each action ("Standard | Self-assessment (RAG) | Ref | Action | ... | Status")
      if (!userColumns?.rag && columns.rag !== undefined && ratesObjective(grid, r, columns)) {
        const { rag: _standard, ...rest } = columns;
        columns = rest;
      }
      // a "Target" column of figures ("90%", as a scorecard or a QA exceptions list gives each indicator) is the
      // indicator's target, not the timescale: a "Review date" column, where there is one, is when the action is due
      if (!userColumns?.timescale && columns.timescale !== undefined && figureTargets(grid, r, columns.timescale)) {
        const { timescale: _target, ...rest } = columns;
        const review = reviewDateColumn(grid, r);
        columns = review >= 0 ? { ...rest, timescale: review } : rest;
      }
      // a work plan of documents to review ("Chapter / procedure | Lead | Review date | Status"): the review date is when
      // each is due, where no other column gives a timescale
      if (!userColumns?.timescale && columns.timescale === undefined && columns.action !== undefined && reviewsDocuments(grid, r, columns.action)) {
        const review = reviewDateColumn(grid, r);
        if (review >= 0) columns = { ...columns, timescale: review };
      }
      // a ref column left without a header (" | Milestone | ..." with "C1.1.1", "C1.1.2" below): found by what it holds
      if (columns.ref === undefined && !userColumns?.ref) {
        const ref = unlabelledRefColumn(grid, r, columns, mergeAt);
        if (ref !== undefined) columns = { ...columns, ref };
        else
          columns =
            refUnderMergedHeader(grid, r, columns, mergeAt) ??
            refBesideBlankHeader(grid, r, columns, width, mergeAt) ??
            objectiveOfCodes(grid, r, columns, width) ??
            labelledActions(grid, r, columns, width) ??
            columns;
      } else if (!userColumns?.ref && columns.objective !== undefined && columns.ref !== undefined && columns.ref < columns.objective) {
        // a recommendation's number, then its parts numbered under the action's header merged over two columns ("Rec
        // No. | Recommendation | Sub recommendation/" over "7.1 | Processes should be ..."): the parts' codes are the
        // actions' own refs, as a ref column between the objective and the action is
        const parts = refUnderMergedHeader(grid, r, { ...columns, objective: undefined }, mergeAt);
        if (parts && parts.action !== undefined) {
          header.more.parentRef = columns.ref;
          columns = { ...parts, objective: columns.objective };
        }
      }
      // a RAG column left without a header ("... | Update | " with G, A, R below): found by what it holds
      if (columns.rag === undefined && !header.more.ragUpdates?.length) {
        const rag = unlabelledRagColumn(grid, r, columns, width, mergeAt);
        if (rag !== undefined) columns = { ...columns, rag };
      }
      current = { headerRow: r, columns, ...header.more };
      // an "Outcome" column that says where each action stands ("Achieved", "Delayed – to be re-advertised") beside
      // the status: read after it
      // (a header repeated word for word continues the table above: its reading is kept, not made again)
      const before = blocks[blocks.length - 1];
      const outcomeIsProgress =
        before && sameValues(grid.values[before.headerRow] ?? [], grid.values[r] ?? [])
          ? before.outcomeIsProgress === true
          : columns.outcome !== undefined && columns.status !== undefined && outcomeReadsAsProgress(grid, r, columns.outcome);
      if (outcomeIsProgress) current.outcomeIsProgress = true;
      blocks.push(current);
      headerRows.push(r);
      lastRow = r;
      inKey = false;
      return;
    }
    // the row of sub-headers under a header whose other cells are merged down over it ("Ref" ... "Progress update" over
    // two rows, "RAG rating" across "Q1 | Q2 | Q3 | Q4"): part of the header, not an action
    if (current && lastRow === current.headerRow && r === lastRow + 1 && !unmerged && underHeaderMerge(r, current.headerRow, width, mergeAt)) {
      lastRow = r;
      return;
    }
    const n = distinctValues(grid, r, width, mergeAt, scratch);
    if (n === 0) return; // blank row
    // a row of guidance under the header, asking what goes in each column ("What is the over-arching
    // recommendation?" | "Local, regional, or national level?"): a note, not an action
    // (or the header again in Welsh under the English, "Cyf. | Blaenoriaeth | Cam Gweithredu | ...", as a Welsh body's
    // bilingual plan heads its table in two rows)
    if (current && lastRow === current.headerRow && r === lastRow + 1 && (asksWhatGoesIn(scratch, n, current.columns) || inWelsh(scratch, n))) {
      noteRows.push(r);
      lastRow = r;
      return;
    }

    // a key to the table ("Key", "RAG key:", or "Key: | Blue = complete | ...") and the one-cell lines after a lone
    // key label ("Date: date of the meeting") are notes
    // (a key written in one cell after its label, "Key: Green – complete; Amber – in progress", is a note line of its own)
    const inline = n === 1 && opensWithKeyLabel(scratch[0].text);
    // (or a RAG label in a cell of its own, the colours in the cells after it: "RAG: | Blue - Completed | Green - On track")
    const keyLabel = inline || isKeyLabel(scratch[0].text) || (n > 1 && labelsColoursAfter(scratch[0].text, scratch[1].text));
    if (keyLabel) inKey = n === 1 && !inline;
    // (an entry of a key, in two cells, keeps it going: "1 | Completed", "Amber | Some slippage")
    else if (n > 1 && !(inKey && n === 2 && KEY_ENTRY_MARK.test(scratch[0].text) && scratch[1].text.length <= 80)) inKey = false;
    if (keyLabel || inKey) {
      if (current) {
        noteRows.push(r);
        lastRow = r;
      }
      return;
    }
    // a title in one cell over the header row repeated under it ("2. Leadership" over "Key action | Lead | ..."): the
    // section of the table that follows, not an action; so is each of the one-cell lines that open a new page above
    // it ("We promise to ...", "Priority 2"), except the plan's own title repeated on every page (a note)
    // (or a title over another table's header on the next row: "4. Risks and Issues" over "Risk / Issue | Impact |
    // Mitigation | Owner | RAG")
    // (and a priority's own block of cells opening with its named heading, "Priority 2: ... | To increase the take-up
    // ... | Priority Target: ... | CCNM", right over the header repeated for it: the section's title, not an action)
    const namedBlock = n > 1 && current !== undefined && NAMED_HEADING.test(scratch[0].text.trim()) && headsSameHeader(grid, r, current.headerRow);
    const heads = current !== undefined && ((n === 1 && (headsRepeatedHeader(grid, r, current.headerRow, scratch[0].col) || headsNextHeader(r))) || namedBlock);
    if (heads && sameText(scratch[0].text, lineAbove(grid, current!.headerRow))) {
      noteRows.push(r);
      lastRow = r;
      return;
    }
    // a page break's lines pasted from Word inside the table: the page number ("Page 2 of 4") and the plan's title
    // repeated as the page's header ("Corporate Safeguarding Action Plan 2024/25", under the title line "Corporate
    // Safeguarding Action Plan 2024/25 – position at 16 August 2024"): notes, not actions
    if (n === 1 && !current) titleLines.push(normalWords(scratch[0].text));
    else if (n === 1 && current && (PAGE_LINE.test(scratch[0].text) || repeatsTitle(scratch[0].text, titleLines))) {
      noteRows.push(r);
      lastRow = r;
      return;
    }
    const kind = heads ? 'section' : classifyRow(scratch, n, current?.columns ?? NO_COLUMNS, spans);
    // Above the first header only a section title counts (version control blocks and titles are skipped).
    if (!current && kind !== 'section') return;
    if (kind === 'section') {
      const first = scratch[0];
      const numbered = n === 2 ? first.text.trim() : null;
      const titleText = (namedBlock ? first : scratch[n - 1]).text.trim();
      const m = /^(\d+(?:\.\d+)*)\.?\s+(.*)$/s.exec(titleText);
      section = {
        row: r,
        ref: numbered ?? (m ? m[1] : null),
        title: numbered ? titleText : m ? m[2].trim() : titleText,
      };
      sections.push(section);
      if (current) lastRow = r;
      return;
    }
    if (kind === 'note') {
      noteRows.push(r);
      lastRow = r;
      progressBelow(r, n);
      return;
    }
    if (kind === 'total') {
      totalRows.push(r);
      lastRow = r;
      return;
    }

    if (!current) return;
    // a row of guidance right under the header, as a template prints it ("Realistic target date" under "Target Date",
    // "Roles no names" under "Lead"): what to write in each column, not an action
    if (r === current.headerRow + 1 && isGuidanceRow(scratch, n, current)) {
      noteRows.push(r);
      lastRow = r;
      return;
    }
    const planRow = readRow(grid, r, current, blocks.length - 1, section, previous, mergeAt);
    if (!planRow) {
      // a continuation line of the action above belongs to the table (its print area, its notes)
      if (previous && r - previous.row <= CONTINUATION_ROWS) lastRow = r;
      return;
    }
    rows.push(planRow);
    previous = planRow;
    lastRow = r;
  };
  for (let r = Math.max(0, startRow + 1); r < grid.values.length; r++) readGridRow(r);
  headLetteredRuns(rows, sections);
  themeHeadings(rows, sections, blocks);
  parentRefHeadings(rows, sections);
  outlineHeadings(grid, blocks, rows, sections);
  rolledUpHeadings(grid, blocks, rows, sections);
  typedRows(grid, blocks, rows, sections);

  const present = new Set<ColumnRole>();
  let firstCol = Infinity;
  let lastCol = -1;
  for (const b of blocks) {
    for (const role of COLUMN_ROLES) {
      const c = b.columns[role];
      if (c === undefined) continue;
      present.add(role);
      firstCol = Math.min(firstCol, c);
      lastCol = Math.max(lastCol, c);
    }
    if (b.headerRow >= 0) {
      // the header row's own extent (group columns such as "LSCB | TRAINING SUB" belong to the table too)
      const row = grid.values[b.headerRow] ?? [];
      for (let c = 0; c < row.length; c++) {
        if (cellText(grid, b.headerRow, c).trim() !== '') {
          firstCol = Math.min(firstCol, c);
          lastCol = Math.max(lastCol, c);
        }
      }
    }
  }
  const missing = COLUMN_ROLES.filter((role) => !present.has(role) && role !== 'rag' && role !== 'link');
  const found = blocks.length > 0 && rows.length > 0;
  const messages: string[] = [];
  if (blocks.length === 0) {
    messages.push(
      `No plan table found: no row has at least ${MIN_HEADER_ROLES} recognised column headers including an action or objective column. ` +
        `Looked for: ${describeSynonyms()}.`,
    );
  } else if (rows.length === 0) {
    messages.push('A header row was found but no action rows under it.');
  }
  return {
    found,
    blocks,
    rows,
    sections,
    headerRows,
    noteRows,
    firstCol: Number.isFinite(firstCol) ? firstCol : 0,
    lastCol: Math.max(lastCol, 0),
    lastRow,
    missing,
    progressRows,
    messages,
    totalRows,
  };
}

/** The rank of a role read from a column shared with another (any column naming the role alone ranks before it). */
const SHARED_RANK = 1000;

/** The pairs of roles one column may hold together ("Lead / Date" holds a lead and a timescale). */
const SHAREABLE: ReadonlyArray<readonly [ColumnRole, ColumnRole]> = [
  ['lead', 'timescale'],
  ['rag', 'status'],
  // "Timescale / progress": the date, then the progress, in one cell ("September 2019. Complete – briefing circulated")
  ['timescale', 'status'],
];

/** Where a header joins two names ("Lead / Date", "Who and when", "RAG & status"). */
const HEADER_JOIN = /\s*(?:\/|&|\+|\band\b)\s*/;

/**
 * The roles a header names besides its own when it joins two names that may share a column: "Lead / Date" is the
 * lead column and the timescale column; "Who and when?" the same; "RAG / Status" the RAG and the status.
 *
 * @example sharedRoles('Lead / Date', memo) // ['timescale']
 * @example sharedRoles('Outcome / Impact', memo) // []
 */
function sharedRoles(header: string, memo: Memo): ColumnRole[] {
  const own = matchHeaderRanked(header, memo)?.role;
  const parts: HeaderRole[] = [];
  for (const part of header.split(HEADER_JOIN)) {
    const role = part.trim() === '' ? undefined : matchHeaderRanked(part, memo)?.role;
    if (role && !parts.includes(role)) parts.push(role);
  }
  // a header of two names that neither names alone ("Who and when?"): both roles, when they may share
  if (!own) return parts.length === 2 && shareable(parts[0], parts[1]) ? (parts as ColumnRole[]) : [];
  return parts.filter((role) => role !== own && shareable(own, role)) as ColumnRole[];
}

function shareable(a: HeaderRole, b: HeaderRole): boolean {
  return SHAREABLE.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/** How many rows under a header are looked at for a RAG column left without a header. */
const UNLABELLED_RAG_ROWS = 40;

/**
 * A column with a blank header, inside the table or just right of it, whose entries below the header are RAG words
 * or letters ("G", "Amber", "R/A"; at least two, and no more than one entry in five anything else): the RAG column
 * of a table that names none. Cells under a merged header ("Progress" over "Q1 | Q2") are not blank headers.
 *
 * @example unlabelledRagColumn(grid, 0, { action: 1, status: 4 }, 6, mergeAt) // 5, when F2:F20 hold "G", "A", "R"
 */
function unlabelledRagColumn(
  grid: Grid,
  headerRow: number,
  columns: ColumnMap,
  width: number,
  mergeAt: (r: number, c: number) => CellRange | undefined,
): number | undefined {
  let first = Infinity;
  let last = -1;
  for (const role of COLUMN_ROLES) {
    const c = columns[role];
    if (c === undefined) continue;
    first = Math.min(first, c);
    last = Math.max(last, c);
  }
  if (last < 0) return undefined;
  const end = Math.min(width - 1, last + 1);
  for (let c = first; c <= end; c++) {
    if (!isBlank(cellText(grid, headerRow, c)) || mergeAt(headerRow, c)) continue;
    const held = entriesBelow(grid, headerRow, [c], UNLABELLED_RAG_ROWS);
    if (mostly(held.rag, held.sentences + held.other)) return c;
    // a performance system's status icons as words ("Completed", "Overdue", "Check Progress"): every entry one, and
    // three or more
    if (held.choices >= 3 && held.rag + held.sentences + held.other === held.choices) return c;
  }
  return undefined;
}

/**
 * The first column of the table, left of every named column, with a blank header, whose entries below are reference
 * codes ("CC1", "CC1.1", "C1.1.1", "2.3a"; at least three, and no more than one entry in five anything else): the ref
 * column of a table that heads it with nothing.
 *
 * @example unlabelledRefColumn(grid, 2, { action: 1, lead: 3 }, mergeAt) // 0, when A4:A12 hold "CC1", "CC1.1", "C1.1.1"
 */
function unlabelledRefColumn(grid: Grid, headerRow: number, columns: ColumnMap, mergeAt: (r: number, c: number) => CellRange | undefined): number | undefined {
  let first = Infinity;
  for (const role of COLUMN_ROLES) if (columns[role] !== undefined) first = Math.min(first, columns[role]!);
  const c = first - 1;
  if (c < 0 || !isBlank(cellText(grid, headerRow, c)) || mergeAt(headerRow, c)) return undefined;
  return holdsCodes(grid, headerRow, c) ? c : undefined;
}

/** True when the column's entries under the header are reference codes: at least three, and four in five or more. */
function holdsCodes(grid: Grid, headerRow: number, c: number): boolean {
  const held = tallyBelow(grid, headerRow, c, (text) => REF_CODE.test(text));
  return held.kind >= 3 && held.rest * 5 <= held.kind;
}

/**
 * The columns with the ref taken out from under the first role's header when it is merged over two columns and the
 * first holds reference codes ("SCRUTINY RECOMMENDATION" over "R1 | The Children's Services Department to ..."): the
 * codes are the ref, the words beside them the role's; else null.
 *
 * @example refUnderMergedHeader(grid, 1, { objective: 0, action: 2 }, mergeAt) // { ref: 0, objective: 1, action: 2 }
 */
function refUnderMergedHeader(grid: Grid, headerRow: number, columns: ColumnMap, mergeAt: (r: number, c: number) => CellRange | undefined): ColumnMap | null {
  for (const role of ['objective', 'action'] as const) {
    const c = columns[role];
    const m = c === undefined ? undefined : mergeAt(headerRow, c);
    if (c === undefined || !m || m.left !== c || m.right !== c + 1 || m.bottom !== headerRow) continue;
    if (Object.values(columns).includes(c + 1)) continue;
    if (holdsCodes(grid, headerRow, c)) return { ...columns, ref: c, [role]: c + 1 };
  }
  return null;
}

/**
 * True when the RAG column is named so only in brackets ("Self-assessment (RAG)") and stands between the objective and
 * the ref or action: it rates the standard the actions answer to.
 * @example ratesObjective(grid, 0, { objective: 0, rag: 1, ref: 2, action: 3 }) // true, when B1 is "Self-assessment (RAG)"
 */
function ratesObjective(grid: Grid, headerRow: number, columns: ColumnMap): boolean {
  const { rag, objective } = columns;
  const work = Math.min(columns.ref ?? Infinity, columns.action ?? Infinity);
  if (rag === undefined || objective === undefined || work === Infinity || !(objective < rag && rag < work)) return false;
  const header = cellText(grid, headerRow, rag);
  return RAG_IN_BRACKETS.test(header) && matchHeader(header.replace(RAG_IN_BRACKETS, '')) === null;
}

/**
 * The columns with the ref taken out from under the first role's header when the column after it has no header of its
 * own and holds the words ("Recommendations | | Assessment (RAG)" over "ARR 1 | Review your mission statement ...", a
 * table pasted from a document whose merged header came apart): the codes are the ref, the words beside them the
 * role's; else null. Section rows (the rest of the row blank) are not counted; at least three codes, and no more than one
 * entry in five anything else, each beside words.
 *
 * @example refBesideBlankHeader(grid, 2, { objective: 0, status: 3 }, 4, mergeAt) // { objective: 1, status: 3, ref: 0 }
 */
function refBesideBlankHeader(
  grid: Grid,
  headerRow: number,
  columns: ColumnMap,
  width: number,
  mergeAt: (r: number, c: number) => CellRange | undefined,
): ColumnMap | null {
  for (const role of ['objective', 'action'] as const) {
    const c = columns[role];
    if (c === undefined || c + 1 >= width || Object.values(columns).includes(c + 1)) continue;
    if (!isBlank(cellText(grid, headerRow, c + 1)) || mergeAt(headerRow, c) || mergeAt(headerRow, c + 1)) continue;
    if (codesOnActionRows(grid, headerRow, c, width, (r) => WORDS.test(cellText(grid, r, c + 1)))) return { ...columns, ref: c, [role]: c + 1 };
  }
  return null;
}

/** Three words or more: what a recommendation or an action is written in. */
const WORDS = /[A-Za-z]+\s+\S+\s+[A-Za-z]/;

/**
 * The columns with the ref taken from the objective column when that column, named for what the actions answer to
 * ("Standard", "Recommendation", "Area"), holds only reference codes on the action rows ("1.1", "1.2" under "Standard",
 * the standards themselves written as section rows across the table): the codes are the ref; else null. Section rows
 * (the rest of the row blank) are not counted; at least three codes, and no more than one entry in five anything else.
 *
 * @example objectiveOfCodes(grid, 2, { objective: 0, action: 1, lead: 2 }, 6) // { action: 1, lead: 2, ref: 0 }
 */
function objectiveOfCodes(grid: Grid, headerRow: number, columns: ColumnMap, width: number): ColumnMap | null {
  const c = columns.objective;
  // (with no action column, the objective's column is where the rows' words are found)
  if (c === undefined || columns.action === undefined || !codesOnActionRows(grid, headerRow, c, width)) return null;
  const { objective: _codes, ...others } = columns;
  return { ...others, ref: c };
}

/**
 * The columns with the ref taken from an action column that holds only labels ("Action | ... | Actions to be taken"
 * over "Action 1", "Action 2", as a trust's action plan numbers them) or bare numbers ("Action | Improvement Issue |
 * Action to be taken" over "1", "2"), when another header names the action: the labels are the ref, the other column
 * the action; else null.
 * @example labelledActions(grid, 3, { action: 0, rag: 1, objective: 2 }, 8) // { action: 3, rag: 1, objective: 2, ref: 0 }, when D4 is "Actions to be taken" and A5:A18 hold "Action 1" ... "Action 14"
 */
function labelledActions(grid: Grid, headerRow: number, columns: ColumnMap, width: number): ColumnMap | null {
  const c = columns.action;
  if (c === undefined || !holdsMostly(grid, headerRow, c, 3, (text) => ACTION_LABEL.test(text) || BARE_NUMBER.test(text))) return null;
  const taken = new Set(Object.values(columns));
  for (let other = 0; other < width; other++) {
    if (taken.has(other) || matchHeader(cellText(grid, headerRow, other)) !== 'action') continue;
    return { ...columns, ref: c, action: other };
  }
  return null;
}

/**
 * A number alone ("1", "2.", "8.2"), as a plan pasted from Word numbers its actions under "Action" beside "Action to be
 * taken".
 */
const BARE_NUMBER = /^\d{1,3}(?:\.\d{1,3})*\.?$/;

/** A label alone naming a row by its number ("Action 1", "Rec 3", "Recommendation 2.1"), as some plans head each row. */
const ACTION_LABEL = /^(?:action|rec|recommendation|item)\.?\s*\d{1,3}(?:\.\d{1,3})*[a-z]?$/i;

/**
 * True when the column holds reference codes on the rows under the header that hold something else too (section rows,
 * the rest of the row blank, are not counted): at least three, each meeting `beside` (the words next to it, say), and
 * no more than one entry in five anything else.
 */
function codesOnActionRows(grid: Grid, headerRow: number, c: number, width: number, beside: (r: number) => boolean = () => true): boolean {
  let codes = 0;
  let rest = 0;
  for (let r = headerRow + 1; r < Math.min(grid.values.length, headerRow + 1 + UNLABELLED_RAG_ROWS); r++) {
    const text = cellText(grid, r, c).trim();
    if (text === '') continue;
    let others = false;
    for (let k = 0; k < width && !others; k++) if (k !== c && !isBlank(cellText(grid, r, k))) others = true;
    if (!others) continue;
    if ((REF_CODE.test(text) || NAMED_CODE.test(text)) && beside(r)) codes++;
    else rest++;
  }
  return codes >= 3 && rest * 5 <= codes;
}

/** A code named for what it numbers, as a compliance plan writes it under "Standard": "Standard 3.1", "Regulation 12". */
const NAMED_CODE = /^(?:standard|regulation|reg\.?|requirement|recommendation|rec\.?)\s+\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?$/i;

/** A reference code as plans write them in a column of their own: "CC1", "C1.1.1", "2.3a", "A2", "PU3". */
const REF_CODE = /^(?:[A-Z]{1,4}[\s-]?)?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?\.?$/;

/**
 * What the cells of `cols` hold in the `rows` rows under a header: RAG words or letters (`isRagEntry`), sentences (two
 * words or more), anything else (a mark, a number, a word).
 * @example entriesBelow(grid, 0, [5], 40) // { rag: 3, choices: 0, sentences: 0, other: 0, figures: 0 } when F2:F4 hold "G", "A", "R"
 */
function entriesBelow(
  grid: Grid,
  headerRow: number,
  cols: readonly number[],
  rows: number,
): { rag: number; choices: number; sentences: number; other: number; figures: number } {
  const held = { rag: 0, choices: 0, sentences: 0, other: 0, figures: 0 };
  for (let r = headerRow + 1; r < Math.min(grid.values.length, headerRow + 1 + rows); r++) {
    for (const c of cols) {
      const text = cellText(grid, r, c).trim().toLowerCase();
      if (text === '') continue;
      // (a status drop-down's word is counted as a sentence or other entry too)
      if (STATUS_CHOICES.has(text.replace(/[.:!]+$/, ''))) held.choices++;
      if (isRagEntry(text)) held.rag++;
      else if (SENTENCE_ENTRY.test(text)) held.sentences++;
      else {
        held.other++;
        if (FIGURE_ENTRY.test(text)) held.figures++;
      }
    }
  }
  return held;
}

/**
 * A figure a dashboard reports for a period, not a mark or a word: "86%", "≥ 90%", "0.86", "12", "3 of 4 sites",
 * "17/20".
 */
const FIGURE_ENTRY = /^[<>≤≥=~]?\s*\d[\d,.]*\s*%?(?:\s*(?:of|\/|out\s+of)\s*\d[\d,.]*)?(?:\s+[a-z]+){0,2}$/;

/**
 * True when the column under a "Target" header holds figures ("90%", a number formatted as a percentage), as a
 * scorecard gives each indicator its target: at least two, and no more than one entry in five anything else. A column
 * of dates ("March 2016") is not.
 * @example figureTargets(grid, 0, 2) // true, when C1 is "Target" and C2:C4 hold 0.9, 0.8, 0.95 formatted "0%"
 */
function figureTargets(grid: Grid, headerRow: number, col: number): boolean {
  return FIGURE_TARGET_HEADER.test(cellText(grid, headerRow, col)) && percentagesBelow(grid, headerRow, col);
}

/**
 * True when the column under a header holds percentages only ("55%", a number formatted as a percentage): at least two,
 * and no more than one entry in five anything else.
 * @example percentagesBelow(grid, 0, 3) // true, when D2:D4 hold 0.55, 1, 0.2 formatted "0%"
 */
function percentagesBelow(grid: Grid, headerRow: number, col: number): boolean {
  const held = tallyBelow(grid, headerRow, col, (text, r) => {
    const v = grid.values[r]?.[col];
    return FIGURE.test(text) || (typeof v === 'number' && (formatAt(grid, r, col) ?? '').includes('%'));
  });
  return mostly(held.kind, held.rest);
}

/** A header that may name an indicator's target rather than a date: "Target", "Targets", "Target (%)". */
const FIGURE_TARGET_HEADER = /^\s*targets?\s*(?:\(\s*%\s*\))?\s*:?\s*$/i;

/** A figure, not a date: "90%", "≥ 85%", "< 20%", "75 %". */
const FIGURE = /^\s*[<>≤≥=]?\s*\d{1,3}(?:\.\d+)?\s*%\s*$/;

/**
 * The headers of the date an action is next looked at, read as its timescale where a "Target" holds figures or the
 * rows are documents to review.
 */
const REVIEW_DATE_HEADERS: readonly string[] = ['review date', 'date of review', 'next review date', 'next review', 'review by'];

/**
 * True when the action column is headed as an audit ("Audit", "Audit title") and the objective column after it as the
 * recommendations made: an internal audit tracker, a recommendation a row.
 * @example auditOfRecommendations({ 0: 'Audit', 1: 'Recommendation' }, { action: 0, objective: 1 }) // true
 */
function auditOfRecommendations(headers: Record<number, string>, columns: ColumnMap): boolean {
  return (
    AUDIT_HEADERS.includes(normaliseHeader(headers[columns.action!] ?? '')) &&
    RECOMMENDATION_HEADERS.includes(normaliseHeader(headers[columns.objective!] ?? ''))
  );
}

/** The headers of an audit an internal audit tracker's recommendations come from. */
const AUDIT_HEADERS: readonly string[] = ['audit', 'audit title', 'audit name', 'audit area', 'audit report'];

/** The headers of the recommendations an audit made ("Recommendation", "Recommendations", "Audit recommendation"). */
const RECOMMENDATION_HEADERS: readonly string[] = ['recommendation', 'recommendations', 'audit recommendation', 'audit recommendations', 'recommendation made'];

/** The column of header row `r` headed as a review date (`REVIEW_DATE_HEADERS`), or -1. */
function reviewDateColumn(grid: Grid, r: number): number {
  return (grid.values[r] ?? []).findIndex((v) => typeof v === 'string' && REVIEW_DATE_HEADERS.includes(normaliseHeader(v)));
}

/**
 * True when header row `r` heads the action column as a document to review ("Chapter / procedure", "Policy",
 * `REVIEWED_DOCUMENTS`): a procedures group's work plan.
 * @example reviewsDocuments({ values: [['No.', 'Chapter / procedure', 'Review date']] }, 0, 1) // true
 */
function reviewsDocuments(grid: Grid, r: number, action: number): boolean {
  const header = grid.values[r]?.[action];
  return typeof header === 'string' && REVIEWED_DOCUMENTS.includes(normaliseHeader(header));
}

/**
 * True when the column under a "Priority" header holds ratings of urgency ("High", "Medium", "Low", "H", "Critical"):
 * at least two, and no more than one entry in five anything else. A column of themes ("Priority 1: Early help") or
 * numbers is not.
 * @example priorityRatings(grid, 0, 2) // true, when C1 is "Priority" and C2:C4 hold "High", "Medium", "Low"
 */
function priorityRatings(grid: Grid, headerRow: number, col: number): boolean {
  if (!PRIORITY_HEADER.test(cellText(grid, headerRow, col))) return false;
  const held = tallyBelow(grid, headerRow, col, (text) => PRIORITY_RATING.test(text));
  return mostly(held.kind, held.rest);
}

/**
 * True when the entries under an outcome header say where each action stands, not what it is for: at least three,
 * and at least two in three of them a status that opens with a state ("Achieved", "Ongoing", "Not yet achieved",
 * "Delayed – ...", "On target", a RAG word). "PM data to demonstrate how agencies use EIPs" is what it is for.
 * @example outcomeReadsAsProgress(grid, 2, 5) // true, when F4:F9 hold "Ongoing", "Achieved", "Not yet achieved", ...
 */
function outcomeReadsAsProgress(grid: Grid, headerRow: number, col: number): boolean {
  const held = tallyBelow(grid, headerRow, col, opensWithState);
  return held.kind >= 3 && held.kind >= 2 * held.rest;
}

/**
 * How many of the filled cells in the column under a header (`UNLABELLED_RAG_ROWS` rows) are of a kind, and how many
 * are not; each cell's text is trimmed, and its row given too.
 * @example tallyBelow(grid, 0, 2, (t) => t === 'High') // { kind: 2, rest: 1 } when C2:C4 hold "High", "High", "Low"
 */
function tallyBelow(grid: Grid, headerRow: number, col: number, isKind: (text: string, row: number) => boolean): { kind: number; rest: number } {
  const held = { kind: 0, rest: 0 };
  for (let r = headerRow + 1; r < Math.min(grid.values.length, headerRow + 1 + UNLABELLED_RAG_ROWS); r++) {
    const text = cellText(grid, r, col).trim();
    if (text === '') continue;
    if (isKind(text, r)) held.kind++;
    else held.rest++;
  }
  return held;
}

/**
 * True when the entries under a header are mostly spans of time with no start ("1 month", "3 months", "Within 28
 * days"): at least two, and no more than one entry in five anything else.
 * @example spansOnly(grid, 1, 6) // true, when G3:G6 hold "1 month", "3 months", "3 months", "2 months"
 */
function spansOnly(grid: Grid, headerRow: number, col: number): boolean {
  const held = tallyBelow(grid, headerRow, col, (text) => SPAN_ALONE.test(text));
  return mostly(held.kind, held.rest);
}

/** A short entry that opens with a state: a RAG word, done, part done, not done, going on, late or off track. */
function opensWithState(text: string): boolean {
  if (text.length > 120) return false;
  if (isRagEntry(text.toLowerCase()) || COMPLETE_LEAD.test(text) || ON_COURSE.test(text)) return true;
  for (const pattern of [NOT_COMPLETE, PARTIAL, IN_PROGRESS, RED, AMBER]) {
    const m = pattern.exec(text);
    if (m && m.index <= 3) return true;
  }
  return false;
}

/** "On target", "On track", "On schedule": a state. */
const ON_COURSE = /^\s*on\s+(?:target|track|schedule|course)\b/i;

/** A header naming a priority ("Priority", "Priority level", "Priority (H/M/L)"). */
const PRIORITY_HEADER = /^\s*priorit(?:y|ies)\b/i;

/** A rating of urgency, as a "Priority" column gives one (SharePoint's and Planner's "(1) High", "(2) Normal" too). */
const PRIORITY_RATING = /^(?:\(\d\)\s*)?(?:very\s+high|high|medium|med|normal|low|h|m|l|critical|urgent|essential|desirable)\s*[.!]?$/i;

/** Two words or more: an entry that says something, not a mark or a code. */
const SENTENCE_ENTRY = /[a-z]{2,}\s+[a-z]{2,}/;

/** A header over a recommendation tracker's reply to each recommendation ("Response", "Agency response"). */
const RESPONSE_HEADER = /\bresponses?\b/i;

/** True when at least two entries are of a kind and no more than one in five of the rest is anything else. */
function mostly(kind: number, rest: number): boolean {
  return kind >= 2 && rest * 5 <= kind;
}

/**
 * Roles named by the sub-headers under a header merged over two or more columns: a timescale over "Original |
 * Revised" keeps the original as its timescale and takes the other as the revised date; a status over "Update |
 * RAG" keeps the words as its status and takes the rating as the RAG (when no column of its own names one). Changes
 * `columns` and `more` in place.
 *
 * @example splitBySubHeaders(grid, 0, columns, more, 7, mergeAt) // "Progress" over F:G = "Update | RAG": status F, rag G
 */
function splitBySubHeaders(
  grid: Grid,
  r: number,
  columns: ColumnMap,
  more: HeaderReading['more'],
  width: number,
  mergeAt: (r: number, c: number) => CellRange | undefined,
): void {
  const subOf = (c: number) => normaliseHeader(cellText(grid, r + 1, c));
  if (columns.timescale !== undefined && more.extra?.revised === undefined) {
    const span = subHeaderSpan(grid, r, columns.timescale, columns, width, mergeAt);
    const revised = span && columnIn(span, (c) => TIMESCALE_REVISED_SUBHEADERS.includes(subOf(c)));
    const original = span && columnIn(span, (c) => TIMESCALE_ORIGINAL_SUBHEADERS.includes(subOf(c)));
    if (revised !== undefined && original !== undefined) {
      columns.timescale = original;
      more.extra = { ...more.extra, revised };
    }
  }
  if (columns.status !== undefined && !more.updates) {
    const span = subHeaderSpan(grid, r, columns.status, columns, width, mergeAt);
    const rating = span && columnIn(span, (c) => STATUS_RATING_SUBHEADERS.includes(subOf(c)));
    const words = span && columnIn(span, (c) => c !== rating && STATUS_WORDS_SUBHEADERS.includes(subOf(c)));
    if (rating !== undefined && words !== undefined) {
      columns.status = words;
      if (columns.rag === undefined) columns.rag = rating;
    } else if (rating !== undefined && columns.rag === undefined && span) {
      // (the words' sub-header one of the plan's own, naming no role, "Status" over "Stage | RAG": the RAG is still the
      // rating, and the other sub-column the words; not "Progress" over "RAG | Owner")
      const other = columnIn(span, (c) => c !== rating && !isBlank(subOf(c)) && matchHeader(cellText(grid, r + 1, c)) === null);
      if (other !== undefined) {
        columns.rag = rating;
        columns.status = other;
      }
    }
  }
}

/** The first column of a span that `test` accepts, or undefined. */
function columnIn(span: { left: number; right: number }, test: (c: number) => boolean): number | undefined {
  for (let c = span.left; c <= span.right; c++) if (test(c)) return c;
  return undefined;
}

/** How many rows under a header are looked at to tell what a series of period columns holds. */
const PERIOD_ENTRY_ROWS = 40;

/**
 * A series of two or more columns whose headers name only a period (`BARE_PERIOD_HEADER`: "Q1", "Jun 2014") and
 * that no role claims, read by what they hold below the header: RAG words or letters (at least two, and no more
 * than one entry in five anything else) are the RAG given each period; sentences (at least two, and no more than one
 * entry in five a lone mark, or two sentences for every other entry, with four at least) are an update per period; figures ("86%", "3 of 4 sites": at least two, and no more than
 * one entry in five anything else) are a dashboard's figure each period, the RAG given by the colour its cell is
 * filled with (`figures`: the figures themselves are not a rating). Null for anything else, such as a timeline of
 * "X" marks.
 *
 * @example barePeriodSeries(grid, 0, grid.values[0], columns, 10) // { role: 'rag', series: [Q1, Q2, Q3, Q4], figures: false }
 */
/**
 * A header cell's words: its text, or for a date typed as a header (a Gantt chart's months as Excel date cells, shown
 * "Apr-23"), the text the sheet shows; null for anything else.
 * @example headerShown({ values: [[45017]], text: [['Apr-23']] }, 0, 0, 45017) // 'Apr-23'
 */
function headerShown(grid: Grid, r: number, c: number, v: CellValue): string | null {
  if (typeof v === 'string') return v;
  const shown = typeof v === 'number' ? grid.text?.[r]?.[c] : undefined;
  return typeof shown === 'string' ? shown : null;
}

function barePeriodSeries(
  grid: Grid,
  r: number,
  row: CellValue[],
  columns: ColumnMap,
  width: number,
): { role: 'status' | 'rag'; series: UpdateColumn[]; figures: boolean } | null {
  const taken = new Set<number>();
  for (const role of COLUMN_ROLES) if (columns[role] !== undefined) taken.add(columns[role]!);
  const series: UpdateColumn[] = [];
  for (let c = 0; c < Math.min(width, row.length); c++) {
    const v = headerShown(grid, r, c, row[c]);
    if (v === null || taken.has(c) || v.length > 40 || !BARE_PERIOD_HEADER.test(v.trim())) continue;
    series.push({ col: c, header: v.trim(), period: null });
  }
  if (series.length < 2) return null;
  const held = entriesBelow(
    grid,
    r,
    series.map((u) => u.col),
    PERIOD_ENTRY_ROWS,
  );
  if (mostly(held.rag, held.other + held.sentences)) return { role: 'rag', series, figures: false };
  if (mostly(held.sentences, held.other + held.rag)) return { role: 'status', series, figures: false };
  if (mostly(held.figures, held.other - held.figures + held.sentences + held.rag)) return { role: 'rag', series, figures: true };
  // (updates as a partnership writes them each quarter, sentences with a count or a word between: "6", "15 (cumulative)",
  // "Scoping", "Q1 rec'd" beside "1 unit live, 2nd delayed (repairs)": two sentences at least for every other entry)
  if (held.sentences >= 4 && held.sentences >= 2 * (held.other + held.rag)) return { role: 'status', series, figures: false };
  return null;
}

/**
 * A timeline of period columns no role claims, on the header row ("Q1 | Q2 | Q3 | Q4") or on the row below under a
 * period merged over them ("2017/18" over "Q1 | Q2 | Q3 | Q4"), whose entries are marks (`TIMELINE_MARKS`: at least two,
 * and no more than one entry in five anything else): each column with the period it names, the year after the
 * quarter ("Q3 2017/18"). Null for anything else.
 *
 * @example timelineColumns(grid, 3, grid.values[3], columns, 11, mergeAt) // [{ col: 5, period: 'Q1 2017/18' }, ..., { col: 8, period: 'Q4 2017/18' }]
 */
function timelineColumns(
  grid: Grid,
  r: number,
  row: CellValue[],
  columns: ColumnMap,
  width: number,
  mergeAt: (r: number, c: number) => CellRange | undefined,
): Array<{ col: number; period: string }> | null {
  const taken = new Set<number>();
  for (const role of COLUMN_ROLES) if (columns[role] !== undefined) taken.add(columns[role]!);
  const timeline: Array<{ col: number; period: string }> = [];
  const below = grid.values[r + 1] ?? [];
  let headerRows = 1;
  for (let c = 0; c < Math.min(width, row.length); c++) {
    const v = headerShown(grid, r, c, row[c]);
    if (v === null || taken.has(c) || v.length > 40 || !BARE_PERIOD_HEADER.test(v.trim())) continue;
    const m = mergeAt(r, c);
    if (!m || m.right === m.left) {
      timeline.push({ col: c, period: v.trim() });
      continue;
    }
    // a period over the periods within it
    for (let k = m.left; k <= m.right; k++) {
      const sub = headerShown(grid, r + 1, k, below[k]);
      if (sub !== null && sub.length <= 40 && BARE_PERIOD_HEADER.test(sub.trim())) timeline.push({ col: k, period: `${sub.trim()} ${v.trim()}` });
    }
    headerRows = 2;
    c = m.right;
  }
  if (timeline.length < 2) return null;
  let marks = 0;
  let other = 0;
  for (let k = r + headerRows; k < Math.min(grid.values.length, r + headerRows + PERIOD_ENTRY_ROWS); k++) {
    for (const t of timeline) {
      const text = cellText(grid, k, t.col).trim();
      if (markedIn(grid, k, t.col)) marks++;
      else if (text !== '') other++;
    }
  }
  return marks >= 2 && mostly(marks, other) ? timeline : null;
}

/**
 * True when a timeline's cell marks its period: a mark (`TIMELINE_MARKS`: "X", "✓"), the day or days of the month the
 * activity runs ("16th", "3rd & 17th") or "tbc" (its day to be confirmed), or a cell shaded with nothing typed in it,
 * as a Gantt chart colours the months an activity runs in.
 * @example markedIn({ values: [['16th']] }, 0, 0) // true
 */
function markedIn(grid: Grid, r: number, c: number): boolean {
  const text = cellText(grid, r, c).trim().toLowerCase();
  if (text === '') {
    const fill = grid.fills?.[r]?.[c];
    return !!fill && !WHITE_FILL.test(fill);
  }
  return TIMELINE_MARK.has(text) || TIMELINE_DAYS.test(text);
}

/** The days of the month a session runs, written in a Gantt chart's month ("16th", "3rd & 17th"), or "tbc". */
const TIMELINE_DAYS = /^(?:\d{1,2}(?:st|nd|rd|th)(?:\s*(?:[,&+/]|and)\s*\d{1,2}(?:st|nd|rd|th))*|tbc|tba)$/;

/** No colour: white, as some sheets fill every cell. */
const WHITE_FILL = /^(?:ff)?ffffff$/i;

/**
 * The column of a header row that no header claims (`headers`), named in words of its own and not merged over others,
 * whose entries are mostly sentences (at least three words and 25 characters, at least three of them): the action,
 * where its header is words no synonym holds ("HMICFRS: The Service should make sure ..."); the one with the most
 * sentences, the leftmost of equals. Undefined when there is none.
 */
function actionByContent(
  grid: Grid,
  r: number,
  row: CellValue[],
  width: number,
  headers: Record<number, string>,
  mergeAt: (r: number, c: number) => CellRange | undefined,
): number | undefined {
  let best: number | undefined;
  let most = 0;
  for (let c = 0; c < Math.min(width, row.length); c++) {
    const v = row[c];
    if (typeof v !== 'string' || isBlank(v) || headers[c] !== undefined || BARE_PERIOD_HEADER.test(v.trim())) continue;
    const m = mergeAt(r, c);
    if (m && m.right !== m.left) continue;
    const held = tallyBelow(grid, r, c, isSentence);
    if (held.kind >= 3 && mostly(held.kind, held.rest) && held.kind > most) {
      best = c;
      most = held.kind;
    }
  }
  return best;
}

/** A sentence, as an action's words are: three words or more and 25 characters or more. */
function isSentence(text: string): boolean {
  return text.length >= 25 && /\S+\s+\S+\s+\S+/.test(text);
}

/**
 * True when the entries under a "Milestone" header are mostly sentences (at least three words and 25 characters), not
 * dates: what each row delivers, not when.
 */
function milestonesAreSentences(grid: Grid, headerRow: number, col: number): boolean {
  // (the lines heading them with the date they are due by, "By September 2015", count as neither: kept apart, then
  // taken out of the sentences)
  let headings = 0;
  const held = tallyBelow(grid, headerRow, col, (text) => {
    if (!DEADLINE_HEADING.test(text)) return isSentence(text);
    headings++;
    return true;
  });
  return held.kind - headings >= 2 && mostly(held.kind - headings, held.rest);
}

/**
 * True when at least two of the entries under a "Name" header are sentences (three words or more), and as many as the
 * rest (a board's group names and repeated headers stand among them): the items of a task board, not a list of people
 * or things.
 * @example namesAreSentences(grid, 0, 0) // false, when A2:A4 hold "First", "Second", "Third"
 */
function namesAreSentences(grid: Grid, headerRow: number, col: number): boolean {
  const held = tallyBelow(grid, headerRow, col, (text) => /\S+\s+\S+\s+\S+/.test(text));
  return held.kind >= 2 && held.kind >= held.rest;
}

/** The marks of a timeline, as a set. */
const TIMELINE_MARK = new Set(TIMELINE_MARKS);

/** A RAG word or letter as a whole entry ("g", "amber", "red/amber", "amber - slipping"), lower-cased. */
function isRagEntry(text: string): boolean {
  const word = text.replace(/[.:!]+$/, '');
  if (Object.prototype.hasOwnProperty.call(RAG_WORDS, word)) return true;
  const head = word.split(/[\s/-]+/)[0];
  return head !== word && Object.prototype.hasOwnProperty.call(RAG_WORDS, head) && (head.length > 1 || word.length <= 4);
}

/** True when two rows hold the same values, cell for cell. */
function sameValues(a: CellValue[], b: CellValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let c = 0; c < a.length; c++) if (a[c] !== b[c]) return false;
  return true;
}

/**
 * True when the next filled row after `r` (within two) repeats the header row word for word; or, for a line at the
 * table's left edge (`col`), when the header is repeated within four rows with only blank rows and lines of one cell
 * between (the lines that open a new page: "We promise ...", "Priority 2", the plan's title). A line further right is a
 * continuation of the action above, not a page's title.
 */
function headsRepeatedHeader(grid: Grid, r: number, headerRow: number, col: number): boolean {
  const next = nextFilledRow(grid, r + 1, 2);
  if (next >= 0 && sameValues(grid.values[next], grid.values[headerRow])) return true;
  const header = grid.values[headerRow] ?? [];
  const left = header.findIndex(isFilled);
  if (col > left) return false;
  for (let k = r + 1; k < Math.min(grid.values.length, r + 1 + TITLE_RUN_ROWS); k++) {
    const row = grid.values[k];
    const filled = row ? countFilled(row) : 0;
    if (filled === 0) continue;
    if (sameValues(row, grid.values[headerRow])) return true;
    if (filled !== 1) return false;
  }
  return false;
}

/** True when the next filled row below `r` repeats the header at `headerRow` word for word. */
function headsSameHeader(grid: Grid, r: number, headerRow: number): boolean {
  const next = nextFilledRow(grid, r + 1, 2);
  return next >= 0 && sameValues(grid.values[next], grid.values[headerRow]);
}

/** How far below a line the repeated header may be, past the other lines that open the page. */
const TITLE_RUN_ROWS = 4;

/** True for a cell value that shows something (not empty, not only spaces). */
function isFilled(v: CellValue | undefined): boolean {
  return v !== null && v !== undefined && String(v).trim() !== '';
}

/** How many cells of a row hold text. */
function countFilled(row: readonly CellValue[]): number {
  let n = 0;
  for (const v of row) if (isFilled(v)) n++;
  return n;
}

/** The text of the one-cell line just above a header row, or '' when there is none. */
function lineAbove(grid: Grid, headerRow: number): string {
  const row = grid.values[headerRow - 1];
  if (!row || countFilled(row) !== 1) return '';
  return String(row.find(isFilled)).trim();
}

/** A page number pasted from Word: "Page 2 of 4", "Page 3". */
const PAGE_LINE = /^\s*page\s+\d{1,3}(?:\s+of\s+\d{1,3})?\s*$/i;

/**
 * True when a line is the plan's title (a line above its first header, `titleLines`, as `normalWords` gives it) or its
 * opening words, three or more ("Corporate Safeguarding Action Plan 2024/25" under "Corporate Safeguarding Action Plan
 * 2024/25 – position at 16 August 2024").
 */
function repeatsTitle(text: string, titleLines: readonly string[]): boolean {
  const words = normalWords(text);
  if (words.split(' ').length < 3) return false;
  return titleLines.some((t) => t === words || t.startsWith(`${words} `));
}

/** True when two texts are the same words, whatever their spaces and case (and neither is empty). */
function sameText(a: string, b: string): boolean {
  return a.trim() !== '' && normalWords(a) === normalWords(b);
}

/** A text's words, lower-cased, one space between them: how two texts are compared whatever their spaces and case. */
function normalWords(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The first row at or after `from` (within `within` rows) with any text, or -1. */
function nextFilledRow(grid: Grid, from: number, within: number): number {
  for (let r = from; r < Math.min(grid.values.length, from + within); r++) {
    const row = grid.values[r];
    if (row && row.some(isFilled)) return r;
  }
  return -1;
}

/** Describes the headers looked for, for the "no table" message. */
export function describeSynonyms(): string {
  return COLUMN_ROLES.map((role) => `${role} (${quoteList(role)})`).join('; ');
}

/** The first header words looked for in a role's column, quoted, for the messages on what was not found. */
export function quoteList(role: ColumnRole): string {
  return HEADER_SYNONYMS[role]
    .slice(0, 6)
    .map((s) => `"${s.text}"`)
    .join(', ');
}

function resolveUserColumns(columns: LayoutOverride['columns']): ColumnMap | undefined {
  if (!columns) return undefined;
  const out: ColumnMap = {};
  for (const role of COLUMN_ROLES) {
    const v = columns[role];
    if (v === undefined || v === null) continue;
    const idx = typeof v === 'number' ? v : /^[A-Za-z]{1,3}$/.test(v) ? columnIndex(v) : Number(v);
    if (Number.isInteger(idx) && idx >= 0) out[role] = idx;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function findFirstHeader(grid: Grid, width: number, mergeAt: (r: number, c: number) => CellRange | undefined, memo: Memo): boolean {
  for (let r = 0; r < grid.values.length; r++) if (headerRoles(grid, r, width, mergeAt, memo)) return true;
  return false;
}

/** What a header row names: the main roles, the extra columns and update series, and how many roles in all. */
interface HeaderReading {
  columns: ColumnMap;
  more: Pick<TableBlock, 'extra' | 'updates' | 'ragUpdates' | 'ragFigures' | 'otherStatus' | 'otherLeads' | 'headers' | 'timeline' | 'parentRef'>;
  count: number;
}

/** "Closed" alone in a header row (`headerRoles`): the column of the date each action was closed. */
const CLOSED_ALONE = /^\s*closed\s*$/i;

/**
 * The roles a row names when it is a header row, else null. A row naming only two roles is a header when it
 * repeats at least three cells of the header above (a reordered or narrower repeat of the same table).
 * Several status (or RAG) columns that each name a period ("Update Jun 2015", "Update Sep 2015") are kept as a
 * series, oldest first.
 */
function headerRoles(
  grid: Grid,
  r: number,
  width: number,
  mergeAt: (r: number, c: number) => CellRange | undefined,
  memo: Memo,
  previousHeader = -1,
  rules: HeaderRules = STRICT_HEADERS,
): HeaderReading | null {
  const row = grid.values[r];
  if (!row) return null;
  const minRoles = rules.minRoles;
  // a row holding long text is data, not headers: most rows stop here
  const longest = rules.explained ? MAX_EXPLAINED_HEADER : MAX_HEADER;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v === 'string' && v.length > longest) return null;
  }
  // a header as written first ("Status (RAG)"), then up to its explanation ("Progress update (please include ...)")
  const headerMatch = rules.explained
    ? (v: string) => matchHeaderRanked(v, memo) ?? matchHeaderRanked(headerWords(v), memo)
    : (v: string) => matchHeaderRanked(v, memo);
  // a row that starts with a reference number ("1.1", "2.3a") is an action, whatever words it holds ("No", "%")
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === undefined || (typeof v === 'string' && isBlank(v))) continue;
    if (typeof v === 'string' && ROW_REF.test(v)) return null;
    break;
  }
  // a header names an action or an objective (or an outcome, read as the action when nothing else is: see below): a
  // row whose cells name none is not one (and needs no more work)
  let named = false;
  // (and how many cells name the other main roles: a row naming three or more, its action's header unread, may still
  // be the header: see `actionByContent`)
  let otherRoles = 0;
  for (let c = 0; c < Math.min(width, row.length); c++) {
    const v = row[c];
    if (typeof v !== 'string' || isBlank(v)) continue;
    const m = mergeAt(r, c);
    const role = headerMatch(v)?.role;
    // a title merged across columns is not a header row; a header merged over its sub-columns ("Progress" over
    // "Q1 | Q2 | Q3", or a timeline's year, "2017/18", over its quarters) is
    if (m && m.right - m.left >= 2 && !role && !BARE_PERIOD_HEADER.test(v.trim()) && !reviewOverPeriods(grid, r, c, m.left, m.right)) return null;
    if (role === 'action' || role === 'objective' || role === 'outcome') named = true;
    // (a "Milestone" column may be the action: see below)
    else if (role === 'timescale' && TIMESCALE_AS_ACTION.includes(normaliseHeader(v))) named = true;
    else if (role === 'ref' || role === 'timescale' || role === 'lead' || role === 'status' || role === 'rag') otherRoles++;
  }
  if (!named && otherRoles < MIN_HEADER_ROLES) return null;
  const columns: ColumnMap = {};
  const ranks: Partial<Record<ColumnRole, number>> = {};
  const extra: Partial<Record<ExtraRole, number>> = {};
  const periodic: { status: UpdateColumn[]; rag: UpdateColumn[] } = { status: [], rag: [] };
  const statusCols: Array<{ col: number; rank: number }> = [];
  const leadCols: number[] = [];
  const timescaleCols: number[] = [];
  const refCols: number[] = [];
  // RAG columns named for no period ("RAG"): one may stand beside each update column
  const ragCols: number[] = [];
  const headers: Record<number, string> = {};
  let count = 0;
  for (let c = 0; c < Math.min(width, row.length); c++) {
    const v = row[c];
    if (typeof v !== 'string' || isBlank(v)) continue;
    const match = headerMatch(v);
    // an action log's "Closed" in a row already read as the header, holding the date each action was closed or "Y": the
    // date done (alone, "Closed" is a status a data row holds, so it names no header, and is not counted as one)
    if (!match && CLOSED_ALONE.test(v) && extra.done === undefined) {
      headers[c] = v;
      extra.done = c;
      continue;
    }
    if (!match) continue;
    headers[c] = v;
    const role = match.role;
    // "Evidence" is the status only when no other column names one (it may stand anywhere: left of the action in a
    // self-assessment, "Question | Compliant | Evidence | Action Plan | ... | Progress made")
    const rank = role === 'status' && statusWhenAlone(v) ? match.rank + ALONE_RANK : match.rank;
    if (isExtra(role)) {
      if (extra[role] === undefined) {
        extra[role] = c;
        count++;
      }
      continue;
    }
    if (match.period && (role === 'status' || role === 'rag')) periodic[role].push({ col: c, header: v.trim(), period: null });
    if (role === 'status') statusCols.push({ col: c, rank });
    if (role === 'rag' && !match.period) ragCols.push(c);
    if (role === 'lead') leadCols.push(c);
    if (role === 'timescale') timescaleCols.push(c);
    if (role === 'ref') refCols.push(c);
    if (columns[role] === undefined) count++;
    else if (ranks[role]! <= rank) continue;
    columns[role] = c;
    ranks[role] = rank;
  }
  // a group header naming no role merged over sub-headers on the row below that do ("Delivery" over "Lead | By when",
  // "Monitoring" over "Measure | Source"): each sub-header names its own column's role
  for (let c = 0; c < Math.min(width, row.length); c++) {
    const m = mergeAt(r, c);
    if (!m || m.top !== r || m.left !== c || m.bottom !== r || m.right === m.left || headers[c] !== undefined || isBlank(cellText(grid, r, c))) continue;
    for (let k = m.left; k <= m.right; k++) {
      const sub = cellText(grid, r + 1, k);
      const match = sub.length <= 40 ? headerMatch(sub) : null;
      if (!match || isExtra(match.role) || match.period || columns[match.role] !== undefined) continue;
      columns[match.role] = k;
      ranks[match.role] = match.rank;
      headers[k] = sub;
      count++;
      if (match.role === 'status') statusCols.push({ col: k, rank: match.rank });
      if (match.role === 'lead') leadCols.push(k);
      if (match.role === 'timescale') timescaleCols.push(k);
    }
  }
  // no header names the action or the objective, but three or more name other roles ("Ref | HMICFRS: The Service should
  // make sure ... | Action Taken | Owner | Target date | Status"): the column no header claims whose entries are
  // sentences is the action; with none, the row is no header
  if (!named) {
    const action = actionByContent(grid, r, row, width, headers, mergeAt);
    if (action === undefined) return null;
    columns.action = action;
    headers[action] = cellText(grid, r, action);
    count++;
  }
  // "Name" (the item's own name, as monday.com and Asana export a board) is the action only over sentences: a list of
  // people or things ("Name | Rating" over "First", "Second") is no plan
  if (columns.action !== undefined && normaliseHeader(headers[columns.action] ?? '') === 'name' && !namesAreSentences(grid, r, columns.action)) {
    delete columns.action;
    count--;
  }
  // two columns naming the ref either side of the objective ("No. | Recommendation | Ref | Action"): the first numbers
  // the recommendations, merged over their actions; the one between the objective and the action is the action's own
  let parentRef: number | undefined;
  const ownRef =
    columns.objective === undefined || columns.action === undefined ? undefined : refCols.find((c) => c > columns.objective! && c < columns.action!);
  if (refCols.length > 1 && ownRef !== undefined) {
    columns.ref = ownRef;
    parentRef = refCols.find((c) => c < columns.objective!);
  }
  // one column for two roles ("Lead / Date", "Who and when?", "RAG / Status"): the second role reads the same cells
  // when no column of its own names it
  for (let col = 0; col < Math.min(width, row.length); col++) {
    const v = row[col];
    if (typeof v !== 'string' || !HEADER_JOIN.test(v)) continue;
    const roles = sharedRoles(v, memo);
    if (roles.length > 0) headers[col] = v;
    for (const role of roles) {
      if (columns[role] !== undefined) continue;
      columns[role] = col;
      ranks[role] = SHARED_RANK;
      count++;
    }
  }
  // a header cell that carries guidance after its name ("Recommendation from the Safeguarding Adults Review\n(To be
  // completed by SSASPB)") names its role by the words before it, in a row whose other cells make it a header (the
  // role is not counted towards that)
  if (!rules.explained) {
    for (let col = 0; col < Math.min(width, row.length); col++) {
      const v = row[col];
      if (typeof v !== 'string' || headers[col] !== undefined || !EXPLANATION.test(v)) continue;
      const match = matchHeaderRanked(headerWords(v), memo);
      if (!match || isExtra(match.role) || match.period || columns[match.role] !== undefined) continue;
      columns[match.role] = col;
      ranks[match.role] = match.rank;
      headers[col] = v;
      if (match.role === 'status') statusCols.push({ col, rank: match.rank });
      if (match.role === 'lead') leadCols.push(col);
    }
  }
  // an internal audit tracker's "Audit" before its recommendations ("Audit | Priority | Recommendation | Management
  // response | ... | Latest update"): the audit each recommendation came from, not an audit to carry out (as a schedule
  // of audits heads it, "Audit | Month planned | Month completed")
  // (with a management response, that is the action agreed, below; with none, the recommendation is the action and the
  // audit its objective: "Audit | Recommendation | Owner | Due date | Status")
  if (columns.action !== undefined && columns.objective !== undefined && columns.objective > columns.action && auditOfRecommendations(headers, columns)) {
    if (Object.values(headers).some((h) => RESPONSE_AS_ACTION.includes(normaliseHeader(h)))) {
      delete columns.action;
      count--;
    } else [columns.action, columns.objective] = [columns.objective, columns.action];
  }
  // an audit tracker's "Management response" is the action agreed when no column names one and another column
  // carries the progress ("... | Management response | ... | Latest position")
  if (columns.action === undefined) {
    const response = statusCols.find((s) => RESPONSE_AS_ACTION.includes(normaliseHeader(headers[s.col] ?? '')));
    const progress = statusCols.filter((s) => s !== response).sort((a, b) => a.rank - b.rank)[0];
    if (response && progress) {
      columns.action = response.col;
      count++;
      columns.status = progress.col;
      ranks.status = progress.rank;
      statusCols.splice(statusCols.indexOf(response), 1);
    }
  }
  // a "What?" with no "How?" (nor any action column) beside it is the action: "# | What | Who | When | Progress"
  if (columns.action === undefined) {
    const what = Object.keys(headers)
      .map(Number)
      .find((c) => OBJECTIVE_AS_ACTION.includes(normaliseHeader(headers[c].replace(/^\s*\(?\d{1,2}[.)]\s+/, ''))));
    if (what !== undefined) {
      columns.action = what;
      if (columns.objective === what) delete columns.objective;
      else count++;
    }
  }
  // two timescale columns, one of spans ("3 months", the Ombudsman's timescale for a remedy) and one of dates ("Target
  // date"): the dates are the deadline
  if (timescaleCols.length > 1 && columns.timescale !== undefined && spansOnly(grid, r, columns.timescale)) {
    const dated = timescaleCols.find((c) => c !== columns.timescale && !spansOnly(grid, r, c));
    if (dated !== undefined) columns.timescale = dated;
  }
  // a "Milestone" column beside another date column ("Milestone | Baseline date | Forecast date | Actual date", a
  // highlight report), with no action or objective column: the milestones are what each row delivers, the other
  // column their dates
  if (columns.action === undefined && columns.objective === undefined) {
    const milestone = timescaleCols.find((c) => TIMESCALE_AS_ACTION.includes(normaliseHeader(headers[c])));
    const date = timescaleCols.find((c) => c !== milestone);
    if (milestone !== undefined && date !== undefined) {
      columns.action = milestone;
      columns.timescale = date;
      count++;
    } else if (milestone !== undefined && milestonesAreSentences(grid, r, milestone)) {
      // ("Milestone | Owner | Current Status", each milestone a sentence with its date in it: "Launch the strategy by
      // June 2008"): the milestones are the actions, their dates in their words
      columns.action = milestone;
      delete columns.timescale;
    }
  }
  // an outcome with no action or objective column beside it, in a row that also names a lead, a date and a status or
  // RAG ("Outcome and measurement description | ... | Lead | Completion By: | Rag Status | Evidence/Commentary", a
  // monitoring template): the outcome is what each row delivers, read as its action
  if (
    columns.action === undefined &&
    columns.objective === undefined &&
    columns.outcome !== undefined &&
    columns.lead !== undefined &&
    columns.timescale !== undefined &&
    (columns.status !== undefined || columns.rag !== undefined)
  ) {
    columns.action = columns.outcome;
    delete columns.outcome;
  }
  if (columns.action === undefined && columns.objective === undefined) return null;
  // a bare "Date" left of the action is when the item was raised or agreed, not its deadline
  const raisedOn = columns.timescale !== undefined && BARE_DATE_HEADERS.includes(normaliseHeader(headers[columns.timescale] ?? ''));
  if (raisedOn && columns.timescale! < (columns.action ?? columns.objective)!) {
    delete columns.timescale;
    count--;
  }
  // an action log's "Meeting date" beside its deadlines ("By when?"): the meeting each action was raised at
  if (extra.raised === undefined && columns.timescale !== undefined) {
    const meeting = timescaleCols.find((c) => c !== columns.timescale && MEETING_DATE_HEADERS.includes(normaliseHeader(headers[c] ?? '')));
    if (meeting !== undefined) extra.raised = meeting;
  }
  if (!(count >= minRoles || (count === 2 && previousHeader >= 0 && sharedCells(grid, r, previousHeader) >= 3))) return null;
  // a header of two roles names what is rated: a timescale, a status or a RAG beside the action ("Ref | Action" is not one)
  if (count < MIN_HEADER_ROLES && previousHeader < 0 && columns.timescale === undefined && columns.status === undefined && columns.rag === undefined)
    return null;
  // "Complete" over ticked boxes (TRUE / FALSE, a checkbox in Google Sheets or Excel): whether it is done (alone, the
  // word is a status a row holds, so only a column of booleans makes it a header)
  if (extra.done === undefined) {
    const ticked = columnHeadedOver(grid, r, row, headers, width, TICK_BOX_HEADERS, TICK_BOX_ROWS, isTickBoxes);
    if (ticked !== undefined) {
      extra.done = ticked;
      headers[ticked] = String(row[ticked]);
    }
  }
  // "Health" over colour words (a project tool's RAG): the RAG, where no other header names one
  if (columns.rag === undefined) {
    const coloured = columnHeadedOver(grid, r, row, headers, width, RAG_ONLY_OVER_COLOURS, COLOUR_WORD_ROWS, isColourWords);
    if (coloured !== undefined) {
      columns.rag = coloured;
      headers[coloured] = String(row[coloured]);
    }
  }
  const more: HeaderReading['more'] = { headers };
  if (parentRef !== undefined) more.parentRef = parentRef;
  if (Object.keys(extra).length > 0) more.extra = extra;
  // a timescale header over "Start | End" (or "From | To") on the row below, merged or not: the end holds the deadline
  const end = columns.timescale !== undefined ? timescaleEndColumn(grid, r, columns, width, mergeAt) : undefined;
  if (end !== undefined) columns.timescale = end;
  // a header merged over sub-columns that name periods ("Progress" over "Q1 (Apr-Jun) | Q2 (Jul-Sep)" on the row
  // below): one update column per period
  for (const role of ['status', 'rag'] as const) {
    const col = columns[role];
    // (the merged header may name the year its periods are of: "RAG 2020/21" over "Q1 | Q2 | Q3 | Q4")
    if (col === undefined || periodic[role].some((p) => p.col !== col)) continue;
    const m = mergeAt(r, col);
    const below = grid.values[r + 1];
    // (or written over them, the cells beside it left blank, not merged: "2019/20 RAG | | | " over "Apr–Jun | Jul–Sep |
    // Oct–Dec | Jan–Mar")
    let right = m ? m.right : col;
    if (!m) while (right + 1 < width && isBlank(cellText(grid, r, right + 1)) && !mergeAt(r, right + 1)) right++;
    const left = m ? m.left : col;
    if (right === left || !below) continue;
    const subs: UpdateColumn[] = [];
    for (let c = left; c <= right; c++) {
      // (as shown: a month typed "Jun-19" is kept by Excel as a date, shown "Jun-19")
      const t = typeof below[c] === 'string' || typeof below[c] === 'number' ? cellText(grid, r + 1, c) : '';
      if (!isBlank(t) && t.length <= 40 && UPDATE_PERIOD_WORDS.test(t)) subs.push({ col: c, header: `${headers[col] ?? ''} ${t.trim()}`.trim(), period: null });
    }
    if (subs.length >= 2) periodic[role] = subs;
  }
  // no status column, but a header naming none over a column for each period ("Review" over "Autumn | Spring | Summer"):
  // the progress at each review
  if (columns.status === undefined && periodic.status.length === 0) {
    for (let c = 0; c < Math.min(width, row.length) && periodic.status.length === 0; c++) {
      const v = row[c];
      if (typeof v !== 'string' || headers[c] !== undefined || !REVIEW_OVER_PERIODS.test(normaliseHeader(v))) continue;
      const span = subHeaderSpan(grid, r, c, columns, width, mergeAt);
      const subs = span ? reviewOverPeriods(grid, r, c, span.left, span.right) : null;
      if (!subs) continue;
      periodic.status = subs;
      headers[c] = v;
      count++;
    }
  }
  // periods, each merged over the same sub-headers on the row below ("Q1 (Apr-Jun)" over "Progress | RAG", "Q2
  // (Jul-Sep)" over "Progress | RAG"): a progress and a RAG for each period, the latest filled read
  if (periodic.status.length < 2 && periodic.rag.length < 2) {
    const pairs = periodPairs(grid, r, row, width, mergeAt, headerMatch);
    if (pairs) {
      periodic.status = pairs.status;
      periodic.rag = pairs.rag;
      for (const u of [...pairs.status, ...pairs.rag]) headers[u.col] = u.header;
    }
  }
  for (const role of ['status', 'rag'] as const) {
    const series = periodic[role];
    if (series.length < 2) continue;
    const ordered = orderSeries(series);
    if (role === 'status') more.updates = ordered;
    else more.ragUpdates = ordered;
    columns[role] = ordered[ordered.length - 1].col;
  }
  // "Progress update October | RAG | Progress update November | RAG": a RAG column after each update column is that
  // update's rating (the row's RAG is the one beside the update read, not the first)
  if (more.updates && !more.ragUpdates) {
    const paired = ragBesideUpdates(more.updates, ragCols, headers);
    if (paired) {
      more.ragUpdates = paired;
      columns.rag = paired[paired.length - 1].col;
    }
  }
  // a timescale header over "Original | Revised", a status header over "Update | RAG": each sub-column its role
  splitBySubHeaders(grid, r, columns, more, width, mergeAt);
  // no RAG column named, but columns named only for periods ("Q1 | Q2 | Q3 | Q4") holding RAG letters, or sentences
  // where no status column is named: the RAG, or the update, given each period (sentences beside an "Overall RAG" too)
  if (!more.updates && (columns.rag === undefined || columns.status === undefined)) {
    const bare = barePeriodSeries(grid, r, row, columns, width);
    // beside a status column of its own, only RAG letters are taken (its sentences are not a second status); beside
    // a RAG column of its own, only sentences
    if (bare && (bare.role === 'rag' ? columns.rag === undefined : columns.status === undefined)) {
      const ordered = orderSeries(bare.series);
      for (const u of ordered) headers[u.col] = u.header;
      if (bare.role === 'status') more.updates = ordered;
      else more.ragUpdates = ordered;
      if (bare.figures) more.ragFigures = true;
      columns[bare.role] = ordered[ordered.length - 1].col;
    }
  }
  // no timescale column, but a timeline: an "X" under each period an action runs in
  if (columns.timescale === undefined) {
    const timeline = timelineColumns(grid, r, row, columns, width, mergeAt);
    if (timeline) {
      more.timeline = timeline;
      for (const t of timeline) headers[t.col] = t.period;
    }
  }
  // a status column that is the timescale too ("status/deadline": "Complete by 30 Nov 2024") gives way to one naming
  // the status alone ("progress report"), and is then the timescale only
  if (columns.status !== undefined && columns.status === columns.timescale && !more.updates) {
    const alone = statusCols.filter((s) => s.col !== columns.status && !statusWhenAlone(headers[s.col] ?? '')).sort((a, b) => a.rank - b.rank)[0];
    if (alone) columns.status = alone.col;
  }
  // "Description" beside a better-named action column ("Task Name") and a status column holds the notes on the task
  // (Planner's export): read as a status-like column, after the status
  if (columns.status !== undefined && columns.action !== undefined) {
    for (const key of Object.keys(headers)) {
      const c = Number(key);
      if (c !== columns.action && NOTES_BESIDE_ACTION.includes(normaliseHeader(headers[c])) && headerMatch(headers[c])?.role === 'action')
        statusCols.push({ col: c, rank: NOTES_RANK });
    }
  }
  // two columns naming the status, the one read holding words and another only ratings ("We did | How are we doing?"
  // with 🟢 🟠 🔴 under the question, a young people's plan): the ratings are the RAG (a "Status" column of RAG words
  // read as the status stays so)
  if (columns.rag === undefined && statusCols.length > 1 && !more.updates) {
    const words = statusCols.find((s) => s.col === columns.status);
    const rated = words && statusCols.find((s) => s !== words && s.col !== columns.timescale && s.rank > words.rank && holdsRatings(grid, r, s.col));
    if (words && rated) {
      columns.rag = rated.col;
      columns.status = words.col;
    }
  }
  // a "Status" drop-down beside a series of update columns ("Progress update – March 2019 | Progress update – September
  // 2019 | Status", its cells "Complete", "On target", "Slippage"): the rating in words, read before the latest update
  // (and so beside one commentary column: "Delivery status | Comments", "Action Status | Update", a training plan's or a
  // government annex's drop-down beside the words; the column read as the status holds no choices of its own)
  if (columns.rag === undefined && (more.updates || (columns.status !== undefined && statusCols.length > 1 && !holdsChoices(grid, r, columns.status)))) {
    const choices = statusCols.find(
      (s) => s.col !== columns.status && s.col !== columns.timescale && !more.updates?.some((u) => u.col === s.col) && holdsChoices(grid, r, s.col),
    );
    if (choices) columns.rag = choices.col;
  }
  // a second status column holding only percentages ("Status | Progress | Latest Note", a performance system's export
  // with "Progress" as 55%): the percentage complete, not words
  if (extra.percent === undefined && statusCols.length > 1 && !more.updates) {
    const percent = statusCols.find((s) => s.col !== columns.status && s.col !== columns.timescale && percentagesBelow(grid, r, s.col));
    if (percent) {
      extra.percent = percent.col;
      more.extra = extra;
    }
  }
  const others = statusCols
    .filter((s) => s.col !== columns.status && s.col !== columns.rag && s.col !== columns.timescale && s.col !== extra.percent)
    .filter((s) => !more.updates?.some((u) => u.col === s.col))
    // "Evidence" beside "Progress" is what will show the action done, not a second status; beside a drop-down of
    // choices ("Status": "Complete", "Delayed"), "Evidence of progress" is the commentary on it
    .filter((s) => !statusWhenAlone(headers[s.col] ?? '') || (columns.status !== undefined && holdsChoices(grid, r, columns.status)))
    .sort((a, b) => a.rank - b.rank);
  if (others.length > 0) more.otherStatus = others.map((s) => s.col);
  // more than one lead column ("Lead officer | Lead agency"), or a lead header over "Officer | Agency": each names
  // leads of the row
  const leads =
    columns.lead === undefined ? [] : leadCols.filter((c) => c !== columns.lead).concat(leadSubColumns(grid, r, columns.lead, columns, width, mergeAt));
  if (leads.length > 0) more.otherLeads = leads;
  return { columns, more, count };
}

/**
 * The other columns under a lead header merged over sub-headers on the row below ("Lead" over "Officer | Agency"):
 * each names leads of the row (see `subHeaderSpan`; a lead header with no merge is read alone).
 * @example leadSubColumns(grid, 0, 2, columns, 6, mergeAt) // [3] for "Lead" merged over C:D with "Officer | Agency" below
 */
function leadSubColumns(
  grid: Grid,
  r: number,
  lead: number,
  columns: ColumnMap,
  width: number,
  mergeAt: (r: number, c: number) => CellRange | undefined,
): number[] {
  const span = mergeAt(r, lead) ? subHeaderSpan(grid, r, lead, columns, width, mergeAt) : undefined;
  const out: number[] = [];
  if (span) for (let c = span.left; c <= span.right; c++) if (c !== lead && !isBlank(cellText(grid, r + 1, c))) out.push(c);
  return out;
}

/**
 * The column of the deadline under a timescale header that spans sub-headers on the row below ("Timescale" over
 * "Start | End", "Dates" over "From | To"): the sub-header naming the end. The span is the header's merge or, on a
 * sheet whose merge was lost, the blank header cells to its right. The row below must be a row of sub-headers (its
 * reference and action cells blank), not an action.
 *
 * @example timescaleEndColumn({ values: [['Ref', 'Action', 'Timescale', null], [null, null, 'Start', 'End']] }, 0, { ref: 0, action: 1, timescale: 2 }, 4, mergeAt) // 3
 */
export function timescaleEndColumn(
  grid: Grid,
  r: number,
  columns: ColumnMap,
  width: number,
  mergeAt: (r: number, c: number) => CellRange | undefined,
): number | undefined {
  const span = columns.timescale === undefined ? undefined : subHeaderSpan(grid, r, columns.timescale, columns, width, mergeAt);
  if (!span) return undefined;
  return columnIn(span, (c) => {
    const t = grid.values[r + 1][c];
    return typeof t === 'string' && TIMESCALE_END_SUBHEADERS.includes(normaliseHeader(t));
  });
}

/**
 * Periods each merged over sub-headers on the row below that name the progress and the RAG ("Q1 (Apr-Jun)" over
 * "Progress | RAG", then "Q2 (Jul-Sep)" over "Progress | RAG"): a series of each, headed with the period and the
 * sub-header ("Q1 (Apr-Jun) Progress"), or null where fewer than two periods are so laid out.
 * @example periodPairs(grid, 4, row, 12, mergeAt, match)?.status.map((u) => u.col) // [4, 6, 8, 10]
 */
function periodPairs(
  grid: Grid,
  r: number,
  row: readonly CellValue[],
  width: number,
  mergeAt: (r: number, c: number) => CellRange | undefined,
  headerMatch: (v: string) => { role: string } | null,
): { status: UpdateColumn[]; rag: UpdateColumn[] } | null {
  const status: UpdateColumn[] = [];
  const rag: UpdateColumn[] = [];
  for (let c = 0; c < Math.min(width, row.length); c++) {
    const m = mergeAt(r, c);
    const parent = typeof row[c] === 'string' ? String(row[c]).trim() : '';
    if (!m || m.top !== r || m.left !== c || m.bottom !== r || m.right === m.left || parent.length > 40 || !UPDATE_PERIOD_WORDS.test(parent)) continue;
    for (let k = m.left; k <= m.right; k++) {
      const sub = cellText(grid, r + 1, k).trim();
      const role = sub.length > 0 && sub.length <= 40 ? headerMatch(sub)?.role : undefined;
      if (role === 'status' || role === 'rag') (role === 'status' ? status : rag).push({ col: k, header: `${parent} ${sub}`, period: null });
    }
  }
  return status.length >= 2 ? { status, rag: rag.length >= 2 ? rag : [] } : null;
}

/**
 * The columns a header at `col` spans over sub-headers on the row below ("Timescale" over "Start | End", "Lead" over
 * "Officer | Agency"): its merge or, on a sheet whose merge was lost, the blank header cells to its right. Undefined
 * when it spans one column, or when the row below is the first action (it holds a reference, an action or an
 * objective outside the span), whatever its cells say.
 * @example subHeaderSpan(grid, 0, 2, columns, 6, mergeAt) // { left: 2, right: 3 } for "Lead" merged over C:D
 */
function subHeaderSpan(
  grid: Grid,
  r: number,
  col: number,
  columns: ColumnMap,
  width: number,
  mergeAt: (r: number, c: number) => CellRange | undefined,
): { left: number; right: number } | undefined {
  if (!grid.values[r + 1]) return undefined;
  const m = mergeAt(r, col);
  const left = m ? m.left : col;
  let right = col;
  if (m) right = m.right;
  else while (right + 1 < width && isBlank(cellText(grid, r, right + 1)) && !mergeAt(r, right + 1)) right++;
  if (right === left) return undefined;
  for (const role of ['ref', 'action', 'objective'] as const) {
    const c = columns[role];
    if (c !== undefined && (c < left || c > right) && !isBlank(cellText(grid, r + 1, c))) return undefined;
  }
  return { left, right };
}

/**
 * The columns under a review header (`REVIEW_OVER_PERIODS`, at `col`) spanning `left` to `right`, when two or more
 * name a period on the row below ("Review" over "Autumn | Spring | Summer"): each an update column headed "Review
 * Autumn"; else null.
 * @example reviewOverPeriods(grid, 2, 6, 6, 8) // [{ col: 6, header: 'Review Autumn', period: null }, ...]
 */
function reviewOverPeriods(grid: Grid, r: number, col: number, left: number, right: number): UpdateColumn[] | null {
  const header = cellText(grid, r, col);
  const below = grid.values[r + 1];
  if (!below || !REVIEW_OVER_PERIODS.test(normaliseHeader(header))) return null;
  const subs: UpdateColumn[] = [];
  for (let c = left; c <= right; c++) {
    const t = typeof below[c] === 'string' || typeof below[c] === 'number' ? cellText(grid, r + 1, c) : '';
    if (!isBlank(t) && t.length <= 40 && UPDATE_PERIOD_WORDS.test(t)) subs.push({ col: c, header: `${header.trim()} ${t.trim()}`, period: null });
  }
  return subs.length >= 2 ? subs : null;
}

/**
 * The RAG columns of a series of update columns when one stands after each, before the next update ("Update Oct |
 * RAG | Update Nov | RAG"): in the updates' order, each headed with its update's header; else null.
 */
function ragBesideUpdates(updates: UpdateColumn[], ragCols: number[], headers: Record<number, string>): UpdateColumn[] | null {
  if (ragCols.length !== updates.length) return null;
  const byPlace = [...updates].sort((a, b) => a.col - b.col);
  const ragOf = new Map<number, number>();
  for (let k = 0; k < byPlace.length; k++) {
    const rag = ragCols[k];
    const next = k + 1 < byPlace.length ? byPlace[k + 1].col : Infinity;
    if (rag <= byPlace[k].col || rag >= next) return null;
    ragOf.set(byPlace[k].col, rag);
  }
  return updates.map((u) => ({ col: ragOf.get(u.col)!, header: `${(headers[ragOf.get(u.col)!] ?? 'RAG').trim()} (${u.header})`, period: u.period }));
}

/**
 * True when a row's cells ask what goes in their columns: two or more end with a question mark, one of them the
 * action's or the objective's ("What is the over-arching recommendation?"). An action is seldom written as a question,
 * and two of a row's cells never.
 */
function asksWhatGoesIn(cells: readonly Distinct[], n: number, columns: ColumnMap): boolean {
  let questions = 0;
  let main = false;
  for (let k = 0; k < n; k++) {
    const { text, col } = cells[k];
    if (!text.trimEnd().endsWith('?')) continue;
    questions++;
    if (col === columns.action || col === columns.objective) main = true;
  }
  return questions >= 2 && main;
}

/**
 * True when a row's cells are a header in Welsh: two or more, short, and two in three or more holding a Welsh header
 * word ("Cyf. | Blaenoriaeth | Cam Gweithredu | Arweinydd | Amserlen").
 */
function inWelsh(cells: readonly Distinct[], n: number): boolean {
  if (n < 2) return false;
  let welsh = 0;
  for (let k = 0; k < n; k++) {
    if (cells[k].text.length > 40) return false;
    if (isWelsh(cells[k].text)) welsh++;
  }
  return welsh * 3 >= n * 2;
}

/**
 * The first column, among those no header word names, whose header is one of `words` and whose cells on the `rows`
 * rows below pass `holds` (header words that name a role only over such cells); else undefined.
 * @example columnHeadedOver(grid, 0, grid.values[0], {}, 2, ['complete'], 6, isTickBoxes) // 1
 */
function columnHeadedOver(
  grid: Grid,
  r: number,
  row: readonly CellValue[],
  headers: Record<number, string>,
  width: number,
  words: readonly string[],
  rows: number,
  holds: (below: CellValue[]) => boolean,
): number | undefined {
  for (let c = 0; c < Math.min(width, row.length); c++) {
    const v = row[c];
    if (typeof v !== 'string' || headers[c] !== undefined || !words.includes(normaliseHeader(v))) continue;
    const below: CellValue[] = [];
    for (let k = r + 1; k <= r + rows && k < grid.values.length; k++) below.push(grid.values[k]?.[c] ?? null);
    if (holds(below)) return c;
  }
  return undefined;
}

/** How many rows below a header are looked at for tick boxes. */
const TICK_BOX_ROWS = 6;

/**
 * True when cells hold booleans and nothing else, as ticked boxes do (TRUE / FALSE under "Complete", "Done").
 * @example isTickBoxes([true, null, false]) // true
 */
function isTickBoxes(below: CellValue[]): boolean {
  let booleans = 0;
  for (const v of below) {
    if (typeof v === 'boolean') booleans++;
    else if (v !== null && v !== undefined && !(typeof v === 'string' && isBlank(v))) return false;
  }
  return booleans > 0;
}

/** How many rows below a header are looked at for colour words. */
const COLOUR_WORD_ROWS = 40;
/** The colour words of `RAG_COLOUR_WORDS`, for a lookup by a cell's lower-cased text. */
const COLOUR_WORD = new Set(RAG_COLOUR_WORDS);

/**
 * True when cells are colour words (two or more, and four in five of those filled), as a project tool's RAG column
 * holds them ("Red", "Yellow", "Gray"). Ticks and other marks are not colour words: a matrix of groups keeps its
 * "Health" column.
 * @example isColourWords(['Red', 'Green', null]) // true
 */
function isColourWords(below: CellValue[]): boolean {
  let colours = 0;
  let filled = 0;
  for (const v of below) {
    const t = v === null || v === undefined ? '' : String(v).trim();
    if (t === '') continue;
    filled++;
    if (COLOUR_WORD.has(t.toLowerCase())) colours++;
  }
  return colours >= 2 && colours >= 0.8 * filled;
}

/**
 * True when a column's cells under the header are ratings: RAG words or letters, or the coloured circles trackers use
 * (two or more, and four in five of those filled), with no sentences among them.
 * @example holdsRatings({ values: [['We did', 'How are we doing?'], ['Launched', '🟢'], ['Started', '🟠']] }, 0, 1) // true
 */
function holdsRatings(grid: Grid, r: number, col: number): boolean {
  return holdsMostly(grid, r, col, 2, (text) => text.length <= 12 && isRagWord(text));
}

/** True when at least `least` entries under a header are of a kind, and no more than one in five anything else. */
function holdsMostly(grid: Grid, r: number, col: number, least: number, isKind: (text: string) => boolean): boolean {
  const held = tallyBelow(grid, r, col, isKind);
  return held.kind >= least && held.kind >= 0.8 * (held.kind + held.rest);
}

/**
 * True when the entries under a header are a drop-down's status words ("Complete", "On target", "Slippage", a RAG
 * word): at least three, and no more than one entry in five anything else.
 */
function holdsChoices(grid: Grid, r: number, col: number): boolean {
  return holdsMostly(grid, r, col, 3, (text) => text.length <= 24 && (isRagWord(text) || STATUS_CHOICES.has(text.toLowerCase().replace(/[.:!]+$/, ''))));
}

function isExtra(role: string): role is ExtraRole {
  return (EXTRA_ROLES as readonly string[]).includes(role);
}

/**
 * Orders a series of update columns: by the dates their headers name when every header names one ("Update Sep
 * 2015" after "Update Jun 2015", wherever they stand), else left to right.
 */
function orderSeries(series: UpdateColumn[]): UpdateColumn[] {
  const dated = series.map((u) => {
    const t = parseTimescale(u.header);
    return { ...u, period: t.kind === 'date' ? t.due : null };
  });
  if (dated.every((u) => u.period !== null)) {
    return dated
      .map((u, i) => ({ u, i }))
      .sort((a, b) => (a.u.period! < b.u.period! ? -1 : a.u.period! > b.u.period! ? 1 : a.i - b.i))
      .map((x) => x.u);
  }
  return dated;
}

function sharedCells(grid: Grid, a: number, b: number): number {
  const norm = (r: number) =>
    new Set((grid.values[r] ?? []).map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : '')).filter((t) => t !== '' && t.length <= 40));
  const x = norm(a);
  let n = 0;
  for (const t of norm(b)) if (x.has(t)) n++;
  return n;
}

interface Distinct {
  col: number;
  text: string;
  span: number;
}

const NO_COLUMNS: ColumnMap = Object.freeze({});

/**
 * The row's non-empty cells, a merge counted once at its first cell, written into `out` (reused from row to row:
 * its entries are overwritten, not kept); returns how many there are.
 */
function distinctValues(grid: Grid, r: number, width: number, mergeAt: (r: number, c: number) => CellRange | undefined, out: Distinct[]): number {
  let n = 0;
  for (let c = 0; c < width; c++) {
    const m = mergeAt(r, c);
    // a cell inside a merge (not its first): a vertical merge's text belongs to the row it starts on
    if (m && (m.top !== r || m.left !== c)) continue;
    // an unticked box (a checkbox applied down a whole column, section rows too) shows nothing
    if (grid.values[r]?.[c] === false) continue;
    const text = cellText(grid, r, c);
    if (isBlank(text)) continue;
    const span = m ? m.right - m.left + 1 : 1;
    const d = out[n];
    if (d) {
      d.col = c;
      d.text = text;
      d.span = span;
    } else out[n] = { col: c, text, span };
    n++;
  }
  return n;
}

/**
 * True when a cell of row `r` lies inside a merge that starts on the header row above it (a header merged down over
 * two rows): the row is the header's second row.
 * @example underHeaderMerge(0 + 1, 0, 3, mergeAt) // true when "Ref" is merged over A1:A2
 */
function underHeaderMerge(r: number, headerRow: number, width: number, mergeAt: (r: number, c: number) => CellRange | undefined): boolean {
  for (let c = 0; c < width; c++) {
    const m = mergeAt(r, c);
    if (m && m.top === headerRow && m.bottom >= r) return true;
  }
  return false;
}

/** Added to the rank of a status header read only when no other names the status (`STATUS_WHEN_ALONE`). */
const ALONE_RANK = 1000;
/** The rank of a notes column beside the action (`NOTES_BESIDE_ACTION`): after every column named for the status. */
const NOTES_RANK = 500;

/** True when a text is empty or all white space (as `trim` reads it), without making a trimmed copy. */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}

/** A cell holding only an action's reference ("1.1", " 2.3a "): a row opening with one is an action, not a header. */
const ROW_REF = /^\s*\d+(?:\.\d+)+[a-z]?\s*$/i;
/**
 * The label of progress written on a row of its own under an action: "What we did over the last year", "Progress:",
 * "Update (March 2016) –", "What has been done".
 */
const PROGRESS_LABEL = new RegExp(String.raw`^\s*(?:${PROGRESS_LABEL_WORDS})(?:\s*\([^)\n]{1,30}\))?\s*(?:[:–—-]\s*|$)`, 'i');

/** A numbered title ("2. Early help", "3.1 Training"). */
const NUMBERED_TITLE = /^\d+(?:\.\d+)*\.?\s+\S/;

/**
 * A heading named and numbered: "Outcome 1:", "Priority 2 –", "Section 3.", "Strategic objective 4:", "Council Objective
 * 12:", or numbered with its letters ("Priority CP2:", a council's corporate priorities) (not "Action 1:").
 */
const NAMED_HEADING =
  /^(?:outcome|objective|priority|theme|aim|goal|strand|section|work\s*stream|(?:strategic|council|corporate)\s+(?:aim|objective|priority))\s+(?:[a-z]{0,3}\d+(?:\.\d+)?[a-z]?|[ivx]+)\s*[:.–—-]\s*\S/i;

/** The first cell of a table's totals row ("Total", "Grand total", "Totals:"). */
const TOTAL_LABEL = /^\s*(?:grand\s+|sub[\s-]?)?totals?\b\s*[:\-–]?\s*(?:\d+\s*)?$/i;

/** A number in a summary row ("12", "40%", "(3)"). */
const SUMMARY_NUMBER = /^\s*\(?[\d.,]+%?\)?\s*$/;

/** Two or more RAG letters each run into its count: "G3 A4 R2", "B1 G6 A4 R1". */
const LETTER_TALLY = /^\s*(?:[BGARbgar]\d{1,3}[\s,;]+){1,4}[BGARbgar]\d{1,3}\s*$/;

/** One count of a tally ("Complete: 5", "Amber - 3", "G=4"), its word lower-cased in group 1. */
const TALLY_PAIR = /\s*([a-z][a-z /]*?)\s*[:=\-–]\s*\d+%?\s*[,;|]?/y;

/**
 * True for a row under (or in) the table that counts its actions rather than being one: every cell a summary
 * label ("Total actions: 2", "Summary"), a tally of states ("Complete: 1", "Complete: 5 Amber: 3") or a number,
 * opening with a label or tally (a row opening with a number opens with an action's reference). An action whose
 * words start so ("Total Respect training for all schools") is not a label: labels are whole cells.
 *
 * @example isSummaryRow([{ col: 0, text: 'Total actions: 2', span: 1 }, { col: 1, text: 'Complete: 1', span: 1 }], 2) // true
 * @example isSummaryRow([{ col: 0, text: '3', span: 1 }, { col: 1, text: 'Total review of thresholds', span: 1 }], 2) // false
 */
export function isSummaryRow(distinct: readonly Distinct[], n: number): boolean {
  if (n === 0 || SUMMARY_NUMBER.test(distinct[0].text)) return false;
  // a state (or states joined, "At risk / Off track") and its count, as a summary under the table lists them
  // ("Achieved | 6", "Not yet due / Deferred / no status | 3")
  if (n >= 2 && isTallyWords(distinct[0].text)) {
    let counts = true;
    for (let i = 1; i < n && counts; i++) counts = SUMMARY_NUMBER.test(distinct[i].text);
    if (counts) return true;
  }
  for (let i = 0; i < n; i++) {
    const text = distinct[i].text;
    if (text.length > 80) return false;
    if (i > 0 && (SUMMARY_NUMBER.test(text) || SUMMARY_COUNT.test(text))) continue;
    if (!isSummaryLabel(text) && !isTally(text)) return false;
  }
  return true;
}

/** A count of the rows the table holds, in words after the number ("15 actions", "12 recommendations"). */
const SUMMARY_COUNT = /^\s*\d+\s+(?:actions?|recommendations?|items?|milestones?|rows?)\s*$/i;

/** States a summary counts, alone or joined by slashes ("Achieved", "At risk / Off track"). */
function isTallyWords(text: string): boolean {
  if (text.length > 60) return false;
  return text.split(/\s*[/,]\s*/).every((word) => SUMMARY_TALLY_WORDS.includes(labelOf(word)));
}

/**
 * True for a report's line that is no action: a label of `REPORT_LINE_LABELS` opening the row with at most its words
 * after it ("Key risks: | Turnover in the senior team"), or a label of `OVERALL_LINE_LABELS` ("Overall status",
 * "Overall") in the ref or action column, with no other words in either (the line rating a whole workstream, or a
 * self-assessment's overall grade).
 * @example isReportLine([{ col: 0, text: 'Key risks:', span: 1 }, { col: 1, text: 'Turnover', span: 1 }], 2, { action: 1 }) // true
 */
function isReportLine(distinct: readonly Distinct[], n: number, columns: ColumnMap): boolean {
  if (n <= 2 && labelIn(distinct[0].text, REPORT_LINE_LABELS, REPORT_LINE_FIRSTS)) return true;
  if (columns.action === undefined) return false;
  let overall = false;
  for (let i = 0; i < n; i++) {
    const { col, text } = distinct[i];
    if (col !== columns.ref && col !== columns.action) continue;
    if (!labelIn(text, OVERALL_LINE_LABELS, OVERALL_LINE_FIRSTS)) return false;
    overall = true;
  }
  return overall;
}

/**
 * True when a cell's label (`labelOf`) is one of `labels`, `firsts` being their first characters. A label opens with
 * the text's first character that is not white space, lower-cased (collapsing and trimming white space leave it first,
 * and dropping a closing colon or dash leaves it or nothing): a text opening with an ASCII character no label opens
 * with is passed over without making its label (most cells: a reference number, an action's words).
 */
function labelIn(text: string, labels: readonly string[], firsts: ReadonlySet<number>): boolean {
  let i = 0;
  while (i < text.length && isWhiteSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (c < 128 && !firsts.has(c >= 65 && c <= 90 ? c + 32 : c)) return false;
  return labels.includes(labelOf(text));
}

/** The first characters of labels (`labelIn`). */
function firstsOf(labels: readonly string[]): ReadonlySet<number> {
  return new Set(labels.map((label) => label.charCodeAt(0)));
}

const REPORT_LINE_FIRSTS = firstsOf(REPORT_LINE_LABELS);
const OVERALL_LINE_FIRSTS = firstsOf(OVERALL_LINE_LABELS);

/** A cell's words as a label: lower-cased, spaces collapsed, a closing colon or dash dropped. */
function labelOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s:–-]+$/, '')
    .trim();
}

/** "Total", "Total actions: 12", "Number of actions 12", "Count: 5". */
function isSummaryLabel(text: string): boolean {
  const label = text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*[:=\-–]?\s*\d+%?\s*$/, '')
    .replace(/[\s:]+$/, '')
    .trim();
  return SUMMARY_LABELS.includes(label);
}

/**
 * True when a row's cells are short (30 characters at most) and more than half of them, three or more, are header words
 * of the main roles ("Name", "Owner", "Status", "Date" beside "Subitems" and "Item ID (auto generated)").
 * @example headerWordsOnly([{ col: 0, text: 'Subitems', span: 1 }, { col: 1, text: 'Name', span: 1 }, { col: 2, text: 'Owner', span: 1 }, { col: 3, text: 'Status', span: 1 }], 4) // true
 */
function headerWordsOnly(distinct: readonly Distinct[], n: number): boolean {
  // a row opening with a reference number ("1.1") is an action, whatever words it holds ("No", "Complete")
  if (ROW_REF.test(distinct[0].text)) return false;
  let named = 0;
  for (let i = 0; i < n; i++) {
    const text = distinct[i].text.trim();
    if (text.length > 30) return false;
    const role = matchHeader(text);
    if (role !== null && (COLUMN_ROLES as readonly string[]).includes(role)) named++;
  }
  return named >= 3 && named * 2 > n;
}

/** What a task tool's export writes in an empty field: an empty list or object, or "null" (ClickUp). */
const EXPORT_EMPTY = new RegExp(String.raw`^\s*(?:${EXPORT_EMPTY_WORDS})\s*$`, 'i');

/** A folder's path as a project tool exports it: "/Business Plan 2022-23/Hidden harm/". */
const FOLDER_PATH = /^\/[^/\n]+(?:\/[^/\n]+)*\/$/;

/**
 * "Complete: 1", "Complete: 5 Amber: 3", "R: 2, A: 3, G: 5": counts of states and nothing else; or RAG letters each
 * run into its count ("B1 G6 A4 R2", as a totals row under one RAG column a period gives them).
 */
function isTally(text: string): boolean {
  if (LETTER_TALLY.test(text)) return true;
  const t = text.toLowerCase().trim();
  TALLY_PAIR.lastIndex = 0;
  let pairs = 0;
  while (TALLY_PAIR.lastIndex < t.length) {
    const at = TALLY_PAIR.lastIndex;
    const m = TALLY_PAIR.exec(t);
    if (!m || TALLY_PAIR.lastIndex === at) return false;
    const word = m[1].trim();
    if (!SUMMARY_TALLY_WORDS.includes(word) && !SUMMARY_LABELS.includes(word) && !Object.prototype.hasOwnProperty.call(RAG_WORDS, word)) return false;
    pairs++;
  }
  return pairs > 0;
}

function classifyRow(distinct: Distinct[], n: number, columns: ColumnMap, spans: Map<ColumnMap, number>): 'section' | 'note' | 'action' | 'total' {
  // an Excel Table's totals row: "Total" and then only numbers (counts, percentages) or nothing
  if (TOTAL_LABEL.test(distinct[0].text)) {
    let numbersOrNotAction = true;
    let numbers = true;
    for (let i = 1; i < n; i++) {
      const d = distinct[i];
      if (!(/^\s*[\d.,%£]*\s*$/.test(d.text) || d.col !== columns.action)) numbersOrNotAction = false;
      if (!/^\s*[-\d.,%£]+\s*$/.test(d.text)) numbers = false;
    }
    if (numbersOrNotAction && (n === 1 || numbers)) return 'total';
  }
  if (isSummaryRow(distinct, n)) return 'total';
  // a report's lines: "Key risks: ..." (a label and its words), and a line rating the whole workstream or
  // organisation, "Overall status" or "Overall" in the ref or action column
  if (isReportLine(distinct, n, columns)) return 'note';
  // a sub-table's header inside the table (a board export's "Subitems | Name | Owner | Status | Date" over an item's
  // subitems): header words, not an action
  if (n >= 3 && headerWordsOnly(distinct, n)) return 'note';
  // a project tool's folder, alone on its row as a path ("/LLR SABs Business Plan 2022-23/Hidden harm/", Wrike's
  // export): a section over the tasks in it
  if (n === 1 && FOLDER_PATH.test(distinct[0].text.trim())) return 'section';
  const tableWidth = Math.max(2, tableSpan(columns, spans));
  const wideSpan = Math.max(2, Math.ceil(tableWidth * 0.6));
  let wide: Distinct | undefined;
  for (let i = 0; i < n && !wide; i++) if (distinct[i].span >= wideSpan) wide = distinct[i];
  const last = distinct[n - 1];
  // read only for a wide or lone cell (an action row, most rows, has several narrow ones)
  const looksNumbered = (wide || n === 1) && NUMBERED_TITLE.test(last.text.trim());
  if (wide) {
    if (n === 1) {
      return looksNumbered && last.text.trim().length <= MAX_SECTION_TITLE && !/^\d+(?:\.\d+)*\s*[-–—]/.test(last.text.trim()) ? 'section' : 'note';
    }
    if (n === 2 && /^\d+\.?$/.test(distinct[0].text.trim()) && distinct[1] === wide) return 'section';
    return 'note';
  }
  // "1 | The Board has assurance that ..." not merged: a whole number in the ref column and a title beside it,
  // with no action, timescale or status
  if (
    n === 2 &&
    distinct[0].col === columns.ref &&
    /^\d+\.?$/.test(distinct[0].text.trim()) &&
    distinct[1].col !== columns.action &&
    distinct[1].col !== columns.timescale &&
    distinct[1].col !== columns.status &&
    columns.action !== undefined
  ) {
    return 'section';
  }
  // "1.0 | Clear lines of accountability": a number ending ".0" in the ref column and a title beside it, with nothing
  // else (a standards return's heading over "1.1", "1.2", ...)
  if (n === 2 && distinct[0].col === columns.ref && /^\d+\.0$/.test(distinct[0].text.trim()) && distinct[1].text.trim().length <= MAX_SECTION_TITLE) {
    return 'section';
  }
  if (n === 1) {
    const only = distinct[0];
    // a lone title in the ref column ("Priority 1: Neglect") heads a section; a long text there is a note
    // (refs are short: this is a note row whose merge across the table was lost)
    // (so is a short one that is a word, not a code: "Staff", "Safe", or a key question of the inspection the plan
    // answers, "SAFE")
    const lone = only.text.trim();
    if (
      only.col === columns.ref &&
      !/^\d+(?:\.\d+)*[a-z]?\.?$/i.test(lone) &&
      (lone.length > 6 || LONE_WORD.test(lone) || KEY_QUESTIONS.includes(lone.toLowerCase()))
    ) {
      return only.text.trim().length <= 120 ? 'section' : 'note';
    }
    const isActionCol = only.col === columns.action || (columns.action === undefined && only.col === columns.objective);
    const text = only.text.trim();
    // a heading the plan numbers by name ("Outcome 1: All frontline staff are aware ...", "Priority 2 – Protect"), on a
    // row of its own over the actions that serve it, even in the action column (where a lone text is otherwise an
    // action with nothing yet filled in)
    if (NAMED_HEADING.test(text) && text.length <= MAX_SECTION_TITLE) return 'section';
    if (!isActionCol && looksNumbered && text.length <= MAX_SECTION_TITLE && only.col !== columns.status && only.col !== columns.timescale) {
      return 'section';
    }
    if (!isActionCol && only.col !== columns.ref && only.col !== columns.objective && text.length > 120 && only.col !== columns.status) return 'note';
  }
  return 'action';
}

/**
 * True for a template's row of guidance under its header: the timescale cell and at least half the row's cells (two
 * or more) repeat a word of their column's header ("Realistic target date" under "Target Date", "Additional action
 * required" under "Action", "Evidence and assurance" under "Evidence"). An action's cells name the work, not the column
 * ("Review the action plan | Lead officer for training | Ongoing": its timescale says no header word).
 * @example isGuidanceRow([{ col: 0, text: 'Action required', span: 1 }, { col: 1, text: 'Realistic target date', span: 1 }], 2, { headerRow: 0, columns: { action: 0, timescale: 1 }, headers: { 0: 'Action', 1: 'Target Date' } }) // true
 */
function isGuidanceRow(cells: readonly Distinct[], n: number, block: TableBlock): boolean {
  const headers = block.headers;
  const timescale = block.columns.timescale;
  if (!headers || timescale === undefined || n < 2) return false;
  // the timescale's cell (a row's cells are of distinct columns) must repeat its header's words with no digit: most
  // rows give a date there, so it is read first, and the other cells only when it does
  let at = -1;
  for (let i = 0; i < n && at < 0; i++) if (cells[i].col === timescale) at = i;
  if (at < 0 || headers[timescale] === undefined || /\d/.test(cells[at].text) || !repeatsHeader(cells[at].text, headers[timescale])) return false;
  let repeating = 0;
  for (let i = 0; i < n; i++) {
    const header = headers[cells[i].col];
    if (header !== undefined && (i === at || repeatsHeader(cells[i].text, header))) repeating++;
  }
  return repeating >= 2 && repeating * 2 >= n;
}

/** True when a cell's text holds a word (`GUIDANCE_WORD`) of its column's header, both read lower-cased. */
function repeatsHeader(text: string, header: string): boolean {
  const words = new Set(header.toLowerCase().match(GUIDANCE_WORD) ?? []);
  return (text.toLowerCase().match(GUIDANCE_WORD) ?? []).some((w) => words.has(w));
}

/** A word of four letters or more, as a header and its guidance share them ("target", "date", "action"). */
const GUIDANCE_WORD = /[a-z]{4,}/g;

/**
 * A word alone, capitalised, of four letters or more ("Staff", "Safe"), or in capitals, of five or more (the four Ps'
 * "PURSUE", "ENGAGE"): a heading, not a reference code ("ASB", "DA": codes are short).
 */
const LONE_WORD = /^(?:[A-Z][a-z]{3,}|[A-Z]{5,})$/;

/**
 * True for a cell that opens a key or legend to the table ("Key", "RAG key:", "Legend").
 * @example isKeyLabel('Key:') // true
 * @example isKeyLabel('Key actions') // false
 */
export function isKeyLabel(text: string): boolean {
  // a cell opening with a digit (an action's reference, "1.1") keeps it through the normalising, and no label
  // opens with one: most rows stop here
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57 && !KEY_LABEL_DIGIT) return false;
  if (text.length > 40) return false;
  const label = normaliseHeader(text).replace(/[\s:\-–]+$/, '');
  // ("Change stage key:", "Progress key": a column's name, then "key")
  return KEY_LABELS.includes(label) || NAMED_KEY.test(label);
}

/** A key named for the column it explains: one to three words, then "key" ("Change stage key", "Progress key"). */
const NAMED_KEY = /^[a-z]+(?: [a-z]+){0,2} key$/;

/**
 * True for a cell that opens with a key label and a colon or dash, and goes on to give the key itself.
 * @example opensWithKeyLabel('Key: Green – complete; Amber – in progress') // true
 * @example opensWithKeyLabel('Key actions for partners') // false
 */
export function opensWithKeyLabel(text: string): boolean {
  const m = KEY_LABEL_OPENING.exec(text);
  if (!m) return false;
  const label = normaliseHeader(m[1]);
  // ("RAG: Green – completed or on track; Amber – ...": a RAG label, then the colours, or their letters)
  if (KEY_LABELS.includes(label)) return true;
  const rest = text.slice(m[0].length - 1);
  return RAG_LABELS.includes(label) && (COLOUR_AFTER_LABEL.test(rest) || LETTER_AFTER_LABEL.test(rest));
}

/**
 * True for a RAG label in a cell of its own with a colon ("RAG:", "RAG rating:"), the next cell opening with a colour
 * or its letter and meaning: a key laid across a row.
 * @example labelsColoursAfter('RAG:', 'Blue - Completed') // true
 * @example labelsColoursAfter('RAG', 'Green') // false
 */
function labelsColoursAfter(label: string, next: string): boolean {
  const m = /^\s*([A-Za-z ]{3,20}?)\s*:\s*$/.exec(label);
  return (
    m !== null &&
    RAG_LABELS.includes(normaliseHeader(m[1])) &&
    (COLOUR_AFTER_LABEL.test(next) || LETTER_AFTER_LABEL.test(next)) &&
    /[a-z]{3}/i.test(next.slice(2))
  );
}

/** Labels that open a key only when a colour follows them ("RAG: Green – on track"). */
const RAG_LABELS: readonly string[] = ['rag', 'brag', 'rag rating', 'rag ratings', 'rag status', 'rating', 'ratings'];
/** A colour a key names, opening the text after a RAG label ("RAG: Yellow – on target"). */
const COLOUR_AFTER_LABEL = new RegExp(String.raw`^\s*(?:${KEY_COLOURS})\b`, 'i');
/**
 * A colour's letter and its meaning after a RAG label ("*RAG: R = not in place A = partially in place G = in place", as
 * a school's plan with R / A / G in its cells writes it): a capital, so that "Rating: a-level results" is no key.
 */
const LETTER_AFTER_LABEL = /^\s*[RAGB]\s*(?:[=:–—]|\s-)\s*[A-Za-z]/;

/**
 * A label of up to four words, then a colon or a dash, opening a cell ("Key:", "RAG key -", "Legend:"), perhaps after
 * the footnote mark of the header it explains ("*RAG:" under a "RAG*" column).
 */
const KEY_LABEL_OPENING = /^\s*[*†‡]*\s*([A-Za-z]+(?:\s+[A-Za-z]+){0,3})\s*(?::|\s[-–—])\s*\S/;

/** True when a key label opens with a digit (none does: `isKeyLabel` then passes over references at once). */
const KEY_LABEL_DIGIT = KEY_LABELS.some((label) => /^\d/.test(label));

/** The width of a table from its columns, worked out once per block of one layout read. */
function tableSpan(columns: ColumnMap, spans: Map<ColumnMap, number>): number {
  let span = spans.get(columns);
  if (span === undefined) {
    const cols = Object.values(columns).filter((c): c is number => typeof c === 'number');
    span = cols.length === 0 ? 0 : Math.max(...cols) - Math.min(...cols) + 1;
    spans.set(columns, span);
  }
  return span;
}

function readRow(
  grid: Grid,
  r: number,
  block: TableBlock,
  blockIndex: number,
  section: Section | null,
  previous: PlanRow | undefined,
  mergeAt: (r: number, c: number) => CellRange | undefined,
): PlanRow | null {
  // each role by name, in the order of COLUMN_ROLES (the order the cells are listed in): named stores stay fast
  const cells: PlanRow['cells'] = new RowCells();
  const columns = block.columns;
  if (columns.ref !== undefined) cells.ref = readCell(grid, r, columns.ref, false, mergeAt);
  if (columns.objective !== undefined) {
    const above = previous?.cells.objective;
    // a blank objective continues the one above: every row under it shares one inherited copy (rows never change
    // their cells), so a long section does not make a copy per row
    if (above && isBlank(textAt(grid, r, columns.objective, mergeAt))) cells.objective = above.inherited ? above : { ...above, inherited: true };
    else cells.objective = readCell(grid, r, columns.objective, false, mergeAt);
  }
  if (columns.action !== undefined) cells.action = readCell(grid, r, columns.action, false, mergeAt);
  if (columns.timescale !== undefined) cells.timescale = readCell(grid, r, columns.timescale, false, mergeAt);
  else if (block.timeline) {
    // the last period the row is marked under, as its timescale ("Q4 2017/18")
    for (let k = block.timeline.length - 1; k >= 0; k--) {
      const t = block.timeline[k];
      if (!markedIn(grid, r, t.col)) continue;
      cells.timescale = { row: r, col: t.col, text: t.period, value: t.period, numberFormat: null, inherited: false };
      break;
    }
  }
  if (columns.lead !== undefined) cells.lead = readCell(grid, r, columns.lead, false, mergeAt);
  let otherLeads: RoleCell[] | undefined;
  if (block.otherLeads) {
    for (const c of block.otherLeads) {
      const cell = readCell(grid, r, c, false, mergeAt);
      if (has(cell)) (otherLeads ??= []).push(cell);
    }
  }
  if (columns.outcome !== undefined) cells.outcome = readCell(grid, r, columns.outcome, false, mergeAt);
  if (columns.status !== undefined) cells.status = readCell(grid, r, columns.status, true, mergeAt);
  if (columns.rag !== undefined) cells.rag = readCell(grid, r, columns.rag, true, mergeAt);
  if (columns.link !== undefined) cells.link = readCell(grid, r, columns.link, false, mergeAt);
  let extra: PlanRow['extra'];
  if (block.extra) {
    extra = {};
    for (const role of EXTRA_ROLES) {
      const c = block.extra[role];
      if (c !== undefined) extra[role] = readCell(grid, r, c, false, mergeAt);
    }
    // the day a case was raised, given on its first row only ("Date of RR" filled beside the first of "Child P"'s
    // recommendations): the rows under it for the same case or objective were raised that day too
    const raisedAbove = previous?.extra?.raised;
    const same = previous !== undefined && (sameObjective(cells, previous) || sameRefStem(cells.ref?.text, previous.cells.ref?.text));
    if (extra.raised && isBlank(extra.raised.text) && raisedAbove && !isBlank(raisedAbove.text) && same) {
      extra.raised = raisedAbove.inherited ? raisedAbove : { ...raisedAbove, inherited: true };
    }
  }

  // one update column per period: the newest filled-in one is the current status, the others are history
  let updates: RowUpdate[] | undefined;
  let statusFrom: string | null = null;
  let unchangedIn: string | null = null;
  let ragFrom: string | null = null;
  if (block.updates) {
    updates = [];
    for (const u of block.updates) {
      const cell = readCell(grid, r, u.col, true, mergeAt);
      if (filled(cell)) updates.push({ header: u.header, period: u.period, cell });
    }
    if (updates.length > 0) {
      const latest = updates[updates.length - 1];
      // "No change" in the latest column: the latest one before it that says more tells how things stand
      const read = latestSaying([...updates].reverse(), (u) => u.cell.text);
      if (read !== latest) unchangedIn = latest.header;
      cells.status = read.cell;
      statusFrom = read.header;
    }
  }
  if (block.ragUpdates) {
    for (let i = block.ragUpdates.length - 1; i >= 0; i--) {
      const cell = readCell(grid, r, block.ragUpdates[i].col, true, mergeAt);
      // a dashboard's figure ("86%") is rated by its cell's colour alone: an uncoloured figure is no rating
      if (block.ragFigures ? !!cell.fill && !cell.inherited : filled(cell)) {
        cells.rag = block.ragFigures ? { ...cell, text: '', value: null } : cell;
        ragFrom = block.ragUpdates[i].header;
        break;
      }
    }
  }
  // the status cell is empty but another status-like column of the row says something: read that; a short status
  // (a drop-down's "In progress") is read with the commentary beside it
  let commentary: RoleCell | undefined;
  if (block.otherStatus && filled(cells.status) && cells.status!.text.trim().length <= 30) {
    for (const c of block.otherStatus) {
      const cell = readCell(grid, r, c, false, mergeAt);
      // (an export's empty list or "null", ClickUp's "[]" under "Comments", says nothing)
      if (filled(cell) && !isBlank(cell.text) && !EXPORT_EMPTY.test(cell.text)) {
        commentary = cell;
        break;
      }
    }
  }
  // an outcome column that says where the action stands: read after the status (as the status when it has none)
  if (block.outcomeIsProgress && filled(cells.outcome) && !cells.outcome!.inherited && !isBlank(cells.outcome!.text)) {
    if (!filled(cells.status)) cells.status = cells.outcome;
    else if (!commentary) commentary = cells.outcome;
  }
  if (block.otherStatus && !filled(cells.status)) {
    for (const c of block.otherStatus) {
      const cell = readCell(grid, r, c, true, mergeAt);
      // a response column's "Agreed." or "Accepted" accepts the recommendation: no word of progress on it
      if (!cell.fill && ACCEPTANCE_ONLY.test(cell.text) && RESPONSE_HEADER.test(block.headers?.[c] ?? '')) continue;
      if (filled(cell)) {
        if (!cells.status?.fill) {
          cells.status = cell;
          statusFrom = block.headers?.[c]?.trim() ?? null;
        }
        break;
      }
    }
  }
  // a line under an action merged down over several (its milestones), with a date or a rating of its own, is an action
  // of its own under that one ("Give clear leadership ..." over four milestones, each with its timescale and RAG)
  const underMergedAction = cells.action?.inherited === true && (has(cells.timescale) || has(cells.rag));
  if (!has(cells.action) && !has(cells.ref) && !underMergedAction && !(columns.action === undefined && has(cells.objective))) {
    // neither an action nor a reference: a continuation line of the action above; not an action of its own. Words in
    // its status cell alone ("50 staff trained so far; delayed by sickness") go on with the status above
    if (has(cells.status) && !has(cells.timescale) && !has(cells.objective) && !has(cells.lead) && !has(cells.rag)) {
      continueStatus(previous, cells.status!, blockIndex, r);
      return null;
    }
    if (!has(cells.status) && !has(cells.timescale)) return null;
    if (!has(cells.objective)) return null;
  }
  // in a table whose actions are numbered, an unnumbered line holding only more words of the action above, with no
  // date, lead or rating of its own: a line of that action's, not an action of its own
  const underNumbered =
    columns.ref !== undefined &&
    !has(cells.ref) &&
    !!previous?.ref &&
    previous.block === blockIndex &&
    r - previous.row <= CONTINUATION_ROWS &&
    has(cells.action) &&
    !has(cells.objective) &&
    !has(cells.timescale) &&
    !has(cells.lead) &&
    !has(cells.rag) &&
    !has(cells.outcome);
  // words running on from the action (they open in lower case, or the action above ends with no full stop), as a plan
  // pasted from Word splits a cell over rows, with more words of its status beside them ("from the same address within
  // 12 months" | "Storm live since 08/01/24."): the status runs on too
  if (underNumbered && runsOn(previous!.cells.action, cells.action!) && (has(cells.status) || commentary !== undefined)) {
    // (a bullet's own progress, under an action with a status of its own, is one part's: the action's status stands,
    // "On track" over "• issue cameras" | "Cameras issued in July.")
    const more = has(cells.status) ? cells.status! : commentary!;
    if (BULLET_OPENING.test(cells.action!.text) && has(previous!.cells.status)) return null;
    // (the words beside the status running on too: "6 of 9 staff trained. Other 3 on the" | "April course – now
    // expected end of April.")
    if (previous!.commentary && more.col === previous!.commentary.col)
      previous!.commentary = { ...previous!.commentary, text: `${previous!.commentary.text.trimEnd()} ${more.text.trim()}` };
    else continueStatus(previous, more, blockIndex, r);
    return null;
  }
  // (with no words of its status: "and managers")
  if (underNumbered && !has(cells.status)) return null;
  const ref = cells.ref ? (!cells.ref.inherited ? refOf(cells.ref.text) : null) : columns.ref === undefined ? numberInText(cells) : null;
  // (no ref of its own, where the recommendations are numbered in a column of their own: the recommendation's number)
  const parent = ref === null && block.parentRef !== undefined ? readCell(grid, r, block.parentRef, false, mergeAt) : null;
  const keyed = ref ?? (parent && !parent.inherited && !isBlank(parent.text) ? refOf(parent.text) : null);
  const row: PlanRow = { row: r, ref: keyed, section, block: blockIndex, cells };
  if (extra) row.extra = extra;
  if (updates) row.updates = updates;
  if (statusFrom !== null) row.statusFrom = statusFrom;
  if (unchangedIn !== null) row.unchangedIn = unchangedIn;
  if (ragFrom !== null) row.ragFrom = ragFrom;
  if (commentary) row.commentary = commentary;
  if (otherLeads) row.otherLeads = otherLeads;
  return row;
}

/** True when a row's objective is the row above's (carried down, or written again). */
function sameObjective(cells: PlanRow['cells'], previous: PlanRow): boolean {
  const mine = cells.objective;
  const above = previous.cells.objective;
  return !!mine && !!above && !isBlank(mine.text) && (mine.inherited || mine.text === above.text);
}

/**
 * True when two references differ only in their last number ("RR 23/11-1" and "RR 23/11-2", "3.1" and "3.2"): one
 * case's or one recommendation's parts.
 * @example sameRefStem('RR 23/11-2', 'RR 23/11-1') // true
 */
function sameRefStem(ref: string | undefined, above: string | undefined): boolean {
  if (!ref || !above) return false;
  const stem = REF_STEM.exec(ref.trim());
  return stem !== null && stem[1] !== '' && REF_STEM.exec(above.trim())?.[1] === stem[1];
}

/** A reference's stem: all but its last number ("RR 23/11-" of "RR 23/11-2"). */
const REF_STEM = /^(.*?)\d+[a-z]?$/i;

/** A parent row's reference: a number ("1", "2.", "1.2"). */
const PARENT_REF = /^\d+(?:\.\d+)*\.?$/;
/** A lettered sub-action's reference: "a)", "b.", "(c)", "d", "(i)", "ii." (the letter in group 1). */
const LETTER_REF = /^\(?([a-z]|[ivx]{1,4})[.)]?$/i;
/** A sub-action's reference written with its parent's number: "1a", "1.2b", "1(i)", "2.a" (groups: number, letter). */
const COMPOSED_REF = /^(\d+(?:\.\d+)*)\.?\s*\(?([a-z]|[ivx]{1,4})\)?$/i;

/**
 * The letter of a sub-action's reference under a parent numbered `parent` ("a)" → "a", "(ii)" → "ii", "1b" → "b"
 * under "1"), with whether it is written with the number already; null for any other reference.
 *
 * @example subActionLetter('b)', '1') // { letter: 'b', composed: false }
 * @example subActionLetter('2a', '1') // null
 */
export function subActionLetter(ref: string, parent: string): { letter: string; composed: boolean } | null {
  const t = ref.trim();
  const lettered = LETTER_REF.exec(t);
  if (lettered) return { letter: lettered[1], composed: false };
  const composed = COMPOSED_REF.exec(t);
  if (composed && composed[1] === parent) return { letter: composed[2], composed: true };
  return null;
}

/**
 * Rows lettered under a numbered section row ("2. | Reduce infant mortality ..., specifically:" over "a. | b. | ...",
 * the number and its words alone on their row, so read as a section): keyed with the number ("2a", "2b"), as a
 * numbered action row heads its lettered rows. The section ends with the letters: the numbered rows after it ("3.")
 * are back in the section before it.
 */
function letterUnderSections(rows: PlanRow[], sections: Section[]): void {
  for (let i = 0; i < rows.length; i++) {
    const s = rows[i].section;
    // (the first row of the section, lettered: the others, most rows, are passed over before the section's number is read)
    if (i > 0 && rows[i - 1].section === s) continue;
    const number = s?.ref && /^\d+\.?$/.test(s.ref) ? s.ref.replace(/\.$/, '') : null;
    if (!number || !rows[i].ref || !subActionLetter(rows[i].ref!, number)) continue;
    const end = keyLetteredRun(rows, i, number, (r) => r.section === s);
    const before = sections[sections.indexOf(s!) - 1] ?? null;
    for (let j = end + 1; j < rows.length && rows[j].section === s; j++) rows[j].section = before;
    i = end;
  }
}

/**
 * Keys the run of rows lettered under `number` that starts at `from` (a lettered row) and goes on while `inRun` holds
 * and each row is lettered or unnumbered: "a)" → "2a", roman letters "(i)" → "2(i)"; a ref already composed ("2b")
 * stays. Returns the index of the run's last row.
 */
function keyLetteredRun(rows: PlanRow[], from: number, number: string, inRun: (r: PlanRow) => boolean): number {
  let end = from;
  while (end + 1 < rows.length && inRun(rows[end + 1]) && (!rows[end + 1].ref || subActionLetter(rows[end + 1].ref!, number))) end++;
  const run = rows.slice(from, end + 1);
  const letters = run.map((r) => (r.ref ? subActionLetter(r.ref, number) : null));
  const roman = /^i$/i.test(letters[0]!.letter) && letters.every((l) => !l || /^[ivx]+$/i.test(l.letter));
  run.forEach((r, k) => {
    const l = letters[k];
    if (l && !l.composed) r.ref = roman ? `${number}(${l.letter})` : `${number}${l.letter}`;
  });
  return end;
}

/** True when a row of the plan says something besides its reference and its words: who, when, how it is going. */
function hasOwnDetail(row: PlanRow): boolean {
  const c = row.cells;
  return (
    has(c.lead) ||
    has(c.timescale) ||
    has(c.outcome) ||
    filled(c.status) ||
    filled(c.rag) ||
    has(c.link) ||
    !!row.updates?.length ||
    !!row.commentary ||
    (!!row.extra && Object.values(row.extra).some((cell) => has(cell)))
  );
}

/**
 * A numbered row holding only its words ("1 | Improve neglect practice") over lettered rows that have a lead, a
 * date or a status of their own ("a) | Review the neglect strategy | JS | March 2015") heads them: it becomes a
 * section, as a section title row is, and is no longer an action. The lettered rows take their parent's number
 * ("1a", "1b"; "1(i)" for roman numerals), so that each reads alone in a list of actions and keeps its own
 * identity from one report to the next. A numbered row with no lettered rows under it stays an action.
 *
 * @example headLetteredRuns(rows, sections) // rows "1", "a)", "b)" → rows "1a", "1b" in section "1 Improve neglect practice"
 */
function headLetteredRuns(rows: PlanRow[], sections: Section[]): void {
  letterUnderSections(rows, sections);
  let removed = false;
  for (let i = 0; i < rows.length - 1; i++) {
    const parent = rows[i];
    if (!parent.ref || !PARENT_REF.test(parent.ref)) continue;
    const words = has(parent.cells.action) ? parent.cells.action! : parent.cells.action ? undefined : parent.cells.objective;
    if (!words || !has(words) || hasOwnDetail(parent)) continue;
    const number = parent.ref.replace(/\.$/, '');
    const first = rows[i + 1];
    const firstLetter = first.ref ? subActionLetter(first.ref, number) : null;
    if (first.block !== parent.block || first.section !== parent.section || !firstLetter || !hasOwnDetail(first)) continue;
    // the run: the lettered rows (and unnumbered rows among them) in the same table and section
    const section: Section = { row: parent.row, ref: number, title: words.text.trim() };
    const end = keyLetteredRun(rows, i + 1, number, (r) => r.block === parent.block && r.section === parent.section);
    const at = sections.findIndex((s) => s.row > parent.row);
    sections.splice(at < 0 ? sections.length : at, 0, section);
    for (let k = i + 1; k <= end; k++) rows[k].section = section;
    rows[i] = PARENT_HEADING;
    removed = true;
    i = end;
  }
  if (removed) dropHeadings(rows);
}

/**
 * A short title alone on its row ("Systems and procedures", "People and culture"), with no ref, over an action that
 * has a lead, a date or progress of its own, heads the rows under it as a section title does: a plan's themes under
 * its sections; so does one numbered in its own words where the table keeps no ref column ("1. Process
 * improvements": the number is the section's). So does the date the milestones under it are due by ("By September
 * 2015", `DEADLINE_HEADING`). A lone text that reads as an action ("Review the strategy": it opens with a verb of
 * `ACTION_VERBS`), has a number in its words, punctuation or more than five words, or has no detailed action under
 * it, stays an action nobody has filled in.
 *
 * @example themeHeadings(rows, sections) // "Governance" alone over "Recommendation No. 40 ... | Head of Safeguarding | June 2021" → a section
 */
function themeHeadings(rows: PlanRow[], sections: Section[], blocks: readonly TableBlock[]): void {
  let removed = false;
  for (let i = 0; i < rows.length - 1; i++) {
    const row = rows[i];
    if (hasOwnDetail(row)) continue;
    const { action, objective } = row.cells;
    const own = has(action) ? (has(objective) ? undefined : action) : has(objective) ? objective : undefined;
    const words = own?.text.trim() ?? '';
    // (numbered in its own words, where the table keeps no ref column: "1. Process improvements" alone on its row; the
    // number is the section's. Not one the label names an action or recommendation: "Action 1: Brief the leads")
    const label = row.ref && !row.cells.ref && /^\d/.test(words) ? TEXT_NUMBER.exec(words) : null;
    if (row.ref && label?.[1] !== row.ref) continue;
    const text = label ? words.slice(label[0].length) : words;
    // (or the date the milestones under it are due by: "By September 2015", see `DEADLINE_HEADING`)
    const verb = ACTION_VERBS.includes(text.split(/\s/, 1)[0].toLowerCase());
    // (a longer one, up to a dozen words, where an earlier title of the table stood alone on its row as this does: "Start
    // healthy and stay healthy" under the header, then "Are safe at home, in school and in the community")
    // (not words saying what is to be done: "Policies to be reviewed in line with the new guidance")
    const likeEarlier =
      !verb &&
      LONGER_THEME_TITLE.test(text) &&
      !TO_BE_DONE.test(text) &&
      sections.some((s) => s.ref === null && LONGER_THEME_TITLE.test(s.title.trim()) && s.row > (blocks[row.block]?.headerRow ?? Infinity) && s.row < row.row);
    if (!DEADLINE_HEADING.test(text) && (!THEME_TITLE.test(text) || verb) && !likeEarlier) continue;
    const next = rows[i + 1];
    if (next.block !== row.block || !hasOwnDetail(next)) continue;
    const section = insertSection(sections, { row: row.row, ref: row.ref, title: words });
    for (let k = i + 1; k < rows.length && rows[k].block === row.block && rows[k].section === row.section; k++) rows[k].section = section;
    rows[i] = PARENT_HEADING;
    removed = true;
  }
  if (removed) dropHeadings(rows);
}

/**
 * The column of each table whose header cell the pattern matches (one no role claims: "Outline Level", "Type"), or -1.
 * @example headedColumns(grid, blocks, /^outline level$/i) // [2], when C1 reads "Outline Level"
 */
function headedColumns(grid: Grid, blocks: readonly TableBlock[], header: RegExp): number[] {
  return blocks.map((b) => (b.headerRow < 0 ? -1 : (grid.values[b.headerRow] ?? []).findIndex((v) => typeof v === 'string' && header.test(v))));
}

/** Puts a section among the sections in sheet order, and gives it back. */
function insertSection(sections: Section[], section: Section): Section {
  const at = sections.findIndex((s) => s.row > section.row);
  sections.splice(at < 0 ? sections.length : at, 0, section);
  return section;
}

/**
 * A project schedule's summary tasks: in a table with an "Outline Level" or "Outline Number" column (Microsoft
 * Project's, copied to Excel), a row whose next row in the table is at a deeper level sums up the tasks under it: a
 * section, not an action (its dates and percentage are rolled up from theirs).
 * @example outlineHeadings(grid, blocks, rows, sections) // "1. Front door and MASH" at level 2 over four tasks at level 3 → a section
 */
function outlineHeadings(grid: Grid, blocks: readonly TableBlock[], rows: PlanRow[], sections: Section[]): void {
  const outline = headedColumns(grid, blocks, OUTLINE_LEVEL);
  // (or the outline's numbers, "1" over "1.1" and "1.2": a task's level is the count of its parts, the project's own
  // summary task, "0", above them all)
  const numbered = headedColumns(grid, blocks, OUTLINE_NUMBER);
  if (!outline.some((c) => c >= 0) && !numbered.some((c) => c >= 0)) return;
  const levelOf = (row: PlanRow): number => {
    const col = outline[row.block];
    const v = col >= 0 ? grid.values[row.row]?.[col] : undefined;
    if (col < 0 && numbered[row.block] >= 0) {
      const n = cellText(grid, row.row, numbered[row.block]).trim();
      return n === '0' ? 0 : /^\d{1,3}(?:\.\d{1,3})*$/.test(n) ? n.split('.').length : NaN;
    }
    return typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d{1,2}\s*$/.test(v) ? Number(v) : NaN;
  };
  let removed = false;
  for (let i = 0; i < rows.length - 1; i++) {
    const row = rows[i];
    const next = rows[i + 1];
    if (next.block !== row.block || !(levelOf(next) > levelOf(row))) continue;
    const title = (row.cells.action ?? row.cells.objective)?.text.trim() ?? '';
    const section = insertSection(sections, { row: row.row, ref: row.ref, title });
    const level = levelOf(row);
    for (let k = i + 1; k < rows.length && rows[k].block === row.block && levelOf(rows[k]) > level; k++) rows[k].section = section;
    rows[i] = PARENT_HEADING;
    removed = true;
  }
  if (removed) dropHeadings(rows);
}

/**
 * A project schedule exported without its outline (Smartsheet's "Task Name | Start | Finish | Duration | % Complete |
 * Assigned To | Comments", the parent rows' indent lost): a row nobody is assigned to, with no status, rating or comment
 * of its own, whose dates span those of the row under it, is a parent row summing up the tasks under it (its dates and
 * percentage rolled up from theirs): a section, not an action. Read only in a table with "Duration" and "Start"
 * columns, and over a row that is a task (assigned, or rated) or a parent row itself.
 * @example rolledUpHeadings(grid, blocks, rows, sections) // "1. Good governance | 01/07/16 | 31/05/17 | 62%" over "Revise the policy | 01/09/16 | 31/05/17 | ... | Chief Officer" → a section
 */
function rolledUpHeadings(grid: Grid, blocks: readonly TableBlock[], rows: PlanRow[], sections: Section[]): void {
  const duration = headedColumns(grid, blocks, DURATION_HEADER);
  const start = headedColumns(grid, blocks, START_HEADER);
  if (!blocks.some((b, k) => duration[k] >= 0 && start[k] >= 0 && b.columns.timescale !== undefined)) return;
  // a cell's day: a date cell's, or the day its words give ("Mon 02/04/18")
  const dayAt = (r: number, c: number): string | null => {
    const value = grid.values[r]?.[c] ?? null;
    const text = cellText(grid, r, c);
    const t =
      typeof value === 'number' ? readTimescaleCell({ value, text, numberFormat: grid.numberFormats ? formatAt(grid, r, c) : null }) : parseTimescale(text);
    return t.kind === 'date' ? t.due : null;
  };
  const span = (row: PlanRow): [string, string] | null => {
    const from = row.cells.timescale && row.cells.timescale.col !== start[row.block] ? dayAt(row.row, start[row.block]) : null;
    const to = from ? dayAt(row.cells.timescale!.row, row.cells.timescale!.col) : null;
    return from && to ? [from, to] : null;
  };
  const parent: boolean[] = new Array(rows.length).fill(false);
  // from the last row up, so that a parent row over a parent row ("Priority 3" over "Partner dataset") is seen
  for (let i = rows.length - 2; i >= 0; i--) {
    const row = rows[i];
    const next = rows[i + 1];
    if (next.block !== row.block || duration[row.block] < 0 || start[row.block] < 0) continue;
    const c = row.cells;
    if (has(c.lead) || filled(c.status) || filled(c.rag) || has(row.commentary) || row.updates?.length) continue;
    if (!(parent[i + 1] || has(next.cells.lead) || filled(next.cells.status) || filled(next.cells.rag))) continue;
    // (a span of days of its own, not one day: a course with no trainer named yet, over another on its day, is a course)
    const outer = span(row);
    const inner = outer && outer[0] < outer[1] && span(next);
    if (!outer || !inner || inner[0] < outer[0] || inner[1] > outer[1]) continue;
    parent[i] = true;
  }
  if (!parent.includes(true)) return;
  let section: Section | null = null;
  let block = -1;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    // (a section ends with its table)
    if (row.block !== block) section = null;
    block = row.block;
    if (parent[i]) {
      section = insertSection(sections, { row: row.row, ref: row.ref, title: (row.cells.action ?? row.cells.objective)?.text.trim() ?? '' });
      rows[i] = PARENT_HEADING;
    } else if (section) row.section = section;
  }
  dropHeadings(rows);
}

/** A project schedule's "Duration" column ("260 days", "131d"). */
const DURATION_HEADER = /^\s*duration\s*$/i;
/** A project schedule's "Start" or "Start Date" column. */
const START_HEADER = /^\s*start(?:\s+date)?\s*$/i;

/**
 * Rows a "Type" column says are not actions: in a RAID log ("Type" of Risk, Assumption, Issue, Decision, Action), an
 * assumption, a decision or a dependency is a record, not work to do; in a Jira export ("Issue Type"), an epic is the
 * heading of the tasks under it (a section).
 * @example typedRows(grid, blocks, rows, sections) // "D01 | Decision | Agreed at the Executive Group" → no action
 */
function typedRows(grid: Grid, blocks: readonly TableBlock[], rows: PlanRow[], sections: Section[]): void {
  const typeCol = headedColumns(grid, blocks, TYPE_HEADER);
  if (!typeCol.some((c) => c >= 0)) return;
  let removed = false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const col = typeCol[row.block];
    if (col < 0) continue;
    const type = cellText(grid, row.row, col).trim();
    if (HEADING_TYPE.test(type)) {
      insertSection(sections, { row: row.row, ref: row.ref, title: row.cells.action?.text.trim() ?? type });
    } else if (!RECORD_TYPE.test(type)) continue;
    rows[i] = PARENT_HEADING;
    removed = true;
  }
  if (removed) dropHeadings(rows);
}

/** A header naming each row's kind: a RAID log's "Type", Jira's "Issue Type". */
const TYPE_HEADER = /^\s*(?:issue\s+|item\s+|raid\s+)?type\s*$/i;
/** A kind of row that records, not asks for work: a RAID log's assumptions, decisions and dependencies. */
const RECORD_TYPE = /^(?:assumptions?|decisions?|dependenc(?:y|ies))$/i;
/** A kind of row that heads others: Jira's epics and initiatives. */
const HEADING_TYPE = /^(?:epic|initiative)s?$/i;

/** A project schedule's "Outline Level" column (Microsoft Project's level of each task: 1 the top). */
const OUTLINE_LEVEL = /^\s*outline\s+level\s*$/i;
/** A project schedule's "Outline Number" column (Microsoft Project's number of each task in the outline: "1.2"). */
const OUTLINE_NUMBER = /^\s*outline\s+(?:number|no\.?)\s*$/i;

/**
 * A row whose ref numbers the rows under it ("CC1.1" over "C1.1.1", "C1.1.2"), with no status, rating or timescale of
 * its own: a commitment or project heading its milestones, a section, not an action.
 * @example parentRefHeadings(rows, sections) // "CC1.1 Transforming local government | OCE | Mike" over "C1.1.1 ... | G" → a section
 */
function parentRefHeadings(rows: PlanRow[], sections: Section[]): void {
  // the headings found, bottom up: put among the sections once at the end (a splice for each would grow with the square
  // of a long plan's headings)
  const found: Section[] = [];
  // from the last row up, so that a commitment over a project over milestones ("CC1" over "CC1.1" over "C1.1.1") is
  // read as two headings
  let next = rows[rows.length - 1];
  for (let i = rows.length - 2; i >= 0; i--) {
    const row = rows[i];
    const below = next;
    next = row;
    if (!row.ref || !below.ref || below.block !== row.block || rated(row)) continue;
    const parent = REF_NUMBER.exec(row.ref)?.[1];
    const child = REF_NUMBER.exec(below.ref)?.[1];
    if (!parent || !child || !child.startsWith(`${parent}.`)) continue;
    const own = [row.cells.action, row.cells.objective].find((c) => has(c));
    const section: Section = { row: row.row, ref: row.ref, title: own?.text.trim() ?? row.ref };
    found.push(section);
    for (let k = i + 1; k < rows.length && rows[k].block === row.block && rows[k].section === row.section; k++) rows[k].section = section;
    rows[i] = PARENT_HEADING;
    // the row above is compared with the row under this heading
    next = below;
  }
  if (found.length === 0) return;
  for (const section of found) sections.push(section);
  sections.sort((a, b) => a.row - b.row);
  dropHeadings(rows);
}

/** True when a row says where it stands or when it is due: a status, a rating, a timescale or an update of its own. */
function rated(row: PlanRow): boolean {
  const c = row.cells;
  return filled(c.status) || filled(c.rag) || has(c.timescale) || !!row.updates?.length || !!row.commentary;
}

/** The numbering of a ref, after any letters before it: "CC1.1" → "1.1", "C1.1.1" → "1.1.1". */
const REF_NUMBER = /^[A-Za-z]{0,4}[\s.-]?(\d+(?:\.\d+)*)/;

/**
 * A title: a capital, then up to five words of letters, with no number or closing punctuation ("People and culture"),
 * perhaps the initials of the body it is for in brackets ("Children's audits (HSCB)", as a joint boards' schedule heads
 * each board's part).
 */
const THEME_TITLE = /^[A-Z][A-Za-z'’&-]*(?:,?\s+[A-Za-z'’&-]+){0,4}(?:\s+\([A-Z]{2,6}\))?$/;

/** Words saying what is to be done, which a title does not: "to be", "will", "should", "must". */
const TO_BE_DONE = /\b(?:to\s+be|will|should|must|shall)\b/i;

/** A title of up to twelve words, with no number or closing punctuation ("Are safe at home, in school and in the community"). */
const LONGER_THEME_TITLE = /^[A-Z][A-Za-z'’&-]*(?:,?\s+[A-Za-z'’&-]+){0,11}$/;

/**
 * The number a row's recommendation or action opens with, when the table keeps no ref column ("1. Agencies should
 * review their policies", "Recommendation 3: ...", "2.1 Review the toolkit"): the leftmost of the two cells the row
 * has of its own; an action lettered under a numbered recommendation, merged down or not, is the number and the
 * letter ("1a", "2(ii)"). Null when it opens with none (a count, "24 hour helpline", is not a number label).
 * @example numberInText({ objective: { text: '1. Agencies should review ...' } }) // '1'
 */
function numberInText(cells: PlanRow['cells']): string | null {
  // an action lettered under a numbered recommendation ("1. Strengthen oversight" | "a) Introduce audits"): "1a"
  const letter = cells.action && !cells.action.inherited && cells.objective ? TEXT_LETTER.exec(cells.action.text) : null;
  const number = letter ? TEXT_NUMBER.exec(cells.objective!.text) : null;
  if (letter && number) return /^[iv]+$/.test(letter[1]) ? `${number[1]}(${letter[1]})` : `${number[1]}${letter[1]}`;
  const own = [cells.objective, cells.action].filter((c): c is RoleCell => !!c && !c.inherited).sort((a, b) => a.col - b.col)[0];
  const m = own ? TEXT_NUMBER.exec(own.text) : null;
  // the first action under a recommendation numbered as its own ("1. Police to ..." | "1.1 Review the process"): the
  // action's number, as the later actions under it are keyed
  if (m && own !== cells.action && cells.action && !cells.action.inherited) {
    const action = TEXT_NUMBER.exec(cells.action.text);
    if (action && action[1].startsWith(`${m[1]}.`)) return action[1];
  }
  return m ? m[1] : null;
}

/**
 * A ref cell's reference: its text, or the number on its first line when words follow on the next ("2\nNew Action",
 * "1.3\n(carried over)").
 * @example refOf('2\nNew Action') // '2'
 */
function refOf(text: string): string | null {
  const t = text.trim();
  if (t === '') return null;
  const m = REF_THEN_WORDS.exec(t);
  return m ? m[1] : t;
}

/** A reference on a line of its own, words on the lines after it. */
const REF_THEN_WORDS = /^([A-Za-z]{0,4}[ .-]?\d{1,3}(?:\.\d{1,3})*[a-z]?)[ \t]*\r?\n\s*\S/;

/** A letter (or small roman numeral) labelling a sub-action: "a)", "(b)", "c.", "(ii)". */
const TEXT_LETTER = /^\s*\(?([a-h]|i{1,3}|iv|vi{0,3})[.)]\s+(?=\S)/;

/**
 * A number label opening a cell's text: "1.", "3)", "Recommendation 3:", "Rec 2 -", a dotted number and a space
 * ("2.1 Review"), or a number and its stop run into a word, as a plan pasted from Word keeps it ("1.Providing"). A bare
 * count ("24 hour helpline", "3 agencies") is not one, nor a part of a longer number ("Action 10" alone is not "Action
 * 1" before a "0").
 */
const TEXT_NUMBER =
  /^\s*(?:(?:recommendation|rec|action|item|no)\.?\s*)?(\d{1,2}(?:\.\d{1,2})*[a-z]?)(?!\d)(?:\s*[.):–—-]\s+|\.(?=[A-Z][a-z])|(?<=\d\.\d{1,2}[a-z]?)\s+|(?<=(?:recommendation|rec|action|item|no)\.?\s*\d{1,2}[a-z]?)\s*[:.)–—-]?\s*)(?=\S)/i;

/** Stands in for a parent row taken out of the actions, until they are packed. */
const PARENT_HEADING: PlanRow = { row: -1, ref: null, section: null, block: -1, cells: {} };

/** Takes out the rows that became headings (`PARENT_HEADING`), keeping the others in order, in place. */
function dropHeadings(rows: PlanRow[]): void {
  let n = 0;
  for (const r of rows) if (r !== PARENT_HEADING) rows[n++] = r;
  rows.length = n;
}

/**
 * True when a line's words run on from the action above: they open in lower case ("from the same address ..."), or the
 * action above ends with no full stop, question mark or closing bracket ("DENS hostel staff to complete").
 * @example runsOn(above, line) // true, for "Review call handling for repeat callers" above "from the same address"
 */
function runsOn(above: RoleCell | undefined, line: RoleCell): boolean {
  if (!above || isBlank(above.text)) return false;
  const first = /\S/.exec(line.text)?.[0] ?? '';
  return (first !== first.toUpperCase() && first === first.toLowerCase()) || !/[.!?)]\s*$/.test(above.text);
}

/** A bullet opening a line of an action's words ("• issue cameras to all response officers"). */
const BULLET_OPENING = /^\s*[•·▪◦‣*–-]\s/;

/** How far below its action a status's continuation line may be (a blank row or two between them). */
const CONTINUATION_ROWS = 3;

/**
 * Reads a continuation line's status with the status of the action above it (in the same table, a row or two up):
 * as its status when it has none, else as commentary after it, when it has none yet.
 */
function continueStatus(previous: PlanRow | undefined, status: RoleCell, blockIndex: number, r: number): void {
  if (!previous || previous.block !== blockIndex || r - previous.row > CONTINUATION_ROWS) return;
  if (!has(previous.cells.status)) {
    if (!previous.cells.status?.fill) previous.cells.status = status;
  } else if (!previous.commentary) previous.commentary = status;
}

/**
 * A row's cells by role: a plain record (its own properties are the roles the row has, in the order of
 * COLUMN_ROLES), made by a constructor so that its roles are stored in the object itself (an empty `{}` has room
 * for four, and a plan row has seven or more: the rest would go in a second object, one more per row).
 */
class RowCells implements Partial<Record<ColumnRole, RoleCell>> {}

/** Every column role is read by name in `readRow`: a role added to `ColumnRole` and not read there fails to compile. */
type UnreadRole = Exclude<ColumnRole, 'ref' | 'objective' | 'action' | 'timescale' | 'lead' | 'outcome' | 'status' | 'rag' | 'link'>;
const EVERY_ROLE_READ: [UnreadRole] extends [never] ? true : never = true;
void EVERY_ROLE_READ;

/** True when a row's cell holds text of its own (not carried down from above). */
function has(cell: RoleCell | undefined): boolean {
  return !!cell && !cell.inherited && !isBlank(cell.text);
}

/** A cell of an action row: its text and value from the top-left of its merge, with its colours where asked. */
function readCell(grid: Grid, r: number, c: number, coloured: boolean, mergeAt: (r: number, c: number) => CellRange | undefined): RoleCell {
  const m = mergeAt(r, c);
  const srcRow = m ? m.top : r;
  const srcCol = m ? m.left : c;
  // the value once, and the text from it (as `cellText` gives it) unless the host gave the displayed text
  const values = grid.values[srcRow];
  const v = values ? values[srcCol] : undefined;
  const value = v === undefined ? null : v;
  const shown = grid.text?.[srcRow]?.[srcCol];
  const said = typeof shown === 'string' ? shown : value === null ? '' : typeof value === 'string' ? value : String(value);
  // a Word form's prompt nobody replaced ("Click or tap to enter a date.") says nothing
  const prompt = isFormPlaceholder(said);
  const cell: RoleCell = {
    row: srcRow,
    col: srcCol,
    text: prompt ? '' : said,
    value: prompt ? null : value,
    numberFormat: grid.numberFormats ? formatAt(grid, srcRow, srcCol) : null,
    inherited: srcRow !== r,
  };
  if (coloured) {
    const fill = grid.fills?.[srcRow]?.[srcCol];
    const font = grid.fontColors?.[srcRow]?.[srcCol];
    if (fill) cell.fill = fill;
    if (font) cell.fontColor = font;
  }
  return cell;
}

/** The text of a cell as `readCell` reads it (from the top-left of its merge), without making the cell. */
function textAt(grid: Grid, r: number, c: number, mergeAt: (r: number, c: number) => CellRange | undefined): string {
  const m = mergeAt(r, c);
  return m ? cellText(grid, m.top, m.left) : cellText(grid, r, c);
}

/** True when a cell of this row says something: text, or a colour of its own. */
function filled(cell: RoleCell | undefined): boolean {
  return !!cell && !cell.inherited && (!isBlank(cell.text) || !!cell.fill);
}
