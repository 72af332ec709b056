/**
 * Joins a list of phrases into one pattern, as chrono's `matchAnyPattern` does for its dictionaries: longest
 * first (so "not yet started" is tried before "not started"), each a whole-word match. A space in a phrase
 * matches any run of spaces or hyphens ("on track" reads "on-track"), and a phrase may use regular-expression
 * syntax for what varies ("slipp(?:ed|age|ing)").
 *
 * @example phrasePattern(['off track', 'stalled']).test('Work is off-track') // true
 * @example matchAnyPhrase(['on hold', 'delayed']) // '(?:on[\\s-]+hold|delayed)'
 */
export function matchAnyPhrase(phrases: readonly string[]): string {
  const terms = [...phrases].sort((a, b) => b.length - a.length).map((p) => p.trim().replace(/ +/g, '[\\s-]+'));
  return `(?:${terms.join('|')})`;
}

/**
 * A case-insensitive pattern that finds any of the phrases as whole words.
 * @example phrasePattern(['superseded', 'withdrawn']).exec('Superseded by the 2016 plan')![0] // 'Superseded'
 */
export function phrasePattern(phrases: readonly string[], options: { anchored?: boolean } = {}): RegExp {
  const body = `\\b${matchAnyPhrase(phrases)}\\b`;
  return new RegExp(options.anchored ? `^\\s*${body}` : body, 'i');
}

/**
 * What a match of a pattern starts with, lower case: its first word alone ("overdue"), or its first two words
 * ("on hold") when the match always has a second word. Every match begins with one of them as whole words (runs of
 * letters, digits or "_" with no word character either side; two words with only non-word characters between
 * them). Read from the pattern itself, for the patterns `phrasePattern` makes and others written in the same plain
 * way (literal words, `(?:a|b)` groups, optional `?` parts, `\s`, `[\s-]` and other separator classes, `\b`, `^`,
 * `$` and look-arounds). Null when the pattern uses anything else (`.`, `\w`, a class holding letters, a repeated
 * letter): such a pattern is always run.
 *
 * @example phraseStarts(phrasePattern(['on hold', 'slipp(?:ed|age)'])) // ['on hold', 'slipped', 'slippage']
 */
export function phraseStarts(pattern: RegExp): string[] | null {
  let set: Set<string> | null;
  const parser = new StartParser(pattern.source);
  try {
    set = parser.alternation();
  } catch {
    return null;
  }
  if (set === null || parser.at < pattern.source.length) return null;
  const starts = new Set<string>();
  for (const s of set) {
    const w = leadingWords(s);
    if (w === null) return null;
    const [first, second] = w.words;
    if (first === undefined || !w.whole[0]) return null;
    starts.add(second !== undefined && w.whole[1] ? `${first} ${second}` : first);
  }
  return [...starts];
}

/**
 * Expansions are strings of symbols: word characters (lower case), NONWORD (a non-word character), BOUNDARY (`\b`
 * or `$`) and START (`^`).
 */
const NONWORD = ' ';
const BOUNDARY = '\u0001';
const START = '\u0002';
/** The most expansions a pattern may have before it is left alone. */
const MAX_EXPANSIONS = 20_000;

function isWordChar(ch: string): boolean {
  return /^[A-Za-z0-9_]$/.test(ch);
}

function isSymbol(ch: string): boolean {
  return ch === NONWORD || ch === BOUNDARY || ch === START;
}

/**
 * The first two words of an expansion, whether each is whole (a symbol follows it), and where the symbol after the
 * second word ends (-1 while it is not whole). Null when the first word is not certain to start a word (nothing
 * but the pattern's start, which may fall inside a word, before it) or a `^` follows a word (no match).
 */
function leadingWords(s: string): { words: string[]; whole: boolean[]; end: number } | null {
  const words: string[] = [];
  const whole: boolean[] = [];
  let i = 0;
  let guarded = false; // a non-word character, a `\b` or the input's start lies just before the first word
  for (;;) {
    while (i < s.length && isSymbol(s[i])) {
      if (s[i] === START && words.length > 0) return null;
      guarded = true;
      i++;
    }
    if (i === s.length) return { words, whole, end: -1 };
    if (!guarded) return null;
    let j = i;
    while (j < s.length && !isSymbol(s[j])) j++;
    words.push(s.slice(i, j));
    whole.push(j < s.length);
    if (j < s.length && s[j] === START) return null;
    if (words.length === 2) return { words, whole, end: j < s.length ? j + 1 : -1 };
    i = j;
  }
}

/** True when an expansion already decides its leading words (nothing after its second word matters). */
function settled(s: string): boolean {
  const w = leadingWords(s);
  return w !== null && w.end > 0;
}

/** Every expansion of `a` followed by one of `b`, each cut after the symbol that ends its second word. */
function product(a: Set<string>, b: Set<string>): Set<string> | null {
  const out = new Set<string>();
  for (const x of a) {
    if (settled(x)) {
      out.add(x);
      continue;
    }
    for (const y of b) {
      const xy = x + y;
      const w = leadingWords(xy);
      out.add(w !== null && w.end > 0 ? xy.slice(0, w.end) : xy);
      if (out.size > MAX_EXPANSIONS) return null;
    }
  }
  return out;
}

/** True when no expansion holds a word character (an atom that may repeat without changing any word). */
function wordless(set: Set<string>): boolean {
  for (const s of set) for (const ch of s) if (ch !== NONWORD && ch !== BOUNDARY && ch !== START) return false;
  return true;
}

/** A recursive-descent reader of the plain pattern syntax `phraseStarts` accepts. */
class StartParser {
  at = 0;
  constructor(private readonly src: string) {}

  alternation(): Set<string> | null {
    const out = new Set<string>();
    for (;;) {
      const seq = this.sequence();
      if (seq === null) return null;
      for (const s of seq) out.add(s);
      if (this.src[this.at] !== '|') return out;
      this.at++;
    }
  }

  private sequence(): Set<string> | null {
    let acc: Set<string> | null = new Set(['']);
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      let set = this.atom();
      if (set === null) return null;
      const q = this.quantifier();
      if (q === null) return null;
      if (q === '?' || q === '*') set = new Set([...set, '']);
      // a repeated atom with a word character in it changes the words: only "x?" is read
      if ((q === '*' || q === '+') && !wordless(set)) return null;
      acc = product(acc!, set);
      if (acc === null) return null;
    }
    return acc;
  }

  /** '?', '*' or '+' (`{0,n}` as '*', `{n,m}` as '+'), lazy or not; '' for none; null for what is not read. */
  private quantifier(): string | null {
    const c = this.src[this.at];
    let q = '';
    if (c === '?' || c === '*' || c === '+') {
      q = c;
      this.at++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.at));
      if (!m) return null;
      this.at += m[0].length;
      q = Number(m[1]) === 0 ? '*' : '+';
    }
    if (q !== '' && this.src[this.at] === '?') this.at++; // lazy
    return q;
  }

  /** One atom's expansions. */
  private atom(): Set<string> | null {
    const src = this.src;
    const c = src[this.at];
    if (c === '(') {
      if (src.startsWith('(?=', this.at) || src.startsWith('(?!', this.at) || src.startsWith('(?<=', this.at) || src.startsWith('(?<!', this.at)) {
        // a look-around only narrows what matches: skipped
        this.skipGroup();
        return new Set(['']);
      }
      if (src.startsWith('(?:', this.at)) this.at += 3;
      else if (src[this.at + 1] === '?') return null; // named groups
      else this.at += 1;
      const inner = this.alternation();
      if (inner === null || src[this.at] !== ')') return null;
      this.at++;
      return inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') {
      const e = src[this.at + 1];
      this.at += 2;
      if (e === 'b') return new Set([BOUNDARY]);
      if (e === 's') return new Set([NONWORD]);
      // \w, \d, \B, \S, \u..., back-references: not read
      if (e === undefined || /[A-Za-z0-9_]/.test(e)) return null;
      return new Set([NONWORD]);
    }
    if (c === '^') {
      this.at++;
      return new Set([START]);
    }
    if (c === '$') {
      this.at++;
      return new Set([BOUNDARY]);
    }
    if (c === '.' || c === '*' || c === '+' || c === '?' || c === '{' || c === ')' || c === '|' || c === ']') return null;
    this.at++;
    return new Set([isWordChar(c) ? c.toLowerCase() : NONWORD]);
  }

  /** A class of non-word characters only (`[\s-]`, `['’]`, `[:\-–]`) as one non-word character; else null. */
  private charClass(): Set<string> | null {
    const src = this.src;
    let i = this.at + 1;
    if (src[i] === '^') return null;
    const first = i;
    for (; i < src.length && src[i] !== ']'; i++) {
      const ch = src[i];
      if (ch === '\\') {
        const e = src[++i];
        if (e === undefined || (/[A-Za-z0-9_]/.test(e) && e !== 's')) return null;
      } else if (ch === '-' && i > first && src[i + 1] !== ']') {
        return null; // a range may hold word characters
      } else if (isWordChar(ch)) {
        return null;
      }
    }
    if (src[i] !== ']') return null;
    this.at = i + 1;
    return new Set([NONWORD]);
  }

  private skipGroup(): void {
    let depth = 0;
    for (; this.at < this.src.length; this.at++) {
      const c = this.src[this.at];
      if (c === '\\') this.at++;
      else if (c === '[') {
        while (this.at < this.src.length && this.src[this.at] !== ']') this.at += this.src[this.at] === '\\' ? 2 : 1;
      } else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) {
        this.at++;
        return;
      }
    }
    throw new Error('unbalanced group');
  }
}

/** Slots in a trigger table (a power of two): starts that share a slot only cost a needless run of a pattern. */
const SLOTS = 1 << 16;

/**
 * A precompiled test of which of several phrase patterns can match a text: the text's words, and each pair of
 * neighbouring words, are hashed once and looked up in a table of what each pattern's matches start with
 * (`phraseStarts`). A pattern whose starts are absent cannot match and need not run; a pattern `phraseStarts`
 * cannot read is always run. Built once from constant patterns; holds no state between texts.
 *
 * @example const t = new PhraseTriggers([RED, AMBER]); t.mayMatch(t.scan('Some slippage'), AMBER) // true
 */
export class PhraseTriggers {
  private readonly table = new Uint32Array(SLOTS);
  private readonly bits = new Map<RegExp, number>();
  /** Bits of the patterns that are always run. */
  private readonly always: number;

  constructor(patterns: readonly RegExp[]) {
    let always = 0;
    patterns.forEach((p, i) => {
      const bit = i < 31 ? 1 << i : 0;
      if (bit === 0) return;
      this.bits.set(p, bit);
      const starts = phraseStarts(p);
      if (starts === null) always |= bit;
      else {
        for (const start of starts) {
          const [a, b] = start.split(' ');
          const h = b === undefined ? hashWord(a) : pairHash(hashWord(a), hashWord(b));
          this.table[slot(h)] |= bit;
        }
      }
    });
    this.always = always;
  }

  /** The bit of a pattern (0 for one this table was not built for: it may always match). */
  bit(pattern: RegExp | undefined): number {
    return pattern ? this.bits.get(pattern) ?? 0 : 0;
  }

  /**
   * The patterns (as bits) that may match the text, or any part of it cut between words (the part's words are
   * the text's).
   */
  scan(text: string): number {
    let mask = this.always;
    let h = FNV_OFFSET;
    let previous = 0;
    let inWord = false;
    let first = true;
    const table = this.table;
    for (let i = 0; i <= text.length; i++) {
      let c = i < text.length ? text.charCodeAt(i) : 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90 && (c += 32))) {
        h = Math.imul(h ^ c, FNV_PRIME);
        inWord = true;
      } else if (inWord) {
        mask |= table[slot(h)];
        if (!first) mask |= table[slot(pairHash(previous, h))];
        previous = h;
        first = false;
        h = FNV_OFFSET;
        inWord = false;
      }
    }
    return mask;
  }

  /** False when the scanned text cannot hold a match of the pattern; true otherwise (unknown patterns included). */
  mayMatch(mask: number, pattern: RegExp | undefined): boolean {
    const bit = this.bit(pattern);
    return bit === 0 || (mask & bit) !== 0;
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The hash `PhraseTriggers.scan` gives a lower-case word. */
function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The hash of two neighbouring words. */
function pairHash(a: number, b: number): number {
  return Math.imul(a ^ 0x5bd1e995, FNV_PRIME) ^ b;
}

function slot(h: number): number {
  return (h ^ (h >>> 16)) & (SLOTS - 1);
}
