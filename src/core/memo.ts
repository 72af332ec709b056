/**
 * Memoisation that lives as long as one assessment, never longer.
 *
 * Plans repeat the same words on many rows ("Bi monthly", "Complete", "Business Group"), so within one reading
 * each distinct text is read once. The core keeps no process-wide cache: a `Memo` is made by the caller of one
 * assessment and passed down, and is dropped with it. What a memo hands out is shared between the rows that read
 * alike, so every memoised answer is typed (and, for the empty answers, frozen) read-only.
 */

/** A pure function of a text whose answers a `Memo` may keep: a name for debugging and the function itself. */
export interface MemoTable<T> {
  readonly name: string;
  compute(text: string): T;
}

/**
 * Defines a memo table: a pure function of a string that a `Memo` can remember per distinct text.
 * @example const UPPER = memoTable('upper', (s) => s.toUpperCase()); new Memo().get(UPPER, 'a') // 'A'
 */
export function memoTable<T>(name: string, compute: (text: string) => T): MemoTable<T> {
  return { name, compute };
}

/**
 * One assessment's memory: per table, the answer for each distinct text. A table that grows past `limit`
 * entries is emptied (a plan of distinct texts gains nothing from it, and memory stays bounded).
 *
 * @example const memo = new Memo(); memo.get(UPPER, 'a') === memo.get(UPPER, 'a') // true
 */
export class Memo {
  private readonly tables = new Map<MemoTable<unknown>, Map<string, unknown>>();

  constructor(readonly limit = 20_000) {}

  /** The table's answer for `text`, computed on first use. */
  get<T>(table: MemoTable<T>, text: string): T {
    let cache = this.tables.get(table as MemoTable<unknown>) as Map<string, T> | undefined;
    if (!cache) this.tables.set(table as MemoTable<unknown>, (cache = new Map()));
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = table.compute(text);
    if (cache.size >= this.limit) cache.clear();
    cache.set(text, value);
    return value;
  }

  /** A function bound to one table of this memo (for hot loops: one table lookup, not one a call). */
  bind<T>(table: MemoTable<T>): (text: string) => T {
    let cache = this.tables.get(table as MemoTable<unknown>) as Map<string, T> | undefined;
    if (!cache) this.tables.set(table as MemoTable<unknown>, (cache = new Map()));
    const map = cache;
    const limit = this.limit;
    return (text: string) => {
      const hit = map.get(text);
      if (hit !== undefined || map.has(text)) return hit as T;
      const value = table.compute(text);
      if (map.size >= limit) map.clear();
      map.set(text, value);
      return value;
    };
  }
}

/**
 * The answer of a table through a memo when there is one, else computed directly (callers outside an
 * assessment, such as tests, need no memo).
 * @example recall(undefined, UPPER, 'a') // 'A'
 */
export function recall<T>(memo: Memo | undefined, table: MemoTable<T>, text: string): T {
  return memo ? memo.get(table, text) : table.compute(text);
}
