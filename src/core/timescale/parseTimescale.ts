import { addDays, addMonths, type IsoDate } from '../calendarDate';
import { MONTH_PATTERN, MONTH_STEMS } from '../vocab/months';
import { EVENT_PHRASES, NO_DATE_PHRASES, RECURRENCE_PHRASES } from '../vocab/timescalePhrases';
import { PARSERS, REFINERS } from './configuration';
import { placeYears } from './refiners/placeYears';
import { removeOverlaps } from './refiners/removeOverlaps';
import type { Component, Milestone, Timescale, TimescaleContext } from './types';

/**
 * Reads a free-text timescale the way a UK board's secretariat writes it. Never throws.
 *
 * @example parseTimescale('Dec 14\n\nMarch 15\n\nMay 15').due // '2015-05-31'
 * @example parseTimescale('Bi monthly').kind // 'recurring'
 * @example parseTimescale('August Board', { referenceDate: '2014-11-15' }).due // '2014-08-31'
 */
export function parseTimescale(input: unknown, context: TimescaleContext = {}): Timescale {
  const text = typeof input === 'string' ? input : input === null || input === undefined ? '' : String(input);
  try {
    return read(text, context);
  } catch (err) {
    return empty(text, [`could not be read (${err instanceof Error ? err.message : String(err)})`]);
  }
}

/** Lines and sentences become "; " so a day on one line is never joined to a month on the next. */
export function normaliseTimescaleText(text: string): string {
  // most timescales hold no line break, tab, odd space or double space: only the ends need trimming
  if (!NEEDS_NORMALISING.test(text)) return text.trim();
  return text
    .replace(/[\u00a0\u2000-\u200b]/g, ' ')
    .replace(/\s*[\r\n]+\s*/g, ' ; ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Anything the replacements in `normaliseTimescaleText` would change. */
const NEEDS_NORMALISING = /[\u00a0\u2000-\u200b\r\n\t]| {2}/;

/**
 * A timescale read as far as it can be without the plan's context: its readings with the refiners before
 * `placeYears` applied (they read the text alone). Kept read-only: finishing it copies what `placeYears` changes.
 */
export interface TimescaleDraft {
  readonly raw: string;
  readonly text: string;
  readonly components: readonly Component[];
  /** The recurrence and event phrases the text names (their labels), read once for both passes. */
  readonly recurrence: string | null;
  readonly event: string | null;
}

/**
 * Reads a timescale as `parseTimescale(input)` does (no context) and, when the reading depends on the context
 * (`contextual`), hands `keep` what was read before the years were placed: `finishTimescale(draft, context)` is then
 * `parseTimescale(input, context)` without reading the text again (pass 2 of an assessment).
 */
export function parseTimescaleAlone(input: unknown, keep: (reading: Timescale, draft: TimescaleDraft) => void): Timescale {
  const raw = typeof input === 'string' ? input : input === null || input === undefined ? '' : String(input);
  try {
    const text = textOf(raw);
    const components = scan(text);
    if (!components) return blank(raw, text);
    // the phrases depend on the text alone: read once, and kept with the draft for pass 2
    const either = namesEither(text);
    const recurrence = either ? firstLabel(RECURRENCE, text) : null;
    const event = either ? firstLabel(EVENTS, text) : null;
    const reading = finish(raw, text, components, {}, recurrence, event);
    // with no context, placing years changes no reading: the draft is as it was read
    if (reading.contextual) keep(reading, { raw, text, components, recurrence, event });
    return reading;
  } catch (err) {
    return empty(raw, [`could not be read (${err instanceof Error ? err.message : String(err)})`]);
  }
}

/**
 * A draft from `parseTimescaleAlone` read in the plan's context: the same as `parseTimescale(draft.raw, context)`.
 * The draft is left as it was (its readings are copied before their years are placed).
 */
export function finishTimescale(draft: TimescaleDraft, context: TimescaleContext): Timescale {
  try {
    return finish(draft.raw, draft.text, draft.components.map(ownReading), context, draft.recurrence, draft.event);
  } catch (err) {
    return empty(draft.raw, [`could not be read (${err instanceof Error ? err.message : String(err)})`]);
  }
}

/**
 * A reading that `placeYears` may change without changing the draft's: a copy of each part with no year, with its
 * own assumptions (it changes nothing else). A reading with every year stated is kept as it is.
 */
function ownReading(c: Component): Component {
  const start = c.rangeStart;
  const placeStart = start !== undefined && start.year === null;
  if (c.year !== null && !placeStart) return c;
  return {
    ...c,
    assumptions: c.year === null ? [...c.assumptions] : c.assumptions,
    rangeStart: placeStart ? { ...start, assumptions: [...start.assumptions] } : start,
  };
}

/**
 * The refiners before `placeYears`, which read the text alone (a draft is read up to there), and those from it on,
 * which may read the context. `removeOverlaps`, when first, is done by `scan` itself (see `DROPS_OVERLAPS`).
 */
const PLACE_YEARS = Math.max(0, REFINERS.indexOf(placeYears));
/**
 * True when the refiners begin with `removeOverlaps` (they do): `scan` then keeps one reading per piece of text
 * itself, as that refiner would, and reads no match it would drop.
 */
const DROPS_OVERLAPS = REFINERS[0] === removeOverlaps;
const CONTEXT_FREE = REFINERS.slice(DROPS_OVERLAPS && PLACE_YEARS > 0 ? 1 : 0, PLACE_YEARS);
const IN_CONTEXT = REFINERS.slice(PLACE_YEARS);

function read(raw: string, context: TimescaleContext): Timescale {
  const text = textOf(raw);
  const components = scan(text);
  if (!components) return blank(raw, text);
  const either = namesEither(text);
  return finish(raw, text, components, context, either ? firstLabel(RECURRENCE, text) : null, either ? firstLabel(EVENTS, text) : null);
}

/** The text a timescale is read from: its first 2,000 characters, normalised. */
function textOf(raw: string): string {
  return normaliseTimescaleText(raw.length > 2000 ? raw.slice(0, 2000) : raw);
}

/** The reading of a text holding no letter or digit. */
function blank(raw: string, text: string): Timescale {
  return result(raw, 'none', [], undefined, null, null, [text === '' ? 'no timescale given' : `no date: "${text}" (blank)`], true);
}

/**
 * The parsers' matches found in a text, in the order `removeOverlaps` sorts readings (start, then the longer first,
 * then as found), with the index of the parser that found each (`FOUND_BY`), and the readings kept from them
 * (`KEPT`): scratch lists used again from one text to the next (`scan` never runs inside itself), so that a text
 * grows no lists of its own. Emptied after each text.
 */
const FOUND: Array<RegExpExecArray | undefined> = [];
const FOUND_BY: number[] = [];
const KEPT: Array<Component | undefined> = [];

/** The (normalised) text's readings with the context-free refiners applied, or null when it holds no letter or digit. */
function scan(text: string): Component[] | null {
  const chars = charsOf(text);
  // no digit and no letter: nothing any parser could read
  if ((chars & ALNUM) === 0) return null;
  // a parser runs only on texts holding what it needs (a digit, a separator; a month or other word, all looked for
  // in the same pass as the characters)
  const words = wordsFound;
  let found = 0;
  for (let i = 0; i < PARSERS.length; i++) {
    const needs = NEEDS[i];
    let skip = false;
    for (let j = 0; j < needs.length && !skip; j++) skip = (chars & needs[j]) === 0;
    if (skip) continue;
    const wordNeed = WORD_NEEDS[i];
    if (wordNeed !== 0 && (words & wordNeed) === 0) continue;
    // the parsers' patterns are global and shared: start each scan from the beginning (or, for a pattern that opens
    // with a month word, from the first month word, and no further search once past the last: its matches start at one)
    // (likewise a pattern that opens with four digits in a row, from the first such digits to the last)
    const pattern = PARSERS[i].pattern;
    let from = 0;
    let last = text.length;
    if (OPENS_WITH_MONTH[i] && firstMonthAt >= 0) {
      from = firstMonthAt;
      last = lastMonthAt;
    } else if (OPENS_WITH_YEAR[i] && firstYearAt >= 0) {
      from = firstYearAt;
      last = lastYearAt;
    }
    pattern.lastIndex = from;
    for (let m = pattern.exec(text); m; m = pattern.lastIndex <= last ? pattern.exec(text) : null) {
      const length = m[0].length;
      if (length === 0) {
        pattern.lastIndex++;
        continue;
      }
      // kept in order as found (an insertion sort: the lists are short, and stable as `removeOverlaps` is)
      let k = found++;
      if (DROPS_OVERLAPS) {
        for (; k > 0; k--) {
          const before = FOUND[k - 1]!;
          if (before.index < m.index || (before.index === m.index && before[0].length >= length)) break;
          FOUND[k] = before;
          FOUND_BY[k] = FOUND_BY[k - 1];
        }
      }
      FOUND[k] = m;
      FOUND_BY[k] = i;
    }
    // (as a search that ran to the end leaves it)
    pattern.lastIndex = 0;
  }
  // each match read in turn, skipping those `removeOverlaps` would drop whatever they read as: one that starts
  // before the end of the last reading kept ("2015" inside "January 2015") is never read at all (a reading's start
  // and end are its match's)
  let kept = 0;
  let reach = -1;
  for (let k = 0; k < found; k++) {
    const m = FOUND[k]!;
    FOUND[k] = undefined;
    if (m.index < reach) continue;
    const c = PARSERS[FOUND_BY[k]].extract(m, text);
    if (!c) continue;
    KEPT[kept++] = c;
    if (DROPS_OVERLAPS) reach = c.end;
  }
  // a list of the readings' own size
  let read = KEPT.slice(0, kept) as Component[];
  for (let k = 0; k < kept; k++) KEPT[k] = undefined;
  // with nothing found, every refiner gives nothing back
  if (read.length > 0) for (const refiner of CONTEXT_FREE) read = refiner.refine(read, text, {});
  return read;
}

/**
 * A text's readings (from `scan`, or a draft's) read in the context: years placed, milestones, kind. The recurrence
 * and event phrases the text names are read by the caller (a draft keeps them from pass 1).
 */
function finish(raw: string, text: string, components: Component[], context: TimescaleContext, recurrence: string | null, event: string | null): Timescale {
  // only placing the years a text leaves out reads the context: a reading that comes to it with every year stated
  // (a month word inside "January 2015" was dropped as an overlap) is the same in any context
  let contextual = false;
  // (and a span of calendar years may be the plan's own stated period, "2015-2017" in a plan of 2015-17: `planLifeYears`)
  let lifeSpan = false;
  for (const c of components) {
    if (c.year === null || (c.rangeStart && c.rangeStart.year === null)) contextual = true;
    else if (c.parser === 'financial-year' && c.month === 12) lifeSpan = true;
  }
  if (components.length > 0) {
    for (const refiner of IN_CONTEXT) {
      // with every year stated it has nothing to place, and keeps every reading as it is (most texts)
      if (refiner === placeYears && !contextual) continue;
      components = refiner.refine(components, text, context);
    }
  }

  // the milestones and assumptions gathered in scratch lists, then copied out at their own size (kept with the
  // reading: a list grown by push holds room for seventeen)
  let found = 0;
  let assumed = 0;
  for (let i = 0; i < components.length; i++) {
    const c = components[i];
    const m = toMilestone(c);
    if (!m) continue;
    MILESTONES[found++] = m;
    if (c.rangeStart) assumed = assumeOnce(c.rangeStart.assumptions, assumed);
    assumed = assumeOnce(c.assumptions, assumed);
  }
  const milestones = MILESTONES.slice(0, found) as Milestone[];
  for (let k = 0; k < found; k++) MILESTONES[k] = undefined;
  if (found > 1) milestones.sort(byDate);

  let last: Milestone | undefined;
  for (let i = found - 1; i >= 0 && !last; i--) if (milestones[i].role === 'deadline') last = milestones[i];

  let kind: Timescale['kind'];
  if (recurrence) {
    kind = 'recurring';
    if (last) ASSUMED[assumed++] = `repeats (${recurrence}) ${repeatsUntil(text, last) ? 'until' : 'after'} ${last.text.trim()}: not counted overdue`;
  } else if (last) {
    kind = 'date';
  } else if (event || hasAfter(milestones)) {
    kind = 'event';
    event = event ?? dependencyLabel(text, milestones);
  } else {
    kind = 'none';
    event = null;
    const noDate = firstLabel(NO_DATE, text);
    if (noDate) ASSUMED[assumed++] = text === '' ? 'no timescale given' : `no date: "${text}" (${noDate})`;
    else ASSUMED[assumed++] = `no date could be read from "${text}"`;
  }
  const assumptions = assumed === 0 ? [] : (ASSUMED.slice(0, assumed) as string[]);
  for (let k = 0; k < assumed; k++) ASSUMED[k] = undefined;
  const out = result(raw, kind, milestones, last, kind === 'recurring' ? recurrence : null, event, assumptions, kind === 'none');
  if (contextual || lifeSpan) out.contextual = true;
  return out;
}

/** Scratch lists for `finish` (which never runs inside itself): one text's milestones and assumptions. */
const MILESTONES: Array<Milestone | undefined> = [];
const ASSUMED: Array<string | undefined> = [];

/** Adds to `ASSUMED` (holding `assumed` so far) those of `assumptions` it lacks; gives the new count. */
function assumeOnce(assumptions: readonly string[], assumed: number): number {
  for (let i = 0; i < assumptions.length; i++) {
    const a = assumptions[i];
    let known = false;
    for (let k = 0; k < assumed && !known; k++) known = ASSUMED[k] === a;
    if (!known) ASSUMED[assumed++] = a;
  }
  return assumed;
}

/** Milestones in date order (a function made once, not one per sort). */
function byDate(a: Milestone, b: Milestone): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** True when one of the milestones is a dependency ("after ..."). */
/** True when the words before a recurrence's date say it runs up to it ("Monthly until March 2015"). */
function repeatsUntil(text: string, m: Milestone): boolean {
  return UNTIL_WORDS.test(wordsBeforeMilestone(text, m));
}

/** Words before a date that end a recurrence there. */
const UNTIL_WORDS = /\b(?:until|till|til|up\s+to|through|to)\s*$/i;

/**
 * What a timescale that only says when the work can start waits for, from its first dependency: "from April 2015",
 * "after October 14".
 * @example dependencyLabel('From April 2015', milestones) // 'from April 2015'
 */
function dependencyLabel(text: string, milestones: readonly Milestone[]): string {
  const m = milestones.find((x) => x.role === 'after');
  if (!m) return 'after an event';
  return `${FROM_WORDS.test(wordsBeforeMilestone(text, m)) ? 'from' : 'after'} ${m.text.trim()}`;
}

/**
 * The words just before a milestone's date in the text (up to 14 characters; '' when the date opens the text or is
 * not found): "Monthly until " before "March 2015".
 */
function wordsBeforeMilestone(text: string, m: Milestone): string {
  const at = text.indexOf(m.text);
  return at > 0 ? text.slice(Math.max(0, at - 14), at) : '';
}

/** Words before a dependency's date that say the work starts then ("From April 2015", "Starting June"). */
const FROM_WORDS = /\b(?:from|starting|starts|commencing|beginning)\s*$/i;

function hasAfter(milestones: readonly Milestone[]): boolean {
  for (let i = 0; i < milestones.length; i++) if (milestones[i].role === 'after') return true;
  return false;
}

/** A reading's period for `year`: the one its stated year was checked with, when that is the year. */
function periodOf(c: Component, year: number): readonly [IsoDate, IsoDate] | null {
  return c.statedSpan !== undefined && c.statedSpanYear === year ? c.statedSpan : c.span(year);
}

function toMilestone(c: Component): Milestone | null {
  if (c.year === null) return null;
  const span = periodOf(c, c.year);
  if (!span) return null;
  let date: IsoDate = span[1];
  if (c.day !== undefined && c.precision === 'month') date = `${span[1].slice(0, 8)}${String(c.day).padStart(2, '0')}`;
  if (c.plusDays) date = addDays(date, c.plusDays);
  // "1 November 2016 for six months": due the day before the span from the date's start ends
  if (c.runsFor) date = addDays(c.runsFor.months ? addMonths(span[0], c.runsFor.months) : addDays(span[0], c.runsFor.days ?? 0), -1);
  // "Within 6 weeks of 11/12/24": due that long after the day
  if (c.spanAfter) date = c.spanAfter.months ? addMonths(date, c.spanAfter.months) : addDays(date, c.spanAfter.days ?? 0);
  let start = span[0];
  if (c.rangeStart && c.rangeStart.year !== null) {
    const s = periodOf(c.rangeStart, c.rangeStart.year);
    if (s) start = s[0];
  }
  return {
    date,
    start,
    precision: c.day !== undefined ? 'day' : c.precision,
    role: c.role,
    text: c.text,
    stated: c.stated,
    yearSource: c.yearSource,
    parser: c.rangeStart ? `${c.rangeStart.parser}..${c.parser}` : c.parser,
  };
}

/** A phrase list with one pattern that matches wherever any of its phrases does: most texts need only that test. */
interface PhraseList {
  readonly any: RegExp;
  readonly phrases: ReadonlyArray<{ pattern: RegExp; label: string }>;
}

function phraseList(phrases: ReadonlyArray<{ pattern: RegExp; label: string }>): PhraseList {
  const flags = phrases[0]?.pattern.flags ?? '';
  // one alternation of the phrases' own patterns, when they share their flags (else a pattern that always matches)
  const same = phrases.every((p) => p.pattern.flags === flags && !p.pattern.global && !p.pattern.sticky);
  if (!same) return { any: /(?:)/, phrases };
  // the alternatives that start at a word boundary (nearly all do) test the boundary once per place, before any of
  // them: the same matches, found faster. `any` is only asked whether some phrase matches, which the order of its
  // alternatives does not change: those that start otherwise ("^\s*n/a\s*$") go first, each as it is (unless a
  // back-reference would count its groups differently)
  const alternatives = phrases.flatMap((p) => topLevelAlternatives(p.pattern.source));
  const bounded = alternatives.filter((a) => a.startsWith('\\b'));
  const others = alternatives.filter((a) => !a.startsWith('\\b'));
  const refers = phrases.some((p) => /\\[1-9]|\\k</.test(p.pattern.source));
  const any =
    others.length === 0
      ? new RegExp(`\\b(?:${bounded.map((a) => a.slice(2)).join('|')})`, flags)
      : refers || bounded.length === 0
        ? new RegExp(phrases.map((p) => `(?:${p.pattern.source})`).join('|'), flags)
        : new RegExp(`${others.map((a) => `(?:${a})`).join('|')}|\\b(?:${bounded.map((a) => a.slice(2)).join('|')})`, flags);
  return { any, phrases };
}

/**
 * A pattern's top-level alternatives ("a|(b|c)|d" → "a", "(b|c)", "d"): outside groups and character classes.
 * @example topLevelAlternatives(String.raw`\bx\b|\by(?:z|w)\b`) // ['\\bx\\b', '\\by(?:z|w)\\b']
 */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

const RECURRENCE = phraseList(RECURRENCE_PHRASES);
const EVENTS = phraseList(EVENT_PHRASES);
const NO_DATE = phraseList(NO_DATE_PHRASES);
/** Both lists above, for the one test that most texts fail. */
const RECURRENCE_OR_EVENT = phraseList([...RECURRENCE_PHRASES, ...EVENT_PHRASES]);

/** Whether a text may name a recurrence or an event: most texts name neither, and one search of both lists says so. */
function namesEither(text: string): boolean {
  return RECURRENCE_OR_EVENT.any.test(text);
}

function firstLabel(list: PhraseList, text: string): string | null {
  if (!list.any.test(text)) return null;
  for (const p of list.phrases) if (p.pattern.test(text)) return p.label;
  return null;
}

/**
 * The parsers' needs as bits, worked out once: each character a parser asks for has a bit (so do digits and
 * letters), and a text is read for the bits of the characters it holds, in one pass. A parser's words (`month`
 * stands for the month stems) are `WORD_NEEDS`, looked for apart.
 */
const CHAR_BITS = new Map<number, number>();
const DIGIT_BIT = 1;
const LETTER_BIT = 2;
const ALNUM = DIGIT_BIT | LETTER_BIT;
/** Four digits in a row (a year's worth): a bit well clear of the characters' bits. */
const YEAR_BIT = 1 << 30;
/** Two numbers joined by a separator (`PAIR_SEPARATORS`, spaces allowed around it): likewise. */
const PAIR_BIT = 1 << 29;
/** Thirteen digits in a row (a time in Unix milliseconds): likewise. */
const MILLIS_BIT = 1 << 28;
/** A digit before a word opening with a month stem ("5th June"): likewise. */
const DIGIT_MONTH_BIT = 1 << 27;
/** A word opening with a month stem before a digit ("June 5th"): likewise. */
const MONTH_DIGIT_BIT = 1 << 26;
/** What joins the two numbers of a `pair`: "31/03/16", "20.5.14", "2015-16", "2015 – 16". */
const PAIR_SEPARATORS = './-–';
const NEEDS: ReadonlyArray<readonly number[]> = PARSERS.map((p) =>
  (p.requires ?? [])
    .filter((need) => need !== 'month')
    .map((need) => {
      if (need === 'digit') return DIGIT_BIT;
      if (need === 'year') return YEAR_BIT;
      if (need === 'pair') return PAIR_BIT;
      if (need === 'millis') return MILLIS_BIT;
      if (need === 'digit before month') return DIGIT_MONTH_BIT;
      if (need === 'month before digit') return MONTH_DIGIT_BIT;
      let mask = 0;
      for (let i = 0; i < need.length; i++) {
        const c = need.charCodeAt(i);
        let bit = CHAR_BITS.get(c);
        if (bit === undefined) CHAR_BITS.set(c, (bit = 1 << (CHAR_BITS.size + 2)));
        mask |= bit;
      }
      return mask;
    }),
);
// (the characters' bits stay clear of the bits for runs of digits and pairs, above)
if (CHAR_BITS.size + 2 > 26) throw new Error('the parsers ask for too many characters for their bits');
/** The bits of the ASCII characters, by code. */
const ASCII_BITS = new Uint32Array(128);
for (let c = 0; c < 128; c++) {
  let bits = CHAR_BITS.get(c) ?? 0;
  if (c >= 48 && c <= 57) bits |= DIGIT_BIT;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) bits |= LETTER_BIT;
  ASCII_BITS[c] = bits;
}

/** The characters past ASCII that a parser asks for ("–"), with their bits: a short list, read without a map. */
const OTHER_CODES = [...CHAR_BITS.keys()].filter((c) => c >= 128);
const OTHER_BITS = OTHER_CODES.map((c) => CHAR_BITS.get(c)!);

/**
 * The words the parsers ask for, each with the bits of the parsers that ask (one bit for every parser that asks for
 * a month): a parser runs only when the text holds one of its words at the start of a word.
 */
const MONTH_WORDS_BIT = 1;
const WORD_NEEDS: readonly number[] = PARSERS.map((p, i) => (p.words?.length ? 1 << (i + 1) : 0) | (p.requires?.includes('month') ? MONTH_WORDS_BIT : 0));
const WORDS_ASKED = new Map<string, number>();
for (const w of MONTH_STEMS) WORDS_ASKED.set(w, MONTH_WORDS_BIT);
PARSERS.forEach((p, i) => {
  for (const w of p.words ?? []) WORDS_ASKED.set(w.toLowerCase(), (WORDS_ASKED.get(w.toLowerCase()) ?? 0) | (1 << (i + 1)));
});
/**
 * The words asked for, by the codes of their first two characters in lower case (`first * 128 + second`): the bits of
 * those two characters long (`TWO_BITS`), and the longer ones, each with its character codes (lower case) and its
 * bits (`LONGER_BY_TWO`); the bits of those one character long by its code (`ONE_BITS`). A place in the text is then
 * tried against the few words that open with its two characters, not every word that opens with its first.
 */
const ONE_BITS = new Uint32Array(128);
const TWO_BITS = new Uint32Array(128 * 128);
const LONGER_BY_TWO: Array<Array<{ codes: number[]; bits: number }> | undefined> = [];
for (const [w, bits] of WORDS_ASKED) {
  const codes = [...w].map((c) => c.charCodeAt(0));
  if (codes.some((c) => c >= 128)) throw new Error(`a parser's word is not ASCII: "${w}"`);
  if (codes.length === 1) ONE_BITS[codes[0]] |= bits;
  else if (codes.length === 2) TWO_BITS[codes[0] * 128 + codes[1]] |= bits;
  else (LONGER_BY_TWO[codes[0] * 128 + codes[1]] ??= []).push({ codes, bits });
}

/** True for the characters of a word as a pattern's `\b` reads them (`\w`: ASCII letters, digits and "_"), by code. */
const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CHAR[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;

/**
 * The bits of the words asked for that begin the text at `i` (the start of one of its words, `c` its first
 * character), in any case (ASCII letters only differ by case, as with a pattern's `i` flag).
 */
function wordsAt(text: string, i: number, c: number): number {
  const first = lowerAscii(c);
  let bits = ONE_BITS[first];
  if (i + 1 >= text.length) return bits;
  const second = text.charCodeAt(i + 1);
  // (the words are ASCII: no word goes on past a character beyond it)
  if (second >= 128) return bits;
  const two = first * 128 + lowerAscii(second);
  bits |= TWO_BITS[two];
  const asked = LONGER_BY_TWO[two];
  if (asked === undefined) return bits;
  for (let k = 0; k < asked.length; k++) {
    const codes = asked[k].codes;
    let j = 2;
    while (j < codes.length && i + j < text.length && lowerAscii(text.charCodeAt(i + j)) === codes[j]) j++;
    if (j === codes.length) bits |= asked[k].bits;
  }
  return bits;
}

/** An ASCII capital's lower case; any other character code as it is. */
function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * True for the parsers whose pattern opens with a month word (`\b` and the months' alternation): each of their
 * matches starts where `charsOf` finds a month stem opening a word (every month spelling opens with its stem).
 */
const OPENS_WITH_MONTH: readonly boolean[] = PARSERS.map((p) => p.pattern.source.startsWith(String.raw`\b(${MONTH_PATTERN})`));

/** Where the first and the last words opening with a month stem start in the text last read by `charsOf` (-1: none). */
let firstMonthAt = -1;
let lastMonthAt = -1;

/** True for the parsers whose every match opens with four digits in a row (`opens: 'year'`). */
const OPENS_WITH_YEAR: readonly boolean[] = PARSERS.map((p) => p.opens === 'year');

/** Where the first and the last runs of four digits start in the text last read by `charsOf` (-1: none). */
let firstYearAt = -1;
let lastYearAt = -1;

/**
 * The bits of the parsers whose words the text last read by `charsOf` holds (see `WORD_NEEDS`): found in the same
 * pass over its characters, and read by `scan` right after.
 */
let wordsFound = 0;

/**
 * The bits of the characters a text holds (and `YEAR_BIT` for four digits in a row, `PAIR_BIT` for two numbers
 * joined by a separator, `MILLIS_BIT` for thirteen digits, `DIGIT_MONTH_BIT` and `MONTH_DIGIT_BIT` for a digit before
 * or after a word opening with a month stem); and, into `wordsFound`, those of the parsers whose words begin one of its words (a word
 * as a pattern's `\b` reads one: a run of `\w` characters).
 */
function charsOf(text: string): number {
  let bits = 0;
  let words = 0;
  let inWord = false;
  let digits = 0;
  // where a pair stands: 0 nothing, 1 after a number (and spaces), 2 after a number and a separator (and spaces)
  let pair = 0;
  let firstMonth = -1;
  let lastMonth = -1;
  let firstYear = -1;
  let lastYear = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits === 4) bits |= YEAR_BIT;
      else if (digits === 13) bits |= MILLIS_BIT;
      // (four digits in a row end here: they start three before)
      if (digits >= 4) {
        if (firstYear < 0) firstYear = i - 3;
        lastYear = i - 3;
      }
      if (pair === 2) bits |= PAIR_BIT;
      if (firstMonth >= 0) bits |= MONTH_DIGIT_BIT;
      pair = 1;
    } else {
      digits = 0;
      if (c !== 32 && c !== 9) pair = pair === 1 && PAIR_SEPARATORS.includes(text[i]) ? 2 : 0;
    }
    if (c < 128) {
      bits |= ASCII_BITS[c];
      if (WORD_CHAR[c] === 0) inWord = false;
      else if (!inWord) {
        inWord = true;
        const at = wordsAt(text, i, c);
        if ((at & MONTH_WORDS_BIT) !== 0) {
          if (firstMonth < 0) firstMonth = i;
          lastMonth = i;
          if ((bits & DIGIT_BIT) !== 0) bits |= DIGIT_MONTH_BIT;
        }
        words |= at;
      }
    } else {
      inWord = false;
      for (let k = 0; k < OTHER_CODES.length; k++) if (OTHER_CODES[k] === c) bits |= OTHER_BITS[k];
    }
  }
  wordsFound = words;
  firstMonthAt = firstMonth;
  lastMonthAt = lastMonth;
  firstYearAt = firstYear;
  lastYearAt = lastYear;
  return bits;
}

function result(
  text: string,
  kind: Timescale['kind'],
  milestones: Milestone[],
  due: Milestone | undefined,
  recurrence: string | null,
  event: string | null,
  assumptions: string[],
  needsDate: boolean,
): Timescale {
  return {
    text,
    kind,
    // kept with every row: the callers' lists are at their own size
    milestones,
    due: due ? due.date : null,
    precision: due ? due.precision : null,
    recurrence,
    event,
    assumptions,
    needsDate,
  };
}

function empty(text: string, assumptions: string[]): Timescale {
  return result(text, 'none', [], undefined, null, null, assumptions, true);
}
