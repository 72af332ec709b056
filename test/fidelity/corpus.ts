/**
 * The package-fidelity corpus, built by the tests themselves: the sample plan (an Excel-shaped package) with one
 * feature each added as raw OOXML, in the parts and places Excel puts them: tables, links, validations, names,
 * notes, threaded comments, sensitivity labels, protection, dynamic arrays, data bars, sparklines, task-pane
 * parts, printer settings, page breaks, ignored errors, full calculation on load, charts, pivot tables, slicers,
 * images, macros, and strings with `_xHHHH_` escapes and CR LF.
 */
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import { V12 } from '../helpers/fixtures';
import { apply, clear } from '../../src/core/session/session';
import { openXlsx } from '../../src/hosts/xlsx/xlsxHost';
import { SHEET_ORDER as WORKSHEET_CHILD_ORDER } from '../../src/hosts/xlsx/sheet';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PLAN = 'xl/worksheets/sheet1.xml';
const LISTS = 'xl/worksheets/sheet2.xml';

// the worksheet's child order from the schema (CT_Worksheet), as the host places its own elements
const SHEET_ORDER = WORKSHEET_CHILD_ORDER;

/** A package being built: parts as text (or bytes), with helpers that keep relationships and content types right. */
export class Bench {
  constructor(readonly zip: JSZip) {}

  async text(name: string): Promise<string> {
    return this.zip.file(name)!.async('string');
  }
  async edit(name: string, f: (s: string) => string): Promise<void> {
    this.zip.file(name, f(await this.text(name)));
  }
  async part(name: string, content: string | Buffer, contentType?: string): Promise<void> {
    this.zip.file(name, content);
    if (contentType)
      await this.edit('[Content_Types].xml', (s) => s.replace('</Types>', `<Override PartName="/${name}" ContentType="${contentType}"/></Types>`));
  }
  async defaultType(ext: string, type: string): Promise<void> {
    await this.edit('[Content_Types].xml', (s) =>
      s.includes(`Extension="${ext}"`) ? s : s.replace('</Types>', `<Default Extension="${ext}" ContentType="${type}"/></Types>`),
    );
  }
  /** Adds a relationship from a part ('' for the package); returns its id. */
  async rel(source: string, type: string, target: string, external = false): Promise<string> {
    const relsName = source === '' ? '_rels/.rels' : `${source.slice(0, source.lastIndexOf('/') + 1)}_rels/${source.slice(source.lastIndexOf('/') + 1)}.rels`;
    const existing = this.zip.file(relsName)
      ? await this.text(relsName)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    let n = 1;
    while (existing.includes(`Id="rId${n}"`) || existing.includes(`Id="rIdF${n}"`)) n++;
    const id = `rIdF${n}`;
    this.zip.file(
      relsName,
      existing.replace(
        '</Relationships>',
        `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/></Relationships>`,
      ),
    );
    return id;
  }
  /** Puts an element into a worksheet at its place in the schema's order. */
  async sheetChild(sheet: string, local: string, xml: string): Promise<void> {
    await this.edit(sheet, (s) => {
      const rank = SHEET_ORDER.indexOf(local);
      for (const later of SHEET_ORDER.slice(rank + 1)) {
        const m = new RegExp(`<${later}[\\s/>]`).exec(s);
        if (m) return s.slice(0, m.index) + xml + s.slice(m.index);
      }
      return s.replace('</worksheet>', `${xml}</worksheet>`);
    });
  }
  /** Adds a namespace declaration to a part's root element. */
  async ns(name: string, prefix: string, uri: string): Promise<void> {
    await this.edit(name, (s) => (s.includes(`xmlns:${prefix}=`) ? s : s.replace(/(<\?xml[^>]*\?>\s*<[^\s>]+)/, `$1 xmlns:${prefix}="${uri}"`)));
  }
  async bytes(): Promise<Buffer> {
    return this.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}

/** The sample plan plus a "Lists" sheet (values used by validations, charts, arrays) and a sheet-scoped name. */
export async function base(): Promise<Bench> {
  const b = new Bench(await JSZip.loadAsync(await fs.readFile(V12)));
  const lists =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:C4"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Complete</t></is></c><c r="B1" t="inlineStr"><is><t>State</t></is></c><c r="C1" t="inlineStr"><is><t>Count</t></is></c></row>' +
    '<row r="2"><c r="A2" t="inlineStr"><is><t>Ongoing</t></is></c><c r="B2" t="inlineStr"><is><t>Red</t></is></c><c r="C2"><v>1</v></c></row>' +
    '<row r="3"><c r="A3" t="inlineStr"><is><t>Slipped</t></is></c><c r="B3" t="inlineStr"><is><t>Amber</t></is></c><c r="C3"><v>20</v></c></row>' +
    '<row r="4"><c r="B4" t="inlineStr"><is><t>Green</t></is></c><c r="C4"><v>16</v></c></row></sheetData>' +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
  await b.part(LISTS, lists, 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml');
  const rid = await b.rel('xl/workbook.xml', `${R}/worksheet`, 'worksheets/sheet2.xml');
  await b.edit('xl/workbook.xml', (s) =>
    s
      .replace('</sheets>', `<sheet name="Lists" sheetId="2" r:id="${rid}"/></sheets>`)
      .replace(
        '<calcPr',
        `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'Business Plan 2014-15'!$A$1:$G$86</definedName><definedName name="ListScope" localSheetId="1">Lists!$A$1:$A$3</definedName></definedNames><calcPr`,
      ),
  );
  return b;
}

export interface Feature {
  name: string;
  /** Adds the feature to the base. */
  add(b: Bench): Promise<void>;
  /** The file extension (xlsm for macros). */
  ext?: 'xlsx' | 'xlsm';
  /** A value the host must read from the plan sheet, "A1" → value (the literal/CR LF case). */
  values?: Record<string, string>;
}

const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export const FEATURES: Feature[] = [
  {
    name: 'table with header row, filter and totals',
    async add(b) {
      await b.part(
        'xl/tables/table1.xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="1" name="Section1" displayName="Section1" ref="A4:G19" totalsRowCount="1"><autoFilter ref="A4:G18"/><tableColumns count="7">` +
          ['No', 'Objective', 'Action', 'Timescale', 'Reporting', 'Outcome', 'Status, evidence &amp; sign off/follow up']
            .map((n, i) => `<tableColumn id="${i + 1}" name="${n}"${i === 0 ? ' totalsRowLabel="Total"' : i === 6 ? ' totalsRowFunction="count"' : ''}/>`)
            .join('') +
          '</tableColumns><tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
      );
      const id = await b.rel(PLAN, `${R}/table`, '../tables/table1.xml');
      await b.sheetChild(PLAN, 'tableParts', `<tableParts count="1"><tablePart r:id="${id}"/></tableParts>`);
    },
  },
  {
    name: 'internal and external hyperlinks with #fragments and tooltips',
    async add(b) {
      const id = await b.rel(PLAN, `${R}/hyperlink`, 'https://example.org/plans/2014.html', true);
      await b.sheetChild(
        PLAN,
        'hyperlinks',
        `<hyperlinks><hyperlink ref="B5" r:id="${id}" location="section-2" tooltip="The 2014 plan, section 2" display="The CSCB"/><hyperlink ref="A6" location="'Lists'!A1" tooltip="Go to the lists" display="1.2"/></hyperlinks>`,
      );
      const id2 = await b.rel(LISTS, `${R}/hyperlink`, 'mailto:board@example.org?subject=Plan', true);
      await b.sheetChild(
        LISTS,
        'hyperlinks',
        `<hyperlinks><hyperlink ref="B1" location="'Business Plan 2014-15'!G10"/><hyperlink ref="A1" r:id="${id2}"/></hyperlinks>`,
      );
    },
  },
  {
    name: 'data validation, with an x14 cross-sheet list',
    async add(b) {
      await b.sheetChild(
        PLAN,
        'dataValidations',
        '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" promptTitle="Status" prompt="Pick one" sqref="G5:G18 G20:G33"><formula1>"Complete,Ongoing,Slipped"</formula1></dataValidation></dataValidations>',
      );
      await b.ns(PLAN, 'x14', X14);
      await b.ns(PLAN, 'xm', XM);
      await b.sheetChild(
        PLAN,
        'extLst',
        `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>D5:D18</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`,
      );
    },
  },
  {
    name: 'defined names: constants, sheet-scoped, workbook-wide',
    async add(b) {
      await b.edit('xl/workbook.xml', (s) =>
        s.replace(
          '</definedNames>',
          `<definedName name="AsOfDate" comment="the board date">42025</definedName><definedName name="Greeting">"Hello"</definedName><definedName name="PlanRows" localSheetId="0">'Business Plan 2014-15'!$A$5:$G$18</definedName><definedName name="States">Lists!$B$2:$B$4</definedName></definedNames>`,
        ),
      );
    },
  },
  {
    name: 'notes with authors, sizes and a shown note',
    async add(b) {
      await b.part(
        'xl/comments1.xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors><author>Jane Smith</author><author>Sam Jones</author></authors><commentList>` +
          '<comment ref="C5" authorId="0"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t>Jane Smith:</t></r><r><rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">\nChecked with the chair.</t></r></text></comment>' +
          '<comment ref="G6" authorId="1"><text><r><rPr><b/><sz val="9"/></rPr><t>Sam Jones:</t></r><r><rPr><sz val="9"/></rPr><t xml:space="preserve">\nEvidence in the minutes.</t></r></text></comment>' +
          '</commentList></comments>',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
      );
      const shape = (id: number, row: number, col: number, visible: boolean, w: number, h: number) =>
        `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style='position:absolute;margin-left:300pt;margin-top:40pt;width:${w}pt;height:${h}pt;z-index:${id - 1024};visibility:${visible ? 'visible' : 'hidden'}' fillcolor="#ccffcc" o:insetmode="auto">` +
        '<v:fill color2="#ccffcc"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style=\'mso-direction-alt:auto\'><div style=\'text-align:left\'></div></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 4}, 31, ${row + 6}, 1</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column>${visible ? '<x:Visible/>' : ''}</x:ClientData></v:shape>`;
      await b.part(
        'xl/drawings/vmlDrawing1.vml',
        '<xml xmlns:v="urn:schemas-microsoft-com:vml"\n xmlns:o="urn:schemas-microsoft-com:office:office"\n xmlns:x="urn:schemas-microsoft-com:office:excel">\n <o:shapelayout v:ext="edit">\n  <o:idmap v:ext="edit" data="1"/>\n </o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"\n  path="m,l,21600r21600,l21600,xe">\n  <v:stroke joinstyle="miter"/>\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\n </v:shapetype>' +
          shape(1025, 4, 2, true, 180, 90) +
          shape(1026, 5, 6, false, 220, 120) +
          '</xml>',
      );
      await b.defaultType('vml', 'application/vnd.openxmlformats-officedocument.vmlDrawing');
      await b.rel(PLAN, `${R}/comments`, '../comments1.xml');
      const vml = await b.rel(PLAN, `${R}/vmlDrawing`, '../drawings/vmlDrawing1.vml');
      await b.sheetChild(PLAN, 'legacyDrawing', `<legacyDrawing r:id="${vml}"/>`);
    },
  },
  {
    name: 'threaded comments',
    async add(b) {
      await b.part(
        'xl/persons/person.xml',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="' +
          MAIN +
          '"><person displayName="Jane Smith" id="{5B7D4A1E-8E0C-4E6A-9C1B-1A2B3C4D5E6F}" userId="jane@example.org" providerId="AD"/></personList>',
        'application/vnd.ms-excel.person+xml',
      );
      await b.rel('xl/workbook.xml', 'http://schemas.microsoft.com/office/2017/10/relationships/person', 'persons/person.xml');
      await b.part(
        'xl/threadedComments/threadedComment1.xml',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="' +
          MAIN +
          '"><threadedComment ref="B6" dT="2015-01-20T10:00:00.00" personId="{5B7D4A1E-8E0C-4E6A-9C1B-1A2B3C4D5E6F}" id="{0A1B2C3D-0000-4000-8000-000000000001}"><text>Is this still the right lead?</text></threadedComment></ThreadedComments>',
        'application/vnd.ms-excel.threadedcomments+xml',
      );
      await b.rel(PLAN, 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment', '../threadedComments/threadedComment1.xml');
      await b.part(
        'xl/comments1.xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}" xmlns:mc="${MC}" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"><authors><author>tc={0A1B2C3D-0000-4000-8000-000000000001}</author></authors><commentList><comment ref="B6" authorId="0" shapeId="0" xr:uid="{0A1B2C3D-0000-4000-8000-000000000001}"><text><t>[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    Is this still the right lead?</t></text></comment></commentList></comments>`,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
      );
      await b.part(
        'xl/drawings/vmlDrawing1.vml',
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:100pt;margin-top:60pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:path o:connecttype="none"/><v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>2, 15, 4, 10, 4, 15, 8, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>5</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>',
      );
      await b.defaultType('vml', 'application/vnd.openxmlformats-officedocument.vmlDrawing');
      await b.rel(PLAN, `${R}/comments`, '../comments1.xml');
      const vml = await b.rel(PLAN, `${R}/vmlDrawing`, '../drawings/vmlDrawing1.vml');
      await b.sheetChild(PLAN, 'legacyDrawing', `<legacyDrawing r:id="${vml}"/>`);
    },
  },
  {
    name: 'sensitivity label (docProps/custom.xml, MSIP)',
    async add(b) {
      const guid = '{3a7c1e3b-5d2f-4c8e-9a1b-2c3d4e5f6a7b}';
      const prop = (pid: number, name: string, v: string) =>
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${name}"><vt:lpwstr>${v}</vt:lpwstr></property>`;
      await b.part(
        'docProps/custom.xml',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
          prop(2, `MSIP_Label_${guid}_Enabled`, 'true') +
          prop(3, `MSIP_Label_${guid}_SetDate`, '2015-01-21T09:00:00Z') +
          prop(4, `MSIP_Label_${guid}_Method`, 'Privileged') +
          prop(5, `MSIP_Label_${guid}_Name`, 'OFFICIAL-SENSITIVE') +
          prop(6, `MSIP_Label_${guid}_SiteId`, '{11111111-2222-3333-4444-555555555555}') +
          prop(7, `MSIP_Label_${guid}_ContentBits`, '1') +
          '</Properties>',
        'application/vnd.openxmlformats-officedocument.custom-properties+xml',
      );
      await b.rel('', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties', 'docProps/custom.xml');
    },
  },
  {
    name: 'sheet and workbook protection',
    async add(b) {
      await b.sheetChild(
        LISTS,
        'sheetProtection',
        '<sheetProtection algorithmName="SHA-512" hashValue="x0Dr7pG0uTUXtOmTu8zTjxyC8vDXZSr1z3y9F3iMhLwq3jJ1yX2RZs0z6bqT3Q0RZ3v6Ng0m1Jpl1V5N8Eyx0A==" saltValue="1a2B3c4D5e6F7g8H9i0J1A==" spinCount="100000" sheet="1" objects="1" scenarios="1"/>',
      );
      await b.edit('xl/workbook.xml', (s) =>
        s.replace(
          '<sheets>',
          '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="q2VxZ3s4dDVh3Nj9Zm9Q0bW1uYmVyT25l2Q==" workbookSaltValue="c2FsdHNhbHRzYWx0c2FsdA==" workbookSpinCount="100000" lockStructure="1"/><sheets>',
        ),
      );
    },
  },
  {
    name: 'dynamic array formulas',
    async add(b) {
      await b.part(
        'xl/metadata.xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<metadata xmlns="${MAIN}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml',
      );
      await b.rel('xl/workbook.xml', `${R}/sheetMetadata`, 'metadata.xml');
      await b.edit(LISTS, (s) =>
        s.replace(
          '<c r="A2" t="inlineStr"><is><t>Ongoing</t></is></c>',
          '<c r="A2" t="inlineStr"><is><t>Ongoing</t></is></c><c r="D2" cm="1"><f t="array" ref="D2:D4">_xlfn._xlws.SORT(C2:C4)</f><v>1</v></c>',
        ),
      );
    },
  },
  {
    name: 'x14 data bars (conditional formatting)',
    async add(b) {
      await b.ns(PLAN, 'x14', X14);
      await b.ns(PLAN, 'xm', XM);
      await b.sheetChild(
        PLAN,
        'conditionalFormatting',
        '<conditionalFormatting sqref="A5:A18"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="' +
          X14 +
          '"><x14:id>{7E5E3D2A-1B2C-4D5E-8F90-1A2B3C4D5E6F}</x14:id></ext></extLst></cfRule></conditionalFormatting>',
      );
      await b.sheetChild(
        PLAN,
        'extLst',
        `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="{7E5E3D2A-1B2C-4D5E-8F90-1A2B3C4D5E6F}"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule><xm:sqref>A5:A18</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`,
      );
    },
  },
  {
    name: 'sparklines',
    async add(b) {
      await b.ns(PLAN, 'x14', X14);
      await b.ns(PLAN, 'xm', XM);
      await b.sheetChild(
        PLAN,
        'extLst',
        `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}"><x14:sparklineGroup displayEmptyCellsAs="gap" markers="1"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/><x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/><x14:sparklines><x14:sparkline><xm:f>Lists!C2:C4</xm:f><xm:sqref>H2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`,
      );
    },
  },
  {
    name: 'add-in task-pane parts (webextensions)',
    async add(b) {
      await b.part(
        'xl/webextensions/taskpanes.xml',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="1" width="350" row="4"><wetp:webextensionref xmlns:r="' +
          R +
          '" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>',
        'application/vnd.ms-office.webextensiontaskpanes+xml',
      );
      await b.part(
        'xl/webextensions/webextension1.xml',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{A1B2C3D4-0000-4000-8000-0000000000AA}"><we:reference id="wa200000000" version="1.0.0.0" store="en-GB" storeType="OMEX"/><we:alternateReferences/><we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/></we:properties><we:bindings/><we:snapshot xmlns:r="' +
          R +
          '"/></we:webextension>',
        'application/vnd.ms-office.webextension+xml',
      );
      await b.zip.file(
        'xl/webextensions/_rels/taskpanes.xml.rels',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>',
      );
      await b.rel('', 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes', 'xl/webextensions/taskpanes.xml');
    },
  },
  {
    name: 'printer settings',
    async add(b) {
      const bin = Buffer.alloc(1220);
      Buffer.from('Canon iR-ADV C5535  PCL6', 'utf16le').copy(bin);
      for (let i = 64; i < bin.length; i++) bin[i] = (i * 7) & 0xff;
      await b.part('xl/printerSettings/printerSettings1.bin', bin);
      await b.defaultType('bin', 'application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings');
      const id = await b.rel(PLAN, `${R}/printerSettings`, '../printerSettings/printerSettings1.bin');
      await b.edit(PLAN, (s) => s.replace(/<pageSetup ([^>]*)\/>/, `<pageSetup paperSize="9" $1 r:id="${id}"/>`));
    },
  },
  {
    name: 'manual page breaks',
    async add(b) {
      await b.sheetChild(
        PLAN,
        'rowBreaks',
        '<rowBreaks count="2" manualBreakCount="2"><brk id="18" max="16383" man="1"/><brk id="49" max="16383" man="1"/></rowBreaks>',
      );
    },
  },
  {
    name: 'ignoredErrors',
    async add(b) {
      await b.sheetChild(PLAN, 'ignoredErrors', '<ignoredErrors><ignoredError sqref="A5:A86" numberStoredAsText="1"/></ignoredErrors>');
    },
  },
  {
    name: 'fullCalcOnLoad',
    async add(b) {
      await b.edit('xl/workbook.xml', (s) => s.replace(/<calcPr ([^>]*)\/>/, '<calcPr $1 fullCalcOnLoad="1"/>'));
    },
  },
  {
    name: 'chart on the plan sheet',
    async add(b) {
      await addChart(b, PLAN);
    },
  },
  {
    name: 'pivot table (and its cache)',
    async add(b) {
      await addPivot(b);
    },
  },
  {
    name: 'slicer',
    async add(b) {
      await addPivot(b);
      await b.part(
        'xl/slicerCaches/slicerCache1.xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<slicerCacheDefinition xmlns="${X14}" xmlns:mc="${MC}" mc:Ignorable="x" xmlns:x="${MAIN}" name="Slicer_State" sourceName="State"><pivotTables><pivotTable tabId="3" name="PivotTable1"/></pivotTables><data><tabular pivotCacheId="1"><items count="3"><i x="0" s="1"/><i x="1" s="1"/><i x="2" s="1"/></items></tabular></data></slicerCacheDefinition>`,
        'application/vnd.ms-excel.slicerCache+xml',
      );
      const sc = await b.rel('xl/workbook.xml', 'http://schemas.microsoft.com/office/2007/relationships/slicerCache', 'slicerCaches/slicerCache1.xml');
      await b.part(
        'xl/slicers/slicer1.xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<slicers xmlns="${X14}" xmlns:mc="${MC}" mc:Ignorable="x xr10" xmlns:x="${MAIN}" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10"><slicer name="State" cache="Slicer_State" caption="State" rowHeight="241300"/></slicers>`,
        'application/vnd.ms-excel.slicer+xml',
      );
      const pivotSheet = 'xl/worksheets/sheet3.xml';
      const sl = await b.rel(pivotSheet, 'http://schemas.microsoft.com/office/2007/relationships/slicer', '../slicers/slicer1.xml');
      await b.sheetChild(
        pivotSheet,
        'extLst',
        `<extLst><ext uri="{A8765BA9-456A-4dab-B4F3-ACF838C121DE}" xmlns:x14="${X14}"><x14:slicerList><x14:slicer r:id="${sl}"/></x14:slicerList></ext></extLst>`,
      );
      await b.edit('xl/workbook.xml', (s) =>
        s.replace(
          '</workbook>',
          `<extLst><ext uri="{BBE1A952-AA13-448e-AADC-164F8A28A991}" xmlns:x14="${X14}"><x14:slicerCaches><x14:slicerCache r:id="${sc}"/></x14:slicerCaches></ext></extLst></workbook>`,
        ),
      );
    },
  },
  {
    name: 'image',
    async add(b) {
      // a 1×1 PNG
      const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
      await b.part('xl/media/image1.png', png);
      await b.defaultType('png', 'image/png');
      await b.part(
        'xl/drawings/drawing1.xml',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:oneCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Logo" descr="Board logo"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="' +
          R +
          '" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>',
        'application/vnd.openxmlformats-officedocument.drawing+xml',
      );
      b.zip.file(
        'xl/drawings/_rels/drawing1.xml.rels',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/image1.png"/></Relationships>',
      );
      const id = await b.rel(PLAN, `${R}/drawing`, '../drawings/drawing1.xml');
      await b.sheetChild(PLAN, 'drawing', `<drawing r:id="${id}"/>`);
    },
  },
  {
    name: 'macros (vbaProject.bin in an .xlsm)',
    ext: 'xlsm',
    async add(b) {
      const vba = Buffer.alloc(4096);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(vba);
      Buffer.from('Attribute VB_Name = "Module1"\nSub Hello()\nEnd Sub', 'latin1').copy(vba, 512);
      await b.part('xl/vbaProject.bin', vba);
      await b.defaultType('bin', 'application/vnd.ms-office.vbaProject');
      await b.rel('xl/workbook.xml', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin');
      await b.edit('[Content_Types].xml', (s) =>
        s.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'),
      );
      await b.edit('xl/workbook.xml', (s) => s.replace('<workbookPr ', '<workbookPr codeName="ThisWorkbook" '));
    },
  },
  {
    name: 'literal _x0041_ and CR LF in cells',
    values: { F5: '_x0041_ stays as typed', F6: 'line one\r\nline two' },
    async add(b) {
      await b.edit(PLAN, (s) =>
        s
          .replace(/<c r="F5"[^>]*?(\/>|>[\s\S]*?<\/c>)/, '<c r="F5" s="4" t="inlineStr"><is><t>_x005F_x0041_ stays as typed</t></is></c>')
          .replace(/<c r="F6"[^>]*?(\/>|>[\s\S]*?<\/c>)/, '<c r="F6" s="4" t="inlineStr"><is><t>line one_x000D_\nline two</t></is></c>'),
      );
    },
  },
];

async function addChart(b: Bench, sheet: string): Promise<void> {
  await b.part(
    'xl/charts/chart1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:pieChart><c:varyColors val="1"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>Lists!$B$2:$B$4</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Lists!$C$2:$C$4</c:f></c:numRef></c:val></c:ser><c:firstSliceAng val="0"/></c:pieChart></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`,
    'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  );
  await b.part(
    'xl/drawings/drawing1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="States"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
    'application/vnd.openxmlformats-officedocument.drawing+xml',
  );
  b.zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart1.xml"/></Relationships>`,
  );
  const id = await b.rel(sheet, `${R}/drawing`, '../drawings/drawing1.xml');
  await b.sheetChild(sheet, 'drawing', `<drawing r:id="${id}"/>`);
}

async function addPivot(b: Bench): Promise<void> {
  await b.part(
    'xl/pivotCache/pivotCacheDefinition1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshOnLoad="1" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="3"><cacheSource type="worksheet"><worksheetSource ref="B1:C4" sheet="Lists"/></cacheSource><cacheFields count="2"><cacheField name="State" numFmtId="0"><sharedItems count="3"><s v="Red"/><s v="Amber"/><s v="Green"/></sharedItems></cacheField><cacheField name="Count" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="1" maxValue="20"/></cacheField></cacheFields></pivotCacheDefinition>`,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml',
  );
  await b.part(
    'xl/pivotCache/pivotCacheRecords1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="${MAIN}" xmlns:r="${R}" count="3"><r><x v="0"/><n v="1"/></r><r><x v="1"/><n v="20"/></r><r><x v="2"/><n v="16"/></r></pivotCacheRecords>`,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml',
  );
  b.zip.file(
    'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`,
  );
  const cacheRid = await b.rel('xl/workbook.xml', `${R}/pivotCacheDefinition`, 'pivotCache/pivotCacheDefinition1.xml');
  await b.part(
    'xl/pivotTables/pivotTable1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="${MAIN}" name="PivotTable1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" updatedVersion="6" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0"><location ref="A3:B7" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="4"><item x="0"/><item x="1"/><item x="2"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="4"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Sum of Count" fld="1" baseField="0" baseItem="0"/></dataFields><pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>`,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml',
  );
  b.zip.file(
    'xl/pivotTables/_rels/pivotTable1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
  );
  const pivotSheet = 'xl/worksheets/sheet3.xml';
  await b.part(
    pivotSheet,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A3:B7"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData><row r="3"><c r="A3" t="inlineStr"><is><t>Row Labels</t></is></c><c r="B3" t="inlineStr"><is><t>Sum of Count</t></is></c></row><row r="4"><c r="A4" t="inlineStr"><is><t>Red</t></is></c><c r="B4"><v>1</v></c></row><row r="5"><c r="A5" t="inlineStr"><is><t>Amber</t></is></c><c r="B5"><v>20</v></c></row><row r="6"><c r="A6" t="inlineStr"><is><t>Green</t></is></c><c r="B6"><v>16</v></c></row><row r="7"><c r="A7" t="inlineStr"><is><t>Grand Total</t></is></c><c r="B7"><v>37</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  );
  await b.rel(pivotSheet, `${R}/pivotTable`, '../pivotTables/pivotTable1.xml');
  const sheetRid = await b.rel('xl/workbook.xml', `${R}/worksheet`, 'worksheets/sheet3.xml');
  await b.edit('xl/workbook.xml', (s) =>
    s
      .replace('</sheets>', `<sheet name="Pivot" sheetId="3" r:id="${sheetRid}"/></sheets>`)
      .replace(/(<calcPr[^>]*\/>)/, `$1<pivotCaches><pivotCache cacheId="1" r:id="${cacheRid}"/></pivotCaches>`),
  );
}

/** Every feature at once (the in-place test: a table, a chart and a sensitivity label, and the rest). */
export async function everything(): Promise<Buffer> {
  const b = await base();
  for (const name of [
    'table with header row, filter and totals',
    'sensitivity label (docProps/custom.xml, MSIP)',
    'chart on the plan sheet',
    'internal and external hyperlinks with #fragments and tooltips',
    'data validation, with an x14 cross-sheet list',
    'notes with authors, sizes and a shown note',
    'manual page breaks',
    'printer settings',
  ]) {
    await FEATURES.find((f) => f.name === name)!.add(b);
  }
  return b.bytes();
}

/** A workbook through the monthly cycle: applied, applied again to the file it wrote, then cleared (`--all`). */
export async function cycle(original: Buffer, asOf: string, board: boolean): Promise<{ applied: Buffer; twice: Buffer; cleared: Buffer }> {
  const h1 = await openXlsx(original);
  await apply(h1, { asOf, board });
  const applied = h1.toBytes();
  const h2 = await openXlsx(applied);
  await apply(h2, { asOf, board });
  const twice = h2.toBytes();
  const h3 = await openXlsx(twice);
  await clear(h3, { all: true });
  return { applied, twice, cleared: h3.toBytes() };
}
