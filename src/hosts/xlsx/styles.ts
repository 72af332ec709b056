/**
 * The workbook's styles (`xl/styles.xml`), patched in place. A cell plan-rag formats gets a cell format (xf)
 * cloned from its own, with only the fill, font, border, number format or alignment plan-rag sets changed: its
 * number format, alignment, protection and the other border edges stay. Fonts, fills, borders, number formats and
 * xfs are shared: an equal one already in the file is used before a new one is appended. Appended records are
 * removed again once no cell uses them (Clear), so the part returns to its original text.
 *
 * Colours are read as people see them: theme colours with their tint, the indexed palette, ARGB.
 */
import type { BorderEdge, Borders, CellFormat, Fill } from '../../core/host/types';
import { insertAt, rootChildren, type Span } from './opc';
import { END, escapeAttr, getAttr, OPEN, parseAttrs, prefixOf, setAttr, XmlScanner } from './xml';

const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
const FONT_ORDER = ['b', 'i', 'strike', 'condense', 'extend', 'outline', 'shadow', 'u', 'vertAlign', 'sz', 'color', 'name', 'family', 'charset', 'scheme'];
const BORDER_ORDER = ['start', 'end', 'left', 'right', 'top', 'bottom', 'diagonal', 'vertical', 'horizontal'];

/** Excel's built-in number formats (ids 0-49 as Excel shows them in an English locale). */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'dd/mm/yyyy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'dd/mm/yyyy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  // East Asian date formats Excel keeps by id
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"時"mm"分"',
  33: 'h"時"mm"分"ss"秒"',
  34: 'yyyy"年"m"月"',
  35: 'm"月"d"日"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: 'yyyy"年"m"月"',
  56: 'm"月"d"日"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};
const BUILTIN_BY_CODE = new Map<string, number>([
  ['General', 0],
  ['0', 1],
  ['0.00', 2],
  ['#,##0', 3],
  ['#,##0.00', 4],
  ['0%', 9],
  ['0.00%', 10],
  ['0.00E+00', 11],
  ['@', 49],
]);

/** The default indexed palette (indexes 0-65; 64 system foreground, 65 system background). */
const INDEXED = [
  '000000',
  'FFFFFF',
  'FF0000',
  '00FF00',
  '0000FF',
  'FFFF00',
  'FF00FF',
  '00FFFF',
  '000000',
  'FFFFFF',
  'FF0000',
  '00FF00',
  '0000FF',
  'FFFF00',
  'FF00FF',
  '00FFFF',
  '800000',
  '008000',
  '000080',
  '808000',
  '800080',
  '008080',
  'C0C0C0',
  '808080',
  '9999FF',
  '993366',
  'FFFFCC',
  'CCFFFF',
  '660066',
  'FF8080',
  '0066CC',
  'CCCCFF',
  '000080',
  'FF00FF',
  'FFFF00',
  '00FFFF',
  '800080',
  '800000',
  '008080',
  '0000FF',
  '00CCFF',
  'CCFFFF',
  'CCFFCC',
  'FFFF99',
  '99CCFF',
  'FF99CC',
  'CC99FF',
  'FFCC99',
  '3366FF',
  '33CCCC',
  '99CC00',
  'FFCC00',
  'FF9900',
  'FF6600',
  '666699',
  '969696',
  '003366',
  '339966',
  '003300',
  '333300',
  '993300',
  '993366',
  '333399',
  '333333',
  '000000',
  'FFFFFF',
];

/** Theme colours in Excel's index order: lt1, dk1, lt2, dk2, accent1-6, hlink, folHlink. */
export function themeColours(themeXml: string | null): string[] {
  const fallback = ['FFFFFF', '000000', 'EEECE1', '1F497D', '4F81BD', 'C0504D', '9BBB59', '8064A2', '4BACC6', 'F79646', '0000FF', '800080'];
  if (!themeXml) return fallback;
  const pick = (tag: string, i: number) => {
    const m = new RegExp(`<(?:\\w+:)?${tag}>\\s*<(?:\\w+:)?(srgbClr|sysClr)\\s([^>]*)>`).exec(themeXml);
    if (!m) return fallback[i];
    const val = /lastClr="([0-9A-Fa-f]{6})"/.exec(m[2]) ?? /val="([0-9A-Fa-f]{6})"/.exec(m[2]);
    return val ? val[1].toUpperCase() : fallback[i];
  };
  return ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'].map(pick);
}

/** A list of style records (fonts, fills...) and where each sits in the text. */
interface List {
  local: string;
  span: Span | null;
  items: string[];
  /** Offsets of the items in the text as loaded (for the ones loaded). */
  at: Array<[number, number]>;
  loaded: number;
  /** The `count` attribute as loaded (kept off by as much as it was off). */
  count: number | null;
  changed: boolean;
  canon?: Map<string, number>;
  equiv?: Map<string, number>;
}

/** What the host remembers about styles between runs (kept in the journal sheet). */
export interface StylesMemo {
  /** Counts before plan-rag first added anything: records at or past these are plan-rag's. */
  mark: { numFmt: number; font: number; fill: number; border: number; xf: number };
  /** Each xf plan-rag made → the xf it was cloned from (so Clear puts back the very same one). */
  base: Record<string, number>;
}

export class Styles {
  private lists: Record<'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellStyleXfs' | 'cellXfs', List>;
  private numFmtCode = new Map<number, string>();
  private prefix: string;
  private text: string;
  private indexed = INDEXED;
  readonly memo: StylesMemo;
  private formats = new Map<number, CellFormat>();

  constructor(
    text: string,
    private readonly part: string,
    private readonly theme: string[],
    memo: StylesMemo | null,
  ) {
    this.text = text;
    const { root, children } = rootChildren(text, part);
    this.prefix = prefixOf(root.name);
    const list = (local: string): List => {
      const span = children.find((c) => c.local === local) ?? null;
      const l: List = { local, span, items: [], at: [], loaded: 0, count: null, changed: false };
      if (!span) return l;
      const countAttr = getAttr(text.slice(span.start, span.openEnd), 'count');
      l.count = countAttr !== undefined && /^\d+$/.test(countAttr) ? Number(countAttr) : null;
      if (span.selfClosing) return l;
      const s = new XmlScanner(text, part, span.openEnd, span.end, false);
      while (s.next() !== END) {
        if (s.type === OPEN && s.depth === 1) {
          const a = s.start;
          const b = s.skipElement();
          l.items.push(text.slice(a, b));
          l.at.push([a, b]);
        }
      }
      l.loaded = l.items.length;
      return l;
    };
    this.lists = {
      numFmts: list('numFmts'),
      fonts: list('fonts'),
      fills: list('fills'),
      borders: list('borders'),
      cellStyleXfs: list('cellStyleXfs'),
      cellXfs: list('cellXfs'),
    };
    for (const nf of this.lists.numFmts.items) {
      const id = Number(getAttr(nf, 'numFmtId'));
      const code = getAttr(nf, 'formatCode');
      if (Number.isFinite(id) && code !== undefined) this.numFmtCode.set(id, code);
    }
    const colors = children.find((c) => c.local === 'colors');
    if (colors) {
      const rgb = [...text.slice(colors.start, colors.end).matchAll(/<(?:\w+:)?rgbColor\s+rgb="([0-9A-Fa-f]{8})"/g)].map((m) => m[1].slice(2).toUpperCase());
      if (rgb.length > 0) this.indexed = [...rgb, ...INDEXED.slice(rgb.length)];
    }
    this.memo = memo ?? { mark: this.counts(), base: {} };
  }

  counts(): StylesMemo['mark'] {
    const ids = [...this.numFmtCode.keys()];
    return {
      numFmt: Math.max(164, ...ids.map((i) => i + 1)),
      font: this.lists.fonts.items.length,
      fill: this.lists.fills.items.length,
      border: this.lists.borders.items.length,
      xf: this.lists.cellXfs.items.length,
    };
  }

  get xfCount(): number {
    return this.lists.cellXfs.items.length;
  }

  get changed(): boolean {
    return Object.values(this.lists).some((l) => l.changed);
  }

  // --- reading ---------------------------------------------------------------------------------------------------

  /** The number format code of an xf. */
  numberFormat(xf: number): string {
    const raw = this.lists.cellXfs.items[xf];
    if (!raw) return 'General';
    return this.codeOf(Number(getAttr(firstTag(raw), 'numFmtId') ?? 0));
  }

  codeOf(id: number): string {
    return this.numFmtCode.get(id) ?? BUILTIN_FORMATS[id] ?? 'General';
  }

  /** Every property group plan-rag reads, for an xf. */
  format(xf: number): CellFormat {
    let f = this.formats.get(xf);
    if (f) return f;
    const raw = this.lists.cellXfs.items[xf] ?? this.lists.cellXfs.items[0] ?? '<xf/>';
    const tag = firstTag(raw);
    const num = (a: string) => Number(getAttr(tag, a) ?? 0);
    const font = this.fontView(this.lists.fonts.items[num('fontId')] ?? '<font/>');
    const align = /<(?:\w+:)?alignment\b[^>]*>/.exec(raw)?.[0] ?? '';
    const vertical = getAttr(align, 'vertical');
    f = {
      fill: this.fillView(this.lists.fills.items[num('fillId')] ?? '<fill/>'),
      ...font,
      borders: this.borderView(this.lists.borders.items[num('borderId')] ?? '<border/>'),
      numberFormat: this.codeOf(num('numFmtId')),
      wrap: truthy(getAttr(align, 'wrapText')),
      verticalAlignment: (vertical ?? null) as CellFormat['verticalAlignment'],
    };
    this.formats.set(xf, f);
    return f;
  }

  /** A colour element's RRGGBB, or null for automatic / none. */
  colour(el: string | undefined): string | null {
    if (!el) return null;
    const a = Object.fromEntries(parseAttrs(el.replace(/^<[^\s/>]+/, '').replace(/\/?>$/, '')));
    let rgb: string | null = null;
    if (a.rgb && /^[0-9A-Fa-f]{6,8}$/.test(a.rgb)) rgb = a.rgb.slice(-6).toUpperCase();
    else if (a.theme !== undefined) rgb = this.theme[Number(a.theme)] ?? null;
    else if (a.indexed !== undefined) {
      const i = Number(a.indexed);
      if (i === 64) return null; // system foreground: automatic
      rgb = this.indexed[i] ?? null;
    } else if (a.auto !== undefined && truthy(a.auto)) return null;
    if (rgb && a.tint !== undefined && Number(a.tint) !== 0) rgb = applyTint(rgb, Number(a.tint));
    return rgb;
  }

  private fontView(raw: string): Pick<CellFormat, 'fontColor' | 'bold' | 'italic' | 'underline'> {
    const el = (name: string) => new RegExp(`<(?:\\w+:)?${name}(?:\\s[^>]*)?/?>`).exec(raw)?.[0];
    const on = (name: string) => {
      const e = el(name);
      if (!e) return false;
      const v = getAttr(e, 'val');
      return v === undefined || truthy(v);
    };
    const u = el('u');
    return { fontColor: this.colour(el('color')), bold: on('b'), italic: on('i'), underline: !!u && getAttr(u, 'val') !== 'none' };
  }

  private fillView(raw: string): Fill | null {
    const pf = /<(?:\w+:)?patternFill\b[^>]*>/.exec(raw)?.[0];
    if (!pf) {
      if (/<(?:\w+:)?gradientFill\b/.test(raw)) {
        const stop = /<(?:\w+:)?stop\b[^>]*>\s*(<(?:\w+:)?color\b[^>]*>)/.exec(raw);
        return { color: this.colour(stop?.[1]) ?? 'FFFFFF', pattern: 'gradient' };
      }
      return null;
    }
    const type = getAttr(pf, 'patternType') ?? 'none';
    if (type === 'none') return null;
    const fg = this.colour(/<(?:\w+:)?fgColor\b[^>]*>/.exec(raw)?.[0]);
    const bg = this.colour(/<(?:\w+:)?bgColor\b[^>]*>/.exec(raw)?.[0]);
    if (type === 'solid') return { color: fg ?? '000000' };
    return { color: bg ?? 'FFFFFF', pattern: type, patternColor: fg ?? '000000' };
  }

  private borderView(raw: string): Borders | null {
    const out: Borders = {};
    let any = false;
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      const m = new RegExp(`<(?:\\w+:)?${side}\\b([^>]*?)(/>|>([\\s\\S]*?)</(?:\\w+:)?${side}>)`).exec(raw);
      const style = m ? getAttr(`<x${m[1]}>`, 'style') : undefined;
      if (!m || !style || style === 'none') continue;
      const colour = this.colour(/<(?:\w+:)?color\b[^>]*>/.exec(m[3] ?? '')?.[0]) ?? '000000';
      out[side] = { style: style as BorderEdge['style'], color: colour };
      any = true;
    }
    return any ? out : null;
  }

  // --- deriving a cell format ----------------------------------------------------------------------------------

  /**
   * The xf for a cell that has `xf` now and should take the properties `f` sets (the rest stay). Reuses the xf it
   * was cloned from, or any equal one, before appending a new one.
   */
  derive(xf: number, f: CellFormat): number {
    const xfs = this.lists.cellXfs;
    const current = xfs.items[xf] ?? xfs.items[0];
    if (current === undefined) return xf;
    const have = this.format(xf);
    let tag = firstTag(current);
    let body = current.slice(tag.length).replace(new RegExp(`</${tagName(tag)}>$`), '');
    if (tag.endsWith('/>')) body = '';
    const num = (a: string) => Number(getAttr(tag, a) ?? 0);
    const style = this.lists.cellStyleXfs.items[num('xfId')];
    const styleTag = style ? firstTag(style) : '';
    const setId = (attr: string, flag: string, id: number) => {
      tag = setAttr(tag, attr, String(id));
      const inStyle = Number(getAttr(styleTag, attr) ?? 0);
      // the flag says the cell's own record wins over its cell style's; where they agree it says nothing
      tag = setAttr(tag, flag, id !== inStyle ? '1' : null);
    };
    if (f.fill !== undefined && !sameJson(have.fill, f.fill)) setId('fillId', 'applyFill', this.fillFor(f.fill ?? null));
    const fontChange = (['fontColor', 'bold', 'italic', 'underline'] as const).some((k) => f[k] !== undefined && !sameJson(have[k] ?? null, f[k] ?? null));
    if (fontChange) setId('fontId', 'applyFont', this.fontFor(num('fontId'), f));
    if (f.borders !== undefined && !sameJson(have.borders, normBorders(f.borders)))
      setId('borderId', 'applyBorder', this.borderFor(num('borderId'), f.borders ?? null));
    if (f.numberFormat !== undefined && f.numberFormat !== have.numberFormat) {
      // the cell style's own id where it has this very code (LibreOffice writes "General" as a custom format 164):
      // clear then gives back the record the cell had
      const inStyle = Number(getAttr(styleTag, 'numFmtId') ?? 0);
      setId('numFmtId', 'applyNumberFormat', this.codeOf(inStyle) === f.numberFormat ? inStyle : this.numFmtFor(f.numberFormat));
    }
    if (
      (f.wrap !== undefined && f.wrap !== have.wrap) ||
      (f.verticalAlignment !== undefined && (f.verticalAlignment ?? null) !== (have.verticalAlignment ?? null))
    ) {
      body = this.withAlignment(body, f);
      const styleHasAlignment = !!style && /<(?:\w+:)?alignment\b/.test(style);
      tag = setAttr(tag, 'applyAlignment', /<(?:\w+:)?alignment\b/.test(body) || styleHasAlignment ? '1' : null);
    }
    const raw = body ? `${tag.replace(/\/>$/, '>')}${body}</${tagName(tag)}>` : tag.endsWith('/>') ? tag : tag.replace(/>$/, '/>');
    if (raw === current) return xf;
    // the xf it was cloned from, when this puts it back
    const base = this.memo.base[String(xf)];
    if (base !== undefined && xfs.items[base] !== undefined && (this.xfKey(xfs.items[base]) === this.xfKey(raw) || this.putsBack(base, have, f))) return base;
    const found = this.find(xfs, raw, (r) => this.xfKey(r));
    if (found !== null) return found;
    const index = this.append(xfs, raw);
    this.memo.base[String(index)] = base ?? xf;
    return index;
  }

  /**
   * Does `f` over `have` give what the xf a cell was cloned from looks like (every property plan-rag sets)? Then
   * that very record comes back, though its text differs from a derived one (LibreOffice writes wrapText="false"
   * and applyAlignment="false", which a derived record leaves out).
   */
  private putsBack(base: number, have: CellFormat, f: CellFormat): boolean {
    const was = this.format(base);
    const want: CellFormat = { ...have };
    for (const [k, v] of Object.entries(f)) if (v !== undefined) (want as Record<string, unknown>)[k] = v;
    const keys = ['fill', 'fontColor', 'bold', 'italic', 'underline', 'numberFormat'] as const;
    for (const k of keys) if (!sameJson(was[k] ?? null, want[k] ?? null)) return false;
    if (!sameJson(normBorders(was.borders), normBorders(want.borders))) return false;
    return !!was.wrap === !!want.wrap && (was.verticalAlignment ?? null) === (want.verticalAlignment ?? null);
  }

  private withAlignment(body: string, f: CellFormat): string {
    const re = /<(?:\w+:)?alignment\b[^>]*?\/>|<(?:\w+:)?alignment\b[^>]*>[\s\S]*?<\/(?:\w+:)?alignment>/;
    const m = re.exec(body);
    let el = m ? m[0] : `<${this.prefix}alignment/>`;
    if (f.wrap !== undefined) el = setAttr(el, 'wrapText', f.wrap ? '1' : null);
    if (f.verticalAlignment !== undefined) el = setAttr(el, 'vertical', f.verticalAlignment ?? null);
    const empty = /^<[^\s/>]+\s*\/>$/.test(el);
    if (m) return body.slice(0, m.index) + (empty ? '' : el) + body.slice(m.index + m[0].length);
    return empty ? body : el + body;
  }

  private fillFor(fill: Fill | null): number {
    const want = JSON.stringify(normFill(fill));
    const list = this.lists.fills;
    for (let i = 0; i < list.items.length; i++) if (JSON.stringify(normFill(this.fillView(list.items[i]))) === want) return i;
    const p = this.prefix;
    let raw: string;
    if (!fill) raw = `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`;
    else if (!fill.pattern || fill.pattern === 'solid' || fill.pattern === 'gradient')
      raw = `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${hex(fill.color)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
    else
      raw = `<${p}fill><${p}patternFill patternType="${escapeAttr(fill.pattern)}"><${p}fgColor rgb="FF${hex(fill.patternColor ?? '000000')}"/><${p}bgColor rgb="FF${hex(fill.color)}"/></${p}patternFill></${p}fill>`;
    return this.append(list, raw);
  }

  private fontFor(fontId: number, f: CellFormat): number {
    const list = this.lists.fonts;
    const base = list.items[fontId] ?? list.items[0] ?? `<${this.prefix}font/>`;
    const p = this.prefix;
    const kids = children(base);
    const put = (local: string, el: string | null) => {
      const i = kids.findIndex((k) => k.local === local);
      if (el === null) {
        if (i >= 0) kids.splice(i, 1);
        return;
      }
      if (i >= 0) kids[i] = { local, raw: el };
      else {
        const rank = FONT_ORDER.indexOf(local);
        let at = kids.findIndex((k) => FONT_ORDER.indexOf(k.local) > rank);
        if (at < 0) at = kids.length;
        kids.splice(at, 0, { local, raw: el });
      }
    };
    const flag = (local: string, on: boolean) => {
      const now = kids.find((k) => k.local === local);
      const isOn = !!now && (getAttr(now.raw, 'val') === undefined || truthy(getAttr(now.raw, 'val')));
      if (on !== isOn) put(local, on ? `<${p}${local}/>` : null);
    };
    if (f.bold !== undefined) flag('b', f.bold);
    if (f.italic !== undefined) flag('i', f.italic);
    if (f.underline !== undefined) {
      const now = kids.find((k) => k.local === 'u');
      const isOn = !!now && getAttr(now.raw, 'val') !== 'none';
      if (f.underline !== isOn) put('u', f.underline ? `<${p}u/>` : null);
    }
    if (f.fontColor !== undefined) {
      const now = kids.find((k) => k.local === 'color');
      if ((this.colour(now?.raw) ?? null) !== (f.fontColor ? hex(f.fontColor) : null))
        put('color', f.fontColor ? `<${p}color rgb="FF${hex(f.fontColor)}"/>` : null);
    }
    const tag = firstTag(base);
    const raw =
      kids.length > 0 ? `${tag.replace(/\/>$/, '>')}${kids.map((k) => k.raw).join('')}</${tagName(tag)}>` : tag.endsWith('/>') ? tag : tag.replace(/>$/, '/>');
    if (raw === base) return fontId;
    return this.find(list, raw, (r) => this.fontKey(r)) ?? this.append(list, raw);
  }

  private borderFor(borderId: number, borders: Borders | null): number {
    const list = this.lists.borders;
    const base = list.items[borderId] ?? list.items[0] ?? `<${this.prefix}border/>`;
    const p = this.prefix;
    const kids = children(base);
    for (const side of ['left', 'right', 'top', 'bottom'] as const) {
      const edge = borders?.[side] ?? null;
      const el = edge ? `<${p}${side} style="${escapeAttr(edge.style)}"><${p}color rgb="FF${hex(edge.color)}"/></${p}${side}>` : `<${p}${side}/>`;
      const i = kids.findIndex((k) => k.local === side);
      if (i >= 0) {
        const now = this.borderView(`<b>${kids[i].raw}</b>`)?.[side] ?? null;
        if (!sameJson(normEdge(now), normEdge(edge))) kids[i] = { local: side, raw: el };
      } else {
        const rank = BORDER_ORDER.indexOf(side);
        let at = kids.findIndex((k) => BORDER_ORDER.indexOf(k.local) > rank);
        if (at < 0) at = kids.length;
        kids.splice(at, 0, { local: side, raw: el });
      }
    }
    const tag = firstTag(base);
    const raw = `${tag.replace(/\/>$/, '>')}${kids.map((k) => k.raw).join('')}</${tagName(tag)}>`;
    if (raw === base) return borderId;
    return this.find(list, raw, (r) => this.borderKey(r)) ?? this.append(list, raw);
  }

  private numFmtFor(code: string): number {
    const builtin = BUILTIN_BY_CODE.get(code);
    if (builtin !== undefined) return builtin;
    for (const [id, c] of this.numFmtCode) if (c === code) return id;
    for (const [id, c] of Object.entries(BUILTIN_FORMATS)) if (c === code) return Number(id);
    const id = Math.max(163, this.memo.mark.numFmt - 1, ...this.numFmtCode.keys()) + 1;
    this.numFmtCode.set(id, code);
    this.append(this.lists.numFmts, `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  /** An equal record already there: exactly equal first, else equal as seen. */
  private find(list: List, raw: string, key: (r: string) => string): number | null {
    if (!list.canon) {
      list.canon = new Map();
      list.items.forEach((r, i) => {
        const k = canon(r);
        if (!list.canon!.has(k)) list.canon!.set(k, i);
      });
    }
    const exact = list.canon.get(canon(raw));
    if (exact !== undefined) return exact;
    if (!list.equiv) {
      list.equiv = new Map();
      list.items.forEach((r, i) => {
        const k = key(r);
        if (!list.equiv!.has(k)) list.equiv!.set(k, i);
      });
    }
    return list.equiv.get(key(raw)) ?? null;
  }

  private append(list: List, raw: string): number {
    list.items.push(raw);
    list.changed = true;
    const i = list.items.length - 1;
    list.canon?.set(canon(raw), i);
    list.canon?.set(canon(raw), list.canon.get(canon(raw)) ?? i);
    list.equiv = undefined;
    this.formats.clear();
    return i;
  }

  private fontKey(raw: string): string {
    const kids = children(raw).filter((k) => !['b', 'i', 'u', 'color'].includes(k.local));
    return JSON.stringify([kids.map((k) => canon(k.raw)).sort(), this.fontView(raw)]);
  }

  private borderKey(raw: string): string {
    const kids = children(raw).filter((k) => !['left', 'right', 'top', 'bottom'].includes(k.local));
    const attrs = parseAttrs(
      firstTag(raw)
        .replace(/^<[^\s/>]+/, '')
        .replace(/\/?>$/, ''),
    ).sort();
    return JSON.stringify([attrs, kids.map((k) => canon(k.raw)), normBorders(this.borderView(raw))]);
  }

  /** An xf as seen: its records as seen, apply flags that matter. */
  private xfKey(raw: string): string {
    const tag = firstTag(raw);
    const attrs = Object.fromEntries(parseAttrs(tag.replace(/^<[^\s/>]+/, '').replace(/\/?>$/, '')));
    const style = this.lists.cellStyleXfs.items[Number(attrs.xfId ?? 0)];
    const styleAttrs = style
      ? Object.fromEntries(
          parseAttrs(
            firstTag(style)
              .replace(/^<[^\s/>]+/, '')
              .replace(/\/?>$/, ''),
          ),
        )
      : {};
    const out: Record<string, unknown> = {};
    const group = (id: string, flag: string, view: (i: number) => unknown) => {
      const v = Number(attrs[id] ?? 0);
      out[id] = view(v);
      // the flag matters only where the record differs from the cell style's
      if (v !== Number(styleAttrs[id] ?? 0)) out[flag] = truthy(attrs[flag] ?? '0');
    };
    group('fontId', 'applyFont', (i) => this.fontKey(this.lists.fonts.items[i] ?? ''));
    group('fillId', 'applyFill', (i) => JSON.stringify(normFill(this.fillView(this.lists.fills.items[i] ?? ''))));
    group('borderId', 'applyBorder', (i) => this.borderKey(this.lists.borders.items[i] ?? ''));
    group('numFmtId', 'applyNumberFormat', (i) => this.codeOf(i));
    const kids = children(raw);
    for (const [k, v] of Object.entries(attrs))
      if (!(k in out) && !/^apply(Font|Fill|Border|NumberFormat)$/.test(k) && !/^(fontId|fillId|borderId|numFmtId)$/.test(k)) out[k] = v;
    // applyAlignment / applyProtection with no such element here or in the cell style change nothing
    for (const [flag, local] of [
      ['applyAlignment', 'alignment'],
      ['applyProtection', 'protection'],
    ]) {
      if (!kids.some((k) => k.local === local) && !(style && new RegExp(`<(?:\\w+:)?${local}\\b`).test(style))) delete out[flag];
      else if (flag in out) out[flag] = truthy(String(out[flag]));
    }
    out.children = kids.map((k) => canon(k.raw));
    return JSON.stringify(out, Object.keys(out).sort());
  }

  // --- removing what is no longer used --------------------------------------------------------------------------

  /**
   * Removes trailing records plan-rag appended that nothing uses any more: xfs no cell uses (`used`), then fonts,
   * fills, borders and number formats no xf uses.
   */
  collect(used: ReadonlySet<number>): void {
    const mark = this.memo.mark;
    const xfs = this.lists.cellXfs;
    let n = xfs.items.length;
    while (n > mark.xf && !used.has(n - 1)) n--;
    if (n < xfs.items.length) this.truncate(xfs, n);
    for (const k of Object.keys(this.memo.base)) if (Number(k) >= n) delete this.memo.base[k];
    const allXfs = [...this.lists.cellXfs.items, ...this.lists.cellStyleXfs.items];
    const ids = (attr: string) => new Set(allXfs.map((x) => Number(getAttr(firstTag(x), attr) ?? 0)));
    const trim = (list: List, from: number, usedIds: Set<number>) => {
      let m = list.items.length;
      while (m > from && !usedIds.has(m - 1)) m--;
      if (m < list.items.length) this.truncate(list, m);
    };
    trim(this.lists.fonts, mark.font, ids('fontId'));
    trim(this.lists.fills, mark.fill, ids('fillId'));
    trim(this.lists.borders, mark.border, ids('borderId'));
    const fmtUsed = ids('numFmtId');
    const nf = this.lists.numFmts;
    const keep = nf.items.filter((r) => {
      const id = Number(getAttr(r, 'numFmtId'));
      return id < mark.numFmt || fmtUsed.has(id);
    });
    if (keep.length < nf.items.length) {
      // number formats plan-rag added are at the end, in the order added
      this.truncate(nf, keep.length);
      for (const id of [...this.numFmtCode.keys()]) if (id >= mark.numFmt && !fmtUsed.has(id)) this.numFmtCode.delete(id);
    }
  }

  private truncate(list: List, n: number): void {
    list.items.length = n;
    list.changed = true;
    list.canon = undefined;
    list.equiv = undefined;
    this.formats.clear();
  }

  /** True when nothing plan-rag added is left. */
  get pristine(): boolean {
    const m = this.memo.mark;
    const c = this.counts();
    return c.font <= m.font && c.fill <= m.fill && c.border <= m.border && c.xf <= m.xf && c.numFmt <= m.numFmt;
  }

  /** The part's text with the changed lists written back; everything else as it was. */
  serialize(): string {
    const text = this.text;
    const edits: Array<{ at: number; end: number; text: string }> = [];
    const { root, children: kids } = rootChildren(text, this.part);
    for (const list of Object.values(this.lists)) {
      if (!list.changed) continue;
      const keepCount = Math.min(list.loaded, list.items.length);
      const kept = list.items.slice(0, keepCount);
      const stillSame = kept.every((r, i) => r === text.slice(list.at[i][0], list.at[i][1]));
      if (!stillSame) throw new Error(`styles: ${list.local} changed under us`);
      const extra = list.items.slice(keepCount).join('');
      const count = list.count === null ? null : list.count + (list.items.length - list.loaded);
      if (list.span) {
        const span = list.span;
        let open = text.slice(span.start, span.openEnd);
        if (count !== null) open = setAttr(open, 'count', String(count));
        if (list.items.length === 0 && list.loaded > 0 && list.local === 'numFmts') {
          edits.push({ at: span.start, end: span.end, text: '' });
          continue;
        }
        if (span.selfClosing) {
          edits.push({ at: span.start, end: span.end, text: extra ? `${open.replace(/\/>$/, '>')}${extra}</${span.name}>` : open });
          continue;
        }
        const innerStart = span.openEnd;
        const cutFrom = keepCount < list.loaded ? list.at[keepCount][0] : keepCount > 0 ? list.at[keepCount - 1][1] : innerStart;
        const cutTo = list.loaded > 0 ? list.at[list.loaded - 1][1] : innerStart;
        edits.push({ at: span.start, end: span.openEnd, text: open });
        edits.push({ at: cutFrom, end: cutTo, text: extra });
      } else if (list.items.length > 0) {
        const at = insertAt(kids, root, ORDER, list.local);
        edits.push({ at, end: at, text: `<${this.prefix}${list.local} count="${list.items.length}">${extra}</${this.prefix}${list.local}>` });
      }
    }
    edits.sort((a, b) => a.at - b.at || a.end - b.end);
    let out = '';
    let pos = 0;
    for (const e of edits) {
      out += text.slice(pos, e.at) + e.text;
      pos = e.end;
    }
    return out + text.slice(pos);
  }
}

// ---------------------------------------------------------------------------------------------------------------

function truthy(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

function hex(c: string): string {
  const h = c.replace(/^#/, '').toUpperCase();
  return h.length === 8 ? h.slice(2) : h;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function normFill(f: Fill | null | undefined): unknown {
  if (!f) return null;
  const pattern = (f.pattern ?? 'solid').toLowerCase();
  return pattern === 'solid' ? [pattern, hex(f.color)] : [pattern, hex(f.color), hex(f.patternColor ?? '000000')];
}

function normEdge(e: BorderEdge | null | undefined): unknown {
  return e ? [e.style, hex(e.color)] : null;
}

function normBorders(b: Borders | null | undefined): unknown {
  if (!b) return null;
  const out = { top: normEdge(b.top), bottom: normEdge(b.bottom), left: normEdge(b.left), right: normEdge(b.right) };
  return Object.values(out).every((v) => v === null)
    ? null
    : b && { top: b.top ?? undefined, bottom: b.bottom ?? undefined, left: b.left ?? undefined, right: b.right ?? undefined };
}

/** The start tag of an element's text. */
function firstTag(raw: string): string {
  let q = 1;
  let quote = 0;
  for (; q < raw.length; q++) {
    const c = raw.charCodeAt(q);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) break;
  }
  return raw.slice(0, q + 1);
}

function tagName(tag: string): string {
  return /^<([^\s/>]+)/.exec(tag)![1];
}

/** The child elements of an element's text. */
function children(raw: string): Array<{ local: string; raw: string }> {
  const tag = firstTag(raw);
  if (tag.endsWith('/>')) return [];
  const s = new XmlScanner(raw, 'styles', tag.length, raw.length, false);
  const out: Array<{ local: string; raw: string }> = [];
  while (s.next() !== END) {
    if (s.type === OPEN && s.depth === 1) {
      const a = s.start;
      const local = s.local;
      const b = s.skipElement();
      out.push({ local, raw: raw.slice(a, b) });
    }
  }
  return out;
}

/** A record in a form that ignores attribute order and quoting. */
function canon(raw: string): string {
  const s = new XmlScanner(raw, 'styles', 0, raw.length, false);
  let out = '';
  while (s.next() !== END) {
    if (s.type === OPEN) out += `<${s.local}${JSON.stringify(s.attrs().sort((a, b) => (a[0] < b[0] ? -1 : 1)))}`;
    else if (s.type === 2) out += '>';
    else out += s.textValue().trim();
  }
  return out;
}

/** Excel's tint: lighten (positive) or darken (negative) in HLS. */
function applyTint(rgb: string, tint: number): string {
  const r = parseInt(rgb.slice(0, 2), 16) / 255;
  const g = parseInt(rgb.slice(2, 4), 16) / 255;
  const b = parseInt(rgb.slice(4, 6), 16) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let h = 0;
  let s = 0;
  let l = (max + min) / 2;
  if (max !== min) {
    const d = max - min;
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    h /= 6;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const hue = (p: number, q: number, t: number) => {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  let rr = l;
  let gg = l;
  let bb = l;
  if (s !== 0) {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    rr = hue(p, q, h + 1 / 3);
    gg = hue(p, q, h);
    bb = hue(p, q, h - 1 / 3);
  }
  const to = (x: number) =>
    Math.round(Math.min(1, Math.max(0, x)) * 255)
      .toString(16)
      .padStart(2, '0')
      .toUpperCase();
  return to(rr) + to(gg) + to(bb);
}
