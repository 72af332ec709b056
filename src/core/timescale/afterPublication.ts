import { addDays, addMonths, endOfMonth, formatUkDate, parseIso, type IsoDate } from '../calendarDate';
import { MONTH_STEM_PATTERN } from '../vocab/months';
import { NUMBER_WORD_PATTERN, numberIn } from '../vocab/numbers';
import { parseTimescale } from './parseTimescale';
import type { Timescale, TimescaleContext } from './types';

/**
 * A timescale counted from the review's publication ("Within 3 months of publication", "6 weeks after the report is
 * published"), as a case review's action plan writes it, read as a date when the plan states when the report was
 * published (`published`, from the lines above its table); else the reading as it was (an event).
 *
 * @example withinOfPublication(parseTimescale('Within 3 months of publication'), '2020-07-30')?.due // '2020-10-30'
 */
export function withinOfPublication(
  t: Timescale,
  published: IsoDate | null,
  context: TimescaleContext = {},
  agreed: IsoDate | null = null,
  dated: IsoDate | null = null,
): Timescale | null {
  if (t.kind === 'date') return null;
  // "Immediately" in a plan that gives its own date, as a regulator issues one ("Date of this plan: 14 November 2025"):
  // due that day, as it is the day a row was raised (not the day a plan was agreed, after the work it answers began)
  if (dated && IMMEDIATE.test(t.text)) return dueOn(t, dated, context, `"${t.text.trim()}" read as the plan's own date (${formatUkDate(dated)})`);
  // "On publication": due the day the report was published
  if (published && ON_PUBLICATION.test(t.text)) {
    return dueOn(t, published, context, `"${t.text.trim()}" read as the publication date the plan gives (${formatUkDate(published)})`);
  }
  // counted from the publication, or from the day the plan was agreed ("Within 3 months of the plan being agreed")
  const byPublication = published ? AFTER_PUBLICATION.exec(t.text) : null;
  const m = byPublication ?? (agreed ? AFTER_AGREEMENT.exec(t.text) : null);
  if (!m) return null;
  const from = byPublication ? published! : agreed!;
  const what = byPublication ? 'the publication date the plan gives' : /\bdate\b/i.test(m[0]) ? "the plan's own date" : 'the date the plan says it was agreed';
  const n = spanCount(m[1]);
  if (n === null) return null;
  const unit = m[2].toLowerCase();
  const due = unit.startsWith('week') ? addDays(from, n * 7) : unit.startsWith('day') ? addDays(from, n) : addMonths(from, n);
  return dueOn(t, due, context, `"${m[0].trim()}" counted from ${what} (${formatUkDate(from)}): due ${formatUkDate(due)}`);
}

/**
 * A span counted from the day the row's action was raised (`raised`: its "Date of visit", "Decision date" or "Date
 * raised" cell), as a visitor's recommendations or an Ombudsman's decisions are given: "Within 1 month", "Within two
 * months of the decision", "Within 14 days", "within 10 working days" (five to a week), "Within 48 hours"; else null.
 *
 * @example withinOfRaised(parseTimescale('Within 1 month'), '2024-10-15')?.due // '2024-11-15'
 */
export function withinOfRaised(
  t: Timescale,
  raised: IsoDate,
  context: TimescaleContext = {},
  from = 'the date the row gives it was raised',
  wholeMonth = false,
): Timescale | null {
  if (t.kind === 'date' || t.kind === 'recurring') return null;
  // "Immediate", as an inspectorate times its most urgent recommendations: due the day it was raised
  if (IMMEDIATE.test(t.text)) return dueOn(t, raised, context, `"${t.text.trim()}" read as ${from} (${formatUkDate(raised)})`);
  const m = SPAN_FROM_RAISED.exec(t.text);
  if (!m) return null;
  // (shortened as a visitor writes it: "2 wks", "3 mths", "48 hrs")
  const unit = m[3]
    .toLowerCase()
    .replace(/^wk/, 'week')
    .replace(/^mn?th/, 'month')
    .replace(/^hr/, 'hour');
  // (hours are counted up to a week: "Within 48 hours", "72 hours")
  const hours = unit.startsWith('hour') ? Number(m[1]) : NaN;
  // (days are counted up to 99: "Within 56 days", a coroner's report's time to respond)
  const n = unit.startsWith('hour') ? (Number.isInteger(hours) && hours > 0 && hours <= 168 ? hours : null) : spanCount(m[1], unit.startsWith('day') ? 99 : 36);
  if (n === null) return null;
  // ("Within 48 hours": two days)
  const days = unit.startsWith('week')
    ? n * 7
    : unit.startsWith('day')
      ? m[2]
        ? Math.ceil((n * 7) / 5)
        : n
      : unit.startsWith('hour')
        ? Math.ceil(n / 24)
        : null;
  const due = days === null ? (wholeMonth ? monthEndAfter(raised, n) : addMonths(raised, n)) : addDays(raised, days);
  return dueOn(t, due, context, `"${t.text.trim()}" counted from ${from} (${formatUkDate(raised)}): due ${formatUkDate(due)}`);
}

/** "Immediate", "Immediately", "With immediate effect": the whole timescale, as an inspection's recommendations give it. */
const IMMEDIATE = /^\s*(?:immediate(?:ly)?|with\s+immediate\s+effect)\s*\.?\s*$/i;

/**
 * The day of the meeting a plan's title lines say its actions were agreed at and its timescales run from ("Date of
 * outcome meeting: 12/09/2023", a Section 42 enquiry's action plan), or null.
 * @example meetingOn(['Date of outcome meeting:  12/09/2023']) // '2023-09-12'
 */
export function meetingOn(lines: readonly string[]): IsoDate | null {
  return dayAfter(lines, MEETING);
}

/**
 * The day of the meeting an action log's title lines say it was prepared for ("Action Log – updated for the Board
 * meeting of Tuesday 15th March 2011", "Date of next meeting: 15/03/2011"), or null: "Next meeting" there is that day.
 * @example nextMeetingOn(['Action Log – updated for the Board meeting of Tuesday 15th March 2011']) // '2011-03-15'
 */
export function nextMeetingOn(lines: readonly string[]): IsoDate | null {
  return dayAfter(lines, NEXT_MEETING);
}

/** "updated for the Board meeting of 15 March 2011", "prepared for the meeting on 15/03/2011", "Next meeting: 15/03/2011". */
const NEXT_MEETING =
  /\b(?:(?:date\s+of\s+(?:the\s+)?)?next\s+(?:[A-Za-z&']+\s+){0,2}?meeting|(?:updated|prepared|produced)\s+for\s+(?:the\s+)?(?:[A-Za-z&']+\s+){0,3}?meeting(?:\s+(?:of|on|held\s+on))?)\s*[:\-–]?\s*([^.;,]{6,30})/i;

/**
 * "Next meeting" (`t`, the event) as the day of the meeting the log was prepared for (`meeting`; or, said by `which`,
 * the log's next meeting after the one the row was raised at), when the row was raised before it (or says not when);
 * else null.
 * @example atNextMeeting(parseTimescale('Next meeting'), '2011-03-15', null)?.due // '2011-03-15'
 */
export function atNextMeeting(
  t: Timescale,
  meeting: IsoDate,
  raised: IsoDate | null,
  context: TimescaleContext = {},
  which = 'the meeting the log was prepared for',
): Timescale | null {
  if (t.kind !== 'event' || t.event !== NEXT_MEETING_EVENT || (raised !== null && raised >= meeting)) return null;
  return dueOn(t, meeting, context, `"${t.text.trim()}": ${which} (${formatUkDate(meeting)})`);
}

/**
 * The day of the review a plan's title lines say its actions come back to ("Date of review meeting: 14/11/2023", a
 * Section 42 enquiry's plan; "Action plan reviewed at the visit on: 13/01/2025", a Regulation 44 plan), or null: "By
 * the review meeting" and "Before next visit" are due then.
 * @example reviewOn(['Date of review meeting: 14/11/2023']) // '2023-11-14'
 */
export function reviewOn(lines: readonly string[]): IsoDate | null {
  return dayAfter(lines, REVIEW_OCCASION);
}

/** "Date of review meeting: 14/11/2023", "Review visit: 13/01/2025", "Action plan reviewed at the visit on: 13/01/2025". */
const REVIEW_OCCASION =
  /\b(?:date\s+of\s+(?:the\s+)?(?:review\s+(?:meeting|visit)|next\s+visit)|review\s+(?:meeting|visit)(?:\s+(?:date|on|held\s+on))?|(?:action\s+plan\s+)?reviewed\s+at\s+the\s+(?:next\s+)?(?:visit|meeting)(?:\s+on)?|next\s+visit(?:\s+date)?)\s*[:\-–]?\s*([^.;,]{6,24})/i;

/**
 * A timescale of the review the plan comes back to ("By the review meeting", "Before next visit", "By next visit") as
 * the day the title lines give for it (`review`); else null.
 * @example atReview(parseTimescale('By the review meeting'), '2023-11-14')?.due // '2023-11-14'
 */
export function atReview(t: Timescale, review: IsoDate, context: TimescaleContext = {}): Timescale | null {
  if (t.kind === 'date' || t.kind === 'recurring' || !AT_REVIEW.test(t.text)) return null;
  return dueOn(t, review, context, `"${t.text.trim()}": the review the plan gives (${formatUkDate(review)})`);
}

/** "By the review meeting", "Before next visit", "By next visit", "At the review visit", "Prior to the review". */
const AT_REVIEW = /^\s*(?:by|before|at|for|prior\s+to)\s+(?:the\s+)?(?:next\s+|review\s+)?(?:review(?:\s+(?:meeting|visit))?|visit)\s*\.?\s*$/i;

/** The event "Next meeting", "Next Board" and "At the next meeting" read as. */
const NEXT_MEETING_EVENT = 'the next meeting';

/**
 * The day of the visit or inspection a plan's title lines say its recommendations were made at ("Date of visit:
 * 09/12/2024", a children's home's Regulation 44 report; "Comprehensive inspection 13 February 2019"), or null: a span
 * with no start ("Within 7 days") is counted from it.
 * @example visitOn(['Date of visit: 09/12/2024']) // '2024-12-09'
 */
export function visitOn(lines: readonly string[]): IsoDate | null {
  return visitGiven(lines)?.day ?? null;
}

/**
 * The visit or inspection as `visitOn` reads it, and whether the lines gave only its month (then read as the month's
 * last day, and a span of months counted from it ends with a month: see `withinOfRaised`).
 * @example visitGiven(['Recommendations from the November 2017 inspection report']) // { day: '2017-11-30', wholeMonth: true }
 */
export function visitGiven(lines: readonly string[]): GivenDay | null {
  return givenAfter(lines, VISIT) ?? givenAfter(lines, DATED_INSPECTION);
}

/**
 * An inspection named by who made it or of what ("Ofsted inspection", "joint targeted area inspection", "the
 * inspection"), not one still to come ("next inspection", "the expected inspection").
 */
const INSPECTION = String.raw`(?<!\b(?:next|future|upcoming|forthcoming|expected|planned|anticipated|follow-up)\s+(?:[A-Za-z]+\s+){0,3})(?:(?:ofsted|cqc|hmip|hmi|hmicfrs|hmiprobation|estyn|ciw|care\s+inspectorate|jtai|ilacs|slac|send|joint|targeted|area|local|inspectorates?['’]?)\s+)*inspection`;

/**
 * An inspection dated before it is named ("the November 2017 inspection report", "the 12 March 2019 Ofsted
 * inspection"): the date, a month and year or a day, month and year, its first group.
 */
const DATED_INSPECTION = new RegExp(String.raw`\b((?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:${MONTH_STEM_PATTERN})[a-z]*\.?\s+(?:19|20)\d\d)\s+${INSPECTION}\b`, 'i');

/**
 * "Date of visit: 09/12/2024", "Date of monitoring visit – 9 December 2024", "Visit date: 09/12/2024", and the
 * inspection a plan answers ("Comprehensive inspection 13 February 2019", "Date of inspection: 13/02/2019", "Action plan
 * following the Ofsted inspection of 12 March 2019", "inspection report of November 2017", as a CQC or Ofsted action
 * plan heads it): the date after it.
 */
const VISIT = new RegExp(
  String.raw`\b(?:date\s+of\s+(?:the\s+)?(?:(?:monitoring|regulation\s+44|reg\.?\s*44|independent)\s+)?(?:visit|inspection)|(?:visit|inspection)\s+date|(?:comprehensive|focused|unannounced|announced|full)\s+inspection(?:\s+(?:on|held\s+on))?|${INSPECTION}(?:\s+report)?\s+(?:of|in|on|dated|held\s+on|carried\s+out\s+(?:on|in)))\s*[:\-–]?\s*([^.;,:]{6,24})`,
  'i',
);

/**
 * "Date of outcome meeting: 12/09/2023", "Outcome meeting held on 12 September 2023", an anti-social behaviour case
 * review's "Date of LMAPS case review: 12/03/2024" (the date after it).
 */
const MEETING =
  /\b(?:date\s+of\s+(?:the\s+)?(?:outcome\s+meeting|(?:[A-Z]{2,6}\s+)?case\s+review(?:\s+meeting)?)|outcome\s+meeting(?:\s+held)?(?:\s+on)?)\s*[:\-–]?\s*([^.;,]{6,24})/i;

/** A span's count as written, in digits or a number word (`NUMBER_WORD_PATTERN`, or "a"): its first group. */
const SPAN_COUNT = String.raw`(\d{1,2}|${NUMBER_WORD_PATTERN}|a)`;

/**
 * "Within 1 month", "within two months of the decision", "Within 14 days", "within 10 working days of the visit", and
 * the span alone beside the day it was raised, as a visit's log writes it ("2 wks", "3 months").
 */
const SPAN_FROM_RAISED = new RegExp(
  String.raw`^\s*(?:(?:within|in)\s+)?${SPAN_COUNT}\s*(working\s+)?(months?|mn?ths?|weeks?|wks?|days?|hours?|hrs?)\b(?:\s+(?:of|after|from|following)\s+[^.;]{1,60})?\s*\.?\s*$`,
  'i',
);

/**
 * A span with no event named ("18 months", "Within 18 months", "Within 6 months"), as a plan that states its own
 * period writes it: counted from the start of that period (`start`), due the day before the span ends; else null.
 *
 * @example withinOfPlanStart(parseTimescale('Within 18 months'), '2024-01-01')?.due // '2025-06-30'
 */
export function withinOfPlanStart(t: Timescale, start: IsoDate, context: TimescaleContext = {}): Timescale | null {
  if (t.kind === 'date' || t.kind === 'recurring') return null;
  const m = BARE_SPAN.exec(t.text);
  if (!m) return null;
  const n = spanCount(m[1]);
  if (n === null) return null;
  const due = addDays(addMonths(start, n), -1);
  return dueOn(t, due, context, `"${t.text.trim()}" counted from the start of the plan's stated period (${formatUkDate(start)}): due ${formatUkDate(due)}`);
}

/** A span of months alone: "18 months", "Within 18 months", "within twelve months". */
const BARE_SPAN = new RegExp(String.raw`^\s*(?:within\s+)?(\d{1,2}|${NUMBER_WORD_PATTERN})\s+months?\s*\.?\s*$`, 'i');

/**
 * The timescale `t` read as due on `due` (its own text kept), with the one assumption that says from what. Its year
 * was counted from a date the plan gives, not typed in the cell: never a typo to check.
 */
function dueOn(t: Timescale, due: IsoDate, context: TimescaleContext, assumption: string): Timescale {
  const read = parseTimescale(due, context);
  return { ...read, text: t.text, assumptions: [assumption], milestones: read.milestones.map((m) => ({ ...m, yearSource: 'context' as const })) };
}

/**
 * The last day of the month `n` months after the one `end` closes: a span counted from a month the plan gives with no
 * day ("the November 2017 inspection", read as its last day) ends with a month, as a board counts "within six months" of it.
 * @example monthEndAfter('2017-11-30', 6) // '2018-05-31'
 */
function monthEndAfter(end: IsoDate, n: number): IsoDate {
  const later = parseIso(addMonths(end, n));
  return endOfMonth(later.year, later.month);
}

/** A span's count, in digits or a word ("3", "three"), from 1 to `most` (36 unless said); else null. */
function spanCount(said: string, most = 36): number | null {
  const n = numberIn(said, { a: 1 });
  return n !== null && n > 0 && n <= most ? n : null;
}

/** A span counted from an event: "Within 3 months of (the) ", "6 weeks after ", its number and unit the groups. */
const SPAN_FROM = String.raw`\b(?:within|by|no\s+later\s+than)?\s*${SPAN_COUNT}\s+(months?|weeks?|days?)\s+(?:of|after|from|following)\s+(?:the\s+)?`;

/** "Within 3 months of publication", "6 weeks after publication", "within three months of the report being published". */
const AFTER_PUBLICATION = new RegExp(
  String.raw`${SPAN_FROM}(?:(?:report|review|scr|sar|cspr|dhr)(?:['’]s)?\s+)?(?:publication|being\s+published|is\s+published|was\s+published|published)\b`,
  'i',
);

/** "On publication", "At publication of the report", "Upon publication": the day the report was published. */
const ON_PUBLICATION =
  /^\s*(?:on|at|upon)\s+(?:the\s+)?(?:(?:report|review)(?:['’]s)?\s+)?(?:publication|being\s+published)\b(?:\s+of\s+the\s+(?:report|review))?\s*\.?\s*$/i;

/**
 * "Within 3 months of the plan being agreed", "6 weeks after the action plan is signed off", "within 3 months of
 * agreement"; and counted from the plan's own date, as a regulator's action plan writes it ("Within 28 days of the date
 * of this plan", "within 3 months of the plan's date").
 */
const AFTER_AGREEMENT = new RegExp(
  String.raw`${SPAN_FROM}(?:(?:(?:action\s+)?plan(?:['’]s)?\s+)?(?:being\s+|is\s+|was\s+)?(?:agreed|agreement|approved|approval|signed[\s-]+off|sign[\s-]+off|endorsed)\b|date\s+of\s+(?:this|the)\s+(?:action\s+)?plan\b|(?:this\s+)?(?:action\s+)?plan['’]s\s+date\b)`,
  'i',
);

/**
 * The date a plan's title lines say the plan itself was agreed ("Action plan agreed by the Partnership Board 15
 * October 2021", "Plan approved: 15/10/2021"), or null.
 * @example agreedOn(['Action plan agreed by the Partnership Board 15 October 2021. Report published March 2022.']) // '2021-10-15'
 */
export function agreedOn(lines: readonly string[]): IsoDate | null {
  return dayAfter(lines, AGREED);
}

/** The label of a plan's own date: "Date of this plan", "Date of action plan (issued by the Charity Commission)". */
const PLAN_OWN_DATE = String.raw`date\s+of\s+(?:(?:this|the)\s+)?(?:action\s+)?plan(?:\s*\([^)]{1,60}\))?`;

/**
 * "Action plan agreed by the Partnership Board 15 October 2021", "Plan approved: 15/10/2021", and the plan's own date
 * ("Date of this plan (issued by the Charity Commission): 14 November 2025", "Date of action plan: 14/11/2025"): the
 * date after it.
 */
const AGREED = new RegExp(
  String.raw`\b(?:(?:action\s+)?plan\s+(?:was\s+)?(?:agreed|approved|signed[\s-]+off|endorsed)(?:\s+by\s+(?:the\s+)?[A-Za-z&' ]{2,50}?)?(?:\s+(?:on|at))?|${PLAN_OWN_DATE})\s*[:\-–]?\s*(\d[^.;,]{5,23})`,
  'i',
);

/**
 * The date a plan's title lines give as its own ("Date of this plan (issued by the Charity Commission): 14 November
 * 2025", "Date of action plan: 14/11/2025"), or null; not the day it was agreed.
 * @example planDatedOn(['Date of this plan (issued by the Charity Commission): 14 November 2025']) // '2025-11-14'
 */
export function planDatedOn(lines: readonly string[]): IsoDate | null {
  return dayAfter(lines, PLAN_DATED);
}

/** "Date of this plan: 14 November 2025", "Date of action plan (issued by ...): 14/11/2025": the date after it. */
const PLAN_DATED = new RegExp(String.raw`\b${PLAN_OWN_DATE}\s*[:\-–]?\s*(\d[^.;,]{5,23})`, 'i');

/**
 * The date a plan's title lines say the review was published ("Report published 30 July 2020", "Published: 30/07/2020"),
 * or null.
 * @example publishedOn(['Serious Case Review – Sam and Kyle', 'Report published 30 July 2020. Progress as at January 2021']) // '2020-07-30'
 */
export function publishedOn(lines: readonly string[]): IsoDate | null {
  return dayAfter(lines, PUBLISHED);
}

/**
 * The first day that the pattern's first group reads as, in the first line where it does; or null. A month with no day
 * ("published December 2022") is its last day: a span counted from it ends no sooner than the board would count it.
 */
function dayAfter(lines: readonly string[], pattern: RegExp): IsoDate | null {
  return givenAfter(lines, pattern)?.day ?? null;
}

/** A day a plan's lines give, and whether they gave only its month (read as the month's last day). */
export interface GivenDay {
  readonly day: IsoDate;
  readonly wholeMonth: boolean;
}

/** `dayAfter`, saying whether the lines gave only a month. */
function givenAfter(lines: readonly string[], pattern: RegExp): GivenDay | null {
  for (const line of lines) {
    const m = pattern.exec(line);
    if (!m) continue;
    const given = givenDay(m[1]);
    if (given) return given;
  }
  return null;
}

/** The day a date the lines give reads as (a month alone its last day), or null for anything but a day or a month. */
function givenDay(text: string): GivenDay | null {
  const t = parseTimescale(text);
  return t.kind === 'date' && t.due && (t.precision === 'day' || t.precision === 'month') ? { day: t.due, wholeMonth: t.precision === 'month' } : null;
}

/**
 * "published 30 July 2020", "Published: 30/07/2020", "date of publication: 30 July 2020", "date of publication of
 * report – 13 October 2016" (the date after it).
 */
const PUBLISHED = /\b(?:published(?:\s+on)?|date\s+of\s+publication(?:\s+of\s+(?:the\s+)?(?:report|review))?|publication\s+date)\s*[:\-–]?\s*([^.;,]{6,24})/i;

/**
 * A timescale naming an occasion that the plan's title lines date: a span counted from it ("Within 3 months of the
 * review" under "Peer Review (January 2017)", "Within 56 days of the Coroner's report" under "Regulation 28 Report to
 * Prevent Future Deaths dated 12 March 2021", "Within 3 months of Committee" under "report to Committee on 16 September
 * 2025") or the occasion itself ("At the next General Synod" under "Next General Synod after this plan: 9–13 February
 * 2026", "Before MV2" under "MV2 June 2025", "By next review" under "Next review 06/02/24"); else null. The occasion is
 * looked for by all its words, then, named in two, by its last ("the Coroner's report" as "Report"), followed by its date within a few
 * words; a date the lines give for when it is next due or was last held ("Review date:", "Last review") is not its date.
 * A row's own words may date it too (`where` says whose lines they are): "Within 6 weeks of the audit" beside "MSP
 * audit reported 19/05/25", or an action "following the DA thematic audit (report 28/06/24)".
 *
 * @example atNamedOccasion(parseTimescale('Within 3 months of Committee'), ['report to Committee on 16 September 2025'])?.due // '2025-12-16'
 * @example atNamedOccasion(parseTimescale('Before MV2'), ['Monitoring visits: MV1 February 2025; MV2 June 2025'])?.due // '2025-06-30'
 */
export function atNamedOccasion(t: Timescale, lines: readonly string[], context: TimescaleContext = {}, where = "the plan's title lines"): Timescale | null {
  if (t.kind === 'date' || t.kind === 'recurring' || lines.length === 0) return null;
  const span = SPAN_OF_OCCASION.exec(t.text);
  const at = span ? null : AT_OCCASION.exec(t.text);
  const occasion = (span?.[1] ?? at?.[1])?.trim();
  if (!occasion || DATED_WORDS.test(occasion)) return null;
  const given = occasionGiven(lines, occasion);
  if (!given) return null;
  const from = `the ${occasion.replace(/^the\s+/i, '')} ${where} date`;
  if (span) return withinOfRaised(t, given.day, context, from, given.wholeMonth);
  return dueOn(t, given.day, context, `"${t.text.trim()}": ${from} (${formatUkDate(given.day)})`);
}

/** An occasion's words: one to five words of letters (a digit inside one: "MV2"), a possessive or hyphen kept. */
const OCCASION_WORDS = String.raw`((?:[A-Za-z][A-Za-z0-9'’-]*)(?:\s+[A-Za-z][A-Za-z0-9'’-]*){0,4})`;

/** "Within 3 months of the review", "56 days after the Coroner's report": the occasion its group. */
const SPAN_OF_OCCASION = new RegExp(
  String.raw`^\s*(?:within|by|no\s+later\s+than)?\s*(?:\d{1,2}|${NUMBER_WORD_PATTERN}|a)\s+(?:months?|weeks?|days?)\s+(?:of|after|from|following)\s+(?:the\s+)?${OCCASION_WORDS}\s*\.?\s*$`,
  'i',
);

/** "Before MV2", "At the next General Synod", "By next review", "Prior to the Commission's review meeting". */
const AT_OCCASION = new RegExp(String.raw`^\s*(?:by|before|at|prior\s+to|ahead\s+of|in\s+time\s+for)\s+(?:the\s+)?${OCCASION_WORDS}\s*\.?\s*$`, 'i');

/** Occasions that are not one the title dates: a date or a period of its own, an event with no day ("publication"). */
const DATED_WORDS = new RegExp(
  String.raw`\b(?:${MONTH_STEM_PATTERN})[a-z]*\b|\b(?:end|start|beginning|close|quarter|term|summer|winter|spring|autumn|publication|agreement|approval|launch|implementation|go[\s-]?live|it|this|that)\b`,
  'i',
);

/** Words between an occasion and its date that make the date another one: when it is due, or was last held. */
const NOT_ITS_DATE = /\b(?:date|due|next|last|previous|deadline|by|before|until)\b/i;

/**
 * The day the title lines give for an occasion (`occasion`, the words a timescale names it by): its words, up to four
 * more, then "dated", "on", "of", "held on", "in", a colon, a dash or a bracket, then a date; by all its words first,
 * then, named in two words, by its last alone.
 */
function occasionGiven(lines: readonly string[], occasion: string): GivenDay | null {
  const words = occasion.replace(/^the\s+/i, '').split(/\s+/);
  // (by its last word only when it has one word before it, a name's qualifier: "the Coroner's report"; "the Council
  // signs off the review" is a step of its own, not the review the lines date)
  const tries = words.length === 2 ? [words, words.slice(-1)] : [words];
  for (const tried of tries) {
    const name = tried.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]")).join(String.raw`\s+`);
    const pattern = new RegExp(
      String.raw`(?<!\b(?:last|previous|past)\s+)\b${name}(?![\w'’-])((?:\s+\(?[A-Za-z][A-Za-z'’-]*){0,4}?)\s*(?:\(|[:\-–]|\b(?:dated|on|of|held\s+on|in)\b)?\s*(${GIVEN_DATE})`,
      'i',
    );
    for (const line of lines) {
      const m = pattern.exec(line);
      if (!m || NOT_ITS_DATE.test(m[1])) continue;
      const given = givenDay(m[2]);
      if (given) return given;
    }
  }
  return null;
}

/** A date as title lines give one: "12 March 2021", "9–13 February 2026", "January 2017", "06/02/24". */
const GIVEN_DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?(?:\s*[–-]\s*\d{1,2}(?:st|nd|rd|th)?)?\s+)?(?:${MONTH_STEM_PATTERN})[a-z]*\.?,?\s+(?:19|20)\d\d\b|\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b`;
