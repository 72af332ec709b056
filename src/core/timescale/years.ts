/**
 * Reads a written year: four digits as they are, two digits in the 21st century below 70 ("14" → 2014).
 * @example readYear('14') // { year: 2014, source: 'two-digit' }
 * @example readYear("'15") // { year: 2015, source: 'two-digit' }
 */
export function readYear(text: string): { year: number; source: 'stated' | 'two-digit' } | null {
  const digits = text.replace(/^['’]/, '');
  if (/^\d{4}$/.test(digits)) {
    const year = Number(digits);
    return year >= 1950 && year <= 2099 ? { year, source: 'stated' } : null;
  }
  if (/^\d{2}$/.test(digits)) {
    const yy = Number(digits);
    return { year: yy < 70 ? 2000 + yy : 1900 + yy, source: 'two-digit' };
  }
  return null;
}
