/**
 * The workbook part (`xl/workbook.xml`): its sheets, defined names and window. Sheets plan-rag adds or deletes
 * change the `<sheets>` list; sheet-scoped names (`localSheetId`), the active tab and the first visible tab are
 * renumbered so they keep pointing at the same sheets. Every other element is copied as it was.
 */
import { insertAt, rootChildren, type Span } from './opc';
import { CLOSE, decode, END, escapeAttr, escapeText, getAttr, OPEN, prefixOf, setAttr, XmlScanner } from './xml';

const WORKBOOK_ORDER = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

export interface WbSheet {
  name: string;
  sheetId: string;
  rid: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  raw: string | null;
  /** Position when loaded (null: added). */
  was: number | null;
  /** The text before its element in `<sheets>` (white space a producer put there), kept with it. */
  pre?: string;
}

interface WbName {
  name: string;
  /** The sheet a sheet-scoped name belongs to (by its entry), or null for a workbook name. */
  sheet: WbSheet | null;
  value: string;
  raw: string | null;
  /** The text before its element (white space), kept with it. */
  pre?: string;
}

export class WorkbookDoc {
  readonly sheets: WbSheet[] = [];
  /** The workbook counts dates from 1904 (`<workbookPr date1904="1">`, Excel for Mac before 2011). */
  date1904 = false;
  private sheetsTrailing = '';
  /**
   * The workbook as loaded has an empty `<definedNames/>` (as Google Sheets writes): its text as written
   * (`<definedNames />`, `<definedNames></definedNames>`), else null.
   */
  readonly emptyNames: string | null;
  /** Write this empty `<definedNames/>` when no name is left (the workbook had one before plan-rag's), or nothing. */
  keepEmptyNames: string | null = null;
  private namesTrailing = '';
  private names: WbName[] = [];
  readonly prefix: string;
  private rPrefix = 'r:';
  private rDeclare = '';
  private changed = false;
  private namesChanged = false;
  private loadedSheets: WbSheet[];

  constructor(
    private readonly text: string,
    private readonly part: string,
  ) {
    const { root } = rootChildren(text, part);
    this.prefix = prefixOf(root.name);
    const rootTag = text.slice(root.start, root.openEnd);
    const ns = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(rootTag);
    if (ns) this.rPrefix = `${ns[1]}:`;
    // a workbook that declares the relationships namespace on each <sheet> (not on its root) gets the declaration
    // on each sheet plan-rag adds too (an undeclared prefix makes the file unreadable)
    else this.rDeclare = ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const s = new XmlScanner(text, part);
    let prevEnd = 0;
    for (let t = s.next(); t !== END; t = s.next()) {
      if (t === CLOSE && s.local === 'sheets' && s.depth === 1) this.sheetsTrailing = text.slice(prevEnd, s.start);
      if (t === CLOSE && s.local === 'definedNames' && s.depth === 1) this.namesTrailing = text.slice(prevEnd, s.start);
      if (t !== OPEN) continue;
      if ((s.local === 'sheets' || s.local === 'definedNames') && s.depth === 2) prevEnd = s.end;
      if (s.local === 'sheet' && s.depth === 3) {
        const a = s.start;
        const rid = (s.attrs().find(([k]) => k.endsWith(':id')) ?? ['', ''])[1];
        const state = (s.attr('state') ?? 'visible') as WbSheet['state'];
        const entry: WbSheet = {
          name: s.attr('name') ?? '',
          sheetId: s.attr('sheetId') ?? '',
          rid,
          state,
          raw: null,
          was: this.sheets.length,
          pre: text.slice(prevEnd, a),
        };
        entry.raw = text.slice(a, s.skipElement());
        prevEnd = s.end;
        this.sheets.push(entry);
      } else if (s.local === 'workbookPr' && s.depth === 2) {
        const v = s.attr('date1904');
        this.date1904 = v === '1' || v === 'true';
      } else if (s.local === 'definedName' && s.depth === 3) {
        const a = s.start;
        const name = s.attr('name') ?? '';
        const local = s.attr('localSheetId');
        const value = s.innerText();
        this.names.push({
          name,
          sheet: local === undefined ? null : (this.sheets[Number(local)] ?? null),
          value,
          raw: text.slice(a, s.end),
          pre: text.slice(prevEnd, a),
        });
        prevEnd = s.end;
      }
    }
    this.loadedSheets = [...this.sheets];
    this.emptyNames = this.names.length === 0 ? (/<(\w+:)?definedNames\b[^>]*?(\/>|>\s*<\/(\w+:)?definedNames\s*>)/.exec(text)?.[0] ?? null) : null;
  }

  get dirty(): boolean {
    return this.changed || this.namesChanged;
  }

  sheet(name: string): WbSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** A sheet-scoped name's value ("_xlnm.Print_Area"), or null. */
  nameValue(name: string, sheet: string): string | null {
    const s = this.sheet(sheet);
    return this.names.find((n) => n.name.toLowerCase() === name.toLowerCase() && n.sheet === s)?.value ?? null;
  }

  /** Sets a sheet-scoped name (null removes it). */
  setName(name: string, sheet: string, value: string | null): void {
    const s = this.sheet(sheet);
    if (!s) return;
    const i = this.names.findIndex((n) => n.name.toLowerCase() === name.toLowerCase() && n.sheet === s);
    if (value === null) {
      if (i >= 0) {
        this.names.splice(i, 1);
        this.namesChanged = true;
      }
      return;
    }
    if (i >= 0) {
      if (this.names[i].value === value) return;
      const raw = this.names[i].raw;
      // the new value is escaped as the old one was (ExcelJS writes ' as &apos;), so clear gives back the same text
      let text = escapeText(value);
      if (raw?.includes('&apos;')) text = text.replace(/'/g, '&apos;');
      if (raw?.includes('&quot;')) text = text.replace(/"/g, '&quot;');
      this.names[i] = { ...this.names[i], value, raw: raw ? raw.replace(/>[\s\S]*<\//, () => `>${text}</`) : null };
    } else this.names.push({ name, sheet: s, value, raw: null });
    this.namesChanged = true;
  }

  /** A new sheet entry at tab `index` (0-based), else at the end; returns it. */
  addSheet(name: string, rid: string, state: WbSheet['state'], index?: number, sheetId?: string): WbSheet {
    const id = sheetId ?? String(Math.max(0, ...this.sheets.map((s) => Number(s.sheetId) || 0), ...this.loadedSheets.map((s) => Number(s.sheetId) || 0)) + 1);
    const entry: WbSheet = { name, sheetId: id, rid, state, raw: null, was: null };
    if (index !== undefined && index >= 0 && index < this.sheets.length) this.sheets.splice(index, 0, entry);
    else this.sheets.push(entry);
    this.changed = true;
    return entry;
  }

  /** Puts back a sheet removed in this batch, after the sheet it followed (as it was named in `order`). */
  addSheetBack(old: WbSheet, order: readonly string[], name: string, rid: string, state: WbSheet['state']): WbSheet {
    const entry: WbSheet = {
      name,
      sheetId: old.sheetId,
      rid,
      state,
      raw: old.raw && old.name === name && old.state === state && old.rid === rid ? old.raw : null,
      was: null,
      pre: old.pre,
    };
    const k = order.indexOf(old.name);
    let at = 0;
    for (let i = k - 1; i >= 0; i--) {
      const j = this.sheets.findIndex((s) => s.name === order[i]);
      if (j >= 0) {
        at = j + 1;
        break;
      }
    }
    this.sheets.splice(at, 0, entry);
    this.changed = true;
    return entry;
  }

  /** Puts an entry where another was (a sheet replaced in place keeps its tab position, id and relationship). */
  replaceSheet(old: WbSheet, name: string, state: WbSheet['state']): WbSheet {
    const i = this.sheets.indexOf(old);
    const entry: WbSheet = { ...old, name, state, raw: old.raw && old.name === name && old.state === state ? old.raw : null };
    this.sheets[i] = entry;
    for (const n of this.names) if (n.sheet === old) n.sheet = entry;
    if (entry.raw === null) this.changed = true;
    return entry;
  }

  removeSheet(name: string): WbSheet | null {
    const i = this.sheets.findIndex((s) => s.name === name);
    if (i < 0) return null;
    const [gone] = this.sheets.splice(i, 1);
    const before = this.names.length;
    this.names = this.names.filter((n) => n.sheet !== gone);
    if (this.names.length !== before) this.namesChanged = true;
    this.changed = true;
    return gone;
  }

  /** The text with the sheets, names and window renumbered; every other element as it was. */
  serialize(): string {
    if (!this.dirty) return this.text;
    const t = this.text;
    const { root, children } = rootChildren(t, this.part);
    const p = this.prefix;
    const edits: Array<{ at: number; end: number; text: string }> = [];
    const index = (s: WbSheet | null) => (s ? this.sheets.indexOf(s) : -1);
    const moved = this.sheets.some((s, i) => s.was !== i) || this.sheets.length !== this.loadedSheets.length;
    const sheetsSpan = children.find((c) => c.local === 'sheets');
    if (sheetsSpan && this.changed) {
      const inner =
        this.sheets
          .map((s) => {
            if (s.raw) return (s.pre ?? '') + s.raw;
            return `<${p}sheet name="${escapeAttr(s.name)}" sheetId="${s.sheetId}"${s.state !== 'visible' ? ` state="${s.state}"` : ''} ${this.rPrefix}id="${s.rid}"${this.rDeclare}/>`;
          })
          .join('') + this.sheetsTrailing;
      edits.push({ at: sheetsSpan.openEnd, end: t.lastIndexOf('</', sheetsSpan.end - 1), text: inner });
    }
    const namesSpan = children.find((c) => c.local === 'definedNames');
    if (this.namesChanged || moved) {
      const items = this.names
        .filter((n) => n.sheet === null || index(n.sheet) >= 0)
        .map((n) => {
          const local = n.sheet ? String(index(n.sheet)) : null;
          if (n.raw) {
            const tag = /^<[^>]*>/.exec(n.raw)![0];
            if (getAttr(tag, 'localSheetId') === (local ?? undefined)) return (n.pre ?? '') + n.raw;
            return (n.pre ?? '') + setAttr(tag, 'localSheetId', local) + n.raw.slice(tag.length);
          }
          return `<${p}definedName name="${escapeAttr(n.name)}"${local !== null ? ` localSheetId="${local}"` : ''}>${escapeText(n.value)}</${p}definedName>`;
        });
      // Excel keeps names sorted; new ones go where Excel would put them
      const empty = this.keepEmptyNames ?? '';
      const text =
        items.length > 0
          ? `${namesSpan ? t.slice(namesSpan.start, namesSpan.openEnd).replace(/\/>$/, '>') : `<${p}definedNames>`}${items.join('')}${this.namesTrailing}</${namesSpan?.name ?? `${p}definedNames`}>`
          : empty;
      if (namesSpan) edits.push({ at: namesSpan.start, end: namesSpan.end, text });
      else if (text) {
        const at = insertAt(children, root, WORKBOOK_ORDER, 'definedNames');
        edits.push({ at, end: at, text });
      }
    }
    if (moved) {
      const views = children.find((c) => c.local === 'bookViews');
      if (views) {
        const s = new XmlScanner(t, this.part, views.openEnd, views.end, false);
        for (let k = s.next(); k !== END; k = s.next()) {
          if (k !== OPEN || s.local !== 'workbookView') continue;
          let tag = t.slice(s.start, s.end);
          for (const attr of ['activeTab', 'firstSheet']) {
            const v = getAttr(tag, attr);
            // a tab bar that starts at the first tab (firstSheet="0", as LibreOffice writes it) keeps starting there
            if (v === undefined || (attr === 'firstSheet' && v === '0')) continue;
            const old = this.loadedSheets[Number(v)];
            let now = old ? this.sheets.indexOf(old) : -1;
            if (now < 0)
              now = Math.max(
                0,
                this.sheets.findIndex((x) => x.state === 'visible'),
              );
            if (String(now) !== v) tag = setAttr(tag, attr, now === 0 && attr === 'firstSheet' ? null : String(now));
          }
          edits.push({ at: s.start, end: s.end, text: tag });
          s.skipElement();
        }
      }
    }
    edits.sort((a, b) => a.at - b.at);
    let out = '';
    let pos = 0;
    for (const e of edits) {
      out += t.slice(pos, e.at) + e.text;
      pos = e.end;
    }
    return out + t.slice(pos);
  }
}

export { decode };
export type { Span };
