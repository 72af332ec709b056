/**
 * The parts of sheets plan-rag adds: the board summary, the SIIP index, the journal and the history, written as
 * plain SpreadsheetML (text as inline strings, never parsed), with their links, widths, page settings and an
 * optional stacked bar chart.
 */
import { a1, columnLetters, quoteSheetName, type CellValue } from '../../core/grid';
import type { CellFormat, ChartSpec, NewCell, PageSettings } from '../../core/host/types';
import { joinSections } from './page';
import { encodeXstring, escapeAttr, escapeText } from './xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface SheetSpec {
  rows: ReadonlyArray<ReadonlyArray<NewCell>>;
  columnWidths?: readonly number[];
  page?: PageSettings;
  /** The xf for a format (cells with none get 0). */
  xf: (f: CellFormat) => number;
  /** The relationship id of the chart drawing, if any. */
  drawing?: string;
  /** Internal links by cell (from the cells' formats). */
}

/** A cell as SpreadsheetML: text inline (so "1.10" and "2015-01-21" stay text), numbers as numbers. */
export function cellXml(ref: string, value: CellValue, xf: number): string {
  const s = xf ? ` s="${xf}"` : '';
  if (value === null || value === undefined || value === '') return xf ? `<c r="${ref}"${s}/>` : '';
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  const text = encodeXstring(value);
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeText(text)}</t></is></c>`;
}

/** A whole worksheet for an added sheet. */
export function sheetXml(spec: SheetSpec): string {
  const rows: string[] = [];
  const links: string[] = [];
  let width = 0;
  spec.rows.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((c, col) => {
      let f = c.format;
      if (f?.link) links.push(`<hyperlink ref="${a1(r, col)}" location="${escapeAttr(f.link)}"/>`);
      if (f && ('link' in f || 'note' in f)) {
        // the cell's format without its link and note (a format shared by cells is never changed)
        f = { ...f };
        delete f.link;
        delete f.note;
      }
      const xml = cellXml(a1(r, col), c.value, f && Object.keys(f).length > 0 ? spec.xf(f) : 0);
      if (xml) {
        cells.push(xml);
        width = Math.max(width, col + 1);
      }
    });
    if (cells.length > 0) rows.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  });
  const dim = rows.length > 0 ? `A1:${columnLetters(Math.max(0, width - 1))}${spec.rows.length}` : 'A1';
  const cols = (spec.columnWidths ?? []).map((w, i) => (w ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : '')).join('');
  const page = spec.page ?? {};
  const fit = page.fitToWidth ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : '';
  const setup = [
    page.paper === 'A4' ? 'paperSize="9"' : page.paper === 'A3' ? 'paperSize="8"' : '',
    page.scale ? `scale="${page.scale}"` : '',
    page.fitToWidth ? `fitToWidth="${page.fitToWidth}" fitToHeight="0"` : '',
    page.orientation ? `orientation="${page.orientation}"` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const hf =
    page.header || page.footer
      ? `<headerFooter>${page.header ? `<oddHeader>${escapeText(joinSections(page.header))}</oddHeader>` : ''}${page.footer ? `<oddFooter>${escapeText(joinSections(page.footer))}</oddFooter>` : ''}</headerFooter>`
      : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${R}">` +
    `${fit}<dimension ref="${dim}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : '') +
    (rows.length > 0 ? `<sheetData>${rows.join('')}</sheetData>` : '<sheetData/>') +
    (links.length > 0 ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (setup ? `<pageSetup ${setup}/>` : '') +
    hf +
    (spec.drawing ? `<drawing r:id="${spec.drawing}"/>` : '') +
    '</worksheet>'
  );
}

/** A record sheet (journal, history): values as given, text as text; `extra` puts more columns in from `extraCol`. */
export function recordSheetXml(rows: ReadonlyArray<ReadonlyArray<CellValue>>, extra?: { col: number; values: string[] }): string {
  const out: string[] = [];
  const n = Math.max(rows.length, extra?.values.length ?? 0);
  for (let r = 0; r < n; r++) {
    const cells = (rows[r] ?? []).map((v, c) => cellXml(a1(r, c), v, 0)).filter(Boolean);
    if (extra && extra.values[r] !== undefined) cells.push(cellXml(a1(r, extra.col), extra.values[r], 0));
    if (cells.length > 0) out.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  }
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${R}">` +
    '<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
    (out.length > 0 ? `<sheetData>${out.join('')}</sheetData>` : '<sheetData/>') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

const EMU = 12700;

/** The drawing part holding one chart, anchored at a cell. */
export function drawingXml(chart: ChartSpec, chartRid: string): string {
  const a = chart.anchor;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    `<xdr:oneCellAnchor><xdr:from><xdr:col>${a.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${Math.round(a.width * EMU)}" cy="${Math.round(a.height * EMU)}"/>` +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="${chartRid}"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>'
  );
}

/** A stacked bar chart of the data block: first row series names, first column categories. */
export function chartXml(chart: ChartSpec, sheet: string): string {
  const q = quoteSheetName(sheet);
  const d = chart.data;
  const ref = (r1: number, c1: number, r2: number, c2: number) => `${q}!$${columnLetters(c1 - 1)}$${r1}:$${columnLetters(c2 - 1)}$${r2}`;
  const series: string[] = [];
  for (let c = d.left + 1; c <= d.right; c++) {
    const i = c - d.left - 1;
    const colour = chart.colors[i] ?? '808080';
    series.push(
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef><c:f>${escapeText(ref(d.top, c, d.top, c))}</c:f></c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${colour.replace(/^#/, '').slice(-6).toUpperCase()}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="808080"/></a:solidFill></a:ln></c:spPr><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeText(ref(d.top + 1, d.left, d.bottom, d.left))}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeText(ref(d.top + 1, c, d.bottom, c))}</c:f></c:numRef></c:val></c:ser>`,
    );
  }
  const horizontal = chart.horizontal !== false;
  const stacked = chart.stacked !== false;
  const legend = chart.legend ?? 'bottom';
  const labels = chart.dataLabels
    ? '<c:dLbls><c:numFmt formatCode="0;;;" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
    : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>` +
    series.join('') +
    labels +
    `<c:gapWidth val="50"/>${stacked ? '<c:overlap val="100"/>' : ''}<c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/>` +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/>` +
    '<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea>' +
    (legend === 'none' ? '' : `<c:legend><c:legendPos val="${legend === 'right' ? 'r' : legend === 'top' ? 't' : 'b'}"/><c:overlay val="0"/></c:legend>`) +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}
