import { excelSerialToIso, parseIso, endOfMonth } from '../calendarDate';
import type { CellValue } from '../grid';
import { parseTimescale } from './parseTimescale';
import type { Timescale, TimescaleContext } from './types';

/**
 * True when an Excel number format shows a date (has day, month or year tokens outside quotes and brackets).
 * @example isDateFormat('mmm-yy') // true
 * @example isDateFormat('0.00%') // false
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const bare = stripLiterals(format);
  if (/^general$/i.test(bare.trim())) return false;
  return /[dy]/i.test(bare) || /m{3,}/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare) && /[y]/i.test(bare));
}

/**
 * True when a date format shows no day: the date is of month precision ("mmm-yy", "mmmm yyyy").
 * @example isMonthOnlyFormat('mmmm yyyy') // true
 * @example isMonthOnlyFormat('dd/mm/yyyy') // false
 */
export function isMonthOnlyFormat(format: string | null | undefined): boolean {
  if (!isDateFormat(format)) return false;
  return !/d/i.test(stripLiterals(format as string));
}

function stripLiterals(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
}

/**
 * Reads a timescale cell: a real date cell (an Excel serial with a date format; a month-only format means
 * month precision, due at the end of the month) or free text.
 *
 * @example readTimescaleCell({ value: 41974, text: 'Dec-14', numberFormat: 'mmm-yy' }).due // '2014-12-31'
 */
export function readTimescaleCell(cell: { value: CellValue; text: string; numberFormat: string | null }, context: TimescaleContext = {}): Timescale {
  if (typeof cell.value === 'number' && isDateFormat(cell.numberFormat)) {
    const iso = excelSerialToIso(cell.value);
    if (iso) {
      const monthOnly = isMonthOnlyFormat(cell.numberFormat);
      const { year, month } = parseIso(iso);
      const date = monthOnly ? endOfMonth(year, month) : iso;
      const text = cell.text || iso;
      return {
        text,
        kind: 'date',
        milestones: [
          {
            date,
            start: monthOnly ? `${iso.slice(0, 8)}01` : iso,
            precision: monthOnly ? 'month' : 'day',
            role: 'deadline',
            text,
            stated: { day: !monthOnly, month: true, year: true },
            yearSource: 'stated',
            parser: 'date-cell',
          },
        ],
        due: date,
        precision: monthOnly ? 'month' : 'day',
        recurrence: null,
        event: null,
        assumptions: monthOnly ? [`a date cell formatted "${cell.numberFormat}" (month only): due at the end of the month`] : [],
        needsDate: false,
      };
    }
  }
  return parseTimescale(cell.text, context);
}
