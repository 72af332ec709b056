/**
 * The .xlsx host: the host contract (`PlanHost`) on an .xlsx or .xlsm package held in memory, patched in place.
 *
 * Reading parses only what the engine needs (values, shared strings, number formats, merges, widths, page
 * settings). Writing changes only the parts it must (the plan sheet, styles, the workbook and its relationships
 * and content types, notes, the sheets plan-rag adds) and, inside them, only its own elements and attributes:
 * every other part is copied byte for byte, compressed entry included. See README "The file format".
 */
import { a1, columnIndex, type CellValue } from '../../core/grid';
import { groupsOf, pickGroups } from '../../core/host/cellFormat';
import { JOURNAL_MARKER } from '../../core/host/journal';
import { isRecordName } from '../../core/host/ownSheets';
import type {
  CellFormat,
  HostCapabilities,
  NewSheet,
  PageSettings,
  PlanHost,
  ProbeRequest,
  ProbeResult,
  ProbedCell,
  ReadRequest,
  SheetInfo,
  SheetRef,
  SheetValues,
  WorkbookRead,
  WriteBatch,
  WriteResult,
} from '../../core/host/types';
import { notASpreadsheetPackage, notAWorkbook, XlsxError } from './errors';
import { chartXml, drawingXml, recordSheetXml, sheetXml } from './newSheet';
import { readNotes, writeNotes } from './notes';
import { type Chunked, CT, Package, REL, relativeTarget, relsPartOf, WORKBOOK_TYPES } from './opc';
import { readPage, writePage, type PageElements } from './page';
import { emptyEdits, hyperlinkElement, patchSheetPieces, SheetDoc, type SheetEdits } from './sheet';
import { Styles, themeColours, type StylesMemo } from './styles';
import { WorkbookDoc, type WbSheet } from './workbook';
import { decodeXstring, END, getAttr, OPEN, XmlScanner } from './xml';

export const XLSX_CAPS: HostCapabilities = {
  kind: 'file',
  borders: true,
  notes: true,
  printLayout: true,
  charts: true,
  rowHeights: true,
  columnWidths: true,
  veryHidden: true,
  linksOnTextOnly: false,
  linkRestyles: false,
};

/** What the host remembers between runs, kept beside the journal (column H of its sheet). */
interface Memo {
  v: 1;
  styles?: StylesMemo;
  vmlDefault?: boolean;
  /** Note drawings whose boxes used the note shape type without defining it: plan-rag added it (Clear takes it away). */
  vmlTypeAdded?: string[];
  /** Page elements of a sheet before plan-rag first changed them. */
  page?: Record<string, { view: PageSettings; els: PageElements }>;
  /** A person's own link elements plan-rag replaced: sheet → cell → the `<hyperlink>` as it was. */
  links?: Record<string, Record<string, string>>;
  /** Where each of those links stood in the sheet's list (sheet → cell → index), so it goes back to its place. */
  linkAt?: Record<string, Record<string, number>>;
  /** The workbook had an empty `<definedNames/>` before plan-rag's names: its text (true: `<definedNames/>`, from an older version). */
  emptyNames?: boolean | string;
  /** The styles part plan-rag added to a workbook that had none (Clear removes it). */
  stylesAdded?: string;
  /**
   * The workbook named a styles part it did not have (a relationship, and maybe a content type, to a missing part):
   * plan-rag added only the part, and what was there stays on Clear.
   */
  stylesHad?: { rel: boolean; type: boolean };
  /** Rows whose automatic height plan-rag replaced: row → [the `ht` it had, the height plan-rag set]. */
  rows?: Record<string, Record<string, [string, number] | [string, number, string]>>;
  /**
   * Columns whose width plan-rag set: sheet → 0-based column → [the `<col>` element covering it before ('' for
   * none), the width plan-rag set]. Clear puts the element back as it was, so a range plan-rag split joins again
   * with every attribute as it was (a width restored alone would carry a `customWidth` the range never had).
   */
  cols?: Record<string, Record<string, [string, number]>>;
}

const MEMO_COL = 7; // column H
const MEMO_MARK = 'plan-rag xlsx:';
const CHUNK = 30_000;

interface SheetEntry {
  name: string;
  part: string | null;
  wb: WbSheet;
  doc: SheetDoc | null;
  read: ReturnType<SheetDoc['grid']> | null;
}

/** Opens a workbook from its bytes (an .xlsx or .xlsm package). */
export async function openXlsx(bytes: Uint8Array, options: { file?: string } = {}): Promise<XlsxHost> {
  return new XlsxHost(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), options.file ?? 'the workbook');
}

export class XlsxHost implements PlanHost {
  readonly name = 'xlsx';
  readonly capabilities = XLSX_CAPS;
  readonly pkg: Package;
  /** 'xlsx', 'xlsm', 'xltx' or 'xltm'. */
  readonly kind: string;
  private workbookPart: string;
  private wb!: WorkbookDoc;
  private styles!: Styles;
  private stylesPart: string | null = null;
  /** A styles part the workbook's relationships name but the package lacks. */
  private missingStyles: string | null = null;
  private shared: string[] | null = null;
  private sheets: SheetEntry[] = [];
  private memo: Memo = { v: 1 };
  private memoLoaded = false;
  writes = 0;
  /** Batches written and not yet applied to the package (see `write`). */
  private pending: WriteBatch[] = [];

  constructor(
    bytes: Buffer,
    readonly file: string,
  ) {
    const sniff = notAWorkbook(bytes);
    if (sniff) throw relabel(sniff, file);
    try {
      this.pkg = new Package(bytes);
    } catch (err) {
      throw err instanceof XlsxError ? relabel(err, file) : err;
    }
    const names = this.pkg.names();
    const mimetype = this.pkg.has('mimetype') ? this.pkg.bytes('mimetype').toString('latin1').trim() : null;
    if (!this.pkg.has('[Content_Types].xml')) throw relabel(notASpreadsheetPackage(names, mimetype, null), file);
    const main = this.pkg.rels('').find((r) => r.type === REL.officeDocument || r.type === REL.strictOfficeDocument);
    const mainType = main?.part ? this.pkg.contentType(main.part) : null;
    if (main?.type === REL.strictOfficeDocument) {
      throw new XlsxError(
        file,
        'is saved as "Strict Open XML Spreadsheet", which plan-rag does not write',
        'Open it in Excel and save it as "Excel Workbook (.xlsx)".',
        'strict',
      );
    }
    if (!main?.part || !mainType || !WORKBOOK_TYPES[mainType] || !this.pkg.has(main.part))
      throw relabel(notASpreadsheetPackage(names, mimetype, mainType), file);
    this.kind = WORKBOOK_TYPES[mainType];
    this.workbookPart = main.part;
    this.load();
  }

  private load(): void {
    this.wb = new WorkbookDoc(this.pkg.text(this.workbookPart), this.workbookPart);
    const rels = this.pkg.rels(this.workbookPart);
    const stylesRel = rels.find((r) => r.type === REL.styles);
    const themeRel = rels.find((r) => r.type === REL.theme);
    this.stylesPart = stylesRel?.part ?? null;
    this.missingStyles = stylesRel?.part && !this.pkg.has(stylesRel.part) ? stylesRel.part : null;
    const theme = themeRel?.part && this.pkg.has(themeRel.part) ? this.pkg.text(themeRel.part) : null;
    const stylesText = this.stylesPart && this.pkg.has(this.stylesPart) ? this.pkg.text(this.stylesPart) : null;
    this.sheets = this.wb.sheets.map((s) => {
      const rel = rels.find((r) => r.id === s.rid);
      const part = rel && rel.type === REL.worksheet && rel.part && this.pkg.has(rel.part) ? rel.part : null;
      return { name: s.name, part, wb: s, doc: null, read: null };
    });
    this.loadMemo();
    if (!stylesText) {
      // a workbook with no styles part gets one when plan-rag first formats a cell
      this.stylesPart = null;
    }
    this.styles = new Styles(stylesText ?? MINIMAL_STYLES, this.stylesPart ?? 'xl/styles.xml', themeColours(theme), this.memo.styles ?? null);
    this.memo.styles = this.styles.memo;
  }

  private sharedStrings(): string[] {
    if (this.shared) return this.shared;
    const rel = this.pkg.rels(this.workbookPart).find((r) => r.type === REL.sharedStrings);
    const out: string[] = [];
    if (rel?.part && this.pkg.has(rel.part)) {
      const s = new XmlScanner(this.pkg.text(rel.part), rel.part);
      const reader = new SheetDoc('<x/>', rel.part);
      for (let t = s.next(); t !== END; t = s.next()) if (t === OPEN && s.local === 'si') out.push(reader.richText(s));
      this.pkg.release(rel.part);
    }
    this.shared = out;
    return out;
  }

  private doc(entry: SheetEntry): SheetDoc | null {
    if (!entry.part) return null;
    if (!entry.doc) {
      const doc = new SheetDoc(this.pkg.text(entry.part), entry.part);
      entry.doc = doc;
    }
    return entry.doc;
  }

  private sheetRead(entry: SheetEntry): ReturnType<SheetDoc['grid']> | null {
    if (entry.read) return entry.read;
    if (!entry.part) return null;
    const text = this.pkg.text(entry.part);
    const doc = new SheetDoc(text, entry.part, this.sharedStrings());
    // the values are read from a fresh pass (the patching index keeps no values)
    entry.doc = doc;
    entry.read = doc.grid(this.styles, entry.name, this.wb.date1904);
    doc.dropCells();
    return entry.read;
  }

  private entry(ref: SheetRef | string): SheetEntry {
    const name = typeof ref === 'string' ? ref : ref.name;
    const e = this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!e) throw new XlsxError(this.file, `has no sheet named "${name}"`, 'Check the sheet name.', 'not-workbook');
    return e;
  }

  // --- read ------------------------------------------------------------------------------------------------------

  async read(request: ReadRequest): Promise<WorkbookRead> {
    this.flush();
    const infos: SheetInfo[] = [];
    for (const s of this.sheets) {
      const r = this.sheetRead(s);
      infos.push({ name: s.name, id: s.wb.sheetId, visibility: s.wb.state, protected: r?.protected ?? false, a1: r?.a1 ?? '' });
    }
    const wanted =
      request.sheets === 'all'
        ? this.sheets
        : this.sheets.filter((s) => (request.sheets as Array<SheetRef | string>).some((w) => (typeof w === 'string' ? w === s.name : w.name === s.name)));
    const grids: SheetValues[] = [];
    for (const s of wanted) {
      const r = this.sheetRead(s);
      if (!r) continue;
      const doc = this.doc(s)!;
      const sheetXml = (local: string) => doc.childText(local);
      const page = readPage({
        sheetPr: sheetXml('sheetPr'),
        pageSetup: sheetXml('pageSetup'),
        headerFooter: sheetXml('headerFooter'),
        printArea: this.wb.nameValue('_xlnm.Print_Area', s.name),
        titles: this.wb.nameValue('_xlnm.Print_Titles', s.name),
      });
      let width = 0;
      for (const v of r.grid.values) if (v.length > width) width = v.length;
      grids.push({ sheet: { name: s.name, id: s.wb.sheetId }, grid: r.grid, page, columnWidths: doc.widths(width + 8) });
    }
    const records = this.sheets
      .filter((s) => isRecordName(s.name))
      .map((s) => ({ sheet: { name: s.name, id: s.wb.sheetId }, values: (this.sheetRead(s)?.grid.values ?? []).map((row) => row.slice(0, 6)) }));
    return { sheets: infos, active: null, grids, records };
  }

  // --- probe -----------------------------------------------------------------------------------------------------

  async probe(sheet: SheetRef, request: ProbeRequest): Promise<ProbeResult> {
    this.flush();
    const entry = this.entry(sheet);
    const doc = this.planDoc(entry);
    // the cells asked about, by row in the order asked (a list per row: a map per row held some 20 MB for a
    // 100,000-row plan)
    const byRow = new Map<number, Array<{ col: number; address: string; groups: ReadonlySet<string> }>>();
    for (const [address, groups] of request.cells) {
      const m = /^([A-Z]+)(\d+)$/.exec(address);
      if (!m) continue;
      const r = Number(m[2]);
      let row = byRow.get(r);
      if (!row) byRow.set(r, (row = []));
      row.push({ col: columnIndex(m[1]), address, groups });
    }
    const wantsNotes = [...request.cells.values()].some((g) => g.has('note'));
    const notes = wantsNotes ? readNotes(this.pkg, entry.part!) : new Map<string, string>();
    const sheetRels = this.pkg.rels(entry.part!);
    const target = (rid: string) => sheetRels.find((r) => r.id === rid)?.target ?? null;
    const cells = new Map<string, ProbedCell>();
    // cells alike (the same cell format, groups asked for, no link, no note) share one answer: a 100,000-row plan
    // has a few dozen distinct answers, not 140,000 (the session never changes an answer it is given)
    const alike = new Map<string, ProbedCell>();
    for (const [r, cols] of byRow) {
      const styles = doc.stylesIn(r, new Set(cols.map((w) => w.col)));
      for (const want of cols) {
        const st = styles.get(want.col)!;
        const link = doc.linkAt(want.address, target);
        const note = notes.get(want.address) ?? null;
        let key: string | null = null;
        if (link === null && note === null) {
          key = `${st.xf}|${st.isText}`;
          for (const g of want.groups) key += `|${g}`;
          const same = alike.get(key);
          if (same) {
            cells.set(want.address, same);
            continue;
          }
        }
        const full: CellFormat = { ...this.styles.format(st.xf) };
        full.link = link;
        full.note = note;
        const answer: ProbedCell = { ...pickGroups(full, want.groups as ReadonlySet<never>), isText: st.isText };
        if (key !== null) alike.set(key, answer);
        cells.set(want.address, answer);
      }
    }
    const rowHeights = new Map(request.rows.map((r) => [r, doc.rowHeight(r)]));
    const columnWidths = new Map(request.cols.map((c) => [c, doc.colWidth(c)]));
    return { cells, rowHeights, columnWidths };
  }

  /** The plan sheet's index, refusing a sheet too big to be a plan. */
  private planDoc(entry: SheetEntry): SheetDoc {
    const r = this.sheetRead(entry);
    if (!r || !entry.part)
      throw new XlsxError(entry.name, 'is not a worksheet (a chart sheet or a dialog)', "Name the plan's sheet with --sheet.", 'not-workbook');
    if (r.partial) {
      throw new XlsxError(
        `the sheet "${entry.name}"`,
        `has ${r.partial.rows.toLocaleString('en-GB')} rows × ${r.partial.cols} columns, more than the ${(5_000_000).toLocaleString('en-GB')} cells plan-rag reads in a plan`,
        'Delete the unused rows and columns below and beside the plan (select them, right-click › Delete), save, and try again.',
        'too-large',
      );
    }
    return this.doc(entry)!;
  }

  // --- write -----------------------------------------------------------------------------------------------------

  /**
   * Takes a batch of changes. The package is patched when it is next read or written out (`flush`), not here: the
   * session returns once this resolves, and its assessment, plans and journal (about 130 MB for a 100,000-row plan)
   * can be let go before the sheet is patched, rather than held through it. A batch that cannot be applied (a
   * damaged part) fails then, before any byte is written.
   */
  async write(batch: WriteBatch): Promise<WriteResult> {
    this.writes++;
    this.entry(batch.sheet);
    this.pending.push(batch);
    return { syncs: 0 };
  }

  /** Applies the batches written since the package was last read or written out, in order. */
  private flush(): void {
    while (this.pending.length > 0) this.applyBatch(this.pending.shift()!);
  }

  private applyBatch(batch: WriteBatch): void {
    const plan = this.entry(batch.sheet);
    const hasCellWork =
      batch.formats.length + batch.links.length + batch.notes.length + batch.values.length + batch.rowHeights.length + batch.columnWidths.length > 0 ||
      !!batch.page;
    if (hasCellWork) this.patchPlan(plan, batch);

    // sheets plan-rag made: old ones go, new ones come (a replaced sheet keeps its part and tab)
    const order = this.wb.sheets.map((s) => s.name);
    const freed = new Map<string, WbSheet & { part: string | null }>();
    const drop = (ref: SheetRef) => {
      const e = this.sheets.find((s) => s.name === ref.name);
      if (!e) return;
      freed.set(e.name.toLowerCase(), { ...e.wb, part: e.part });
      this.deleteSheet(e);
    };
    let journalRows: string[][] | null = null;
    let journalName: string | null = null;
    if (batch.journal) {
      if (batch.journal.replaces) drop(batch.journal.replaces);
      journalRows = batch.journal.rows;
      journalName = batch.journal.name;
    }
    for (const d of batch.deleteSheets) drop(d);
    // a sheet rewritten in place keeps its part, id and tab (see `adds` below)
    for (const s of batch.addSheets) if (s.replaces) drop(s.replaces);
    if (batch.history?.replaces) drop(batch.history.replaces);
    const adds: Array<{ name: string; state: WbSheet['state']; index?: number; xml: (part: string) => string }> = [];
    // hidden, not very hidden, as the Excel add-in writes it: a person can still find and remove it (Unhide)
    if (journalRows) adds.push({ name: journalName!, state: 'hidden', xml: () => '' });
    for (const s of batch.addSheets) adds.push({ name: s.name, state: s.visibility, index: s.index, xml: (part) => this.newSheetXml(s, part) });
    if (batch.history) {
      const rows = batch.history.rows;
      adds.push({ name: batch.history.name, state: 'hidden', xml: () => recordSheetXml(rows) });
    }
    // a workbook without a styles part gets one, its relationship before those of any sheet added (so a second
    // Apply, which takes its sheets away and adds them again, gives the same bytes); Clear takes it away again
    if (!this.stylesPart && (hasCellWork || adds.length > 0)) {
      this.addStylesPart();
      this.pkg.set(this.stylesPart!, this.styles.serialize());
    }
    const added: Array<{ name: string; part: string; xml: (part: string) => string }> = [];
    for (const a of adds) {
      const old = freed.get(a.name.toLowerCase());
      const wbRels = this.workbookPart;
      let part: string;
      let wbEntry: WbSheet;
      if (old && old.part && !this.pkg.has(old.part)) {
        part = old.part;
        const rid = this.pkg.addRel(wbRels, REL.worksheet, relativeTarget(wbRels, part), false, old.rid);
        wbEntry = this.wb.addSheetBack(old, order, a.name, rid, a.state);
      } else {
        part = this.pkg.freeName((n) => `xl/worksheets/sheet${n}.xml`);
        const rid = this.pkg.addRel(wbRels, REL.worksheet, relativeTarget(wbRels, part));
        wbEntry = this.wb.addSheet(a.name, rid, a.state, a.index);
      }
      this.pkg.addContentType(part, CT.worksheet);
      this.pkg.set(part, '<worksheet/>');
      this.sheets.splice(this.wb.sheets.indexOf(wbEntry), 0, { name: a.name, part, wb: wbEntry, doc: null, read: null });
      added.push({ name: a.name, part, xml: a.xml });
    }
    for (const a of added) if (a.name !== journalName) this.pkg.set(a.part, a.xml(a.part));

    // styles nothing uses any more (Clear) go; the part is written back only when it changed
    this.collectStyles();
    if (this.styles.changed) {
      if (!this.stylesPart) this.addStylesPart();
      this.pkg.set(this.stylesPart!, this.styles.serialize());
    }
    const added0 = this.memo.stylesAdded;
    if (added0 && added0 === this.stylesPart && !journalRows && !this.sheets.some((s) => isRecordName(s.name)) && this.styles.serialize() === MINIMAL_STYLES) {
      // Clear: the styles part plan-rag added (nothing uses it now) goes, with its relationship and content type
      const had = this.memo.stylesHad;
      const rel = this.pkg.rels(this.workbookPart).find((r) => r.type === REL.styles && r.part === added0);
      if (rel && !had?.rel) this.pkg.removeRels(this.workbookPart, [rel.id]);
      if (!had?.type) this.pkg.removeContentType(added0);
      this.pkg.remove(added0);
      this.stylesPart = null;
      if (had?.rel) this.missingStyles = added0;
      delete this.memo.stylesAdded;
      delete this.memo.stylesHad;
    }
    // an empty <definedNames/> the workbook had stays, and comes back on Clear
    if (this.wb.emptyNames !== null) this.memo.emptyNames = this.wb.emptyNames;
    const empty = this.memo.emptyNames;
    this.wb.keepEmptyNames = typeof empty === 'string' ? empty : empty ? `<${this.wb.prefix}definedNames/>` : null;
    if (this.wb.dirty) this.pkg.set(this.workbookPart, this.wb.serialize());

    // the journal last, with what the host remembers
    const journal = added.find((a) => a.name === journalName);
    if (journal && journalRows) this.pkg.set(journal.part, recordSheetXml(journalRows, { col: MEMO_COL, values: this.memoCells() }));
    for (const s of this.sheets) {
      s.doc = null;
      s.read = null;
    }
  }

  private patchPlan(plan: SheetEntry, batch: WriteBatch): void {
    const doc = this.planDoc(plan);
    const part = plan.part!;
    const edits: SheetEdits = emptyEdits();
    const cellEdit = (cell: string) => {
      let e = edits.cells.get(cell);
      if (!e) edits.cells.set(cell, (e = {}));
      return e;
    };
    for (const g of batch.formats) {
      const f = g.format;
      if (groupsOf(f).length === 0) continue;
      // cells of one group mostly share a cell format: work each out once
      const seen = new Map<number, number>();
      const derive = (cur: number) => {
        let next = seen.get(cur);
        if (next === undefined) seen.set(cur, (next = this.styles.derive(cur, f)));
        return next;
      };
      for (const cell of g.cells) {
        const e = cellEdit(cell);
        const before = e.style;
        e.style = before ? (cur: number) => derive(before(cur)) : derive;
      }
    }
    for (const v of batch.values) cellEdit(v.cell).value = v.value;

    // links: a person's link plan-rag replaces is kept in the memo and comes back as it was
    const sheetRels = () => this.pkg.rels(part);
    const keptLinks = ((this.memo.links ??= {})[plan.name] ??= {});
    const target = (rid: string) => sheetRels().find((r) => r.id === rid)?.target ?? null;
    for (const l of batch.links) {
      const existing = doc.links.find((x) => x.ref === l.cell);
      if (l.link !== null && existing && !keptLinks[l.cell]) {
        keptLinks[l.cell] = (existing.pre ?? '') + existing.raw;
        ((this.memo.linkAt ??= {})[plan.name] ??= {})[l.cell] = doc.links.indexOf(existing);
      }
      if (l.link === null) {
        edits.links.set(l.cell, null);
        continue;
      }
      const kept = keptLinks[l.cell];
      if (kept) {
        const was = new SheetDoc(`<w><hyperlinks>${kept}</hyperlinks></w>`, part).linkAt(l.cell, target);
        if (was === l.link) {
          const at = this.memo.linkAt?.[plan.name]?.[l.cell];
          edits.links.set(l.cell, at === undefined ? kept : { text: kept, at });
          delete keptLinks[l.cell];
          continue;
        }
      }
      const external = /^[a-z][a-z0-9+.-]*:/i.test(l.link) && !/^'?[^']*'?!/.test(l.link);
      if (!external) {
        edits.links.set(l.cell, hyperlinkElement(doc.prefix, l.cell, { location: l.link, tooltip: l.tooltip }));
        continue;
      }
      const [address, fragment] = splitFragment(l.link);
      const rel = sheetRels().find((r) => r.type === REL.hyperlink && r.external && r.target === address);
      const rid = rel?.id ?? this.pkg.addRel(part, REL.hyperlink, address, true);
      edits.links.set(l.cell, hyperlinkElement(doc.prefix, l.cell, { rid, location: fragment, tooltip: l.tooltip, ns: relsNs(doc) }));
    }
    for (const l of batch.links) if (l.link === null && keptLinks[l.cell]) delete keptLinks[l.cell];
    if (Object.keys(keptLinks).length === 0) delete this.memo.links![plan.name];
    if (Object.keys(this.memo.links!).length === 0) delete this.memo.links;
    const linkAt = this.memo.linkAt?.[plan.name];
    if (linkAt) for (const cell of Object.keys(linkAt)) if (!keptLinks[cell]) delete linkAt[cell];
    if (linkAt && Object.keys(linkAt).length === 0) delete this.memo.linkAt![plan.name];
    if (this.memo.linkAt && Object.keys(this.memo.linkAt).length === 0) delete this.memo.linkAt;

    // notes
    if (batch.notes.length > 0) {
      const map = new Map(batch.notes.map((n) => [n.cell, n.note] as [string, string | null]));
      const r = writeNotes(this.pkg, part, map, this.memo);
      if (r.changed) {
        const now = doc.child('legacyDrawing');
        const want = r.legacyDrawing;
        const have = doc.legacyDrawing;
        if (want !== have) edits.elements.set('legacyDrawing', want ? `<${doc.prefix}legacyDrawing r:id="${want}"${relsNs(doc)}/>` : null);
        else if (!now && want) edits.elements.set('legacyDrawing', `<${doc.prefix}legacyDrawing r:id="${want}"${relsNs(doc)}/>`);
      }
    }

    // row heights: an automatic height plan-rag replaced comes back on Clear
    const rowsMemo = (this.memo.rows ??= {})[plan.name] ?? {};
    for (const h of batch.rowHeights) {
      const tag = doc.rowTag(h.row);
      if (h.height === null) {
        const m = rowsMemo[String(h.row)];
        const now = tag ? getAttr(tag, 'ht') : undefined;
        const restore = m && now !== undefined && Number(now) === m[1] ? m[0] : null;
        edits.rowHeights.set(h.row, { height: null, restore, restoreCustom: restore !== null ? (m?.[2] ?? null) : null });
        delete rowsMemo[String(h.row)];
      } else {
        const ht = tag ? getAttr(tag, 'ht') : undefined;
        const custom = tag ? /\scustomHeight="(1|true)"/.test(tag) : false;
        // a customHeight="false" (as LibreOffice writes) comes back too
        const customWas = tag ? getAttr(tag, 'customHeight') : undefined;
        if (ht !== undefined && !custom) rowsMemo[String(h.row)] = customWas !== undefined ? [ht, h.height, customWas] : [ht, h.height];
        edits.rowHeights.set(h.row, { height: h.height });
      }
    }
    if (Object.keys(rowsMemo).length > 0) this.memo.rows![plan.name] = rowsMemo;
    else delete this.memo.rows![plan.name];
    const colsMemo = (this.memo.cols ??= {})[plan.name] ?? {};
    for (const w of batch.columnWidths) {
      const m = colsMemo[String(w.col)];
      if (!m) {
        if (w.width !== null) colsMemo[String(w.col)] = [doc.cols.find((d) => w.col + 1 >= d.min && w.col + 1 <= d.max)?.raw ?? '', w.width];
        edits.colWidths.set(w.col, w.width);
        continue;
      }
      const before = m[0] === '' ? null : getAttr(m[0], 'width');
      const restoring = w.width === (before === null || before === undefined ? null : Number(before)) && doc.colWidth(w.col) === m[1];
      if (restoring) {
        edits.colWidths.set(w.col, m[0] === '' ? null : { raw: m[0] });
        delete colsMemo[String(w.col)];
      } else {
        if (w.width !== null) m[1] = w.width;
        else delete colsMemo[String(w.col)];
        edits.colWidths.set(w.col, w.width);
      }
    }
    if (Object.keys(colsMemo).length > 0) this.memo.cols![plan.name] = colsMemo;
    else delete this.memo.cols![plan.name];
    if (Object.keys(this.memo.cols!).length === 0) delete this.memo.cols;

    // page settings: the elements as they were come back when the settings are as they were
    if (batch.page) {
      const els: PageElements = {
        sheetPr: doc.childText('sheetPr'),
        pageSetup: doc.childText('pageSetup'),
        headerFooter: doc.childText('headerFooter'),
        printArea: this.wb.nameValue('_xlnm.Print_Area', plan.name),
        titles: this.wb.nameValue('_xlnm.Print_Titles', plan.name),
      };
      const pages = (this.memo.page ??= {});
      const snapshot = pages[plan.name] ?? { view: readPage(els), els };
      let next = writePage(els, batch.page, plan.name, doc.prefix);
      if (JSON.stringify(norm(readPage(next))) === JSON.stringify(norm(snapshot.view))) {
        next = snapshot.els;
        delete pages[plan.name];
      } else pages[plan.name] = snapshot;
      for (const k of ['sheetPr', 'pageSetup', 'headerFooter'] as const) if (next[k] !== els[k]) edits.elements.set(k, next[k]);
      if (next.printArea !== els.printArea) this.wb.setName('_xlnm.Print_Area', plan.name, next.printArea);
      if (next.titles !== els.titles) this.wb.setName('_xlnm.Print_Titles', plan.name, next.titles);
    }

    // the sheet is kept in pieces (slices of the part as it was, and the new rows between them), never joined
    const pieces = patchSheetPieces(doc, edits, []);
    if (!samePieces(pieces, doc.text)) this.pkg.set(part, inPieces(pieces));
  }

  private newSheetXml(s: NewSheet, part: string): string {
    let drawing: string | undefined;
    if (s.chart) {
      const drawingPart = this.pkg.freeName((n) => `xl/drawings/drawing${n}.xml`);
      const chartPart = this.pkg.freeName((n) => `xl/charts/chart${n}.xml`);
      this.pkg.set(chartPart, chartXml(s.chart, s.name));
      this.pkg.addContentType(chartPart, CT.chart);
      const chartRid = this.pkg.addRel(drawingPart, REL.chart, relativeTarget(drawingPart, chartPart));
      this.pkg.set(drawingPart, drawingXml(s.chart, chartRid));
      this.pkg.addContentType(drawingPart, CT.drawing);
      drawing = this.pkg.addRel(part, REL.drawing, relativeTarget(part, drawingPart));
    }
    // a format is worked out once per sheet (a chase list of 80,000 cells has a dozen formats)
    const xfs = new Map<string, number>();
    const byObject = new Map<CellFormat, number>();
    const xf = (f: CellFormat) => {
      let n = byObject.get(f);
      if (n !== undefined) return n;
      const key = JSON.stringify(f);
      n = xfs.get(key);
      if (n === undefined) xfs.set(key, (n = this.styles.derive(0, f)));
      byObject.set(f, n);
      return n;
    };
    return sheetXml({ rows: s.rows, columnWidths: s.columnWidths, page: s.page, xf, drawing });
  }

  /** Deletes a sheet and the parts only it used (its drawings, charts, notes), with their names and content types. */
  private deleteSheet(e: SheetEntry): void {
    this.wb.removeSheet(e.name);
    this.pkg.removeRels(this.workbookPart, [e.wb.rid]);
    if (e.part) this.removePart(e.part);
    this.sheets = this.sheets.filter((s) => s !== e);
    for (const k of Object.keys(this.memo.page ?? {})) if (k === e.name) delete this.memo.page![k];
  }

  private removePart(part: string): void {
    for (const r of this.pkg.rels(part)) {
      if (r.external || !r.part || !this.pkg.has(r.part)) continue;
      if ([REL.drawing, REL.chart, REL.comments, REL.vmlDrawing].includes(r.type)) this.removePart(r.part);
    }
    const rels = relsPartOf(part);
    if (this.pkg.has(rels)) this.pkg.remove(rels);
    this.pkg.remove(part);
    this.pkg.removeContentType(part);
  }

  /**
   * Gives a workbook without a styles part one (Clear takes it away again): the part its relationship already names
   * when the package lacks it, else a new part with its relationship and content type.
   */
  private addStylesPart(): void {
    if (this.missingStyles) {
      this.stylesPart = this.missingStyles;
      const type = this.pkg.contentType(this.stylesPart) === CT.styles;
      if (!type) this.pkg.addContentType(this.stylesPart, CT.styles);
      this.memo.stylesHad = { rel: true, type };
      this.missingStyles = null;
    } else {
      this.stylesPart = this.pkg.has('xl/styles.xml') ? this.pkg.freeName((n) => `xl/styles${n}.xml`) : 'xl/styles.xml';
      this.pkg.addRel(this.workbookPart, REL.styles, relativeTarget(this.workbookPart, this.stylesPart));
      this.pkg.addContentType(this.stylesPart, CT.styles);
    }
    this.memo.stylesAdded = this.stylesPart;
  }

  /** Removes styles plan-rag appended that no cell uses now. */
  private collectStyles(): void {
    const mark = this.styles.memo.mark.xf;
    if (this.styles.xfCount <= mark) return;
    // only the records plan-rag appended are candidates: look each up in the sheets (a native search)
    // one pass over each sheet for every s="n" and style="n" (the pieces of a patched sheet, and where they join)
    const used = new Set<number>();
    const count = this.styles.xfCount;
    const re = /[ \t\n](?:s|style)="(\d+)"/g;
    for (const s of this.sheets) {
      if (!s.part || !this.pkg.has(s.part)) continue;
      for (const t of this.pkg.textPieces(s.part, 32)) {
        re.lastIndex = 0;
        for (let m = re.exec(t); m; m = re.exec(t)) {
          const n = Number(m[1]);
          if (n >= mark && n < count && String(n) === m[1]) used.add(n);
        }
      }
    }
    for (const s of this.sheets) if (s.part && this.pkg.untouched(s.part)) this.pkg.release(s.part);
    this.styles.collect(used);
  }

  // --- memo -----------------------------------------------------------------------------------------------------

  private loadMemo(): void {
    if (this.memoLoaded) return;
    this.memoLoaded = true;
    for (const s of this.sheets) {
      if (!isRecordName(s.name) || !s.part) continue;
      const text = this.pkg.text(s.part);
      if (!text.includes(MEMO_MARK)) continue;
      const doc = new SheetDoc(text, s.part, this.sharedStrings());
      const values = doc.grid(this.styles ?? dummyStyles(), s.name).grid.values;
      if (!String(values[0]?.[0] ?? '').startsWith(JOURNAL_MARKER)) continue;
      const cells = values.map((r) => r[MEMO_COL]).filter((v): v is string => typeof v === 'string');
      const json = cells.join('');
      if (!json.startsWith(MEMO_MARK)) continue;
      try {
        const memo = JSON.parse(json.slice(MEMO_MARK.length)) as Memo;
        if (memo.v === 1) this.memo = memo;
      } catch {
        // a memo that does not parse is ignored: Clear then works from what it sees
      }
      break;
    }
  }

  private memoCells(): string[] {
    const json = MEMO_MARK + JSON.stringify(this.memo);
    const out: string[] = [];
    for (let i = 0; i < json.length; i += CHUNK) out.push(json.slice(i, i + CHUNK));
    return out;
  }

  // --- output ----------------------------------------------------------------------------------------------------

  /** The workbook as bytes: unchanged parts as they were. */
  toBytes(): Buffer {
    this.flush();
    return this.pkg.toBytes();
  }

  /** The same bytes as `toBytes`, holding less at once (large parts are deflated piece by piece). */
  async toBytesAsync(): Promise<Buffer> {
    this.flush();
    return this.pkg.toBytesAsync();
  }

  /** What the contract's tests read back: every value of every sheet but the journal. */
  values(): Record<string, CellValue> {
    this.flush();
    const out: Record<string, CellValue> = {};
    for (const s of this.sheets) {
      if (s.name.startsWith('plan-rag journal')) continue;
      const r = this.sheetRead(s);
      const origin = r?.grid.origin ?? { row: 0, col: 0 };
      r?.grid.values.forEach((row, i) =>
        row.forEach((v, c) => {
          if (v !== null && v !== '') out[`${s.name}!${a1(origin.row + i, origin.col + c)}`] = v;
        }),
      );
    }
    return out;
  }

  sheetNames(): string[] {
    this.flush();
    return this.sheets.map((s) => s.name);
  }
}

/** Content in pieces (made here, so that it holds the pieces alone, not what made them). */
function inPieces(pieces: readonly string[]): Chunked {
  return { pieces: () => pieces };
}

/** True when pieces joined are the text. */
function samePieces(pieces: readonly string[], text: string): boolean {
  let at = 0;
  for (const p of pieces) {
    if (!text.startsWith(p, at)) return false;
    at += p.length;
  }
  return at === text.length;
}

function norm(p: PageSettings): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) out[k] = v ?? null;
  return out;
}

function splitFragment(link: string): [string, string | undefined] {
  const i = link.indexOf('#');
  return i < 0 ? [link, undefined] : [link.slice(0, i), link.slice(i + 1)];
}

function relabel(err: XlsxError, file: string): XlsxError {
  return err.origin === 'the file' ? new XlsxError(file, err.reason, err.action, err.code) : err;
}

function dummyStyles(): Styles {
  return new Styles(MINIMAL_STYLES, 'xl/styles.xml', themeColours(null), null);
}

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export { decodeXstring };

/**
 * The relationships namespace declaration an element plan-rag writes with `r:id` needs: none when the sheet's root
 * declares `r` (as Excel writes it), else its own (some tools declare it nowhere, or only on the elements that use
 * it); on the element itself, it goes when the element goes, so Clear leaves the root as it was.
 */
function relsNs(doc: SheetDoc): string {
  const root = doc.text.slice(doc.root.start, doc.root.openEnd);
  return /\sxmlns:r\s*=\s*"http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.test(root)
    ? ''
    : ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
}
