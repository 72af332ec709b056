import { parseTimescale } from '../../src/core/timescale/parseTimescale';
import type { TimescaleContext } from '../../src/core/timescale/types';

/** A plan whose dated timescales centre on mid-November 2014, like the Calderdale v12 plan. */
export const PLAN_CONTEXT: TimescaleContext = { referenceDate: '2014-11-15', referenceLabel: "the plan's other timescales" };

export type Row = [text: string, kind: string, due: string | null, precision: string | null];

/** Runs a table of [text, kind, due, precision] through the parser. */
export function expectTable(rows: Row[], context: TimescaleContext = PLAN_CONTEXT): void {
  test.each(rows)('%j → %s %s (%s)', (text, kind, due, precision) => {
    const t = parseTimescale(text, context);
    expect({ kind: t.kind, due: t.due, precision: t.precision }).toEqual({ kind, due, precision });
  });
}
