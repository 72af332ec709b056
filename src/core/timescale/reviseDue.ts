import { daysBetween, endOfMonth, formatUkDate, isoDate, parseIso, type IsoDate } from '../calendarDate';
import type { CellValue } from '../grid';
import { REPORTED_WORK, REVISION_LEADS } from '../vocab/status';
import { TIMESCALE_REVISED_FROM, TIMESCALE_REVISION_LEADS } from '../vocab/timescalePhrases';
import { parseTimescale } from './parseTimescale';
import { readTimescaleCell } from './readTimescaleCell';
import type { Precision, Timescale, TimescaleContext } from './types';

/**
 * Where a revised due date came from: a "Revised date" column, the status text ("pushed back to ..."), or the
 * timescale itself ("Dec 2015 (revised to Mar 2016)").
 */
export type RevisionSource = 'column' | 'status' | 'timescale';

/** A due date that supersedes the plan's own. */
export interface Revision {
  due: IsoDate;
  /** How precisely the revised date was stated. */
  precision: Precision;
  source: RevisionSource;
  /** The words it was read from ("planned for March 2015", or the revised-date cell's text). */
  text: string;
  /** True when the status named a month with no year, and the plan's context placed the year. */
  yearPlaced?: boolean;
}

/**
 * The revised due date of an action, if any: a filled-in revised-date column wins; otherwise the status text, when
 * it moves the date on ("Timescale pushed back to after March 2015", "planned for March 2015", "Deferred to
 * 2016/17") to a date later than the plan's own. A status date earlier than the plan's own is not a revision
 * ("due for completion January 2014" on an October 2014 action reports history, not a new date). An action with no
 * timescale of its own is due by the date its status moves it to. `inText` reads the status (a caller may pass a
 * remembered `revisionInText`).
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
  asOf?: IsoDate,
): Revision | null {
  if (column && column.text.trim() !== '') {
    const t = readTimescaleCell(column, context);
    // (a date cell whose text is its serial number, as a grid with no displayed text gives it, is said as the date)
    if (t.kind === 'date' && t.due && t.due !== original.due) {
      const revised: Revision = {
        due: t.due,
        precision: t.precision ?? 'day',
        source: 'column',
        text: /^\d+(?:\.\d+)?$/.test(column.text.trim()) ? formatUkDate(t.due) : column.text.trim(),
      };
      // an update that moves the date again, to a later month or day than the revised date ("Revised date: Dec-23",
      // then "Final version to Jan 24 board"), is the newer word (not a looser period: "moved to the spring network
      // on 9 February", beside a revised date of 9 February)
      const again = status ? findRevision(t, null, status, context, inText, asOf) : null;
      return again && again.due > revised.due && (again.precision === 'month' || again.precision === 'day') ? again : revised;
    }
  }
  // a revised-date column that says there is none ("N/A", "None", "Not applicable"): the plan's own date stands, whatever
  // dates the status names ("New starters booked on Nov course" beside "N/A")
  if (column && NO_REVISION.test(column.text)) return null;
  if (!status) return null;
  // with no timescale of its own (no timescale column, or nothing in the cell), a date the status moves the action to
  // ("North area briefings postponed to November") is the one it is now due by
  if (original.kind === 'none' && !original.due) return inText(status);
  if (original.kind !== 'date' || !original.due) return null;
  const read = inText(status);
  // a month with no year is the one nearest the as-of date, when the status was written ("agreement now expected at
  // the July Trust Board", rated in June 2017, is July 2017, though the plan's other dates centre on 2016); so is a
  // day ("booked on the course on 24 April", rated in April 2024 in a school year's plan, is 24 April 2024)
  const found =
    read?.yearPlaced && (read.precision === 'month' || read.precision === 'day') && asOf ? { ...read, due: yearNearest(read.due, asOf, read.precision) } : read;
  // a week that begins by the date the action is due is work done in time, though the week ends after it ("booked
  // with HR for w/c 26th October", due 31 October): not a revision
  if (found && found.precision === 'week' && daysBetween(original.due, found.due) < 7) return null;
  // a quarter that holds the day the action is due says that date more loosely ("4 delivered, 2 to run in Q4", the
  // last session on 10 March): not a revision
  if (found && found.precision === 'quarter' && original.precision === 'day' && sameQuarter(original.due, found.due)) return null;
  if (found && found.due > original.due) return found;
  return null;
}

/** A revised-date cell saying there is no revision. */
const NO_REVISION = /^\s*(?:n\/?a|none|not\s+applicable|no\s+(?:revision|change)|not\s+revised)\s*\.?\s*$/i;

/** True when two dates fall in the same calendar quarter of the same year. */
function sameQuarter(a: IsoDate, b: IsoDate): boolean {
  const x = parseIso(a);
  const y = parseIso(b);
  return x.year === y.year && Math.ceil(x.month / 3) === Math.ceil(y.month / 3);
}

/**
 * The date placed in the year that puts it nearest `near`: a month's end, counted in months ("July" rated in June 2017
 * is July 2017), or the same day, counted in days (29 February, in a year without one, the 28th).
 * @example yearNearest('2016-07-31', '2017-06-30', 'month') // '2017-07-31'
 * @example yearNearest('2023-04-24', '2024-04-12', 'day') // '2024-04-24'
 */
function yearNearest(due: IsoDate, near: IsoDate, precision: 'month' | 'day'): IsoDate {
  const { month, day } = parseIso(due);
  const at = parseIso(near);
  const on = (y: number) => (precision === 'month' ? endOfMonth(y, month) : isoDate(y, month, Math.min(day, parseIso(endOfMonth(y, month)).day))!);
  const distance = (y: number) => (precision === 'month' ? Math.abs(y * 12 + month - (at.year * 12 + at.month)) : Math.abs(daysBetween(near, on(y))));
  const best = [at.year - 1, at.year + 1].reduce((a, b) => (distance(b) < distance(a) ? b : a), at.year);
  return on(best);
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
  // the phrases walked from the start; most statuses move no date, and the first search says so
  let m = REVISION_LEADS.exec(status);
  if (!m) return null;
  // the last phrase followed by a date wins: its words are written out once, at the end
  let best: Found | null = null;
  // one in brackets is an aside, when a phrase outside them moves the action ("now to take place in the autumn term
  // 2020 (statutory RSE deferred to the summer term 2021)"): it counts only when no other does
  let aside: Found | null = null;
  for (; m; m = REVISION_LEADS.exec(status, m.index + Math.max(1, m[0].length))) {
    const after = status.slice(m.index! + m[0].length);
    const sentence = SENTENCE.exec(after)?.[0] ?? after;
    // (up to the report of the work sent on after it: "now planned for Feb 24, findings to March QA sub-group" is the
    // work's date, February)
    const reported = REPORTED_AFTER.exec(sentence);
    let nearby = sentence.slice(0, reported && reported.index > 0 && reported.index < 60 ? reported.index : 60);
    let t = parse(nearby);
    let deadline = t.milestones.find((x) => x.role === 'deadline');
    // "to May 2015 (the wider review postponed to December 2015)": the date before the brackets, where there is one
    const open = nearby.indexOf('(');
    if (deadline && open > 0) {
      const before = parse(nearby.slice(0, open));
      const first = before.milestones.find((x) => x.role === 'deadline');
      if (first) [nearby, t, deadline] = [nearby.slice(0, open), before, first];
    }
    // "Booked for 23/04/24 - Feb course cancelled by LA": after a dash, a month with no year is the slip's history, not
    // the new date, nor the end of a range from it (the date before the dash, its year given, is)
    const dash = deadline ? CLAUSE_DASH.exec(nearby) : null;
    // (a range's end alone after the dash stays one: "Deferred to Jan 15 - March" runs to March)
    if (dash && dash.index > 0 && !yearWritten(lastDeadline(t)) && WORDS_AFTER_MONTH.test(nearby.slice(dash.index + dash[0].length))) {
      const before = parse(nearby.slice(0, dash.index));
      const first = before.milestones.find((x) => x.role === 'deadline');
      if (first && yearWritten(first)) [nearby, t, deadline] = [nearby.slice(0, dash.index), before, first];
    }
    if (!deadline) continue;
    const found: Found = {
      due: t.due ?? deadline.date,
      precision: t.precision ?? deadline.precision,
      lead: m[0],
      nearby,
      deadline: deadline.text,
      placed: deadline.yearSource === 'context',
    };
    // (the report of the work sent on to a meeting, after a date the work itself was given, is its next step: "now
    // planned for Feb 24, findings to March QA sub-group")
    if (inBrackets(status, m.index!)) aside = found;
    else if (best === null || !REPORT_BEFORE.test(status.slice(Math.max(0, m.index - 24), m.index))) best = found;
  }
  best ??= aside;
  if (!best) return null;
  const { lead, nearby, deadline } = best;
  const words = `${lead}${nearby.slice(0, deadline.length + nearby.indexOf(deadline))}`;
  // each run of white space as one space (most words have only single spaces, and are kept as they are)
  const revision: Revision = {
    due: best.due,
    precision: best.precision,
    source: 'status',
    text: (SPACE_RUN.test(words) ? words.replace(/\s+/g, ' ') : words).trim(),
  };
  if (best.placed) revision.yearPlaced = true;
  return revision;
}

/** A month's word, then more words ("Feb course cancelled"): a clause of its own. */
const WORDS_AFTER_MONTH = /^\S+\s+[A-Za-z]/;

/** A dash between clauses (" - ", " – ", " — "), not one inside a range of dates ("Jan-Mar"). */
const CLAUSE_DASH = /\s[-–—]\s/;

/** True when a milestone's year was written with it ("2024" or "24"), not taken from a range or the context. */
function yearWritten(m: Timescale['milestones'][number] | undefined): boolean {
  return m !== undefined && (m.yearSource === 'stated' || m.yearSource === 'two-digit');
}

/** The last deadline a reading holds (its milestones are in date order), or undefined. */
function lastDeadline(t: Timescale): Timescale['milestones'][number] | undefined {
  for (let i = t.milestones.length - 1; i >= 0; i--) if (t.milestones[i].role === 'deadline') return t.milestones[i];
  return undefined;
}

/** A revision phrase followed by a date, as `revisionInText` finds it. */
interface Found {
  due: IsoDate;
  precision: Precision;
  lead: string;
  nearby: string;
  deadline: string;
  placed: boolean;
}

/**
 * True when the position is inside round brackets the text opened before it and has not closed.
 * @example inBrackets('Delayed to May (RSE deferred to June)', 19) // true
 */
function inBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * A revision written in the timescale itself ("Dec 2015 (revised to Mar 2016)", "Sept 14 now Dec 14"): the plan's
 * own date is read from the words before the revision phrase, the revised one from the words after it. Null when
 * the timescale holds no such phrase, or no date on either side of it, or the same date on both. `parse` reads a
 * piece of the timescale in the plan's context (a caller may pass a remembered reading).
 *
 * @example timescaleRevision(parseTimescale('Dec 2015 (revised to Mar 2016)'))?.original.due // '2015-12-31'
 * @example timescaleRevision(parseTimescale('Dec 2015 (revised to Mar 2016)'))?.revision.due // '2016-03-31'
 * @example timescaleRevision(parseTimescale('Dec 14, March 15, May 15')) // null (milestones, not a revision)
 */
export function timescaleRevision(
  t: Timescale,
  context: TimescaleContext = {},
  parse: (text: string) => Timescale = (text) => parseTimescale(text, context),
): { original: Timescale; revision: Revision } | null {
  const text = t.text;
  // a revision names two dates: most timescales name one, and are answered at once ("Dec 14 / Mar 15 (revised)" reads
  // as one range: its mark says otherwise)
  if (t.milestones.length < 2) return t.kind === 'date' && text.length > 10 ? markedRevision(text, parse) : null;
  // "Dec 2015 (revised to Mar 2016)": the old date first; "December 2014 (moved from October 2014)": the new one first
  const m = firstMatch(TIMESCALE_REVISION_LEADS, text) ?? firstMatch(TIMESCALE_REVISED_FROM, text);
  if (!m || m.index === 0) return markedRevision(text, parse);
  const newFirst = m.pattern === TIMESCALE_REVISED_FROM;
  const before = parse(text.slice(0, m.index));
  const after = parse(text.slice(m.index + m.text.length));
  const old = newFirst ? after : before;
  const now = newFirst ? before : after;
  if (old.kind !== 'date' || !old.due || !now.due || now.due === old.due) return null;
  const phrase = balanced((newFirst ? text : `${m.text}${text.slice(m.index + m.text.length)}`).replace(/\s+/g, ' ').trim());
  return {
    original: { ...old, text },
    revision: { due: now.due, precision: now.precision ?? 'month', source: 'timescale', text: phrase },
  };
}

/**
 * "Dec 14\nMar 15 (revised)", "Dec 14, Mar 15 (revised)", "Dec 14 / Mar 15 (revised)": dates listed, the last marked
 * as revised after it. The last is the revised date and the dates before it the plan's own (their latest). Dates
 * joined by a dash are a range, not a revision ("Sept 2015 – March 2016 (revised)" is one revised span).
 * @example markedRevision('Dec 14 ; Mar 15 (revised)', parse)?.revision.due // '2015-03-31'
 */
function markedRevision(text: string, parse: (text: string) => Timescale): { original: Timescale; revision: Revision } | null {
  // every mark's last word ends in "ed" or "date" (most timescales end otherwise, and are answered at once)
  if (!endsLikeMark(text)) return null;
  // the mark is looked for on the text's last characters only
  const from = Math.max(0, text.length - 40);
  const mark = TIMESCALE_REVISED_MARK.exec(from > 0 ? text.slice(from) : text);
  if (!mark) return null;
  const dates = text.slice(0, from + mark.index);
  const splits: Array<{ at: number; length: number }> = [];
  DATE_LIST_SEPARATOR.lastIndex = 0;
  for (let s = DATE_LIST_SEPARATOR.exec(dates); s; s = DATE_LIST_SEPARATOR.exec(dates)) splits.push({ at: s.index, length: s[0].length });
  // the last place the dates are split where both sides read as dates, the later one after: tried from the last
  // separator back, at most `MARKED_SPLITS` of them ("Dec 14, Mar 15 ; June 15 (revised)": a date may hold a comma)
  for (let k = splits.length - 1; k >= Math.max(0, splits.length - MARKED_SPLITS); k--) {
    const split = splits[k];
    const now = parse(dates.slice(split.at + split.length));
    if (now.kind !== 'date' || !now.due || now.milestones.length !== 1) continue;
    const old = parse(dates.slice(0, split.at));
    if (old.kind === 'date' && old.due && now.due > old.due) {
      const phrase = `${dates.slice(split.at + split.length).trim()} ${mark[0].trim()}`.replace(/\s+/g, ' ');
      return { original: { ...old, text }, revision: { due: now.due, precision: now.precision ?? 'month', source: 'timescale', text: balanced(phrase) } };
    }
  }
  return null;
}

/** The most separators `markedRevision` tries, from the last back. */
const MARKED_SPLITS = 3;

/** A word after a timescale's last date saying it was revised ("(revised)", "- extended", "(new date)"), at its end. */
const TIMESCALE_REVISED_MARK =
  /[\s([–—-]*\b(?:revised|amended|extended|rescheduled|re-scheduled|deferred|postponed|delayed|slipped|new\s+(?:target\s+)?date|extension\s+(?:agreed|granted))\b\s*[)\]]?\s*[.!]?\s*$/i;

/** True when the text ends as a revision mark does: a word ending in "ed" or "date", then brackets, stops or spaces. */
function endsLikeMark(text: string): boolean {
  let end = text.length;
  while (end > 0 && MARK_TAIL.includes(text.charCodeAt(end - 1))) end--;
  // (the last characters read without regard to case, as `toLowerCase` reads them: no other character lowers to an
  // ASCII "d", "e", "a" or "t"; no slice or lowered copy is made)
  return (
    (end >= 2 && lowerIs(text, end - 2, 'e') && lowerIs(text, end - 1, 'd')) ||
    (end >= 4 && lowerIs(text, end - 4, 'd') && lowerIs(text, end - 3, 'a') && lowerIs(text, end - 2, 't') && lowerIs(text, end - 1, 'e'))
  );
}

/** The codes of what may follow a revision mark's last word: brackets, stops and white space (`endsLikeMark`). */
const MARK_TAIL = [...' )].!\t\n\r'].map((c) => c.charCodeAt(0));

/** True when the text's character at `at` is the ASCII letter `lower`, in either case. */
function lowerIs(text: string, at: number, lower: string): boolean {
  return (text.charCodeAt(at) | 32) === lower.charCodeAt(0);
}

/** What lists dates in a timescale: a line break, a comma, a semicolon, or a slash with spaces (one without is in a date). */
const DATE_LIST_SEPARATOR = /\s*[;,\r\n]\s*|\s+\/\s+/g;

/** A phrase without a closing bracket it does not open ("revised to Mar 2016)" → "revised to Mar 2016"). */
function balanced(phrase: string): string {
  const opened = phrase.split('(').length;
  const closed = phrase.split(')').length;
  return closed > opened && phrase.endsWith(')') ? phrase.slice(0, -1).trim() : phrase;
}

/** The first match of a global pattern in a text (the pattern left at the start), with the pattern it came from. */
function firstMatch(pattern: RegExp, text: string): { index: number; text: string; pattern: RegExp } | null {
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  pattern.lastIndex = 0;
  return m ? { index: m.index, text: m[0], pattern } : null;
}

/** The rest of a sentence (up to a full stop not before a digit, ";", "!", "?" or a line end): one pattern, not one per lead. */
const SENTENCE = /^[^.;!?\n]*(?:\.\d[^.;!?\n]*)*/;

/** The report of the work sent on after a date, in the words after a revision phrase (", findings to", ", report to"). */
const REPORTED_AFTER = new RegExp(String.raw`[,;]\s+(?:and\s+)?(?:the\s+)?(?:${REPORTED_WORK.join('|')}|report)\s+(?:now\s+)?to\s`, 'i');

/** What comes of the work just before a revision phrase ("findings " before "to March QA sub-group"). */
const REPORT_BEFORE = new RegExp(String.raw`\b(?:${REPORTED_WORK.join('|')})\s+$`, 'i');

/** White space that is not one plain space: a space before more, or any other white space. */
const SPACE_RUN = /[^\S ]| \s/;

/**
 * The timescale with its due date moved to the revision, the original kept in its milestones and assumptions.
 * @example revisedTimescale(parseTimescale('Dec 14'), { due: '2015-03-31', precision: 'month', source: 'status', text: 'planned for March 2015' }).due // '2015-03-31'
 */
export function revisedTimescale(original: Timescale, revision: Revision): Timescale {
  const was = original.due ? `due ${formatUkDate(original.due)}, ` : '';
  const why =
    revision.source === 'column'
      ? `the revised date "${revision.text}"`
      : revision.source === 'timescale'
        ? `the timescale ("${revision.text}")`
        : `the status ("${revision.text}")`;
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
