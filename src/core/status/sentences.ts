import { isWhiteSpace } from '../whiteSpace';

/**
 * Sentences of a status, as the status rules read them: where the first ends and the last begins, the words up to a
 * stop, and a phrase found in them quoted with the words after it.
 */

/**
 * Where the last sentence of a text starts: after its last full stop or "!" followed by white space (0 when there is
 * none).
 */
export function lastSentenceStart(text: string): number {
  // the last "." or "!" before the last character, found by the string's own search
  const stop = Math.max(text.lastIndexOf('.', text.length - 2), text.lastIndexOf('!', text.length - 2));
  for (let i = stop; i > 0; i = Math.max(text.lastIndexOf('.', i - 1), text.lastIndexOf('!', i - 1))) {
    if (!isWhiteSpace(text.charCodeAt(i + 1))) continue;
    let k = i + 1;
    while (k < text.length && isWhiteSpace(text.charCodeAt(k))) k++;
    return k;
  }
  return 0;
}

/**
 * A phrase found in a text, with the words after it up to the end of its clause (at most three): "awaiting" becomes
 * "awaiting evidence", to be quoted in a reason.
 * @example phraseOn('Complete - awaiting evidence from health. Next', /awaiting/.exec('Complete - awaiting evidence from health. Next')!) // 'awaiting evidence from health'
 */
export function phraseOn(text: string, m: RegExpExecArray): string {
  const after = PHRASE_TAIL.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
  return m[0] + (after ? after[0].replace(DANGLING_WORD, '') : '');
}

/** Up to three words after a phrase, within its clause. */
const PHRASE_TAIL = /^(?:[ \t]+[\w'’/&-]+){0,3}/;
/** A word that leaves a quoted phrase hanging ("awaiting sign off by"): dropped from its end. */
const DANGLING_WORD = /(?:\s+(?:by|to|from|of|the|for|with|and|or|a|an|in|on|at))+$/i;

/** Words without the punctuation or spaces at their end ("Criteria agreed;" → "Criteria agreed"). */
export function unpunctuated(words: string): string {
  return words.replace(/[\s.;:,!–—-]+$/, '').trim();
}

/**
 * A status's words cut to a length a reason can quote (60 characters, at a word where there is one).
 * @example clip('Criteria agreed;') // 'Criteria agreed;'
 */
export function clip(words: string): string {
  if (words.length <= 60) return words;
  const cut = words.lastIndexOf(' ', 60);
  return `${words.slice(0, cut > 30 ? cut : 60)}...`;
}

/**
 * The text from `start` up to its first "." or "!" (to the end when there is none): the pattern `^[^.!]*` on the
 * rest of the text, without copying the rest first or making a match array.
 */
export function upToStop(text: string, start: number): string {
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33) return text.slice(start, i);
  }
  return text.slice(start);
}

/**
 * The text up to the end of its first sentence: a full stop, "!" or ";" before white space or the end, or a dash
 * between spaces (" - ", " – ", " — "); the whole text when there is none. The same as
 * `/^.*?(?:[.!;](?=\s|$)|\s[-–—]\s|$)/` (which fails, giving the whole text, at a line break before any end),
 * walked character by character: no match array per status.
 * @example firstSentence('Complete. Signed off') // 'Complete.'
 */
export function firstSentence(text: string): string {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 59) && (i + 1 === n || isWhiteSpace(text.charCodeAt(i + 1)))) return text.slice(0, i + 1);
    if (i + 2 < n && isWhiteSpace(c) && isDash(text.charCodeAt(i + 1)) && isWhiteSpace(text.charCodeAt(i + 2))) return text.slice(0, i + 3);
    // "." in the pattern does not cross a line break
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return text;
  }
  return text;
}

/**
 * True when a first sentence (`firstSentence`) ends at a break within the same breath, a semicolon or a dash, not at
 * a full stop.
 * @example endsInBreak('Scoping completed;') // true
 */
export function endsInBreak(first: string): boolean {
  const t = first.trimEnd();
  const c = t.charCodeAt(t.length - 1);
  return c === 59 || isDash(c);
}

/** "-", "–" or "—". */
function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014;
}
