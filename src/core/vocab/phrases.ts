/**
 * Joins a list of phrases into one pattern, as chrono's `matchAnyPattern` does for its dictionaries: longest
 * first (so "not yet started" is tried before "not started"), each a whole-word match. A space in a phrase
 * matches any run of spaces or hyphens ("on track" reads "on-track"; " ?" any run or none), and a phrase may use regular-expression
 * syntax for what varies ("slipp(?:ed|age|ing)").
 *
 * The phrases are gathered by their first letter (see `byFirstLetter`): the pattern matches what the plain list
 * would, in the same order, but a long list is not tried phrase by phrase at every word of a status.
 *
 * @example phrasePattern(['off track', 'stalled']).test('Work is off-track') // true
 * @example matchAnyPhrase(['on hold', 'delayed']) // '(?:on[\\s-]+hold|delayed)'
 */
export function matchAnyPhrase(phrases: readonly string[]): string {
  // (a space made optional, " ?", is any run of spaces or hyphens or none: replaced as one, it would ask for one or more)
  const terms = [...phrases].sort((a, b) => b.length - a.length).map((p) => p.trim().replace(/ \?/g, '[\\s-]*').replace(/ +/g, '[\\s-]+'));
  return `(?:${byFirstLetter(terms)})`;
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
 * The most characters a pattern's source may have for V8 to optimise it: a longer one is compiled without its
 * optimisations, the checks that let the engine skip a place quickly among them (`kRegExpTooLargeToOptimize`, 20 KB,
 * in V8's src/regexp/regexp.h), and may be left to its bytecode interpreter. The 22.9 KB revision list ran about seven
 * times slower a status than its two halves together. A phrase list longer than this is searched in parts.
 */
export const OPTIMISED_PATTERN_LIMIT = 20 * 1024;

/** Finds the first of a list of phrases in a text, as `phrasePattern` does, where the list is too long for one pattern. */
export interface PhraseSearch {
  /** The first match at or after `from` (the leftmost; at one place, the phrase the list tries first). */
  exec(text: string, from?: number): RegExpExecArray | null;
  /** The patterns searched, each under `OPTIMISED_PATTERN_LIMIT`, in the list's order. */
  readonly patterns: readonly RegExp[];
}

/**
 * A case-insensitive search for any of the phrases as whole words, as `phrasePattern` finds them (the same match at
 * the same place), made of as few patterns as keep each under V8's limit for optimising one (see
 * `OPTIMISED_PATTERN_LIMIT`). The phrases are tried longest first and cut into runs in that order, so at any place
 * the first run that matches holds the phrase the whole list would have matched there.
 * @example phraseSearch(['deferred to', 'now due']).exec('Now due in May; deferred to June')![0] // 'Now due'
 */
export function phraseSearch(phrases: readonly string[], limit = OPTIMISED_PATTERN_LIMIT - 1024): PhraseSearch {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const runs: string[][] = [];
  for (const phrase of sorted) {
    const last = runs[runs.length - 1];
    if (last && `\\b${matchAnyPhrase([...last, phrase])}\\b`.length <= limit) last.push(phrase);
    else runs.push([phrase]);
  }
  const patterns = runs.map((run) => new RegExp(phrasePattern(run).source, 'gi'));
  return {
    patterns,
    exec(text: string, from = 0): RegExpExecArray | null {
      let best: RegExpExecArray | null = null;
      for (const pattern of patterns) {
        pattern.lastIndex = from;
        const m = pattern.exec(text);
        // (a later run's match wins only further left: at one place, the earlier run's phrase is tried first)
        if (m && (best === null || m.index < best.index)) best = m;
      }
      return best;
    },
  };
}

/**
 * The alternatives `terms` as one alternation that matches as `terms.join('|')` does (the same match, tried in the
 * same order), with the terms that open with the same letter gathered behind it: "s(?:lipped|lips?)" instead of
 * "slipped|slips?". A regular-expression engine tries each alternative in turn at every place in the text; gathered,
 * a place is tried against the letters there are (about twenty) rather than every phrase (a hundred and more in the
 * amber list).
 *
 * Two terms that open with different letters never match at the same place, so gathering keeps, at any place, the
 * order in which they are tried. A term opening with a group ("(?:agreed|decided) to defer") is written out as one
 * term per alternative of the group first ("agreed to defer", "decided to defer": the same matches in the same
 * order), so that it can be gathered, as is a term opening with a look-behind (see `behindLetter`); a term that
 * still opens otherwise (a digit, a class, a look-around) is left where it stands, and the letters are gathered on
 * either side of it. Letters are gathered without regard to case (the patterns are case-insensitive) and taken out
 * in front only when every term behind them writes them alike. A list with a capturing group or a back-reference is
 * joined as it is (moving its terms would renumber the groups).
 *
 * @example byFirstLetter(['slipped', 'delay', 'slips?']) // 's(?:lipped|lips?)|delay'
 */
export function byFirstLetter(terms: readonly string[]): string {
  if (terms.some(capturesOrRefers)) return terms.join('|');
  // (a group of look-behinds is written out first: "(?:(?<=^)|(?<=; ))to" → "(?<=^)to", "(?<=; )to")
  const opened = terms.flatMap((t) => writtenOut(t, 0).flatMap((u) => (LOOK_BEHIND.test(u) ? behindLetter(u) : [u])));
  // runs of terms that open with a letter, each run as the terms behind each letter (in the order first met);
  // a term that opens otherwise stands alone between the runs
  const chunks: Array<string | Map<string, string[]>> = [];
  for (const t of opened) {
    const letter = openingLetter(t);
    const last = chunks[chunks.length - 1];
    if (letter === null) chunks.push(t);
    else if (last !== undefined && typeof last !== 'string') {
      const same = last.get(letter);
      if (same) same.push(t);
      else last.set(letter, [t]);
    } else chunks.push(new Map([[letter, [t]]]));
  }
  return chunks.map((c) => (typeof c === 'string' ? c : [...c.values()].map(gathered).join('|'))).join('|');
}

/** A term opening with a look-behind ("(?<=^\s*)todo", "(?<!not )on track"). */
const LOOK_BEHIND = /^\(\?<[=!]/;

/**
 * A term that opens with a look-behind, written out as `writtenOut` does and with the look-behind moved after each
 * term's first letter, which it then looks behind too ("(?<=^\s*)(?:todo|backlog)" → "t(?<=^\s*t)odo",
 * "b(?<=^\s*b)acklog"; "(?<=[.;]\s*|^)to" → "t(?<=(?:[.;]\s*|^)t)o"): the same matches, but a term that opens with a
 * letter is gathered behind it (see `byFirstLetter`), so the look-behind is looked at only where that letter is, not
 * at every place in the text (which made such a term cost as much as a hundred phrases). A term that does not open
 * with a letter keeps the look-behind in front.
 * @example behindLetter(String.raw`(?<=^\s*)(?:todo|backlog)`) // ['t(?<=^\s*t)odo', 'b(?<=^\s*b)acklog']
 */
function behindLetter(term: string): string[] {
  const end = closingParen(term);
  if (end < 0) return [term];
  const opening = term.slice(0, 4);
  const inside = term.slice(4, end);
  // (a look-behind of several alternatives is grouped, so the letter follows each of them)
  const before = topAlternatives(inside).length > 1 ? `(?:${inside})` : inside;
  return writtenOut(term.slice(end + 1), 0).map((t) =>
    openingLetter(t) === null ? term.slice(0, end + 1) + t : `${t[0]}${opening}${before}${t[0]})${t.slice(1)}`,
  );
}

/** Terms that open with one letter (as found without regard to case), as one alternative. */
function gathered(terms: readonly string[]): string {
  if (terms.length === 1) return terms[0];
  const first = terms[0][0];
  // the letter taken out in front only when every term writes it alike ("On" and "on" stay whole: a pattern that
  // is not case-insensitive tells them apart)
  if (terms.some((t) => t[0] !== first)) return `(?:${terms.join('|')})`;
  return `${first}(?:${terms.map((t) => t.slice(1)).join('|')})`;
}

/** The letter a term opens with, lower-cased (a plain letter, not made optional or repeated by what follows); else null. */
function openingLetter(term: string): string | null {
  const c = term.charCodeAt(0);
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (!letter || /^.[?*{]/.test(term)) return null;
  return term[0].toLowerCase();
}

/** True when a term holds a capturing group (named or not) or a back-reference. */
function capturesOrRefers(term: string): boolean {
  if (/\\(?:[1-9]|k<)/.test(term)) return true;
  // (a bracket escaped or in a class opens no group)
  const plain = term.replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /\((?!\?)|\(\?<(?![=!])/.test(plain);
}

/**
 * A term that opens with a non-capturing group written out as one term per alternative of the group, in order,
 * each followed by the rest ("(?:agreed|decided) to defer" → "agreed to defer", "decided to defer"); an optional
 * group is followed by the rest without it, as the engine tries it ("(?:now )?due" → "now due", "due"). The terms
 * written out are written out in turn (a few levels deep). Any other term is kept as it is.
 */
function writtenOut(term: string, depth: number): string[] {
  if (depth > 3 || !term.startsWith('(?:')) return [term];
  const end = closingParen(term);
  if (end < 0) return [term];
  const alternatives = topAlternatives(term.slice(3, end));
  const after = term.slice(end + 1);
  // "?" (greedy): the group, then none; any other count ("*", "+", "{2}", "??") is kept whole
  const optional = after.startsWith('?') && !after.startsWith('??');
  if (!optional && /^[*+{?]/.test(after)) return [term];
  const rest = optional ? after.slice(1) : after;
  const out = alternatives.flatMap((a) => writtenOut(a + rest, depth + 1));
  return optional ? out.concat(writtenOut(rest, depth + 1)) : out;
}

/** Where the group opening a pattern closes (-1 if it does not): escapes and classes ("[()]") are skipped. */
function closingParen(pattern: string): number {
  let depth = 0;
  for (let k = 0; k < pattern.length; k++) {
    const c = pattern[k];
    if (c === '\\') k++;
    else if (c === '[') k = classEnd(pattern, k);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k;
  }
  return -1;
}

/** The alternatives of a pattern at its top level ("a|(?:b|c)" → "a", "(?:b|c)"). */
function topAlternatives(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < pattern.length; k++) {
    const c = pattern[k];
    if (c === '\\') k++;
    else if (c === '[') k = classEnd(pattern, k);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(pattern.slice(start, k));
      start = k + 1;
    }
  }
  out.push(pattern.slice(start));
  return out;
}

/** Where the class opening at `open` ("[") closes. */
function classEnd(pattern: string, open: number): number {
  let k = open + 1;
  while (k < pattern.length && pattern[k] !== ']') k += pattern[k] === '\\' ? 2 : 1;
  return k;
}
