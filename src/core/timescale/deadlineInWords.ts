import type { Timescale } from './types';

/**
 * A deadline written into an action's own words, for a plan with no timescale column ("Increase annual health checks
 * to 75% by March 2025", "Re-audit the pathway in Q2", "Train two cohorts in Q3 and Q4"): the date after "by", "in",
 * "before" or "during", read with the plan's context by `parse`, when the words after the phrase open with it. The
 * latest such date is the deadline; a date that opens nothing ("from Q1", "since April") or words that are not a date
 * ("by 10 agencies", "in 75% of cases") give none. A date that opens the words before a dash ("Sept 2013 – OM/KB/NCP
 * to highlight lowest reg LSOA's") is one too.
 *
 * @example deadlineInWords('Increase uptake to 75% by March 2025', parse)?.due // '2025-03-31'
 * @example deadlineInWords('Offer training from Q1', parse) // null
 */
export function deadlineInWords(text: string, parse: (text: string) => Timescale): Timescale | null {
  if (!text) return null;
  let best: Timescale | null = null;
  // a date opening the action before a dash ("Sept 2013 – OM/KB/NCP to highlight lowest reg LSOA's", "By Easter 2014 –
  // two briefing sessions"), as a plan whose actions are "(dated)" writes it
  const opening = OPENING_DATE.exec(text);
  if (opening) {
    const t = parse(opening[1]);
    if (t.kind === 'date' && t.due && t.milestones.length === 1 && opening[1].trim().endsWith(t.milestones[0].text)) best = t;
  }
  BEFORE_DATE.lastIndex = 0;
  for (let m = BEFORE_DATE.exec(text); m; m = BEFORE_DATE.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40).split(/[.;,(]|\s[–—-]\s/)[0];
    // ("by the end of the financial year", "by the end of the school year": the year's end is what is named, read whole)
    const t = parse(/^(?:financial|school|academic)\s+year\b/i.test(after) ? `end of the ${after}` : after);
    const first = t.milestones[0];
    // the date must open the words (so "by 10 agencies, reported March 2025" is not a March deadline)
    if (t.kind !== 'date' || !t.due || !first || !/^\S/.test(after) || after.indexOf(first.text) > 0) continue;
    if (!best || t.due > best.due!) best = t;
  }
  return best;
}

/** Up to five words opening a text, then a dash between spaces: where a dated action writes its date. */
const OPENING_DATE = /^\s*((?:\S+\s+){0,4}?\S+)\s+[–—-]\s+\S/;

/**
 * "by", "in", "before", "during" or "no later than" (with "the end of"), or "between" a span's first date and its last
 * ("between 2018 and 2021"), before what may be a date (or "the end of the financial year", "the end of the school year").
 */
const BEFORE_DATE =
  /\b(?:by|in|before|during|no later than|between)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+(?:the\s+)?)?(?=(?:q[1-4]|quarter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|winter|\d|(?:financial|school|academic)\s+year\b))/gi;
