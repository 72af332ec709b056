/**
 * Splitting one Reporting / Lead cell into the leads it names, as written: "EH&P and L&I sg" → "EH&P", "L&I sg";
 * "PM group to Business Group" → "PM group", "Business Group"; "Learning &Improvement\n Group" → one lead (a
 * lone "Group" belongs to the line above).
 *
 * "and" and "&" separate leads unless they join the words of one name. A name is known to be joined when the
 * plan writes it before a group word ("Learning and Improvement sub group"), when an abbreviation in the plan or
 * its glossary spells it ("L&I"), or when the glossary writes it out.
 */
import {
  CONJUNCTIONS,
  EMAIL_ADDRESS,
  GROUP_SUFFIXES,
  INITIALS_SKIP,
  LEAD_LABEL,
  LEAD_SEPARATORS,
  LEADING_WORDS,
  NAME_ENDINGS,
  RELATION_PHRASES,
} from '../vocab/leads';
import { tokenize, type Token } from './tokens';

/** One lead as the cell writes it. */
export interface Piece {
  /** The text as written, whitespace collapsed ("Learning &Improvement Group"). */
  spelling: string;
  /** The spelling tidied for showing: one space between words, "&" spaced, abbreviations closed ("L&I Group"). */
  tidy: string;
  tokens: Token[];
}

/** What is known, plan-wide, about names whose words are joined by "and" or "&". */
export interface JoinedNames {
  /** "learning and improvement", "communication and engagement": two words joined as one name. */
  pairs: Set<string>;
  /** Abbreviations with "&", as their parts: "EH&P" → ['EH', 'P']. */
  ampersands: string[][];
}

/** A cell split: its leads, and the fragments that are no lead (a lone "Group" with nothing to join). */
export interface SplitCell {
  pieces: Piece[];
  fragments: string[];
}

/**
 * Splits a cell into its leads, as written.
 * @example splitCell('EH&P and L&I sg', learnJoinedNames(['EH&P and L&I sg'])).pieces.map((p) => p.spelling) // ['EH&P', 'L&I sg']
 */
/** An e-mail address in brackets, with the space before it. */
const BRACKETED_EMAIL = new RegExp(String.raw`\s*[(<[]\s*${EMAIL_ADDRESS}\s*[)>\]]`, 'g');

export function splitCell(text: string, joined: JoinedNames): SplitCell {
  const pieces: Piece[] = [];
  const fragments: string[] = [];
  // an e-mail address in brackets after a name is how to reach them, not part of the name ("Jane Smith
  // (jane.smith@council.gov.uk)")
  const named = text.indexOf('@') >= 0 ? text.replace(BRACKETED_EMAIL, '') : text;
  for (const written of named.split(LEAD_SEPARATORS)) {
    // "Lead: Police": the label is not part of the name
    const segment = written.replace(LEAD_LABEL, '');
    const tokens = tokenize(segment);
    for (const part of splitAtRelations(tokens)) {
      for (const named of splitAfterGroupWords(part)) {
        for (const lead of splitAtConjunctions(named, joined)) {
          const clean = trim(lead);
          if (clean.length === 0) continue;
          const piece: Piece = { spelling: spell(segment, clean), tidy: tidy(segment, clean), tokens: clean };
          const prev = pieces[pieces.length - 1];
          if (isOnlyGroupWord(clean)) {
            // a stray "Group" on its own line finishes the name above it ("Learning &Improvement" / "Group")
            if (prev && suffixAt(prev.tokens, prev.tokens.length - 1, true) === 0) {
              pieces[pieces.length - 1] = {
                spelling: `${prev.spelling} ${piece.spelling}`,
                tidy: `${prev.tidy} ${piece.tidy}`,
                tokens: [...prev.tokens, ...clean],
              };
            } else fragments.push(piece.spelling);
            continue;
          }
          pieces.push(piece);
        }
      }
    }
  }
  return { pieces, fragments };
}

/**
 * Learns, from every lead cell of a plan (and a glossary's long forms), which "X and Y" are one name.
 * @example learnJoinedNames(['Learning and Improvement sub group']).pairs.has('learning and improvement') // true
 */
export function learnJoinedNames(cells: Iterable<string>, glossary: ReadonlyArray<{ short: string; long: string }> = []): JoinedNames {
  const pairs = new Set<string>();
  const ampersands: string[][] = [];
  const seen = new Set<string>();
  const addAbbreviation = (t: Token) => {
    if (!t.abbr || !t.text.includes('&')) return;
    const parts = t.text.replace(/\s+/g, '').split('&');
    const key = parts.join('&');
    if (!seen.has(key)) {
      seen.add(key);
      ampersands.push(parts);
    }
  };
  // every cell's segments as tokens, and the names the plan writes alone ("Health", "Children's Services")
  const segments: Token[][] = [];
  const alone = new Set<string>();
  for (const cell of cells) {
    // a group word alone on the next line finishes the name above ("Learning &Improvement" / "Group")
    const joinedLines = cell.replace(/[ \t]*(?:\r?\n\s*)+(sub[ -]?group|group|sg)[ \t]*(?=\r?\n|$)/gi, ' $1');
    for (const segment of joinedLines.split(LEAD_SEPARATORS)) {
      const tokens = tokenize(segment);
      tokens.forEach(addAbbreviation);
      segments.push(tokens);
      if (tokens.length > 0 && !tokens.some(isConjunction)) alone.add(wordsOf(tokens));
    }
  }
  for (const tokens of segments) {
    for (let i = 1; i + 1 < tokens.length; i++) {
      if (!isConjunction(tokens[i]) || !plainWord(tokens[i - 1]) || !plainWord(tokens[i + 1])) continue;
      // "X and Y" before a group word or a body's name ("... sub group", "... Board") is one name
      const after = i + 2;
      if (!(after < tokens.length && (suffixAt(tokens, after, false) > 0 || NAME_ENDINGS.includes(tokens[after].word)))) continue;
      // unless the plan names both sides alone: "Health & Children's Services" beside "Health" and "Children's
      // Services" is two leads
      if (alone.has(wordsOf(tokens.slice(0, i))) && alone.has(wordsOf(tokens.slice(i + 1)))) continue;
      pairs.add(pairKey(tokens[i - 1], tokens[i + 1]));
    }
  }
  for (const g of glossary) {
    tokenize(g.short).forEach(addAbbreviation);
    const tokens = tokenize(g.long);
    for (let i = 1; i + 1 < tokens.length; i++)
      if (isConjunction(tokens[i]) && plainWord(tokens[i - 1]) && plainWord(tokens[i + 1])) pairs.add(pairKey(tokens[i - 1], tokens[i + 1]));
  }
  return { pairs, ampersands };
}

/** Tokens as one text to compare: their words, lower case ("children's services"). */
function wordsOf(tokens: readonly Token[]): string {
  return tokens.map((t) => t.word).join(' ');
}

function pairKey(a: Token, b: Token): string {
  return `${a.word} and ${b.word}`;
}

function isConjunction(t: Token): boolean {
  return CONJUNCTIONS.includes(t.word) || CONJUNCTIONS.includes(t.text.toLowerCase());
}

/** A word that can be half of a joined name: letters, not an abbreviation, not a group word. */
function plainWord(t: Token): boolean {
  return !t.abbr && /^[a-z]/i.test(t.text) && !isConjunction(t) && !GROUP_SUFFIXES.includes(t.word);
}

/** Splits at "to", "through", "scrutinise work of"...: both sides are leads. */
function splitAtRelations(tokens: Token[]): Token[][] {
  const phrases = RELATION_PHRASES.map((p) => p.split(' '));
  const out: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length;) {
    const phrase = phrases.find((p) => p.every((w, k) => tokens[i + k]?.text.toLowerCase() === w));
    if (phrase) {
      out.push(current);
      current = [];
      i += phrase.length;
      continue;
    }
    current.push(tokens[i++]);
  }
  out.push(current);
  return out;
}

/**
 * How many tokens from `i` make a group word ("sub group" is two), or 0. With `atEnd`, only a group word that
 * ends the tokens counts.
 */
function suffixAt(tokens: Token[], i: number, atEnd: boolean): number {
  for (const s of GROUP_SUFFIXES) {
    const ws = s.split(/[\s-]+/);
    const from = atEnd ? tokens.length - ws.length : i;
    if (from < 0) continue;
    if (ws.every((w, k) => tokens[from + k]?.word === w)) return ws.length;
  }
  return 0;
}

/** A name ends at its group word: "Case Review sg Business Group" is two leads. */
function splitAfterGroupWords(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length;) {
    const n = current.length > 0 ? suffixAt(tokens, i, false) : 0;
    if (n > 0) {
      current.push(...tokens.slice(i, i + n));
      i += n;
      const next = tokens[i];
      // only where another name follows (a capital, an abbreviation, or "and"/"&")
      if (next && (next.abbr || /^[A-Z]/.test(next.text) || isConjunction(next))) {
        out.push(current);
        current = [];
      }
      continue;
    }
    current.push(tokens[i++]);
  }
  out.push(current);
  return out;
}

/** Splits at "and" / "&" unless they join one name. */
function splitAtConjunctions(tokens: Token[], joined: JoinedNames): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (isConjunction(tokens[i]) && !joinsOneName(tokens, i, joined)) {
      out.push(current);
      current = [];
      continue;
    }
    current.push(tokens[i]);
  }
  out.push(current);
  return out;
}

/** True when the conjunction at `i` joins the words of one name ("Learning and Improvement"). */
function joinsOneName(tokens: Token[], i: number, joined: JoinedNames): boolean {
  const left = tokens[i - 1];
  const right = tokens[i + 1];
  if (!left || !right || !plainWord(left) || !plainWord(right)) return false;
  if (joined.pairs.has(pairKey(left, right))) return true;
  // an abbreviation in the plan spells the words on either side: "EH&P" and "Early Help and Prevention"
  return joined.ampersands.some((parts) =>
    parts.some((p, k) => k + 1 < parts.length && initialsBefore(tokens, i, p) && initialsAfter(tokens, i, parts[k + 1])),
  );
}

function initialsBefore(tokens: Token[], i: number, letters: string): boolean {
  const ws = tokens.slice(0, i).filter((t) => !INITIALS_SKIP.includes(t.word));
  const take = ws.slice(-letters.length);
  return take.length === letters.length && take.every((t, k) => plainWord(t) && t.text[0].toUpperCase() === letters[k]);
}

function initialsAfter(tokens: Token[], i: number, letters: string): boolean {
  const ws = tokens.slice(i + 1).filter((t) => !INITIALS_SKIP.includes(t.word));
  const take = ws.slice(0, letters.length);
  return take.length === letters.length && take.every((t, k) => plainWord(t) && t.text[0].toUpperCase() === letters[k]);
}

/** Drops "and"/"&" at either end and "the" in front. */
function trim(tokens: Token[]): Token[] {
  let a = 0;
  let b = tokens.length;
  while (a < b && (isConjunction(tokens[a]) || LEADING_WORDS.includes(tokens[a].word))) a++;
  while (b > a && isConjunction(tokens[b - 1])) b--;
  return tokens.slice(a, b);
}

function isOnlyGroupWord(tokens: Token[]): boolean {
  return suffixAt(tokens, 0, false) === tokens.length;
}

/**
 * Words as written, one space between them (a hyphen stays), "&" spaced, abbreviations closed up; what stands between
 * words keeps its spacing ("J. Smith", "Designated Nurse (CCG)"), and a bracket opened is closed.
 * @example tidy('Designated Nurse (CCG)', tokenize('Designated Nurse (CCG)')) // 'Designated Nurse (CCG)'
 */
function tidy(segment: string, tokens: Token[]): string {
  let out = '';
  tokens.forEach((t, i) => {
    if (i > 0) {
      const gap = segment.slice(tokens[i - 1].end, t.start);
      out += gap.trim() === '' || t.text === '&' || tokens[i - 1].text === '&' ? ' ' : gap.replace(/\s+/g, ' ');
    }
    out += t.abbr ? t.text.replace(/\s+/g, '') : t.text;
  });
  const opened = (out.match(/\(/g) ?? []).length - (out.match(/\)/g) ?? []).length;
  return opened > 0 ? out + ')'.repeat(opened) : out;
}

function spell(segment: string, tokens: Token[]): string {
  let end = tokens[tokens.length - 1].end;
  // a bracket the spelling opens is closed as written ("Detective Inspector (Police)", not "... (Police")
  let opened = 0;
  for (let i = tokens[0].start; i < end; i++) opened += segment[i] === '(' ? 1 : segment[i] === ')' ? -1 : 0;
  while (opened > 0 && segment[end] === ')') {
    end++;
    opened--;
  }
  return segment.slice(tokens[0].start, end).replace(/\s+/g, ' ');
}
