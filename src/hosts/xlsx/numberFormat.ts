/**
 * The text a person sees in a number cell, for the engine: a SIIP ref typed as 1.1 and shown as "1.10" reads
 * "1.10". Dates keep the engine's own forms ("21/01/2015", or "Jan 2015" for a month-only format), with the
 * value as an Excel serial. Number formats are rendered by numfmt (Excel's format codes, in an English locale).
 */
import { format as numfmtFormat, isValidFormat } from 'numfmt';
import { excelSerialToIso } from '../../core/calendarDate';
import { isDateFormat, isMonthOnlyFormat } from '../../core/timescale/readTimescaleCell';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const cache = new Map<string, ((v: number) => string) | null>();

/**
 * The displayed text of a number under a format code, or null when it is the number as the engine would write it.
 * @example displayedText(1.1, '0.00') // '1.10'
 * @example displayedText(42025, 'dd/mm/yyyy') // '21/01/2015'
 */
export function displayedText(value: number, code: string): string | null {
  if (code === 'General' || code === '@') return null;
  if (isDateFormat(code)) {
    const iso = excelSerialToIso(value);
    if (!iso) return null;
    const [y, m, d] = iso.split('-');
    return isMonthOnlyFormat(code) ? `${MONTHS[Number(m) - 1]} ${y}` : `${d}/${m}/${y}`;
  }
  let f = cache.get(code);
  if (f === undefined) {
    try {
      f = isValidFormat(code) ? (v: number) => String(numfmtFormat(code, v)) : null;
    } catch {
      f = null;
    }
    cache.set(code, f);
  }
  if (!f) return null;
  try {
    const shown = f(value);
    return shown === String(value) ? null : shown;
  } catch {
    return null;
  }
}
