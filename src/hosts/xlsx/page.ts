/**
 * Page settings of a sheet: `<pageSetup>` (orientation, paper, scale, fit), `<sheetPr><pageSetUpPr fitToPage>`,
 * `<headerFooter>` (odd header and footer, in Excel's &L/&C/&R sections) and the sheet-scoped names
 * `_xlnm.Print_Area` and `_xlnm.Print_Titles`. Only the attributes and elements plan-rag sets are touched: the
 * printer-settings link, margins, even/first-page headers and title columns stay.
 */
import type { PageSettings } from '../../core/host/types';
import { quoteSheetName } from '../../core/grid';
import { escapeText, getAttr, setAttr, decode } from './xml';

export interface PageElements {
  sheetPr: string | null;
  pageSetup: string | null;
  headerFooter: string | null;
  printArea: string | null;
  titles: string | null;
}

const PAPER: Record<string, 'A4' | 'A3'> = { '9': 'A4', '8': 'A3' };

/** The page settings as plan-rag sees them. */
export function readPage(e: PageElements): PageSettings {
  const out: PageSettings = {};
  const ps = e.pageSetup ? /^<[^>]*>/.exec(e.pageSetup)![0] : '';
  const orientation = getAttr(ps, 'orientation');
  if (orientation === 'portrait' || orientation === 'landscape') out.orientation = orientation;
  const paper = getAttr(ps, 'paperSize');
  out.paper = paper === undefined ? null : (PAPER[paper] ?? null);
  const fit = e.sheetPr ? /<(\w+:)?pageSetUpPr\b[^>]*>/.exec(e.sheetPr)?.[0] : undefined;
  const fitOn = fit ? truthy(getAttr(fit, 'fitToPage')) : false;
  out.fitToWidth = fitOn ? Number(getAttr(ps, 'fitToWidth') ?? 1) : null;
  const scale = getAttr(ps, 'scale');
  out.scale = scale === undefined ? null : Number(scale);
  out.printArea = e.printArea ? stripSheet(e.printArea).replace(/\$/g, '') : null;
  const rows = e.titles
    ? stripSheet(e.titles)
        .split(',')
        .find((p) => /^\$?\d+:\$?\d+$/.test(p.trim()))
    : undefined;
  out.titleRows = rows ? rows.trim() : null;
  out.header = sections(hf(e.headerFooter, 'oddHeader'));
  out.footer = sections(hf(e.headerFooter, 'oddFooter'));
  return out;
}

/** The elements with the given settings made (only the fields present in `page`). */
export function writePage(e: PageElements, page: PageSettings, sheet: string, prefix: string): PageElements {
  const out = { ...e };
  let ps = e.pageSetup ? /^<[^>]*>/.exec(e.pageSetup)![0] : `<${prefix}pageSetup/>`;
  const has = (k: keyof PageSettings) => k in page;
  if (has('orientation')) ps = setAttr(ps, 'orientation', page.orientation ?? null);
  if (has('paper')) ps = setAttr(ps, 'paperSize', page.paper === 'A4' ? '9' : page.paper === 'A3' ? '8' : null);
  if (has('scale')) ps = setAttr(ps, 'scale', page.scale ? String(page.scale) : null);
  if (has('fitToWidth')) {
    const fit = page.fitToWidth ?? null;
    ps = setAttr(ps, 'fitToWidth', fit ? String(fit) : null);
    ps = setAttr(ps, 'fitToHeight', fit ? '0' : null);
    out.sheetPr = setFitToPage(e.sheetPr, !!fit, prefix);
  }
  const psEmpty = /^<[^\s/>]+\s*\/?>$/.test(ps);
  out.pageSetup = psEmpty ? null : ps.endsWith('/>') ? ps : ps.replace(/\s*>$/, '/>');
  if (has('header')) out.headerFooter = setHf(out.headerFooter, 'oddHeader', page.header ? joinSections(page.header) : null, prefix);
  if (has('footer')) out.headerFooter = setHf(out.headerFooter, 'oddFooter', page.footer ? joinSections(page.footer) : null, prefix);
  const q = quoteSheetName(sheet);
  if (has('printArea')) {
    out.printArea = page.printArea
      ? page.printArea
          .split(',')
          .map((a) => `${q}!${absolute(a.trim())}`)
          .join(',')
      : null;
  }
  if (has('titleRows')) {
    const parts = e.titles ? splitAreas(e.titles).filter((p) => !/^\$?\d+:\$?\d+$/.test(stripSheet(p).trim())) : [];
    if (page.titleRows)
      parts.push(
        `${q}!${page.titleRows
          .split(':')
          .map((r) => `$${r.replace(/\$/g, '')}`)
          .join(':')}`,
      );
    // Excel writes columns first, then rows
    out.titles = parts.length > 0 ? parts.join(',') : null;
  }
  return out;
}

function truthy(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

function stripSheet(ref: string): string {
  return splitAreas(ref)
    .map((p) => p.replace(/^(?:'(?:[^']|'')+'|[^!,]+)!/, ''))
    .join(',');
}

function splitAreas(ref: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of ref) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

function absolute(range: string): string {
  return range
    .split(':')
    .map((c) => c.replace(/\$/g, '').replace(/^([A-Z]+)(\d+)$/i, '$$$1$$$2'))
    .join(':');
}

function setFitToPage(sheetPr: string | null, on: boolean, prefix: string): string | null {
  if (!sheetPr) return on ? `<${prefix}sheetPr><${prefix}pageSetUpPr fitToPage="1"/></${prefix}sheetPr>` : null;
  const m = /<(\w+:)?pageSetUpPr\b[^>]*?\/>|<(\w+:)?pageSetUpPr\b[^>]*>[\s\S]*?<\/(\w+:)?pageSetUpPr>/.exec(sheetPr);
  if (m) {
    const tag = /^<[^>]*>/.exec(m[0])![0];
    let next = setAttr(tag, 'fitToPage', on ? '1' : null);
    if (tag.endsWith('/>') === false) next = next + m[0].slice(tag.length);
    const empty = /^<[^\s/>]+\s*\/>$/.test(next);
    const replaced = sheetPr.slice(0, m.index) + (empty ? '' : next) + sheetPr.slice(m.index + m[0].length);
    return bareSheetPr(replaced) ? null : replaced;
  }
  if (!on) return sheetPr;
  const el = `<${prefix}pageSetUpPr fitToPage="1"/>`;
  if (sheetPr.endsWith('/>')) return `${sheetPr.slice(0, -2).replace(/\s+$/, '')}>${el}</${tagName(sheetPr)}>`;
  const close = sheetPr.lastIndexOf('</');
  return sheetPr.slice(0, close) + el + sheetPr.slice(close);
}

function bareSheetPr(raw: string): boolean {
  return /^<[^\s/>]+\s*(\/>|>\s*<\/[^>]+>)$/.test(raw);
}

function tagName(raw: string): string {
  return /^<([^\s/>]+)/.exec(raw)![1];
}

const HF_ORDER = ['oddHeader', 'oddFooter', 'evenHeader', 'evenFooter', 'firstHeader', 'firstFooter'];

function hf(raw: string | null, local: string): string | null {
  if (!raw) return null;
  const m = new RegExp(`<(\\w+:)?${local}\\b[^>]*>([\\s\\S]*?)</(\\w+:)?${local}>`).exec(raw);
  return m ? decode(m[2], false) : null;
}

function setHf(raw: string | null, local: string, text: string | null, prefix: string): string | null {
  const el = text !== null ? `<${prefix}${local}>${escapeText(text)}</${prefix}${local}>` : '';
  if (!raw) return text !== null ? `<${prefix}headerFooter>${el}</${prefix}headerFooter>` : null;
  const re = new RegExp(`<(\\w+:)?${local}\\b[^>]*?/>|<(\\w+:)?${local}\\b[^>]*>[\\s\\S]*?</(\\w+:)?${local}>`);
  const m = re.exec(raw);
  let out: string;
  if (m) out = raw.slice(0, m.index) + el + raw.slice(m.index + m[0].length);
  else if (text === null) return raw;
  else if (raw.endsWith('/>')) out = `${raw.slice(0, -2).replace(/\s+$/, '')}>${el}</${tagName(raw)}>`;
  else {
    // before the first element that comes after it
    const rank = HF_ORDER.indexOf(local);
    let at = raw.lastIndexOf('</');
    for (const later of HF_ORDER.slice(rank + 1)) {
      const k = new RegExp(`<(\\w+:)?${later}\\b`).exec(raw);
      if (k) {
        at = Math.min(at, k.index);
        break;
      }
    }
    out = raw.slice(0, at) + el + raw.slice(at);
  }
  const empty = /^<[^\s/>]+\s*>\s*<\/[^>]+>$/.test(out) || /^<[^\s/>]+\s*\/>$/.test(out);
  return empty ? null : out;
}

/**
 * A header or footer's &L, &C and &R sections ("&&" is a literal ampersand; text before any section is centred).
 * @example sections('&LPlan&CRAG as of 21 Jan 2015') // { left: 'Plan', center: 'RAG as of 21 Jan 2015', right: '' }
 */
export function sections(text: string | null): { left: string; center: string; right: string } | null {
  if (text === null || text === '') return null;
  const out = { L: '', C: '', R: '' };
  let sec: 'L' | 'C' | 'R' = 'C';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '&' && text[i + 1] === '&') {
      out[sec] += '&&';
      i++;
    } else if (ch === '&' && (text[i + 1] === 'L' || text[i + 1] === 'C' || text[i + 1] === 'R')) {
      sec = text[i + 1] as 'L' | 'C' | 'R';
      i++;
    } else out[sec] += ch;
  }
  return { left: out.L, center: out.C, right: out.R };
}

export function joinSections(s: { left: string; center: string; right: string }): string {
  return `${s.left ? `&L${s.left}` : ''}${s.center ? `&C${s.center}` : ''}${s.right ? `&R${s.right}` : ''}`;
}
