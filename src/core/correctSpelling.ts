import { MISSPELLINGS } from './vocab/spellings';

/** A text (a status, a header) with its misspelt words read as the words they stand for, and what was read so. */
export interface CorrectedText {
  readonly text: string;
  /** Each correction made, as `"Complted" as "completed"`; empty when the text was spelt as the rules read it. */
  readonly corrections: readonly string[];
}

/** Every misspelling as a whole word, in any case (one pattern: most statuses hold none, and one search says so). */
const MISSPELT = new RegExp(`\\b(?:${Object.keys(MISSPELLINGS).join('|')})\\b`, 'gi');

/**
 * Reads the misspelt words of a text as the words they stand for (`vocab/spellings.ts`), so the status rules read
 * "Complted" as they read "Completed", and the header words "Timesacle" as "Timescale". The word keeps a capital first letter where it had one. Null when the
 * text holds no misspelling (most texts: nothing is made for them).
 *
 * @example correctSpelling('Complted in March')?.text // 'Completed in March'
 * @example correctSpelling('Complted in March')?.corrections // ['"Complted" as "completed"']
 * @example correctSpelling('Schools compete for funding') // null
 */
export function correctSpelling(text: string): CorrectedText | null {
  MISSPELT.lastIndex = 0;
  if (!MISSPELT.test(text)) return null;
  const corrections: string[] = [];
  MISSPELT.lastIndex = 0;
  const corrected = text.replace(MISSPELT, (word) => {
    const meant = MISSPELLINGS[word.toLowerCase()];
    corrections.push(`"${word}" as "${meant}"`);
    return /^[A-Z]/.test(word) ? meant[0].toUpperCase() + meant.slice(1) : meant;
  });
  return { text: corrected, corrections };
}
