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
 * entries is emptied, and a table that is rarely asked twice (a plan whose texts are distinct row to row) stops
 * remembering: keeping answers nobody asks for again costs more than it saves.
 *
 * @example const memo = new Memo(); memo.get(UPPER, 'a') === memo.get(UPPER, 'a') // true
 */
export class Memo {
  private readonly tables = new Map<MemoTable<unknown>, Cache>();
  /** The table asked last and its cache: an assessment asks one table for row after row (no map look-up for them). */
  private lastTable: MemoTable<unknown> | null = null;
  private lastCache: Cache | null = null;

  constructor(readonly limit = 20_000) {}

  /** The table's answer for `text`, computed on first use. */
  get<T>(table: MemoTable<T>, text: string): T {
    let cache = table === this.lastTable ? this.lastCache! : this.tables.get(table as MemoTable<unknown>);
    if (!cache) this.tables.set(table as MemoTable<unknown>, (cache = new Cache(this.limit)));
    this.lastTable = table as MemoTable<unknown>;
    this.lastCache = cache;
    return cache.get(text, table.compute) as T;
  }
}

/**
 * How many look-ups a table gets before it judges whether remembering pays: a first look early (a plan whose
 * texts are distinct row to row shows it at once, and a small plan would otherwise end before the trial does,
 * having hashed and kept every text for nothing), and a second after the full trial.
 */
const EARLY_TRIAL = 256;
const TRIAL = 2_000;
/** The share of look-ups that must be repeats for a table to keep remembering. */
const MIN_HIT_RATE = 0.15;

/**
 * The answers of one table, with a running hit count. Exported for callers that memoise on a key of their own
 * (several texts together) and want the same bounds.
 */
export class Cache {
  private map = new Map<string, unknown>();
  private lookups = 0;
  private hits = 0;
  private remembering = true;

  constructor(private readonly limit = 20_000) {}

  /** False once remembering has stopped paying: callers may then skip building a key. */
  get active(): boolean {
    return this.remembering;
  }

  /** The answer for `key`, from `compute` the first time (and every time once remembering has stopped paying). */
  get<T>(key: string, compute: (key: string) => T): T {
    if (!this.remembering) return compute(key);
    this.lookups++;
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) {
      this.hits++;
      return hit as T;
    }
    if ((this.lookups === EARLY_TRIAL || this.lookups === TRIAL) && this.hits < this.lookups * MIN_HIT_RATE) {
      this.remembering = false;
      this.map = new Map();
      return compute(key);
    }
    const value = compute(key);
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
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
