import { MONTH_NAMES, MONTH_PATTERN } from '../vocab/months';
import { latestSaying } from './latestSaying';
import { isWhiteSpace } from '../whiteSpace';

/** The update a status cell holds last, when the cell keeps a log of dated updates. */
export interface LatestUpdate {
  /** The latest update's words, without its label ("Complete."). */
  readonly text: string;
  /** Its label as written ("Q3", "Dec 14", "12/09/14"). */
  readonly label: string;
  /** How many dated updates the cell holds (two or more). */
  readonly count: number;
  /**
   * The label of the later update that only said nothing had changed ("Q3: No change"), when the update read is the
   * one before it; else null.
   */
  readonly unchanged: string | null;
}

/**
 * The latest of the dated updates a status cell holds, when a secretariat adds each period's update to the same cell
 * ("Q1: Not started. Q2: In progress. Q3: Complete."). The updates are told apart by their labels at the start of a
 * line or sentence (the cell opens with the first label, or keeps its updates a line each): a quarter ("Q3", "Quarter 2 update", "Q4 2014/15"), a month ("June 2014", "Dec 14", "Sept") or
 * a date ("12/09/14"), each followed by ":", "-" or ":-", or in brackets ("[Jan 15] Delayed [Mar 15] Complete"). The latest is the one whose label is latest, when every
 * label has a date; with quarters or months and no year, the first when they are written newest first ("Q3: ...
 * Q2: ... Q1: ..."), else the last (a log written oldest first may turn the year: "Q3 ... Q4 ... Q1"); with labels of
 * mixed kinds, the one written last. A latest update that only says nothing has changed ("Q3: No change", "As
 * previous") gives way to the one before it. Null when the cell holds fewer than two labelled updates (most cells):
 * it is read whole.
 *
 * @example latestUpdate('Q1: Not started. Q2: In progress. Q3: Complete.')?.text // 'Complete.'
 * @example latestUpdate('Update Dec 14: Complete. Update Sep 14: delayed.')?.label // 'Dec 14'
 * @example latestUpdate('Complete. Signed off in June.') // null
 */
export function latestUpdate(text: string): LatestUpdate | null {
  const labels: Label[] = [];
  // a label may open the text, a line or a sentence: only there is the pattern tried
  let first = 0;
  while (first < text.length && (isWhiteSpace(text.charCodeAt(first)) || BULLETS.has(text.charCodeAt(first)))) first++;
  // a log whose first label is in brackets ("[Jan 15] Delayed [Mar 15] Complete") opens each update at a bracket too
  const bracketed = text.charCodeAt(first) === 91 || text.charCodeAt(first) === 40;
  // a log opens with its first label, or keeps its updates a line each (most statuses do neither: one test says so)
  LABEL.lastIndex = first;
  const opens = LABEL.test(text);
  if (!opens && text.indexOf('\n') < 0) return null;
  // a second label, found without reading any (most statuses that open with a label hold one: nothing is made for them)
  let second = false;
  for (let at = nextOpening(text, first, bracketed); at < text.length && !second; at = nextOpening(text, at, bracketed)) {
    if (!mayOpenLabel(text.charCodeAt(at))) continue;
    LABEL.lastIndex = at;
    second = LABEL.test(text) && (opens || hasLabelBefore(text, first, at, bracketed));
  }
  if (!second) return null;
  for (let at = first; at < text.length && labels.length <= MAX_UPDATES; at = nextOpening(text, at, bracketed)) {
    LABEL.lastIndex = at;
    const m = LABEL.exec(text);
    if (!m) continue;
    labels.push({ start: at, end: at + m[0].length, said: m.groups!.label.trim(), ...keyOf(m.groups!) });
  }
  if (labels.length < 2) return null;
  // the updates from the latest back: in written order reversed, unless the labels say otherwise
  const order = labels.map((_, i) => labels.length - 1 - i);
  const kind = labels[0].kind;
  if (kind !== 'none' && labels.every((l) => l.kind === kind)) {
    if (kind === 'date') {
      // the latest label first; of equal ones, the one written last
      order.sort((a, b) => labels[b].key - labels[a].key || b - a);
    } else if (labels.every((l, i) => i === 0 || l.key < labels[i - 1].key)) {
      // quarters or months with no year, newest first ("Q3: ... Q2: ... Q1: ..."): in written order
      order.reverse();
    }
    // else written oldest first, the year turning as it goes ("Q3 ... Q4 ... Q1"): the last first
  }
  const wordsOf = (i: number) => text.slice(labels[i].end, i + 1 < labels.length ? labels[i + 1].start : text.length).trim();
  const latest = order[0];
  // "Q3: No change": the latest update before it that says more tells how things stand
  const read = latestSaying(order, wordsOf);
  const words = wordsOf(read);
  if (words === '') return null;
  return { text: words, label: labels[read].said, count: labels.length, unchanged: read === latest ? null : labels[latest].said };
}

interface Label {
  start: number;
  end: number;
  said: string;
  /** What the key is comparable with: a date, a quarter with no year, a month with no year, or nothing. */
  kind: 'date' | 'quarter' | 'month' | 'none';
  key: number;
}

/** More updates than any cell keeps: the rest are not read (a bound for hostile input). */
const MAX_UPDATES = 60;

/**
 * A label, where one may stand (see `nextOpening`): an optional "Update"/"Progress", then a quarter, a month (with or
 * without a year) or a date, an optional "update", perhaps its author in brackets ("(JB)"), and a separator (":", ":-", "-", "–", "—"), or the same in
 * brackets ("[Jan 15]", "(Q2)").
 */
const LABEL = new RegExp(
  String.raw`[\[(]?\s*(?<label>(?:(?:update|progress)\s+)?(?:` +
    String.raw`(?:q|qtr|quarter)\s*(?<q>[1-4])(?:\s+(?:fy\s*)?(?<qy>(?:20)?\d{2})(?:\s*[/-]\s*(?:20)?\d{2})?)?` +
    String.raw`|(?<month>${MONTH_PATTERN})\.?(?:\s*['’]?(?<my>(?:20)?\d{2})\b)?` +
    String.raw`|(?<d>\d{1,2})[./-](?<m>\d{1,2})[./-](?<y>(?:20)?\d{2})` +
    // perhaps who wrote it, in brackets ("Oct 17 (JB):", "09/02/17 (HMICFRS):"), as logs kept by several people have
    // then a separator, or a closing bracket ("[Jan 15] Delayed", "(Dec 14) Draft agreed") and perhaps one too
    String.raw`)(?:\s+update)?)(?:\s*\((?<by>[a-z][a-z.'’&\s]{0,30})\)(?=\s*(?::-|[:\-–—])(?!\d)))?(?:\s*[\])]\s*(?:(?::-|[:\-–—])(?!\d)\s*)?|\s*(?::-|[:\-–—])(?!\d)\s*)`,
  'iy',
);

/**
 * True when a label may open with the character: a digit, or the first letter of "update", "progress", a quarter
 * or a month (most sentences open otherwise, and the pattern is not tried there).
 */
function mayOpenLabel(c: number): boolean {
  if ((c >= 48 && c <= 57) || c === 40 || c === 91) return true;
  switch (c | 32) {
    case 97: // a
    case 100: // d
    case 102: // f
    case 106: // j
    case 109: // m
    case 110: // n
    case 111: // o
    case 112: // p
    case 113: // q
    case 115: // s
    case 117: // u
      return true;
    default:
      return false;
  }
}

/** True when a label opens a line or sentence from `from` up to (not at) `to`. */
function hasLabelBefore(text: string, from: number, to: number, bracketed: boolean): boolean {
  for (let at = from; at < to; at = nextOpening(text, at, bracketed)) {
    LABEL.lastIndex = at;
    if (LABEL.test(text)) return true;
  }
  return false;
}

/**
 * Where the next line or sentence after `at` opens: past a full stop, semicolon or exclamation mark and the white
 * space after it, past a line break, past a bullet, or (`bracketed`: the log's first label is in brackets) at a
 * bracket; the text's length when there is none.
 */
function nextOpening(text: string, at: number, bracketed: boolean): number {
  const opening = bracketed ? OPENING_OR_BRACKET : OPENING;
  opening.lastIndex = at + 1;
  return opening.test(text) ? opening.lastIndex : text.length;
}

/** The end of a sentence or line and the white space after it (see `nextOpening`). */
const OPENING = /[.;!]\s+|[\n\r•‣▪●◦■]\s*/g;
/** The same, or the white space before a bracket: in a log whose first label is bracketed ("[Jan 15] ..."). */
const OPENING_OR_BRACKET = /[.;!]\s+|[\n\r•‣▪●◦■]\s*|\s+(?=[[(])/g;

/** Bullets a log's lines may open with. */
const BULLETS = new Set([...'•‣▪●◦■'].map((b) => b.charCodeAt(0)));

/** A label's place in time, and what it can be placed against. */
function keyOf(g: Record<string, string | undefined>): Pick<Label, 'kind' | 'key'> {
  if (g.d) {
    const day = Number(g.d);
    const month = Number(g.m);
    if (day < 1 || day > 31 || month < 1 || month > 12) return { kind: 'none', key: 0 };
    return { kind: 'date', key: fullYear(g.y!) * 10000 + month * 100 + day };
  }
  if (g.q) {
    const q = Number(g.q);
    if (!g.qy) return { kind: 'quarter', key: q };
    // the end of a quarter of the financial year starting that year: Q1 April-June ... Q4 January-March of the next
    return { kind: 'date', key: fullYear(g.qy) * 10000 + QUARTER_END[q - 1] };
  }
  const month = MONTH_NAMES[g.month!.toLowerCase()] ?? 0;
  if (g.my) return { kind: 'date', key: fullYear(g.my) * 10000 + month * 100 + 31 };
  return { kind: 'month', key: month };
}

/** The last day of each quarter of a financial year, as MMDD added to the starting year × 10000 (Q4 ends in the next). */
const QUARTER_END = [630, 930, 1231, 10331];

/** A year as written ("14" or "2014") in full. */
function fullYear(y: string): number {
  const n = Number(y);
  return n < 100 ? 2000 + n : n;
}
