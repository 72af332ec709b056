/**
 * Dates as people type and read them. One parser for every place a person types a date (the CLI's `--as-of`,
 * the pane's as-of box, the Sheets sidebar) and one display form for every place a date is shown (the pane, the
 * sidebar, the report, the board pack): "21 Jan 2015".
 *
 * UK order only: "01/02/2015" is 1 February. A date that cannot be read comes back with a reason that says what
 * to type, and with `incomplete` set while the text is still the start of a date someone is typing ("21/01/20"),
 * so a box can wait quietly instead of recalculating on half a date.
 */
import { formatUkDate, isoDate, type IsoDate } from './calendarDate';
import { MONTH_FULL_NAMES, MONTH_NAMES } from './vocab/months';

/** What `parseUserDate` found: an ISO date, or why not. */
export type UserDate =
  | {
      ok: true;
      date: IsoDate;
      /**
       * True when the text is also the start of a longer date ("21/01/20" may become "21/01/2015"; "2015-01-2" may
       * become "2015-01-25"): a box that checks as the person types should wait before acting on it.
       */
      couldContinue: boolean;
    }
  | {
      ok: false;
      /** A sentence for the person: what is wrong and what to type. */
      reason: string;
      /** True while the text could still become a date by typing more (a box should not complain yet). */
      incomplete: boolean;
    };

/** Years a plan's as-of date can sensibly be in: a year outside is a slip of the keyboard ("2101"). */
export const USER_YEARS = { first: 1990, last: 2099 } as const;

/** What to type, said in every reason. */
export const DATE_HINT = 'Type a date such as 21/01/2015, 21 Jan 2015 or 2015-01-21.';

const NUMERIC = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s*(?:of\s+)?([a-z]+)\.?,?\s+(\d{2}|\d{4})$/;
const MONTH_DAY_YEAR = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;

/**
 * Reads a date as a person types it: ISO ("2015-01-21"), UK numeric ("21/01/2015", "21/1/15", "21.01.2015",
 * "21-01-2015"), or with the month in words ("21 Jan 2015", "21 January 2015", "21st January 2015",
 * "January 21, 2015"). Two-digit years are 20xx. Years outside 1990–2099 are refused as mistyped.
 *
 * @example parseUserDate('21/01/2015') // { ok: true, date: '2015-01-21', couldContinue: false }
 * @example parseUserDate('21 Jan 2015') // { ok: true, date: '2015-01-21', couldContinue: false }
 * @example parseUserDate('31/02/2015') // { ok: false, reason: 'There is no 31 February 2015. Type a date…', incomplete: false }
 */
export function parseUserDate(text: string): UserDate {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === '') return fail('No date given.', true);

  let m = ISO.exec(t);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), m[1], m[3].length === 1 && Number(m[3]) <= 3);
  m = NUMERIC.exec(t);
  if (m) {
    const month = Number(m[3]);
    if (month > 12 && Number(m[1]) <= 12) return fail(`"${text.trim()}" reads as month ${month}: dates are day first (21/01/2015 is 21 January).`, false);
    return build(year(m[4]), month, Number(m[1]), m[4], startsYear(m[4]));
  }
  m = DAY_MONTH_YEAR.exec(t);
  if (m) {
    const month = monthOf(m[2]);
    if (month === null) return fail(`"${m[2]}" is not a month.`, false);
    return build(year(m[3]), month, Number(m[1]), m[3], startsYear(m[3]));
  }
  m = MONTH_DAY_YEAR.exec(t);
  if (m) {
    const month = monthOf(m[1]);
    if (month === null) return fail(`"${m[1]}" is not a month.`, false);
    return build(Number(m[3]), month, Number(m[2]), m[3], false);
  }
  return fail(`"${text.trim()}" is not a date plan-rag can read.`, couldBeTyping(t));
}

/**
 * The one display form of a date, everywhere: "21 Jan 2015"; `none` for no date.
 * @example displayDate('2015-01-21') // '21 Jan 2015'
 * @example displayDate(null) // 'no date'
 */
export function displayDate(iso: IsoDate | null | undefined, none = 'no date'): string {
  return iso ? formatUkDate(iso) : none;
}

function build(y: number, month: number, day: number, yearText: string, couldContinue: boolean): UserDate {
  if (month < 1 || month > 12) return fail(`There is no month ${month}.`, false);
  if (y < USER_YEARS.first || y > USER_YEARS.last)
    return fail(`The year ${yearText} looks mistyped (plans are dated ${USER_YEARS.first}–${USER_YEARS.last}).`, false);
  const date = isoDate(y, month, day);
  if (!date) return fail(`There is no ${day} ${MONTH_FULL_NAMES[month - 1]} ${y}.`, false);
  return { ok: true, date, couldContinue };
}

/** A two-digit year that is also how a four-digit one in range begins ("20" → 2015). */
function startsYear(text: string): boolean {
  return text.length === 2 && (text === '19' || text === '20');
}

function fail(reason: string, incomplete: boolean): UserDate {
  return { ok: false, reason: `${reason} ${DATE_HINT}`, incomplete };
}

function year(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function monthOf(word: string): number | null {
  return MONTH_NAMES[word] ?? null;
}

/** True when the text is the start of one of the accepted forms ("21/01/20", "21 Jan", "2015-0"). */
function couldBeTyping(t: string): boolean {
  if (/^\d{1,2}(\s*[/.-]\s*(\d{1,2}(\s*[/.-]\s*\d{0,3})?)?)?$/.test(t)) return true;
  if (/^\d{1,4}(-(\d{1,2}(-\d?)?)?)?$/.test(t)) return true;
  const words = /^(\d{1,2})(?:st|nd|rd|th)?\s*(?:of\s+)?([a-z]*)\.?,?\s*(\d{0,3})$/.exec(t);
  if (words && (words[2] === '' || Object.keys(MONTH_NAMES).some((n) => n.startsWith(words[2]) || words[2].startsWith(n)))) return true;
  const monthFirst = /^([a-z]+)\.?\s*(\d{0,2})(?:st|nd|rd|th)?,?\s*(\d{0,3})$/.exec(t);
  return !!monthFirst && Object.keys(MONTH_NAMES).some((n) => n.startsWith(monthFirst[1]) || monthFirst[1].startsWith(n));
}
