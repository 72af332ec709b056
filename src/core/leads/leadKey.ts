/**
 * How two spellings of a lead compare. A lead's key leaves out what varies between spellings of one name: case,
 * "&" or "and", the group word ("sg", "sub group", "Group"), a leading "the" and the board's own prefix ("CSCB
 * business group"), and word aliases ("Comms" is "Communication"). Abbreviations keep their letters, so "L&I"
 * and "Learning and Improvement" have different keys: `expands` says when one spells the other.
 */
import { BOARD_ABBREVIATION, BOARD_WORDS, GROUP_SUFFIXES, INITIALS_SKIP } from '../vocab/leads';
import { words, type Token } from './tokens';

/** A lead's comparable words: plain words in lower case, abbreviations as their capitals. */
export interface LeadKey {
  /** The key as text: "learning and improvement", "LI", "MA audit", "#board". */
  text: string;
  parts: KeyPart[];
  /** True when the spelling ended with a group word (so a trailing "G" of an abbreviation may stand for it). */
  group: boolean;
  /** True when any part is an abbreviation. */
  abbreviated: boolean;
}

export interface KeyPart {
  word: string;
  abbr: string | null;
}

/** The key of the board itself ("the Board", "CSCB", "LSCB"). */
export const BOARD_KEY = '#board';

/**
 * The key of a lead's tokens, or null when nothing is left (a lone group word).
 * @example leadKey(tokenize('CSCB business group'))?.text // 'business'
 * @example leadKey(tokenize('L &I Group'))?.text // 'LI'
 */
export function leadKey(tokens: readonly Token[]): LeadKey | null {
  let ts = [...tokens];
  while (ts.length > 0 && (ts[0].word === 'the' || ts[0].word === 'and')) ts = ts.slice(1);
  // the board's prefix before a name: "CSCB business group", "LSCB Learning and Improvement group"
  if (ts.length > 1 && ts[0].abbr && BOARD_ABBREVIATION.test(ts[0].abbr)) ts = ts.slice(1);
  let group = false;
  for (const s of GROUP_SUFFIXES) {
    const ws = s.split(/[\s-]+/);
    if (ts.length > ws.length && ws.every((w, k) => ts[ts.length - ws.length + k].word === w)) {
      ts = ts.slice(0, ts.length - ws.length);
      group = true;
      break;
    }
  }
  if (ts.length === 0) return null;
  if ((ts.length === 1 && ts[0].abbr && BOARD_ABBREVIATION.test(ts[0].abbr)) || BOARD_WORDS.includes(ts.map((t) => t.word).join(' '))) {
    return { text: BOARD_KEY, parts: [{ word: BOARD_KEY, abbr: null }], group: false, abbreviated: false };
  }
  const parts: KeyPart[] = ts.flatMap((t): KeyPart[] => (t.abbr ? [{ word: t.word, abbr: t.abbr }] : words(t).map((w) => ({ word: w, abbr: null }))));
  return {
    text: parts.map((p) => p.abbr ?? p.word).join(' '),
    parts,
    group,
    abbreviated: parts.some((p) => p.abbr !== null),
  };
}

/**
 * True when the abbreviated key spells the long one: each abbreviation's letters are the initials of the long
 * key's words in order ("and", "of", "the" skipped), the other words equal. A trailing "G" (or "SG") may stand for
 * the long form's group word ("BG" and "Business Group").
 * @example expands(leadKey(tokenize('L&I sg'))!, leadKey(tokenize('Learning and Improvement sub group'))!) // true
 * @example expands(leadKey(tokenize('MA Audit'))!, leadKey(tokenize('Multi Agency Audit Group'))!) // true
 */
export function expands(short: LeadKey, long: LeadKey): boolean {
  if (!short.abbreviated || long.abbreviated || short.text === BOARD_KEY || long.text === BOARD_KEY) return false;
  if (match(short.parts, 0, long.parts, 0)) return true;
  // "BG" / "MAAG": the last letters may be the group word the long key left out
  const last = short.parts[short.parts.length - 1];
  if (!long.group || !last.abbr) return false;
  for (const tail of ['SG', 'G']) {
    if (last.abbr.length > tail.length && last.abbr.endsWith(tail)) {
      const parts = [...short.parts.slice(0, -1), { word: last.word, abbr: last.abbr.slice(0, -tail.length) }];
      if (match(parts, 0, long.parts, 0)) return true;
    }
  }
  return false;
}

function match(s: readonly KeyPart[], i: number, l: readonly KeyPart[], j: number): boolean {
  if (i === s.length) return j === l.length;
  const part = s[i];
  if (!part.abbr) return j < l.length && l[j].word === part.word && match(s, i + 1, l, j + 1);
  const letters = part.abbr;
  const eat = (k: number, at: number): boolean => {
    if (k === letters.length) return match(s, i + 1, l, at);
    if (at >= l.length) return false;
    const w = l[at].word;
    if (k > 0 && INITIALS_SKIP.includes(w) && eat(k, at + 1)) return true;
    return w[0]?.toUpperCase() === letters[k] && eat(k + 1, at + 1);
  };
  return eat(0, j);
}
