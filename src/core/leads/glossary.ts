/**
 * A workbook's glossary: a sheet of two columns, abbreviation | meaning ("EH&P | Early Help and Prevention").
 * Where a workbook has one, the leads reader uses it to match abbreviations the plan never writes out, and to
 * name a lead in full.
 */
import { cellText, gridWidth, type Grid, type SheetGrid } from '../grid';
import { GLOSSARY_HEADERS, GLOSSARY_SHEET_WORDS } from '../vocab/leads';

export interface GlossaryEntry {
  /** The abbreviation as written ("EH&P"). */
  short: string;
  /** Its meaning ("Early Help and Prevention"). */
  long: string;
}

/**
 * The entries of a glossary grid: the first two columns that hold text, row by row; a header row ("Abbreviation
 * | Meaning") and rows missing either side are skipped.
 * @example readGlossary({ values: [['Abbreviation', 'Meaning'], ['L&I', 'Learning and Improvement']] }) // [{ short: 'L&I', long: 'Learning and Improvement' }]
 */
export function readGlossary(grid: Grid): GlossaryEntry[] {
  const width = gridWidth(grid);
  const used: number[] = [];
  for (let c = 0; c < width && used.length < 2; c++) {
    for (let r = 0; r < grid.values.length; r++) {
      if (cellText(grid, r, c).trim() !== '') {
        used.push(c);
        break;
      }
    }
  }
  if (used.length < 2) return [];
  const out: GlossaryEntry[] = [];
  for (let r = 0; r < grid.values.length; r++) {
    const short = cellText(grid, r, used[0]).replace(/\s+/g, ' ').trim();
    const long = cellText(grid, r, used[1]).replace(/\s+/g, ' ').trim();
    if (!short || !long) continue;
    if (GLOSSARY_HEADERS.includes(short.toLowerCase()) && GLOSSARY_HEADERS.includes(long.toLowerCase())) continue;
    if (short.length > 40) continue; // a sentence, not an abbreviation
    out.push({ short, long });
  }
  return out;
}

/**
 * The glossary among a workbook's sheets: the first whose name says so ("Glossary", "Abbreviations", "Acronyms
 * used"), read; or null.
 * @example findGlossary([{ name: 'Plan', grid }, { name: 'Glossary', grid: g }]) // the entries of g
 */
/**
 * True when a sheet's name says it is a glossary of abbreviations.
 * @example isGlossaryName('Glossary') // true
 */
export function isGlossaryName(name: string): boolean {
  return GLOSSARY_SHEET_WORDS.some((w) => name.toLowerCase().includes(w));
}

export function findGlossary(sheets: readonly SheetGrid[]): GlossaryEntry[] | null {
  const sheet = sheets.find((s) => GLOSSARY_SHEET_WORDS.some((w) => s.name.toLowerCase().includes(w)));
  if (!sheet) return null;
  const entries = readGlossary(sheet.grid);
  return entries.length > 0 ? entries : null;
}
