import type ExcelJS from 'exceljs';
import { readSheets } from '../../src/hosts/xlsx/readGrid';
import { FakeWorkbookState, fakeWorkbookFrom, parseAddress } from './fakeExcel';

/** Loads an ExcelJS workbook into the Excel fake: values, number formats, merges, and the fills, fonts and borders. */
export function fakeFromWorkbook(wb: ExcelJS.Workbook): FakeWorkbookState {
  const sheets = readSheets(wb);
  const state = fakeWorkbookFrom(sheets.map((s) => ({ name: s.name, values: s.grid.values, numberFormats: s.grid.numberFormats, merges: s.grid.merges })));
  for (const s of state.sheets) {
    const ws = wb.getWorksheet(s.name)!;
    if (ws.state === 'hidden') s.visibility = 'Hidden';
    if (ws.state === 'veryHidden') s.visibility = 'VeryHidden';
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (c, col) => {
        const cell = state.cell(s, r - 1, col - 1);
        const fill = c.fill as ExcelJS.FillPattern | undefined;
        if (fill?.type === 'pattern' && fill.pattern !== 'none' && fill.fgColor?.argb) {
          cell.fill = { color: `#${fill.fgColor.argb.slice(2).toUpperCase()}`, pattern: fill.pattern === 'solid' ? 'Solid' : fill.pattern, patternColor: null };
        }
        cell.font = {
          color: c.font?.color?.argb ? `#${c.font.color.argb.slice(2).toUpperCase()}` : null,
          bold: !!c.font?.bold,
          italic: !!c.font?.italic,
          underline: c.font?.underline ? 'Single' : 'None',
        };
        for (const side of ['top', 'bottom', 'left', 'right'] as const) {
          const b = c.border?.[side];
          if (b?.style) cell.borders[side] = { style: 'Continuous', color: `#${(b.color?.argb ?? 'FF000000').slice(2).toUpperCase()}`, weight: 'Thin' };
        }
        if (c.alignment?.wrapText) cell.wrapText = true;
        if (c.alignment?.vertical === 'top') cell.verticalAlignment = 'Top';
        if (c.numFmt) cell.numberFormat = c.numFmt;
        // links: internal ones ("#'Sheet'!A1") are document references in Excel
        const v = c.value as ExcelJS.CellHyperlinkValue | null;
        if (v && typeof v === 'object' && 'hyperlink' in v && v.hyperlink) {
          cell.hyperlink = v.hyperlink.startsWith('#')
            ? { documentReference: v.hyperlink.slice(1), ...(v.tooltip ? { screenTip: v.tooltip } : {}) }
            : { address: v.hyperlink };
        }
      }),
    );
  }
  return state;
}

/**
 * Adds the in-workbook links ExcelJS does not read (a `<hyperlink location="...">` with no relationship; ExcelJS
 * keeps only links that have one), read from each sheet's XML, as document references, as Excel shows them.
 */
export async function addInternalLinks(state: FakeWorkbookState, bytes: Uint8Array): Promise<void> {
  const { sheetXmlOf } = await import('../helpers/package');
  for (const s of state.sheets) {
    const xml = await sheetXmlOf(bytes, s.name.replace(/&/g, '&amp;').replace(/'/g, '&apos;'));
    for (const m of xml.matchAll(/<hyperlink\b([^>]*)\/?>/g)) {
      const attr = (n: string) => new RegExp(`\\b${n}="([^"]*)"`).exec(m[1])?.[1];
      const ref = attr('ref');
      const location = attr('location');
      if (!ref || !location || attr('r:id')) continue;
      const at = parseAddress(ref.split(':')[0]);
      const unescape = (t: string) =>
        t
          .replace(/&apos;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&');
      const tip = attr('tooltip');
      state.cell(s, at.top, at.left).hyperlink = { documentReference: unescape(location), ...(tip ? { screenTip: unescape(tip) } : {}) };
    }
  }
}
