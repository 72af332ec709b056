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
  return hashTexts(keyCols.map((c) => spaced(cellText(grid, sheetRow - 1 - origin.row, c - origin.col))));
}

/** White space runs as one space, trimmed (the text itself when it has nothing to change, as most have). */
function spaced(s: string): string {
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? i === 0 || i === s.length - 1 || s.charCodeAt(i + 1) === 32 : c <= 13 ? c >= 9 : c >= 0xa0 && isSpace(c)) {
      plain = false;
      break;
    }
  }
  return plain ? s : s.replace(/\s+/g, ' ').trim();
}

/** Characters past ASCII that `\s` matches. */
function isSpace(c: number): boolean {
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Where each journal row is now: journal row index → 1-based sheet row, or null when it cannot be found.
 *
 * Rows whose key is unique (in the journal and on the sheet) are matched first: they are anchors, and tell how far
 * each part of the sheet moved. Every other row is looked for where its nearest anchor says it went: the
 * unclaimed row with its key nearest that place (rows that read alike, and the blank rows the key sits in, are
 * told apart this way). A row whose key is nowhere stays at its predicted place if the row there is not itself a
 * recorded row (someone edited the identifying text in place); otherwise it is lost, and its cells left alone.
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
  const inJournal = new Map<string, number>();
  for (const r of journal.rows) inJournal.set(r.key, (inJournal.get(r.key) ?? 0) + 1);
  const claimed = new Set<number>();
  const out: Array<number | null> = journal.rows.map(() => null);

  // 1. anchors: keys found once in the journal and once on the sheet
  const anchors: Array<{ at: number; now: number }> = [];
  journal.rows.forEach((jr, i) => {
    const candidates = byKey.get(jr.key);
    if (inJournal.get(jr.key) === 1 && candidates?.length === 1) {
      out[i] = candidates[0];
      claimed.add(candidates[0]);
      anchors.push({ at: jr.at, now: candidates[0] });
    }
  });
  anchors.sort((a, b) => a.at - b.at);
  const predict = (at: number) => {
    let best: { at: number; now: number } | undefined;
    for (const a of anchors)
      if (!best || Math.abs(a.at - at) < Math.abs(best.at - at) || (Math.abs(a.at - at) === Math.abs(best.at - at) && a.at < at)) best = a;
    return best ? at + (best.now - best.at) : at;
  };

  // 2. the rest, nearest to where their anchors say they went
  journal.rows.forEach((jr, i) => {
    if (out[i] !== null) return;
    const target = predict(jr.at);
    let best: number | null = null;
    for (const c of byKey.get(jr.key) ?? []) if (!claimed.has(c) && (best === null || Math.abs(c - target) < Math.abs(best - target))) best = c;
    if (best !== null) {
      out[i] = best;
      claimed.add(best);
    }
  });

  // 3. rows whose key is nowhere: edited in place, or beyond the rows read
  const recordedKeys = new Set(journal.rows.map((r) => r.key));
  journal.rows.forEach((jr, i) => {
    if (out[i] !== null) return;
    const target = predict(jr.at);
    const here = keyAt.get(target);
    if (target >= first && target <= last && !claimed.has(target) && here !== undefined && !recordedKeys.has(here)) {
      out[i] = target;
      claimed.add(target);
    } else if (target > last && !claimed.has(target)) {
      out[i] = target;
      claimed.add(target);
    }
  });
  return out;
}
