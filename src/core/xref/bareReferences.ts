import { expandRange, type References } from './findReferences';

/** A dotted reference number: "1", "1.1", "4.1.2", "1.10", "3a". */
const NUMBER = /^\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?$/i;

/** A range of two numbers, its separator made "-" first ("1.1-1.3"). */
const RANGE = /^([^-]+)-([^-]+)$/;

/**
 * References written as bare numbers in a column that names their scheme ("SIIP ref" holding "1.1",
 * "4.1.1, 4.1.2", "1.2 & 1.3"). The text is read as displayed, so "1.10" stays 1.10. Anything that is not a
 * list of numbers ("see above", "n/a", "All") cites nothing.
 *
 * @example bareReferences('4.1.1, 4.1.2', 'SIIP').refs.map((r) => r.ref) // ['4.1.1', '4.1.2']
 * @example bareReferences('1.10', 'SIIP').refs[0].ref // '1.10'
 * @example bareReferences('n/a', 'SIIP').refs // []
 */
export function bareReferences(text: string, scheme: string): References {
  const parts = text
    // a range ("1.1-1.3", "2.1 to 2.4") is one part, expanded below
    .replace(/\s*(?:-|–|—|\bto\b)\s*/gi, '-')
    .split(/\s*(?:,|;|&|\/|\+|\band\b|\s)\s*/i)
    .map((p) =>
      p
        .trim()
        .replace(/[.)]+$/, '')
        .replace(/^\(/, ''),
    )
    .filter((p) => p !== '');
  const numbers: string[] = [];
  for (const p of parts) {
    const range = RANGE.exec(p);
    if (range && NUMBER.test(range[1]) && NUMBER.test(range[2])) numbers.push(...expandRange(range[1], range[2]));
    else if (NUMBER.test(p)) numbers.push(p);
    else return { refs: [], mentions: [] };
  }
  if (numbers.length === 0) return { refs: [], mentions: [] };
  const refs: Array<{ scheme: string; ref: string; text: string }> = [];
  for (const p of numbers) if (!refs.some((r) => r.ref === p)) refs.push({ scheme, ref: p, text: text.trim() });
  return { refs, mentions: [] };
}
