/**
 * Finds the rows a journal recorded in the sheet as it is now, by content: people insert, delete and sort rows
 * between one Apply and the next, so an address alone would restore the wrong cells.
 */
import { cellText, type Grid } from '../grid';
import { hashTexts } from '../hash';
import type { Journal } from '../host/journal';

/**
 * The identifying text of a sheet row (1-based): the text in the key columns, hashed.
 * @example rowKey(grid, 5, [0, 2]) // hash of the ref and action texts of row 5
 */
export function rowKey(grid: Grid, sheetRow: number, keyCols: readonly number[]): string {
  const origin = grid.origin ?? { row: 0, col: 0 };
  return hashTexts(keyCols.map((c) => cellText(grid, sheetRow - 1 - origin.row, c - origin.col).replace(/\s+/g, ' ').trim()));
}

/**
 * Where each journal row is now: journal row index → 1-based sheet row, or null when it cannot be found.
 *
 * A row is matched by its key (the nearest unclaimed row with the same key when several share it). A row whose
 * key is nowhere stays at its address if the row there is not itself a recorded row found elsewhere (someone
 * edited the identifying text in place); otherwise it is lost, and its cells are left alone.
 */
export function locateRows(journal: Journal, grid: Grid): Array<number | null> {
  const origin = grid.origin ?? { row: 0, col: 0 };
  const first = origin.row + 1;
  const last = origin.row + grid.values.length;
  const byKey = new Map<string, number[]>();
  const keyAt = new Map<number, string>();
  for (let row = first; row <= last; row++) {
    const key = rowKey(grid, row, journal.keyCols);
    keyAt.set(row, key);
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  const claimed = new Set<number>();
  const out: Array<number | null> = journal.rows.map(() => null);
  // exact matches first, nearest first
  journal.rows.forEach((jr, i) => {
    const candidates = byKey.get(jr.key);
    if (!candidates) return;
    let best: number | null = null;
    for (const c of candidates) if (!claimed.has(c) && (best === null || Math.abs(c - jr.at) < Math.abs(best - jr.at))) best = c;
    if (best !== null) {
      out[i] = best;
      claimed.add(best);
    }
  });
  const recordedKeys = new Set(journal.rows.map((r) => r.key));
  journal.rows.forEach((jr, i) => {
    if (out[i] !== null) return;
    const here = keyAt.get(jr.at);
    // the row at the old address is unrecorded (its key matches no journal row): the same row, edited in place
    if (jr.at >= first && jr.at <= last && !claimed.has(jr.at) && here !== undefined && !recordedKeys.has(here)) {
      out[i] = jr.at;
      claimed.add(jr.at);
    } else if (jr.at > last && !claimed.has(jr.at)) {
      // beyond the values read (an empty row, such as the key's last lines): keep the address, shifted as the rows above
      out[i] = jr.at + shiftAbove(journal, out, jr.at);
    }
  });
  return out;
}

/** How far the nearest located row above `at` moved. */
function shiftAbove(journal: Journal, located: Array<number | null>, at: number): number {
  let best: { at: number; now: number } | null = null;
  journal.rows.forEach((r, i) => {
    const now = located[i];
    if (now !== null && r.at < at && (!best || r.at > best.at)) best = { at: r.at, now };
  });
  return best ? (best as { at: number; now: number }).now - (best as { at: number; now: number }).at : 0;
}
