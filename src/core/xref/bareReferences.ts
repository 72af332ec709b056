import type { References } from './findReferences';

/** A dotted reference number: "1", "1.1", "4.1.2", "1.10", "3a". */
const NUMBER = /^\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?$/i;

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
    .split(/\s*(?:,|;|&|\/|\+|\band\b|\s)\s*/i)
    .map((p) =>
      p
        .trim()
        .replace(/[.)]+$/, '')
        .replace(/^\(/, ''),
    )
    .filter((p) => p !== '');
  if (parts.length === 0 || !parts.every((p) => NUMBER.test(p))) return { refs: [], mentions: [] };
  const refs: Array<{ scheme: string; ref: string; text: string }> = [];
  for (const p of parts) if (!refs.some((r) => r.ref === p)) refs.push({ scheme, ref: p, text: text.trim() });
  return { refs, mentions: [] };
}
