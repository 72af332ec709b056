import { parseTimescale } from './parseTimescale';
import type { Timescale, TimescaleContext } from './types';

/**
 * A season read as the school term of its name ("Spring 2024" as the spring term, due 31 March 2024, not the season
 * to 31 May), for a plan whose other timescales are school terms ("Autumn term 2023", "Spring term 2024", "Summer 1"):
 * a school or college writing "Spring 2024" among its terms means the term. Winter names no term, and is left alone;
 * so is a reading with no season in it. Null when there is nothing to read again.
 *
 * @example seasonAsTerm(parseTimescale('Spring 2024'))?.due // '2024-03-31'
 * @example seasonAsTerm(parseTimescale('Summer 2020'))?.due // '2020-07-31'
 */
export function seasonAsTerm(t: Timescale, context: TimescaleContext = {}): Timescale | null {
  if (t.kind !== 'date' || !t.milestones.some((m) => m.parser === SEASON_PARSER && m.role === 'deadline')) return null;
  const m = TERM_SEASON.exec(t.text);
  if (!m) return null;
  const read = parseTimescale(`${t.text.slice(0, m.index + m[0].length)} term${t.text.slice(m.index + m[0].length)}`, context);
  if (read.kind !== 'date' || !read.due || read.due === t.due) return null;
  return {
    ...read,
    text: t.text,
    assumptions: [...read.assumptions, `"${m[0]}" read as the school's ${m[0].toLowerCase()} term, as the plan's other timescales are terms`],
  };
}

/** The name the season parser gives its readings. */
const SEASON_PARSER = 'season';

/** A season that names a school term (not winter), not already followed by "term". */
const TERM_SEASON = /\b(?:spring|summer|autumn)\b(?!\s+(?:term|half|holiday|hols|[12]\b))/i;

/**
 * Counts a timescale's text toward telling a plan of school terms (`isTermsPlan`): a term or half-term ("Autumn term
 * 2023", "Spring 1", "Sum 2"), or a season ("Spring 2024", "Winter").
 * @example countTerms('Spring term 2024', { terms: 0, seasons: 0 }) // { terms: 1, seasons: 0 }
 */
export function countTerms(text: string, count: { terms: number; seasons: number }): { terms: number; seasons: number } {
  // (most timescales name no season: one look says so, and neither pattern below is run)
  if (!SEASON_STEM.test(text)) return count;
  if (TERM_WORD.test(text)) count.terms++;
  else if (SEASON_WORD.test(text)) count.seasons++;
  return count;
}

/** A term or half-term: "Autumn term", "Spring 1", "Summer 2nd half", "Aut 1", "Spr term". */
const TERM_WORD = /\b(?:autumn|spring|summer|aut|spr|sum)\s*(?:term\b|[12](?!\d)|1st\b|2nd\b)/i;

/** What every match of `TERM_WORD` and `SEASON_WORD` opens with. */
const SEASON_STEM = /\b(?:spr|sum|aut|winter)/i;

/** A season named alone. */
const SEASON_WORD = /\b(?:spring|summer|autumn|winter)\b/i;

/**
 * True when a plan's timescales are school terms: at least three of them terms or half-terms, more than are seasons.
 * @example isTermsPlan({ terms: 5, seasons: 1 }) // true
 */
export function isTermsPlan(count: { terms: number; seasons: number }): boolean {
  return count.terms >= MIN_TERMS && count.terms > count.seasons;
}

/** The fewest timescales read as terms that make a plan one of terms. */
const MIN_TERMS = 3;
