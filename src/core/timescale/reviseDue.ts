import { formatUkDate, type IsoDate } from '../calendarDate';
import type { CellValue } from '../grid';
import { REVISION_LEADS } from '../vocab/status';
import { parseTimescale } from './parseTimescale';
import { readTimescaleCell } from './readTimescaleCell';
import type { Precision, Timescale, TimescaleContext } from './types';

/** Where a revised due date came from: a "Revised date" column, or the status text ("pushed back to ..."). */
export type RevisionSource = 'column' | 'status';

/** A due date that supersedes the plan's own. */
export interface Revision {
  due: IsoDate;
  /** How precisely the revised date was stated. */
  precision: Precision;
  source: RevisionSource;
  /** The words it was read from ("planned for March 2015", or the revised-date cell's text). */
  text: string;
}

/**
 * The revised due date of an action, if any: a filled-in revised-date column wins; otherwise the status text, when
 * it moves the date on ("Timescale pushed back to after March 2015", "planned for March 2015", "Deferred to
 * 2016/17") to a date later than the plan's own. A status date earlier than the plan's own is not a revision
 * ("due for completion January 2014" on an October 2014 action reports history, not a new date). `inText` reads the
 * status (a caller may pass a remembered `revisionInText`).
 *
 * @example findRevision(parseTimescale('December 2014'), null, 'Timescale pushed back to after March 2015')?.due // '2015-03-31'
 * @example findRevision(parseTimescale('December 2014'), { value: 'June 2015', text: 'June 2015', numberFormat: null }, '')?.source // 'column'
 */
export function findRevision(
  original: Timescale,
  column: { value: CellValue; text: string; numberFormat: string | null } | null,
  status: string,
  context: TimescaleContext = {},
  inText: (status: string) => Revision | null = (text) => revisionInText(text, context),
): Revision | null {
  if (column && column.text.trim() !== '') {
    const t = readTimescaleCell(column, context);
    if (t.kind === 'date' && t.due && t.due !== original.due)
      return { due: t.due, precision: t.precision ?? 'day', source: 'column', text: column.text.trim() };
  }
  if (!status || original.kind !== 'date' || !original.due) return null;
  const found = inText(status);
  if (found && found.due > original.due) return found;
  return null;
}

/**
 * The last date a status moves an action to, read after a revision phrase in the same sentence. `parse` reads the
 * words after the phrase in the context (a caller may pass a remembered reading: statuses repeat "March 2015").
 * @example revisionInText('Timescale November 2014 not met, planned for March 2015.')?.due // '2015-03-31'
 */
export function revisionInText(
  status: string,
  context: TimescaleContext = {},
  parse: (text: string) => Timescale = (text) => parseTimescale(text, context),
): Revision | null {
  // one global pattern walked from the start (matchAll would copy it for each status); most statuses move no
  // date, and its first search says so
  LEADS.lastIndex = 0;
  let m = LEADS.exec(status);
  if (!m) return null;
  let best: Revision | null = null;
  for (; m; m = LEADS.exec(status)) {
    if (m[0].length === 0) LEADS.lastIndex++;
    const after = status.slice(m.index! + m[0].length);
    const sentence = /^[^.;!?\n]*(?:\.\d[^.;!?\n]*)*/.exec(after)?.[0] ?? after;
    const nearby = sentence.slice(0, 60);
    const t = parse(nearby);
    const deadline = t.milestones.find((x) => x.role === 'deadline');
    if (!deadline) continue;
    const due = t.due ?? deadline.date;
    best = {
      due,
      precision: t.precision ?? deadline.precision,
      source: 'status',
      text: `${m[0]}${nearby.slice(0, deadline.text.length + nearby.indexOf(deadline.text))}`.replace(/\s+/g, ' ').trim(),
    };
  }
  return best;
}

/** The revision phrases, global, walked by `revisionInText` (from the start each time; left at the start). */
const LEADS = new RegExp(REVISION_LEADS.source, 'gi');

/**
 * The timescale with its due date moved to the revision, the original kept in its milestones and assumptions.
 * @example revisedTimescale(parseTimescale('Dec 14'), { due: '2015-03-31', precision: 'month', source: 'status', text: 'planned for March 2015' }).due // '2015-03-31'
 */
export function revisedTimescale(original: Timescale, revision: Revision): Timescale {
  const was = original.due ? `due ${formatUkDate(original.due)}, ` : '';
  const why = revision.source === 'column' ? `the revised date "${revision.text}"` : `the status ("${revision.text}")`;
  return {
    ...original,
    kind: 'date',
    due: revision.due,
    precision: revision.precision,
    recurrence: null,
    needsDate: false,
    milestones: [
      ...original.milestones,
      {
        date: revision.due,
        start: revision.due,
        precision: revision.precision,
        role: 'deadline',
        text: revision.text,
        stated: { day: false, month: true, year: true },
        yearSource: 'stated',
        parser: `revision-${revision.source}`,
      },
    ],
    assumptions: [...original.assumptions, `${was}revised to ${formatUkDate(revision.due)} by ${why}`],
  };
}
