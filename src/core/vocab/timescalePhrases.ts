/**
 * Timescale phrases that are not dates. Each list is data: add a phrase and the matching parser reads it.
 * Patterns are matched case-insensitively against the timescale text with whitespace collapsed.
 */
import { MEETING_NOUNS } from './meetings';
import { MONTH_PATTERN, SEASON_PATTERN } from './months';
import { NUMBER_WORD_PATTERN } from './numbers';

/** Recurring timescales: the action repeats and is never "overdue" as a whole. `label` is what reports show. */
export const RECURRENCE_PHRASES: ReadonlyArray<{ pattern: RegExp; label: string }> = [
  { pattern: /\bbi[\s-]?monthly\b/i, label: 'bi-monthly' },
  { pattern: /\bevery\s+(?:two|2)\s+months\b/i, label: 'bi-monthly' },
  {
    pattern:
      /\bbi[\s-]?annual(?:ly)?\b|\bhalf[\s-]?yearly\b|\bsix[\s-]?monthly\b|\b6[\s-]?monthly\b|\bevery\s+(?:six|6)\s+months\b|\btwice\s+(?:a|per|each|every)\s+year\b/i,
    label: 'six-monthly',
  },
  { pattern: /\b(?:three|3)[\s-]?monthly\b|\bquarterly\b|\bevery\s+(?:three|3)\s+months\b|\b(?:every|each)\s+(?:quarter|qtr)\b/i, label: 'quarterly' },
  { pattern: /\bmonthly\b|\bevery\s+month\b|\beach\s+month\b/i, label: 'monthly' },
  { pattern: /\b(\d+|two|three|four|five|six|eight)[\s-]?weekly\b|\bevery\s+(\d+|two|three|four|five|six|eight)\s+weeks\b/i, label: 'n-weekly' },
  { pattern: /\bfortnightly\b/i, label: 'fortnightly' },
  { pattern: /\bweekly\b|\bevery\s+week\b/i, label: 'weekly' },
  // (not a given year's annual report: "With the 2021-22 annual report (Nov 22)" is one date)
  {
    pattern:
      /\bannual(?:ly)?\b(?<!(?:19|20)\d{2}(?:[/-]\d{2,4})?\s+annual)|\byearly\b|\bevery\s+year\b|\beach\s+year\b|\bonce\s+(?:a|per|each|every)\s+year\b|\bper\s+annum\b/i,
    label: 'annually',
  },
  // a sports club's year ("End of each season", "every football season")
  { pattern: /\b(?:every|each)\s+(?:football\s+|playing\s+|sporting\s+)?season\b/i, label: 'every season' },
  // a round each year at one time of it ("Each winter": the severe weather beds opened every winter)
  { pattern: /\b(?:every|each)\s+(?:winter|spring|summer|autumn)\b/i, label: 'annually' },
  // (a school's half terms too: "Each half term", "Half-termly")
  { pattern: /\btermly\b|\b(?:each|every)\s+(?:half[\s-]?)?term\b/i, label: 'termly' },
  {
    pattern:
      /\bonwards?\b|\bon[\s-]?going\b|\bcontinuous(?:ly)?\b|\bcontinual(?:ly)?\b|\bthroughout\b|\brolling\b|\bregular(?:ly)?\b|\bstanding\s+(?:agenda\s+)?item\b/i,
    label: 'ongoing',
  },
  // work made part of the day job, with no end ("Business as usual", "BAU", as public bodies write it); not a move
  // into it by a date, which is the deadline ("Embedded as BAU by March 2016", "Move to business as usual Mar 16")
  {
    pattern:
      /\b(?<!\b(?:to|into|becomes?|become|embedded(?:\s+(?:in|into|as))?|as|part\s+of)\s+)(?:business\s+as\s+usual|bau)\b(?!\s*(?:\(bau\)\s*)?(?:by|before|in|no\s+later|from|[,;:\-–]?\s*(?:\d|\w+\s+\d)))/i,
    label: 'ongoing',
  },
  // ("Each Scrutiny", "every sub-group": a committee named for what it does, its meetings meant)
  {
    pattern: new RegExp(String.raw`\b(?:at\s+)?(?:every|each)\s+(?:[\w&'’-]+\s+){0,3}(?:${MEETING_NOUNS}|session|scrutiny)s?\b`, 'i'),
    label: 'every meeting',
  },
  // in Welsh, as a bilingual plan may give them alone ("Chwarterol", "Parhaus", "Blynyddol", "Misol")
  { pattern: /\bchwarterol\b/i, label: 'quarterly' },
  { pattern: /\bmisol\b/i, label: 'monthly' },
  { pattern: /\bblynyddol\b/i, label: 'annually' },
  { pattern: /\bparhaus\b/i, label: 'ongoing' },
];

/** Event-driven timescales: done when something happens, so never "overdue". */
export const EVENT_PHRASES: ReadonlyArray<{ pattern: RegExp; label: string }> = [
  { pattern: /\b(?:when|as|if)\s+(?:the\s+)?need\s+arises\b/i, label: 'as need arises' },
  { pattern: /\bas\s+and\s+when\b/i, label: 'as and when' },
  { pattern: /\b(?:as|when|if)\s+(?:required|needed|necessary|appropriate)\b/i, label: 'as required' },
  { pattern: /\bon\s+request\b|\bupon\s+request\b/i, label: 'on request' },
  {
    pattern: /\b(?:following|after|upon|on)\s+(?:the\s+)?(?:publication|completion|receipt|appointment|approval|outcome|conclusion)\b/i,
    label: 'after an event',
  },
  // after a step the plan names, or a condition ("Following sign-off of the pathway", "Once the policy is agreed",
  // "Dependent on funding")
  {
    pattern:
      /\b(?:following|after|upon|once)\s+(?:the\s+)?(?:sign[\s-]?off|agreement|review|launch|implementation|adoption|ratification|consultation|restructure|recruitment|evaluation)\b/i,
    label: 'after an event',
  },
  {
    pattern:
      /\b(?:once|when)\s+(?:the\s+)?(?:[\w&'’-]+\s+){1,3}(?:is|are|has\s+been|have\s+been)\s+(?:signed\s+off|agreed|approved|completed|published|in\s+place|finalised|ratified|appointed|recruited)\b/i,
    label: 'after an event',
  },
  { pattern: /\b(?:dependent|depending|contingent)\s+(?:up)?on\b/i, label: 'after an event' },
  { pattern: /\bin\s+line\s+with\b/i, label: 'in line with another timetable' },
  // "Within 3 months of publication": a period counted from an event
  {
    pattern: new RegExp(
      String.raw`\bwithin\s+(?:\d+|a|${NUMBER_WORD_PATTERN})\s+(?:working\s+)?(?:days?|weeks?|months?|years?)\s+(?:of|after|following|from)\b`,
      'i',
    ),
    label: 'after an event',
  },
  // "6 months after launch", "Two weeks following the Board": a period counted from an event named in words (not a
  // month: "12 months after April 2015" counts from a date)
  {
    pattern: new RegExp(
      String.raw`\b(?:\d+|a|${NUMBER_WORD_PATTERN})\s+(?:working\s+)?(?:days?|weeks?|months?|years?)\s+(?:after|following)\s+(?:the\s+)?(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)[a-z]`,
      'i',
    ),
    label: 'after an event',
  },
  // "Next Board", "next sub-group meeting": the plan does not say when that is
  {
    pattern: new RegExp(String.raw`\b(?:the\s+)?next\s+(?:[\w&'’-]+\s+){0,2}(?:${MEETING_NOUNS})\b`, 'i'),
    label: 'the next meeting',
  },
];

/**
 * The names a plan gives itself in a timescale ("by the end of the strategy", "over the life of the plan"). Matched
 * whole, case-insensitively; "period" may follow ("End of plan period").
 */
export const PLAN_NAMES: readonly string[] = [
  'plan',
  'strategy',
  'strategic plan',
  'business plan',
  'action plan',
  'improvement plan',
  'delivery plan',
  'work plan',
];

/** `PLAN_NAMES` as one alternation, longest first, a space matching any run of spaces. */
const PLAN_NAME_PATTERN = [...PLAN_NAMES]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.trim().split(/\s+/).join('[ \\t]+'))
  .join('|');

/** What may not follow the plan's name: a word ("End of plan year 2", "life of the plan review") or a number. */
const NOTHING_MORE = String.raw`(?![ \t]*(?:[a-z\d]|[-–][ \t]*[a-z\d]))`;

/**
 * The end of the plan's own period, in words: "By the end of the plan", "End of plan period", "Within the life of the
 * plan", "Over the life of the strategy", "plan period end". Nothing may follow but punctuation (so "End of plan year
 * 2" is read as year 2). Due on the last day of the period the plan's title states; a plan that states none has no
 * date for it (see `NO_DATE_PHRASES`).
 */
export const PLAN_END_PATTERN = String.raw`\b(?:(?:the[ \t]+)?end[ \t]+of|(?:the[ \t]+)?life(?:[ \t]*time|[ \t]*span)?[ \t]+of)[ \t]+(?:the[ \t]+)?(?:current[ \t]+|this[ \t]+)?(?:${PLAN_NAME_PATTERN})(?:[ \t]+period)?${NOTHING_MORE}|\b(?:the[ \t]+)?(?:${PLAN_NAME_PATTERN})[ \t]+period[ \t-]+end\b${NOTHING_MORE}`;

/** Explicitly undated timescales: shown as "needs a date". */
export const NO_DATE_PHRASES: ReadonlyArray<{ pattern: RegExp; label: string }> = [
  { pattern: /^\s*[-–—.?x]*\s*$/i, label: 'blank' },
  { pattern: /\btb[cad]\b|\bto\s+be\s+(?:confirmed|agreed|decided|determined|set|arranged|advised)\b/i, label: 'to be confirmed' },
  { pattern: /\basap\b|\bas\s+soon\s+as\s+(?:possible|practicable)\b|\burgent(?:ly)?\b|\bimmediate(?:ly)?\b/i, label: 'as soon as possible' },
  { pattern: /^\s*n\s*\/\s*a\s*$|\bnot\s+applicable\b/i, label: 'not applicable' },
  // "Within 3 months", "within six weeks": a period with no start given
  {
    pattern: new RegExp(String.raw`\bwithin\s+(?:\d+|a|${NUMBER_WORD_PATTERN})\s+(?:working\s+)?(?:days?|weeks?|months?|years?)\b`, 'i'),
    label: 'a period with no start given',
  },
  // "By the end of the plan" in a plan whose title states no period
  { pattern: new RegExp(PLAN_END_PATTERN, 'i'), label: 'the end of the plan, which states no period' },
];

/**
 * Words before a date that make it a dependency, not a deadline ("After October 14 Board response"), or say when
 * the work starts ("Commencing April 2015", "Starting Jan 2015", "Start April 2015", "Start date: May 2015", "Pilot
 * starts: May 2015"; not "week commencing", which names a week to be done in, nor "Start of April 2015", early April,
 * nor the start of the contract or service the work puts in place, "Contract start 1 April 2023", when it is due).
 * Such a date is kept as a milestone with role `after` and does not set the due date.
 */
export const AFTER_WORDS =
  /\b(?:after|following|from|post|once|(?<!\bweek\s+)commenc(?:ing|es)|(?<!\b(?:contract|service)\s+)start(?:s|ing)?(?:\s+date)?|begin(?:s|ning)?(?=\s*[:\-–]?\s*$)(?<!beginning))\s*[:\-–]?\s*$/i;

/**
 * Words before a date that make it a review of the work ("March 2015 (review Sept 2015)", "Dec 2014; to be
 * reviewed March 2016", "Review date: April 2016"): beside a deadline, it is not the due date.
 */
export const REVIEW_WORDS = /\b(?:(?:to\s+be\s+)?reviewed|review(?:\s+(?:date|due))?)\s*(?:(?:in|on|by|at|from|after|during)\s+)?[:\-–]?\s*$/i;

/**
 * Words before a date that record what already happened ("Ongoing. Meeting held 15th April 2013", "March 2015
 * (launched Dec 2014)", "Dec 2014 - draft circulated 3 Nov 2014") or what has been arranged ("Ongoing. Training
 * organised for 6th Sept 2013": a session within the work, not its end): beside a deadline or a recurrence, the
 * date is a note (history), not the due date.
 */
export const HISTORY_WORDS =
  /\b(?:held|took\s+place|met|launched|circulated|started|commenced|began|agreed|signed\s+off|presented|published|delivered|completed|approved|(?:organi[sz]ed|arranged|booked|scheduled)\s+for)\s+(?:(?:on|in|at)\s+)?(?:the\s+)?$/i;

/**
 * Words before a year that mean its early part, read as "early" is: "Start of 2016" and "Beginning of 2016" as "Early
 * 2016" (January-April, due 30 April), and "beginning of 2016/17" as the first third of that financial year (April-July
 * 2016, due 31 July). "The" may come before them ("by the start of 2016").
 */
export const START_OF_YEAR_WORDS: readonly string[] = [
  'start of',
  'start of the year',
  'beginning of',
  'beginning of the year',
  'early part of',
  'early part of the year',
  'early in',
];

/** Words before a month that pin a part of it. The day chosen is recorded as an assumption. */
export const PART_OF_MONTH: ReadonlyArray<{ pattern: RegExp; day: number | 'end'; label: string }> = [
  { pattern: /\b(?:early|beginning\s+of|start\s+of)\s*-?\s*$/i, day: 10, label: 'early' },
  { pattern: /\bmid\s*-?\s*$/i, day: 15, label: 'mid' },
  { pattern: /\b(?:late|end\s+of)\s*-?\s*$/i, day: 'end', label: 'late' },
  // a week of the month ("first week of March" is due by the 7th)
  { pattern: /\b(?:1st|first)\s+week\s+(?:of|in)\s+$/i, day: 7, label: 'first week' },
  { pattern: /\b(?:2nd|second)\s+week\s+(?:of|in)\s+$/i, day: 14, label: 'second week' },
  { pattern: /\b(?:3rd|third)\s+week\s+(?:of|in)\s+$/i, day: 21, label: 'third week' },
  { pattern: /\b(?:last|final|4th|fourth)\s+week\s+(?:of|in)\s+$/i, day: 'end', label: 'last week' },
];

/**
 * Separators between two dates that make a range ("Sept 2015 – March 2016", "January to March 2015"), or a choice
 * read as one ("Apr/May 2015", "April or May 2015": the first month takes the year of the second).
 */
export const RANGE_SEPARATOR = /^\s*(?:-|–|—|\/|to|until|till|through|thru|or)\s*$/i;

/**
 * Words before a number that make it a count or a stage, not a day of the month: "Phase 2 Mar 16" is March 2016
 * (phase two), not 2 March 2016.
 */
export const NOT_A_DAY_BEFORE =
  /\b(?:phase|stage|step|wave|tranche|part|cohort|round|level|tier|year|yr|week|wk|module|workstream|release|sprint|session|meeting|quarter|q|priority|section|item|objective|action|no\.?|number|version|v)\s*[:#.]?\s*$/i;

/** Words before a day that name a week: "w/c 12/10/15" is due at the end of the week commencing 12 October 2015. */
/** "Before" just ahead of a month ("Before March 2025", "before the start of April"): due by the end of the month before. */
export const BEFORE_MONTH = /\bbefore\s+(?:the\s+)?(?:(?:start|beginning)\s+of\s+)?$/i;

/**
 * How long the work runs from the date just before ("for six months", "for a period of 12 weeks", "(for 3 months)"):
 * the count (digits or a word) and the unit are the groups.
 */
export const FOR_SPAN = new RegExp(
  String.raw`^\s*[(,]?\s*for\s+(?:a\s+(?:period|pilot)\s+of\s+|an?\s+initial\s+)?(\d{1,2}|a|${NUMBER_WORD_PATTERN})\s+(months?|weeks?|years?)\b`,
  'i',
);

export const WEEK_OF = /\b(?:w\/c|w\/b|wc|wb|w\.c\.|week\s+(?:commencing|beginning|starting|of))\s*:?\s*$/i;

/** The verbs that move a date, as a timescale writes them ("revised", "put back", "carried forward"). */
const MOVED = String.raw`revised|amended|changed|moved|extended|put\s+back|pushed\s+back|deferred|postponed|slipped|rescheduled|re-scheduled|delayed|carried\s+forward`;

/** What must follow a revision's words: a date (a number, a month, a quarter, a season, "end", "early"...). */
const DATE_AHEAD = String.raw`(?=[\s:(–—-]*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]|spring|summer|autumn|winter|end|early|mid|late))`;

/**
 * Words inside a timescale that revise its date: the plan's own date comes before them, the new one after ("Dec 2015
 * (revised to Mar 2016)", "March 2015 – extended to June 2015", "Sept 14 now Dec 14", "Dec 14 Revised: March 15").
 * A timescale listing dates with no such words ("Dec 14, March 15, May 15") lists milestones, not a revision.
 */
export const TIMESCALE_REVISION_LEADS = new RegExp(
  String.raw`\b(?:(?:${MOVED})(?:\s+(?:to|until|till|into))?|now(?:\s+(?:due|expected|planned|scheduled))?(?:\s+(?:for|by|in|to))?|new\s+(?:target\s+|completion\s+)?(?:date|deadline|timescale)(?:\s+(?:of|is|set\s+for|set\s+to))?|rev(?:ised)?\.?\s*(?:date)?\s*:)${DATE_AHEAD}`,
  'gi',
);

/** Words inside a timescale that give the old date after the new one: "December 2014 (moved from October 2014)". */
export const TIMESCALE_REVISED_FROM = new RegExp(String.raw`\b(?:(?:${MOVED})\s+from|previously|originally|was)${DATE_AHEAD}`, 'gi');

/** Words before a festival that make it a time ("by Christmas", "before Easter") when no year is written. */
export const TIME_WORDS_BEFORE = /\b(?:by|before|until|till|at|over|after|following|from|for|end\s+of|in\s+time\s+for)\s+(?:the\s+)?$/i;

/**
 * A line heading the milestones due by one date, alone on its row over them ("By September 2015", "By end of March
 * 2016", "Due by Q3 2016/17"), as a plan copied from a web page or a Word document groups its milestones where it
 * has no timescale column: the date the rows under it are due by.
 * @example DEADLINE_HEADING.test('By December 2015') // true
 * @example DEADLINE_HEADING.test('By December 2015, train all staff') // false (an action with its date)
 */
export const DEADLINE_HEADING = new RegExp(
  String.raw`^\s*(?:by|due(?:\s+by)?|deadline:?)\s+(?:the\s+)?(?:end\s+(?:of\s+)?)?(?:(?:${MONTH_PATTERN})\.?,?\s+(?:20)?\d{2}` +
    String.raw`|q[1-4]\s+(?:20)?\d{2}(?:\s*[/-]\s*(?:20)?\d{2})?|(?:${SEASON_PATTERN})(?:\s+term)?\s+(?:20)?\d{2}|20\d{2}(?:\s*[/-]\s*(?:20)?\d{2})?)\s*:?\s*$`,
  'i',
);

/** A span of time alone, naming no start of its own: "3 months", "Within 28 days", "6 weeks". */
export const SPAN_ALONE = new RegExp(String.raw`^(?:within\s+)?(?:\d{1,3}|${NUMBER_WORD_PATTERN})\s+(?:working\s+)?(?:days?|weeks?|months?)\.?$`, 'i');

/**
 * A span counted from the date written after it, just before that date: "Within 6 weeks of ", "6 weeks after ",
 * "within 10 working days of ", "Within 3 months of the audit (audit " (the event named, then its date in brackets;
 * not "(by ", the span's own end: "Within 1 month of final decision (by 28/12/25)"). The count (digits or a word),
 * "working" and the unit are the groups.
 */
export const SPAN_BEFORE_DATE = new RegExp(
  String.raw`\b(?:within\s+|by\s+|no\s+later\s+than\s+)?(\d{1,2}|a|${NUMBER_WORD_PATTERN})\s+(working\s+)?(days?|weeks?|months?)\s+(?:of|after|from|following)\s+(?:the\s+)?(?:(?:[\w&'’/-]+\s+){0,3}?[\w&'’/-]+\s*\(\s*(?!(?:by|before|due|until|till|deadline|ie|i\.e\.)\b)(?:[\w&'’/-]+\s+){0,2}?(?:on\s+)?)?$`,
  'i',
);
