import { cellText, type SheetGrid } from '../grid';

/** A SIIP register: a sheet whose first column holds SIIP refs. Maps each ref to its grid row. */
export interface Register {
  sheet: string;
  /** ref → 0-based grid row on the register sheet. */
  rows: Map<string, number>;
  /** 0-based column of the refs. */
  col: number;
}

const REF = /^\s*(?:SIIP\s*)?(\d+(?:\.\d+)*[a-z]?)\s*$/i;

/**
 * Finds a SIIP register among sheets: the first column of non-empty cells mostly holds dotted refs ("1.9",
 * "4.1.2"); a sheet named like "SIIP" is preferred.
 */
export function findRegister(sheets: SheetGrid[]): Register | null {
  const ordered = [...sheets].sort((a, b) => Number(/siip/i.test(b.name)) - Number(/siip/i.test(a.name)));
  for (const s of ordered) {
    const rows = new Map<string, number>();
    let nonEmpty = 0;
    let col = -1;
    for (let r = 0; r < Math.min(s.grid.values.length, 5000); r++) {
      const row = s.grid.values[r];
      if (!row) continue;
      if (col < 0) {
        const c = row.findIndex((v) => v !== null && String(v).trim() !== '');
        if (c < 0) continue;
        col = c;
      }
      const text = cellText(s.grid, r, col).trim();
      if (!text) continue;
      nonEmpty++;
      const m = REF.exec(text);
      if (m && !rows.has(m[1])) rows.set(m[1], r);
    }
    if (rows.size >= 2 && rows.size >= (nonEmpty - 1) * 0.6) return { sheet: s.name, rows, col };
  }
  return null;
}
