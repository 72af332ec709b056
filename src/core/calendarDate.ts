/**
 * Calendar dates as plain `YYYY-MM-DD` strings.
 *
 * The core never reads the clock: every "today" is passed in by the caller as an ISO date.
 * `Date.UTC` is used only as a calculator for day arithmetic.
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;

/**
 * Builds an ISO date from parts, or null when the parts are not a real date.
 * @example isoDate(2015, 2, 29) // null
 * @example isoDate(2016, 2, 29) // '2016-02-29'
 */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}${MONTH_DAY[month * 32 + day]}`;
}

/**
 * "-MM-DD" for each month and day (at `month * 32 + day`), written once: a date is then its year and one of these
 * joined, one new string rather than one for each piece (a constant table, not a cache).
 */
const MONTH_DAY: string[] = new Array<string>(13 * 32).fill('');
for (let month = 1; month <= 12; month++) for (let day = 1; day <= 31; day++) MONTH_DAY[month * 32 + day] = `-${pad2(month)}-${pad2(day)}`;

/**
 * Number of days in a month (leap years included).
 * @example daysInMonth(2016, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  // the Gregorian calendar's rule, for the whole years and months dates are made of (as Date would give them)
  if (month >= 1 && month <= 12 && year >= 100 && year <= 9999 && Number.isInteger(year) && Number.isInteger(month)) {
    if (month !== 2) return MONTH_DAYS[month - 1];
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The last day of a month as an ISO date.
 * @example endOfMonth(2014, 12) // '2014-12-31'
 */
export function endOfMonth(year: number, month: number): IsoDate {
  const days = daysInMonth(year, month);
  // a whole month of a four-digit year, as every plan's: its year joined to the month and day at once
  if (month >= 1 && month <= 12 && year >= 1000 && year <= 9999 && Number.isInteger(year) && Number.isInteger(month))
    return `${year}${MONTH_DAY[month * 32 + days]}`;
  return `${year}-${pad2(month)}-${pad2(days)}`;
}

/**
 * Splits an ISO date into numbers.
 * @example parseIso('2015-01-21') // { year: 2015, month: 1, day: 21 }
 */
export function parseIso(iso: IsoDate): { year: number; month: number; day: number } {
  // a well-formed date is read digit by digit (no slices); anything else as Number reads its parts
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const year = digits(iso, 0, 4);
    const month = digits(iso, 5, 7);
    const day = digits(iso, 8, 10);
    if (year >= 0 && month >= 0 && day >= 0) return { year, month, day };
  }
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** The number the digits from `start` to `end` spell, or -1 when one is not a digit. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * True when the text is a real `YYYY-MM-DD` date.
 * @example isIsoDate('2015-01-21') // true
 * @example isIsoDate('2015-02-30') // false
 */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return !!m && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) !== null;
}

/**
 * Whole days from `a` to `b` (positive when b is later).
 * @example daysBetween('2014-12-31', '2015-01-21') // 21
 */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / MS_PER_DAY);
}

/**
 * The same day `months` months on (the month's last day when it has no such day: 31 August + 1 month is 30 September).
 * @example addMonths('2020-08-31', 1) // '2020-09-30'
 */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIso(iso);
  const total = month - 1 + months;
  const y = year + Math.floor(total / 12);
  const mo = (total % 12) + 1;
  return isoDate(y, mo, Math.min(day, daysInMonth(y, mo)))!;
}

/**
 * Adds days to an ISO date.
 * @example addDays('2014-12-31', 1) // '2015-01-01'
 */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(iso) + days * MS_PER_DAY);
}

/**
 * Converts an Excel serial date (1900 date system) to an ISO date, or null when out of range.
 * @example excelSerialToIso(42025) // '2015-01-21'
 */
export function excelSerialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  // Excel counts 1900-02-29 (serial 60) which never existed; serials after it are one day ahead.
  const whole = Math.floor(serial);
  const base = Date.UTC(1899, 11, 31);
  const days = whole > 60 ? whole - 1 : whole;
  return fromUtc(base + days * MS_PER_DAY);
}

/**
 * Converts an ISO date to an Excel serial date (1900 date system).
 * @example isoToExcelSerial('2015-01-21') // 42025
 */
export function isoToExcelSerial(iso: IsoDate): number {
  const days = Math.round((toUtc(iso) - Date.UTC(1899, 11, 31)) / MS_PER_DAY);
  return days >= 60 ? days + 1 : days;
}

/**
 * Formats an ISO date for people, UK style.
 * @example formatUkDate('2015-01-21') // '21 Jan 2015'
 */
export function formatUkDate(iso: IsoDate): string {
  // no cache: three slices and a join cost less than a lookup would save, and the core keeps no process-wide state
  const day = iso.charCodeAt(8) === 48 ? iso.slice(9, 10) : iso.slice(8, 10);
  return `${day} ${SHORT_MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function toUtc(iso: IsoDate): number {
  const { year, month, day } = parseIso(iso);
  return Date.UTC(year, month - 1, day);
}

function fromUtc(ms: number): IsoDate {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  // a four-digit year (every plan's): joined to the month and day at once
  if (year >= 1000 && year <= 9999) return `${year}${MONTH_DAY[(d.getUTCMonth() + 1) * 32 + d.getUTCDate()]}`;
  return `${year}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
