/**
 * The existing cells a formatting plan touches (formats, notes or links), each once, in the order first met.
 *
 * The plan visits the assessment's rows in sheet order, and a row's own cells (never inherited ones) sit on its
 * grid row, so a cell is checked against the few columns already touched on the row being visited: no address is
 * hashed and no set grows with the plan. Should a cell lie on another row, or a row come round again unannounced,
 * every address is checked against a set from then on (the same answer, only slower).
 *
 * @example const t = new TouchedCells(); t.startRow(4); t.touch(4, 6, 'G5'); t.touch(4, 6, 'G5'); t.cells // ['G5']
 */
export class TouchedCells {
  /** The addresses, in the order first touched. */
  readonly cells: string[] = [];
  private row = -1;
  private last = -1;
  /**
   * The columns touched on the current row: the first `count` entries. One array serves row after row (a row's
   * few columns need no array of their own) until a row is kept; a kept row's array is its own.
   */
  private cols: number[] = [];
  private count = 0;
  /** True when `cols` is a kept row's (it must not be reused). */
  private owned = false;
  /** Columns touched on the rows that will be visited again (rows with links), by grid row. */
  private readonly kept = new Map<number, number[]>();
  /** Every address touched, once the rows no longer come in order. */
  private all: Set<string> | null = null;

  /** Starts a row: its cells are checked against the columns touched on it so far (none, or those kept). */
  startRow(row: number): void {
    const again = this.kept.size > 0 ? this.kept.get(row) : undefined;
    if (row <= this.last && !again) this.all ??= new Set(this.cells);
    this.row = row;
    this.last = Math.max(this.last, row);
    if (again) {
      this.cols = again;
      this.count = again.length;
      this.owned = true;
    } else {
      if (this.owned) {
        this.cols = [];
        this.owned = false;
      }
      this.count = 0;
    }
  }

  /** Keeps the current row's touched columns for a later visit (the links, after the formats). */
  keepRow(): void {
    if (!this.owned) {
      this.cols = this.cols.slice(0, this.count);
      this.owned = true;
    }
    this.kept.set(this.row, this.cols);
  }

  /** Adds a cell unless it was touched before. */
  touch(row: number, col: number, address: string): void {
    if (row !== this.row) this.all ??= new Set(this.cells);
    if (this.all) {
      if (this.all.has(address)) return;
      this.all.add(address);
    } else {
      const cols = this.cols;
      for (let i = 0; i < this.count; i++) if (cols[i] === col) return;
      cols[this.count++] = col;
    }
    this.cells.push(address);
  }
}
