import { correctSpelling } from '../correctSpelling';
import { memoTable, recall, type Memo } from '../memo';
import {
  AGREED_OPTIONS,
  COLUMN_ROLES,
  EXTRA_HEADER_SYNONYMS,
  EXTRA_ROLES,
  HEADER_SYNONYMS,
  TARGET_WORD,
  UPDATE_PERIOD_WORDS,
  WELSH_HEADER_WORDS,
  type HeaderRole,
} from '../vocab/headers';

/** Lower-cases, collapses spaces and drops trailing punctuation ("We said…"), for comparing header text. */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\S ]\s*| \s+/g, ' ')
    .replace(/’/g, "'")
    .replace(/[\s:*?.…]+$/g, '')
    .trim();
}

const SYNONYMS = [
  ...COLUMN_ROLES.flatMap((role) => HEADER_SYNONYMS[role].map((s, rank) => ({ role: role as HeaderRole, rank, text: s.text, exact: !!s.exact }))),
  ...EXTRA_ROLES.flatMap((role) => EXTRA_HEADER_SYNONYMS[role].map((s, rank) => ({ role: role as HeaderRole, rank, text: s.text, exact: !!s.exact }))),
].sort((a, b) => b.text.length - a.text.length);

/** The synonyms asked as a question ("completed?"), by their text: matched only where the cell asks it. */
const ASKED = new Map(SYNONYMS.filter((s) => s.text.endsWith('?')).map((s) => [s.text, s]));

/** A header asked with its answers after it ("Complete Y/N", "Done (yes/no)", "Achieved (Y/P/N)"): the words before them. */
const YES_NO = /^(.+?)\s*\(?\s*(?:y\s*\/\s*(?:p\s*\/\s*)?n(?:\s*\/\s*p)?|yes\s*\/\s*(?:partly\s*\/\s*)?no(?:\s*\/\s*partly)?)\s*\)?$/;

/** A question mark ending a header cell. */
const QUESTION_MARK = /\?\s*$/;

/** The synonyms by their first character: a cell can only name a role whose synonym starts as it does. */
const BY_FIRST = new Map<string, typeof SYNONYMS>();
for (const s of SYNONYMS) {
  const list = BY_FIRST.get(s.text[0]);
  if (list) list.push(s);
  else BY_FIRST.set(s.text[0], [s]);
}

/** A header's role, the rank of its synonym within the role (0 = the most usual word), and whether it names a period. */
export interface HeaderMatch {
  readonly role: HeaderRole;
  readonly rank: number;
  /** True for one of a series of period updates ("Update Jun 2015", "Q3 update", "Progress at Dec board"). */
  readonly period: boolean;
}

/**
 * The column role a header cell names, or null.
 * @example matchHeader('Status, evidence & sign off/follow up') // 'status'
 * @example matchHeader('Revised target date') // 'revised'
 * @example matchHeader('By when?') // 'timescale'
 * @example matchHeader('The CSCB has a clear understanding') // null
 */
export function matchHeader(cellText: string): HeaderRole | null {
  return matchHeaderRanked(cellText)?.role ?? null;
}

/** Header readings, remembered per layout read. */
const HEADERS = memoTable('headers', matchUncached);

/**
 * The role a header names and the rank of the synonym within its role, so that of two columns naming one role
 * ("Notes" and "Progress") the more usual word wins.
 * @example matchHeaderRanked('Update Jun 2015') // { role: 'status', rank: 2, period: true }
 */
export function matchHeaderRanked(cellText: string, memo?: Memo): HeaderMatch | null {
  if (cellText.length > 80) {
    // data, not a header: skip before any work; unless a short header explains itself in brackets after it
    // ("Delivery Confidence Assessment Q3 2023/24 (a Delivery Confidence Assessment of the project at a fixed point in
    // time, ...)"): the words before the bracket
    const open = cellText.indexOf('(');
    if (open < 3 || open > 50) return null;
    return recall(memo, HEADERS, cellText.slice(0, open));
  }
  return recall(memo, HEADERS, cellText);
}

/**
 * Words that make a short header with a period in it an update column ("Dec 2015 update", "Position at March"; a
 * partnership's quarterly returns, "Q1 Evaluation | Q2 Evaluation", "Q3 Review").
 */
const UPDATE_WORD = /\b(?:update|updates|progress|position|status|commentary|comments?|performance|evaluation|review(?!\s+(?:date|due|meeting)\b))\b/;

/** Words that make a short header with a period in it a RAG column ("Q1 RAG", "Sept 2016 rating"). */
const RAG_WORD = /\b(?:b?rag|r\/a\/g|b\/r\/a\/g|rating|rag\s+rating)\b/;

/**
 * A short header opening with a year, a financial year or a time since the plan began, and going on in words:
 * "2014/2015 target", "2015 update", "6-month update", "2019/20 RAG" (over a column for each quarter).
 */
const PERIOD_FIRST = /^\s*(?:(?:19|20)\d{2}(?:\s*[/-]\s*(?:19|20)?\d{2})?|\d{1,2}[\s-]*(?:months?|weeks?))\s+(?:[a-z]{4}[a-z ]{0,30}|b?rag)$/i;

/** A body's initials opening a header ("CQC Action Requirements", "LSCB Lead"): two to five capitals and a space. */
const BODY_INITIALS = /^\s*[A-Z]{2,5}\s+(?=[A-Za-z])/;

/**
 * A body or review named in words before its recommendations, findings or requirements ("Ofsted recommendation",
 * "Inspection findings", "Peer review recommendations"). Only those words may follow: "Review date" stays unread.
 */
const ISSUED_BY =
  /^\s*(?:ofsted|estyn|inspection|inspectorate|inspectors?['’]?|peer\s+review|review|internal\s+audit|audit|panel|inquiry|coroner['’]?s?|care\s+inspectorate|regulator['’]?s?)\s+(?=(?:recommendations?|findings?|requirements?|areas?\s+for\s+(?:improvement|development))\b)/i;

/** A word or two and a spaced dash opening a header ("Project - ", "Programme – "), before the header's own words. */
const OF_THING = /^\s*[A-Za-z]+(?:\s+[A-Za-z]+)?\s+[-–]\s+(?=[A-Za-z])/;

/** A word or two naming whose the column is, opening a header ("Reviewers’ ", "Independent reviewer's "). */
const WHOSE = /^\s*(?:[A-Za-z]+\s+)?[A-Za-z]+(?:['’]s|s['’])\s+(?=[A-Za-z])/;

/** The word that says which of a column's dates a header names ("Original ", "Revised ", "Amended "), before its other words. */
const WHICH_DATE = /^\s*(?:original|initial|revised|amended|extended|new)\s+(?=[a-z])/i;

/** A hyphen between two letters of a word, the second lower-case ("Implemen-tation"). */
const BROKEN_WORD = /([A-Za-z])-([a-z])/g;

/** A header that ends with "we will", a strategy's lead-in to the actions listed under it ("Over the next three years we will:"). */
const WE_WILL_LAST = /\bwe\s+will\s*[:.…]*\s*$/i;

/** "Our " opening a header ("Our target date"), before the header's own words. */
const OURS = /^\s*our\s+(?=[a-z])/i;

/** A header naming whose reply the column holds, in a word or two before "response": "Oxfam response", "LA responses". */
const NAMED_RESPONSE = /^((?:[a-z][a-z&'.-]*\s+){1,2})responses?$/;
/** Words before "response" that say what kind of response, not whose ("Initial response", "Crisis response"). */
const RESPONSE_NOT_A_NAME = new Set(['initial ', 'first ', 'emergency ', 'crisis ', 'rapid ', 'immediate ']);
/** The first `agreed` synonym, whose rank a header listing the answers in other words shares (`AGREED_OPTIONS`). */
const AGREED = SYNONYMS.find((s) => s.role === 'agreed')!;

/** The lead synonym "lead", whose rank a header naming who leads a priority or theme shares ("Priority lead"). */
const LEAD = SYNONYMS.find((s) => s.role === 'lead' && s.text === 'lead')!;

/** Words after a header's own that name who leads it: "Priority lead", "Theme leads", "Workstream owner". */
const WHO_LEADS_IT = /^ (?:lead|leads|lead officer|lead officers|owner|owners|sponsor)$/;

/** The status synonym "response", whose rank a named response shares. */
const RESPONSE = SYNONYMS.find((s) => s.role === 'status' && s.text === 'response')!;

/**
 * The words after a lead's header that make it what the lead reports ("Lead agency update", "Owner comments"); not a
 * job's "position", which names the lead.
 */
const LEAD_REPORTS = /\s(?:progress\s+)?(?:update|updates|comments?|commentary|response|narrative)$/;

/** The period before the one reported, in a header ("previous period", "last quarter", "prior month"). */
const PERIOD_BEFORE = /\b(?:previous|last|prior)\s+(?:period|quarter|month|update|report)\b/;

/** An activity of a kind, in a word or two before it ("Audit activity", "Training activities"). */
const ACTIVITY_OF_A_KIND = /^(?:[a-z&-]+\s+){1,2}activit(?:y|ies)$/;

/** Single letters spaced out, dotted or slashed, two to five of them ("r a g", "r.a.g", "r / a / g"): one word written out. */
const SPACED_LETTERS = /^[a-z](?:(?:[ .]| ?\/ ?)[a-z]){1,4}$/;

/** A number some boards put before each header ("1. What?", "2) How?"): not part of the header's words. */
const HEADER_NUMBER = /^\s*\(?\d{1,2}[.)]\s+(?=[A-Za-z])/;

function matchUncached(raw: string): HeaderMatch | null {
  const cellText = raw.replace(HEADER_NUMBER, '');
  // most cells of a plan are data: a reference number, a date, a sentence; none starts like a header word
  const first = /\S/.exec(cellText)?.[0]?.toLowerCase();
  // (a short header may open with its period: "2014/2015 target", "2015 update")
  if (first === undefined || (!BY_FIRST.has(first) && !/[a-z]/.test(first) && !PERIOD_FIRST.test(cellText))) return null;
  const spaced = normaliseHeader(cellText);
  if (spaced === '') return null;
  // ("Action needed – Standard of evidence to confirm improvement of rating": a role's words, then a dash and what
  // the column should hold)
  if (spaced.length > 60) return explainedAfterDash(cellText);
  // "R A G", "R.A.G", "B R A G": a word's letters spaced out, as a plan copied from a document heads its rating column
  const normal = SPACED_LETTERS.test(spaced) ? spaced.replace(/[ ./]/g, '') : spaced;
  // "Timesacle", "Responsibilty": read as the words they stand for
  const text = correctSpelling(normal)?.text ?? normal;
  // "Completed?", "Done?": a synonym asked as a question, matched with its question mark (which `normaliseHeader` drops)
  // ("Complete Y/N", "Achieved (yes/no)": asked as a yes-or-no question, with the answers in place of the question mark)
  // (the answers are always slashed: a header with no slash, most, is not tried at every split of its words)
  const yesNo = text.includes('/') ? YES_NO.exec(text) : null;
  const asked = QUESTION_MARK.test(cellText) ? ASKED.get(`${text}?`) : yesNo ? ASKED.get(`${yesNo[1]}?`) : undefined;
  if (asked) return { role: asked.role, rank: asked.rank, period: false };
  const found = synonymOf(text) ?? (AGREED_OPTIONS.test(text) ? AGREED : null);
  const periodic = text.length <= 50 && UPDATE_PERIOD_WORDS.test(text);
  // "Lead agency update", "Action owner comments", "Responsible officer response": what the lead reports, not the lead
  // (the lead's own column stands beside it)
  if (found?.role === 'lead' && LEAD_REPORTS.test(text)) return { role: 'status', rank: RESPONSE.rank, period: false };
  if (found) {
    const period = (found.role === 'status' || found.role === 'rag') && periodic && !/^(?:current|latest|overall)\b/.test(text);
    // (the rating or update of the period before, beside this period's: "RAG status previous period | RAG status current
    // period", a highlight report's: the other one is read)
    return { role: found.role, rank: PERIOD_BEFORE.test(text) ? found.rank + LAST_RANK : found.rank, period };
  }
  // "Audit activity", "Training activities": an activity of a kind, as "Activity" is
  const activity = ACTIVITY_OF_A_KIND.test(text) ? synonymOf('activity') : null;
  if (activity) return { role: activity.role, rank: activity.rank, period: false };
  // "Oxfam response", "Trust response", "CCG responses": the reply of the body named, as "Response" is
  const replyOf = NAMED_RESPONSE.exec(text);
  if (replyOf && !RESPONSE_NOT_A_NAME.has(replyOf[1])) return { role: 'status', rank: RESPONSE.rank, period: false };
  // "Dec 2015 update", "Position at March board": an update column named for its period first
  if (periodic && UPDATE_WORD.test(text)) return { role: 'status', rank: 50, period: true };
  // "Q1 RAG", "June 2016 rating": one RAG column per period, named for its period first
  if (periodic && RAG_WORD.test(text)) return { role: 'rag', rank: 50, period: true };
  // "2014/2015 target", "Target 2015/16": the targets for a year, due by its end where a cell names no date of its own
  // (last of the timescale's words: beside "When by" the year's target is the figure to reach, not the date)
  if (periodic && TARGET_WORD.test(text)) return { role: 'timescale', rank: LAST_RANK, period: false };
  // "CQC Action Requirements", "CTS Improvement and Action Plan": a body's initials before the header's own words
  const initials = BODY_INITIALS.exec(cellText);
  if (initials) return matchUncached(cellText.slice(initials[0].length));
  // "Ofsted recommendation", "Inspection findings", "Peer review recommendations": the body or review whose findings a
  // plan answers, named in words before them
  const issuer = ISSUED_BY.exec(cellText);
  if (issuer) return matchUncached(cellText.slice(issuer[0].length));
  // "Project - End Date (Latest Approved End Date)": the thing a column is of, a word or two and a dash before the
  // header's own words
  const thing = OF_THING.exec(cellText);
  if (thing) return matchUncached(cellText.slice(thing[0].length));
  // "Over the term of this plan, we will:", "In 2024/25 we will": a strategy's lead-in to what it will do, over its actions
  if (WE_WILL_LAST.test(cellText)) return { role: 'action', rank: 50, period: false };
  // "Our target date", "Our actions": a plan written in the first person, its header words after "Our"
  const ours = OURS.exec(cellText);
  if (ours) return matchUncached(cellText.slice(ours[0].length));
  // "Reviewers’ recommendation", "Auditor's recommendation": whose the words are, before the header's own words
  const whose = WHOSE.exec(cellText);
  if (whose) return matchUncached(cellText.slice(whose[0].length));
  // "Revised implementation date", "Original agreed implementation date": a date column's own words after the word
  // that says which of its dates it is (a later one supersedes the date first set, as "Revised date" does)
  const which = WHICH_DATE.exec(cellText);
  if (which) {
    const rest = matchUncached(cellText.slice(which[0].length));
    if (rest?.role === 'timescale') return /^\s*(?:original|initial)/i.test(which[0]) ? rest : { role: 'revised', rank: 50, period: false };
  }
  // "Assessment (RAG)", "Self-assessment (RAG rating)": a header naming nothing we know, said in brackets to be the RAG
  if (RAG_IN_BRACKETS.test(cellText)) return { role: 'rag', rank: 50, period: false };
  // "Revised Implemen-tation Date": a word broken by a hyphen typed where a line once ended, read whole
  // (only a header with a hyphen can hold a broken word)
  const unbroken = cellText.includes('-') ? cellText.replace(BROKEN_WORD, '$1$2') : cellText;
  if (unbroken !== cellText) return matchUncached(unbroken);
  // a header in two languages ("Cam Gweithredu / Action", "Amserlen / Timescale", as Welsh public bodies write them,
  // or one under the other): the half beside the one holding a Welsh header word
  // (a header with neither a slash nor a line break is one half: not split)
  if (!cellText.includes('/') && !cellText.includes('\n')) return null;
  const halves = cellText.split(BILINGUAL_BREAK);
  if (halves.length !== 2) return null;
  if (isWelsh(halves[0])) return matchUncached(halves[1]);
  if (isWelsh(halves[1])) return matchUncached(halves[0]);
  // two names joined by a slash, the first none we know, the second the action ("Exception / action to improve", "Key
  // outcome / action"): the action column (not a second name for another role: "Assurance / Evidence" beside the
  // progress is what will show it was done)
  const second = SLASH_BREAK.test(cellText) ? matchUncached(halves[1]) : null;
  return second?.role === 'action' ? second : explainedAfterDash(cellText);
}

/**
 * A header's role named in its words before a spaced dash, what follows explaining what the column should hold
 * ("Action needed – Standard of evidence to confirm improvement of rating"), or null.
 * @example explainedAfterDash('Action needed – Standard of evidence to confirm improvement of rating')?.role // 'action'
 */
function explainedAfterDash(cellText: string): HeaderMatch | null {
  const m = DASH_EXPLAINS.exec(cellText);
  return m ? matchUncached(m[1]) : null;
}

/** The rank of a header read only as a last resort for its role, after every synonym of it. */
const LAST_RANK = 10_000;

/** A header's own words (up to forty characters), a spaced dash, and words explaining it. */
const DASH_EXPLAINS = /^\s*([A-Za-z][^–—-]{2,40}?)\s+[-–—]\s+[A-Za-z]/;

/** "(RAG)", "(RAG rating)", "(BRAG)", "(R/A/G)" in a header: the column holds the rating. */
export const RAG_IN_BRACKETS = /\(\s*(?:b?rag(?:\s+(?:rating|status))?|b?\/?r\/a\/g)\s*\)/i;

/** A period alone after a header's words: a quarter and perhaps its year, or a month and its year ("Q3 2023/24", "June 2016"). */
const PERIOD_AFTER =
  /^ (?:q(?:tr)?\s*[1-4]|quarter\s*[1-4]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)(?:\s+(?:fy\s*)?(?:19|20)\d{2}(?:\s*[/-]\s*\d{2,4})?)?$/;

/** A slash with a space either side, joining two names for one column. */
const SLASH_BREAK = /\s\/\s/;

/**
 * True when a header's words hold a Welsh header word (`WELSH_HEADER_WORDS`).
 * @example isWelsh('Cam Gweithredu') // true
 * @example isWelsh('Action') // false
 */
export function isWelsh(text: string): boolean {
  for (const word of text.toLowerCase().split(/[^a-zâêîôûŵŷ]+/)) if (WELSH_HEADER_WORDS.has(word)) return true;
  return false;
}

/** Where a header in two languages gives way to the second: a slash with a space either side, or a line break. */
const BILINGUAL_BREAK = /\s+\/\s+|\s*\n\s*/;

/**
 * The words after a header word that make it the key a system gives each row ("Task ID", "Action GUID"), or a count a
 * board tool keeps of it ("Comment Count", as Trello exports the number of comments on a card).
 */
const ITS_KEY = /^ (?:id|ids|guid|key|uid|count)$/;

function synonymOf(text: string): { role: HeaderRole; rank: number } | null {
  for (const s of BY_FIRST.get(text[0]) ?? []) {
    if (text === s.text) return s;
    if (s.exact || !text.startsWith(s.text)) continue;
    const rest = text.slice(s.text.length);
    if (/^\s*(?:[,(/&\-–:;]|and\b|\/|or\b)/.test(rest) || /^s?\s*$/.test(rest)) return s;
    // the one who leads the thing the header names ("Priority lead", "Theme lead", "Workstream owner"): the lead
    if (s.role !== 'lead' && WHO_LEADS_IT.test(rest)) return LEAD;
    // a short header that goes on in words ("Target date for completion", "Outcome measures"); not to name the key a
    // system gives it ("Task ID", as Planner exports its 28-character keys: no role) or a count of it ("Comment Count")
    if (/^ [a-z0-9]/.test(rest) && !ITS_KEY.test(rest) && text.length <= 40 && s.text.length >= 4) return s;
    // (or names the period it is for, however long the header: "Delivery Confidence Assessment Q3 2023/24")
    if (PERIOD_AFTER.test(rest) && s.text.length >= 4) return s;
    // a longer one that says where it comes from ("Recommendation from the Safeguarding Adults Review") or for when
    // ("What will we prioritise in the next two years")
    // (or on what: "Commentary on actions planned or taken on the DCA")
    if (/^ (?:from|of|arising from|made by|on) (?:the |this )?[a-z]/.test(rest) && s.text.length >= 4) return s;
    if (/^ (?:in|over|during) the (?:next|coming) /.test(rest) && s.text.length >= 4) return s;
  }
  return null;
}
