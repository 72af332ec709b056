/**
 * Reads a written year: four digits as they are, two digits in the 21st century below 70 ("14" → 2014).
 * @example readYear('14') // { year: 2014, source: 'two-digit' }
 * @example readYear("'15") // { year: 2015, source: 'two-digit' }
 */
export function readYear(text: string): { year: number; source: 'stated' | 'two-digit' } | null {
  // one leading quote ("'15", "’15") is dropped; the rest must be two or four digits
  const q = text.charCodeAt(0);
  const from = q === 39 || q === 0x2019 ? 1 : 0;
  const length = text.length - from;
  if (length !== 4 && length !== 2) return null;
  let n = 0;
  for (let i = from; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    n = n * 10 + d;
  }
  if (length === 4) return n >= 1950 && n <= 2099 ? { year: n, source: 'stated' } : null;
  return { year: n < 70 ? 2000 + n : 1900 + n, source: 'two-digit' };
}

/**
 * The first year of a financial or academic year written as two ("2015/16", "2015-2016"), when the second follows
 * the first; else null.
 * @example yearPair('2015', '16') // 2015
 * @example yearPair('2016', '18') // null
 */
export function yearPair(firstText: string, secondText: string): number | null {
  const first = readYear(firstText);
  const second = readYear(secondText);
  return first && second && second.year % 100 === (first.year + 1) % 100 ? first.year : null;
}
