import { addDays, daysInMonth, formatUkDate, isoDate, parseIso, type IsoDate } from '../calendarDate';
import { parseTimescale } from './parseTimescale';
import type { Timescale, TimescaleContext } from './types';

/**
 * A timescale counted from the review's publication ("Within 3 months of publication", "6 weeks after the report is
 * published"), as a case review's action plan writes it, read as a date when the plan states when the report was
 * published (`published`, from the lines above its table); else the reading as it was (an event).
 *
 * @example withinOfPublication(parseTimescale('Within 3 months of publication'), '2020-07-30')?.due // '2020-10-30'
 */
export function withinOfPublication(t: Timescale, published: IsoDate | null, context: TimescaleContext = {}): Timescale | null {
  if (!published || t.kind === 'date') return null;
  const m = AFTER_PUBLICATION.exec(t.text);
  if (!m) return null;
  const n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
  if (!Number.isInteger(n) || n <= 0 || n > 36) return null;
  const unit = m[2].toLowerCase();
  const due = unit.startsWith('week') ? addDays(published, n * 7) : unit.startsWith('day') ? addDays(published, n) : addMonths(published, n);
  const read = parseTimescale(due, context);
  return {
    ...read,
    text: t.text,
    assumptions: [`"${m[0].trim()}" counted from the publication date the plan gives (${formatUkDate(published)}): due ${formatUkDate(due)}`],
  };
}

/** The same day `months` months on (the month's last day when it has no such day: 31 August + 1 month is 30 September). */
function addMonths(iso: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIso(iso);
  const total = month - 1 + months;
  const y = year + Math.floor(total / 12);
  const mo = (total % 12) + 1;
  return isoDate(y, mo, Math.min(day, daysInMonth(y, mo)))!;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, six: 6, eight: 8, nine: 9, twelve: 12, a: 1 };

/** "Within 3 months of publication", "6 weeks after publication", "within three months of the report being published". */
const AFTER_PUBLICATION =
  /\b(?:within|by|no\s+later\s+than)?\s*(\d{1,2}|one|two|three|four|six|eight|nine|twelve|a)\s+(months?|weeks?|days?)\s+(?:of|after|from|following)\s+(?:the\s+)?(?:(?:report|review|scr|sar|cspr|dhr)(?:['’]s)?\s+)?(?:publication|being\s+published|is\s+published|was\s+published|published)\b/i;

/**
 * The date a plan's title lines say the review was published ("Report published 30 July 2020", "Published: 30/07/2020"),
 * or null.
 * @example publishedOn(['Serious Case Review – Sam and Kyle', 'Report published 30 July 2020. Progress as at January 2021']) // '2020-07-30'
 */
export function publishedOn(lines: readonly string[]): IsoDate | null {
  for (const line of lines) {
    const m = PUBLISHED.exec(line);
    if (!m) continue;
    const t = parseTimescale(m[1]);
    const day = t.kind === 'date' && t.precision === 'day' ? t.due : null;
    if (day) return day;
  }
  return null;
}

/**
 * "published 30 July 2020", "Published: 30/07/2020", "date of publication: 30 July 2020", "date of publication of
 * report – 13 October 2016" (the date after it).
 */
const PUBLISHED = /\b(?:published(?:\s+on)?|date\s+of\s+publication(?:\s+of\s+(?:the\s+)?(?:report|review))?|publication\s+date)\s*[:\-–]?\s*([^.;,]{6,24})/i;
