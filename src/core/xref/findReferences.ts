import { memoTable, recall, type Memo } from '../memo';
import { REF_LEADIN, SCHEMES } from '../vocab/schemes';

/** A citation of another plan's item. */
export interface Reference {
  scheme: string;
  ref: string;
  /** The words it was read from. */
  text: string;
}

/** Everything a piece of text cites or mentions. */
export interface References {
  readonly refs: readonly Reference[];
  /** Schemes named without a reference number ("... Single Integrated Imp't Plan (SIIP)"). */
  readonly mentions: readonly string[];
}

const NUMBER = String.raw`\d+(?:\.\d+)*[a-z]?`;
// a following reference: "& 2.2", ", 7.1.1", "and 3", or the relative ".1.1" (see below)
const SEP = String.raw`(?:\s*(?:,|&|\band\b|\/|;|\+))+\s*`;
// a range's end ("1.1-1.3", "2.1 to 2.4", "1-3"): expanded by `expandRange`
const RANGE_END = String.raw`(?:\s*(?:-|–|—|\bto\b)\s*\d+(?:\.\d+)*[a-z]?(?![\d.]))?`;
const NEXT = String.raw`(?:${SEP}(?:${NUMBER}${RANGE_END}|\.\d+(?:\.\d+)*)(?![\d]))`;

const COMPILED = SCHEMES.map((s) => ({
  scheme: s.scheme,
  pattern: new RegExp(
    // longest spelling first: "Ofsted ILACS rec 5" is not "Ofsted" with no number after it
    String.raw`(?<![A-Za-z])(?:${[...s.aliases]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})${s.plural ? 's?' : ''}(?![A-Za-z])(?:${REF_LEADIN}(${NUMBER}(?![\d])${RANGE_END}(?:${NEXT})*))?`,
    s.caseSensitive ? 'g' : 'gi',
  ),
}));

/**
 * Finds the references a cell cites. Lists are split ("SIIP 2.1 & 2.2" → 2.1, 2.2). A fragment that starts
 * with a dot is read relative to the reference before it: "SIIP 7.1, &.1.1," is 7.1 and 7.1.1 (the first part
 * of 7.1 carried over), as the Calderdale plan writes it. Year pairs are periods, not references
 * ("CYPP 2009/2012" is a mention).
 *
 * @example findReferences('LINK TO SIIP 2.1 & 2.2').refs.map(r => r.ref) // ['2.1', '2.2']
 * @example findReferences('Ofsted Preparation LINK TO SIIP 7.1, &.1.1,').refs.map(r => r.ref) // ['7.1', '7.1.1']
 * @example findReferences("Single Integrated Imp't Plan (SIIP)").mentions // ['SIIP']
 */
export function findReferences(text: string, memo?: Memo): References {
  // most cells name no scheme at all: a quick test spares the lookup
  return text && SPELLED.test(text) && HINT.test(text) ? recall(memo, REFERENCES, text) : NONE;
}

const NONE: References = Object.freeze({ refs: Object.freeze([]), mentions: Object.freeze([]) });
/**
 * A text cites or mentions a scheme only where one of its aliases stands as a word: one pattern of every alias (with
 * the case each scheme asks for), so the texts that name none (nearly all) are passed over in one test.
 */
const SPELLINGS = SCHEMES.flatMap((s) =>
  // a spelling that opens with another of the scheme's ("Ofsted ILACS") is found by that one
  s.aliases
    .filter((a) => !s.aliases.some((b) => b !== a && a.startsWith(`${b} `)))
    .map((a) => (s.caseSensitive ? escape(a) : foldCase(escape(a))) + (s.plural ? (s.caseSensitive ? 's?' : '[Ss]?') : '')),
).join('|');
const HINT = new RegExp(String.raw`(?<![A-Za-z])(?:${SPELLINGS})(?![A-Za-z])`);
/**
 * The spellings of `HINT` anywhere, not only as words: a text `HINT` finds passes it too, and the search without the
 * look-behind at its start is the quicker, so the texts naming no scheme (nearly all) are passed over by it alone.
 */
const SPELLED = new RegExp(SPELLINGS);

/** The references of one text, remembered per assessment. */
const REFERENCES = memoTable('references', findUncached);

function findUncached(text: string): References {
  const refs: Reference[] = [];
  const mentions: string[] = [];
  if (!text) return { refs, mentions };
  const bounded = text.length > 20000 ? text.slice(0, 20000) : text;
  for (const compiled of COMPILED) readScheme(bounded, compiled, refs, mentions);
  return { refs, mentions };
}

/**
 * The reference numbers a text cites under one scheme, in the order `findReferences` lists them: only that
 * scheme's spellings are read (a scheme's citations never depend on another's), with no memo.
 * @example schemeRefs('LINK TO SIIP 2.1 & 2.2, CYPP 3', 'SIIP') // ['2.1', '2.2']
 */
export function schemeRefs(text: string, scheme: string): string[] {
  let compiled: (typeof COMPILED)[number] | undefined;
  for (let i = 0; i < COMPILED.length && !compiled; i++) if (COMPILED[i].scheme === scheme) compiled = COMPILED[i];
  if (!text || !compiled) return [];
  const bounded = text.length > 20000 ? text.slice(0, 20000) : text;
  // most texts never name the scheme (the formatting plan asks of every cell of a row that cites it): one test says
  // so, and no lists are made for them (a failed test leaves the pattern's lastIndex at 0, as readScheme does)
  compiled.pattern.lastIndex = 0;
  if (!compiled.pattern.test(bounded)) return [];
  const refs: Reference[] = [];
  readScheme(bounded, compiled, refs, []);
  return refs.map((r) => r.ref);
}

/** Adds what one scheme's pattern finds in the text to `refs` (each scheme and number once) and `mentions`. */
function readScheme(bounded: string, { scheme, pattern }: (typeof COMPILED)[number], refs: Reference[], mentions: string[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(bounded); m; m = pattern.exec(bounded)) {
    const list = m[1];
    // no number, or a year ("CYPP 2009/2012" names the plan's period): a mention, not a citation
    if (!list || /^(?:19|20)\d{2}\b/.test(list)) {
      if (!mentions.includes(scheme)) mentions.push(scheme);
      continue;
    }
    let previous: string | null = null;
    for (const part of splitList(list)) {
      const piece = part.trim();
      if (!piece) continue;
      let ref = piece;
      if (piece.startsWith('.') && previous) ref = `${previous.split('.')[0]}${piece}`;
      else if (piece.startsWith('.')) continue;
      const range = RANGE.exec(ref);
      for (const one of range ? expandRange(range[1], range[2]) : [ref]) {
        if (!refs.some((r) => r.scheme === scheme && r.ref === one)) refs.push({ scheme, ref: one, text: m[0].trim() });
        previous = one;
      }
    }
    // "SIIP Priority 2 Action 2.3": the action within the priority is the reference
    const within = WITHIN.exec(bounded.slice(m.index + m[0].length, m.index + m[0].length + 40));
    const last = refs[refs.length - 1];
    if (within && previous !== null && last?.scheme === scheme && last.ref === previous && within[1].startsWith(`${previous}.`)) {
      refs[refs.length - 1] = { scheme, ref: within[1], text: `${m[0].trim()}${within[0].trimEnd()}` };
    }
  }
}

/** A range in a list of references: its first and last ("1.1-1.3", "2.1 to 2.4", "1 - 3"). */
const RANGE = /^(\S+)\s*(?:-|–|—|\bto\b)\s*(\S+)$/;

/** The most a range is expanded to (a longer "range" is more likely something else: its ends are kept). */
const MAX_RANGE = 20;

/**
 * The references a range covers: "1.1" to "1.3" is 1.1, 1.2, 1.3; "1" to "3" is 1, 2, 3. Only siblings are
 * expanded (the same parts but the last, which rises by at most 20); else the two ends are kept as written when
 * they are of one depth, and only the first when not ("1.1 - 12 Dec 14").
 * @example expandRange('1.1', '1.3') // ['1.1', '1.2', '1.3']
 * @example expandRange('1.1', '2.4') // ['1.1', '2.4']
 */
export function expandRange(first: string, end: string): string[] {
  const a = first.split('.');
  const b = end.split('.');
  const from = Number(a[a.length - 1]);
  const to = Number(b[b.length - 1]);
  const siblings = a.length === b.length && a.slice(0, -1).join('.') === b.slice(0, -1).join('.');
  if (!siblings || !Number.isInteger(from) || !Number.isInteger(to) || to <= from || to - from > MAX_RANGE) {
    // an end of another depth is not a reference of the list ("SIIP 1.1 - 12 Dec 14")
    return a.length === b.length && first !== end ? [first, end] : [first];
  }
  const stem = a.length > 1 ? `${a.slice(0, -1).join('.')}.` : '';
  const out: string[] = [];
  for (let k = from; k <= to; k++) out.push(`${stem}${k}`);
  return out;
}

/** A more precise reference after the one read ("Priority 2 Action 2.3", "objective 4, action 4.1.2"). */
const WITHIN = /^\s*,?\s*(?:actions?|items?|objectives?|ref(?:erence)?s?|points?|recommendations?)\s*[:#.]?\s*(\d+(?:\.\d+)+[a-z]?)(?![\d.])/i;

/** The separators of a list of references, global, walked by `splitList` (left at the start). */
const SEPARATORS = new RegExp(SEP, 'g');

/** A list of references split at its separators (as `list.split(new RegExp(SEP))`, without copying the pattern). */
function splitList(list: string): string[] {
  const parts: string[] = [];
  let last = 0;
  SEPARATORS.lastIndex = 0;
  for (let m = SEPARATORS.exec(list); m; m = SEPARATORS.exec(list)) {
    if (m[0].length === 0) {
      SEPARATORS.lastIndex++;
      continue;
    }
    parts.push(list.slice(last, m.index));
    last = m.index + m[0].length;
  }
  parts.push(list.slice(last));
  return parts;
}

/** A pattern's letters matched in either case ("Ofsted" → "[Oo][Ff]..."), leaving escapes and classes alone. */
function foldCase(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (c === '[') {
      const end = source.indexOf(']', i);
      out += source.slice(i, end + 1);
      i = end;
    } else if (/[A-Za-z]/.test(c)) out += `[${c.toUpperCase()}${c.toLowerCase()}]`;
    else out += c;
  }
  return out;
}

function escape(s: string): string {
  return s
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+')
    .replace(/['’]/g, "['’]");
}
