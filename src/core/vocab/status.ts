/**
 * How status text is read. Every phrase list and rule is here, as data, so a board can tune it without touching
 * the classifier. Patterns are tested against the status text with whitespace collapsed.
 *
 * The classifier applies them in this order (first that applies wins):
 *  1. an explicit RAG (a RAG column, or a leading "Red"/"Amber"/"Green"/"Blue"/"R"/"A"/"G"/"B") is kept;
 *  2. an empty status, or one that only says nothing has happened (`EMPTY_LIKE`): red when past due, else none;
 *  3. "See above" takes the state of the action row above;
 *  4. complete, when the status opens with a completion word (`COMPLETE_LEAD`), or its first sentence says
 *     something short was done (`COMPLETE_CLAIM`) and nothing later blocks it (`BLOCKERS`, `AMBER`, `RED`), and nothing negates it
 *     (`NOT_COMPLETE`); a claim on a recurring action means it is on track (green), not finished;
 *  5. red when a red phrase appears (`RED`);
 *  6. amber when a slippage phrase appears (`AMBER`);
 *  7. amber when the due date has passed and the status does not say complete;
 *  8. otherwise green: there is an update and nothing says it is off track.
 */

/**
 * A dated prefix some boards put before each update ("12/09/16: Completed", "Nov 2014 update: ...",
 * "Update Jan 2015 - ..."). It is set aside before the rules below are applied.
 */
export const UPDATE_PREFIX =
  /^\s*(?:(?:update|progress|position)\s*)?\(?\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{2,4})?)\s*\)?\s*(?:update)?\s*[:\-–—]\s*/i;

/** Opening words that say the action is complete ("Complete see minutes", "Done.", "Actioned."). */
export const COMPLETE_LEAD =
  /^(?:now\s+|fully\s+|all\s+)?(?:complete|completed|done|actioned|achieved|finished|closed|delivered|published|signed[\s-]?off|implemented|in\s+place|finalised|finalized)\b(?!\s+(?:by|before|for)\b)/i;

/**
 * A first sentence that says a short subject was done: "Protocol Agreed.", "Signatures of need Done.",
 * "SCR Framework completed.", "Report Completed in November 2014.", "PMQA Framework Adopted December 2014.".
 * Only a date or a short "in/at/by ..." phrase may follow the verb, so "Young Advisors have completed a
 * questionnaire" (an object follows) is not a claim.
 */
export const COMPLETE_CLAIM = new RegExp(
  String.raw`^(?:[\w&'’/()-]+\s+){1,4}(?:(?:is|was|has\s+been|have\s+been|now|been|considered\s+and|reviewed\s+and)\s+)?` +
    String.raw`(?:complete|completed|done|agreed|achieved|actioned|finalised|finalized|signed[\s-]?off|adopted|published|launched|delivered|approved|accepted|ratified|endorsed|implemented|in\s+place)` +
    String.raw`(?:\s+(?:in|on|at|by|during|from|through|via|with|to)\s+[^.;]{0,60}|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|winter|\d)[^.;]{0,30}|\s+and\s+[^.;]{0,80}|\s*[-–—]\s*[^.;]{0,80})?\s*[.!;]?\s*$`,
  'i',
);

/** Words after a completion claim that say it is not finished after all. */
export const BLOCKERS = /\bawaiting\b|\bnot\s+yet\b|\bstill\s+(?:to|needs?|required)\b|\boutstanding\b|\bin\s+draft\b|\bpending\b/i;

/** Words that negate completion anywhere in the status. */
export const NOT_COMPLETE =
  /\bnot\s+(?:yet\s+)?(?:been\s+)?(?:complete|completed|done|finished|achieved|met|delivered|started|agreed)\b|\bincomplete\b|\bpartially\s+(?:complete|completed|done)\b|\bnot\s+fully\b/i;

/** Statuses that say nothing has happened: read like an empty status. */
export const EMPTY_LIKE = /^\s*(?:[-–—.?]+|n\/?a|tbc|not\s+(?:yet\s+)?(?:started|due|commenced)|no\s+(?:update|progress)(?:\s+(?:received|yet|to\s+date))?|none)\s*[.!]?\s*$/i;

/** "See above": the state of the action row above. */
export const SEE_ABOVE = /^\s*(?:see|as)\s+(?:above|previous|row\s+above)\b/i;

/** Phrases that put an action at red. */
export const RED =
  /\boff[\s-]?track\b|\bnot\s+(?:yet\s+)?(?:started|commenced)\b|\bno\s+progress\b|\bstalled\b|\bcancell?ed\b|\bnot\s+achieved\b|\bfailed\b|\bwill\s+not\s+be\s+(?:met|achieved|completed)\b|\bunable\s+to\b/i;

/** Phrases that put an action at amber: slippage, delay, risk. */
export const AMBER =
  /\bslipp(?:ed|age|ing)\b|\bslips?\b|\bbehind\s+(?:schedule|target|timescale)s?\b|\bdelay(?:ed|s)?\b|\bpushed\s+back\b|\bpostponed\b|\bdeferred\b|\bnot\s+met\b|\bat\s+risk\b|\b(?:changed|revised|extended|new|amended)\s+timescales?\b|\btimescales?\s+(?:changed|revised|extended|amended|moved)\b|\bmore\s+(?:work\s+)?(?:is\s+)?required\b|\boverdue\b|\brescheduled\b|\bon\s+hold\b|\blate\b/i;

/** Explicit RAG words and letters (a RAG column, or the first word of a status). */
export const RAG_WORDS: Readonly<Record<string, 'red' | 'amber' | 'green' | 'blue'>> = {
  red: 'red', r: 'red',
  amber: 'amber', a: 'amber', orange: 'amber', yellow: 'amber',
  green: 'green', g: 'green',
  blue: 'blue', b: 'blue', complete: 'blue', completed: 'blue',
};

/** A status that opens with a RAG word ("Amber: some slippage", "G - on track", "Red"). Single letters need punctuation after them. */
export const LEADING_RAG = /^\s*(?:rag\s*[:\-–]?\s*)?(?:(red|amber|green|blue)\b(?:\s*[:\-–—.)/,]|\s|$)|([ragb])\s*(?:[:\-–—.)/]|$))/i;
