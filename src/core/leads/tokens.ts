/**
 * The words of a Reporting / Lead cell, each with where it was written, how it compares, and, for an
 * abbreviation, its letters. "&" is a word of its own ("Learning &Improvement" is three words), except inside an
 * abbreviation ("EH&P", "L &I").
 */
import { ABBREVIATION, WORD_ALIASES } from '../vocab/leads';

export interface Token {
  /** As written. */
  text: string;
  /** Offsets in the text the token was read from (end exclusive). */
  start: number;
  end: number;
  /** How it compares: lower case, "&" as "and", aliases applied ("comms" → "communication"). */
  word: string;
  /** An abbreviation's letters, upper case, without "&" ("L&I" → "LI"); null for a word. */
  abbr: string | null;
}

/** Punctuation around a word that is not part of it. */
const EDGES = /^[("'[.:‘’“”]+|[)"'\].:‘’“”]+$/g;

/**
 * Splits text into tokens. Hyphens split words ("Multi-Agency", "sub-group"); single capitals joined by "&" make
 * one abbreviation.
 * @example tokenize('L &I Group').map((t) => t.text) // ['L &I', 'Group']
 * @example tokenize('Learning &Improvement').map((t) => t.word) // ['learning', 'and', 'improvement']
 */
export function tokenize(text: string): Token[] {
  const raw: Token[] = [];
  for (const m of text.matchAll(/&|[^\s&\-–]+/g)) {
    let t = m[0];
    let start = m.index ?? 0;
    const lead = /^[("'[.:‘’“”]+/.exec(t)?.[0].length ?? 0;
    t = t.replace(EDGES, '');
    if (t === '') continue;
    start += lead;
    raw.push(token(t, start, start + t.length));
  }
  // "EH", "&", "P" → "EH&P"; "L", "&", "I" → "L &I" (as written)
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const prev = out[out.length - 1];
    const next = raw[i + 1];
    if (prev && next && raw[i].text === '&' && joins(prev, raw[i], next)) {
      const written = text.slice(prev.start, next.end);
      out[out.length - 1] = token(written.replace(/\s+/g, ''), prev.start, next.end, written);
      i++;
      continue;
    }
    out.push(raw[i]);
  }
  return out;
}

/**
 * True when "&" joins capitals into one abbreviation: parts of at most three capitals, written close on at least
 * one side ("EH&P", "L &I") or single letters ("P & R"). "JC & RB" and "CSCB & CYPS" stay two.
 */
function joins(prev: Token, amp: Token, next: Token): boolean {
  const compact = prev.text.replace(/\s+/g, '');
  if (!/^[A-Z](?:[A-Z]|&(?=[A-Z])){0,4}$/.test(compact) || !/^[A-Z]{1,3}$/.test(next.text)) return false;
  if (!compact.split('&').every((p) => p.length <= 3)) return false;
  const close = prev.end === amp.start || amp.end === next.start;
  const last = compact.split('&').pop()!;
  return close || (last.length === 1 && next.text.length === 1);
}

function token(compact: string, start: number, end: number, written = compact): Token {
  const abbr = ABBREVIATION.test(compact) ? compact.replace(/&/g, '') : null;
  const lower = compact.toLowerCase();
  const word = compact === '&' ? 'and' : abbr ? lower : (WORD_ALIASES[lower] ?? lower);
  return { text: written, start, end, word, abbr };
}

/**
 * A token's words for comparing: an alias may stand for two ("multiagency" → "multi", "agency").
 * @example words({ word: 'multi agency' }) // ['multi', 'agency']
 */
export function words(t: Pick<Token, 'word'>): string[] {
  return t.word.split(' ');
}
