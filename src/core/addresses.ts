import { columnIndex, columnLetters } from './grid';

/** Excel's limit on the address string of one `getRanges` call. */
export const MAX_ADDRESS_CHARS = 8192;

/**
 * Joins cell addresses into as few range addresses as it can (runs down a column become "G5:G9"), then splits
 * them into address strings under Excel's limit, for `worksheet.getRanges`.
 *
 * @example rangeAddresses(['G5', 'G6', 'G7', 'G9']) // ['G5:G7,G9']
 */
export function rangeAddresses(cells: readonly string[], maxChars = MAX_ADDRESS_CHARS): string[] {
  const parts: string[] = [];
  for (const [col, rows] of [...cellsByColumn(cells).entries()].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Set(rows)];
    const letters = columnLetters(col);
    for (let i = 0; i < sorted.length;) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
      parts.push(i === j ? `${letters}${sorted[i]}` : `${letters}${sorted[i]}:${letters}${sorted[j]}`);
      i = j + 1;
    }
  }
  const out: string[] = [];
  let current = '';
  for (const p of parts) {
    if (current && current.length + 1 + p.length > maxChars) {
      out.push(current);
      current = p;
    } else current = current ? `${current},${p}` : p;
  }
  if (current) out.push(current);
  return out;
}

/** Splits cell addresses by column: column index → sorted 1-based rows. */
export function cellsByColumn(cells: readonly string[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const cell of cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    if (!m) continue;
    const col = columnIndex(m[1]);
    const list = out.get(col);
    if (list) list.push(Number(m[2]));
    else out.set(col, [Number(m[2])]);
  }
  for (const list of out.values()) list.sort((a, b) => a - b);
  return out;
}
