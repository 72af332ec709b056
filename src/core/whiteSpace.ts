/**
 * White space as `\s` reads it (and `String.prototype.trim`): spaces, tabs, line breaks and the Unicode spaces.
 * @example isWhiteSpace(' '.charCodeAt(0)) // true
 * @example isWhiteSpace('\u00a0'.charCodeAt(0)) // true
 */
export function isWhiteSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 160) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * The text with each run of white space as one space, trimmed: `text.replace(/\s+/g, ' ').trim()`, without the
 * replace when the text has no run to collapse (most have none: one test says so).
 * @example collapseWhiteSpace('  Some\n slippage ') // 'Some slippage'
 */
export function collapseWhiteSpace(text: string): string {
  const s = text ?? '';
  return SPACE_RUN.test(s) ? s.replace(SPACE_RUNS, ' ').trim() : s.trim();
}

/** A run of white space other than one plain space: a space followed by more, or any other white space. */
const SPACE_RUNS = /[^\S ]\s*| \s+/g;
/** Where `SPACE_RUNS` would find something: white space other than a space, or a space before more. */
const SPACE_RUN = /[^\S ]| \s/;
