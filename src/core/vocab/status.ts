/**
 * How status text is read. Every phrase list and rule is here, as data, so a board can tune it without touching
 * the classifier. Each meaning is one commented list of phrases, joined into a pattern by `phrasePattern` (a space
 * in a phrase matches spaces or hyphens; regular-expression syntax marks what varies). Patterns are tested
 * against the status text with whitespace collapsed.
 *
 * The classifier applies them in this order (first that applies wins):
 *  1. an explicit RAG (a RAG column, a hand-coloured status or RAG cell, or a leading "Red"/"Amber"/"Green"/
 *     "Blue"/"R"/"A"/"G"/"B") is kept;
 *  2. an empty status, or one that only says nothing has happened (`EMPTY_LIKE`, `NO_UPDATE`): red when past
 *     due, else none (a percentage complete, where the plan keeps one, counts as an update);
 *  3. "See above" takes the state of the action row above;
 *  4. closed (`CLOSED`: superseded, withdrawn, closed): the action is no longer open; it counts as complete;
 *  5. complete, when the status opens with a completion word (`COMPLETE_LEAD`), or its first sentence says
 *     something short was done (`COMPLETE_CLAIM`) and nothing later blocks it (`BLOCKERS`, `AMBER`, `RED`), and
 *     nothing negates it (`NOT_COMPLETE`, `PARTIAL`); a claim on a recurring action means it is on track (green);
 *  6. red when a red phrase appears (`RED`);
 *  7. amber when a slippage phrase appears (`AMBER`, `DEFERRED`), or when the figure the status gives falls short
 *     of a target it states ("82% against a target of 90%": `PERCENT_TARGET`); a figure short of its target also
 *     outweighs a completion word ("Achieved 85% against a target of 90%");
 *  8. amber when the due date has passed and the status does not say complete;
 *  9. otherwise green: there is an update and nothing says it is off track.
 */
import { MEETING_ACRONYMS, MEETING_NOUNS } from './meetings';
import { MONTH_STEM_PATTERN } from './months';
import { matchAnyPhrase, phrasePattern, phraseSearch } from './phrases';

/**
 * A dated prefix some boards put before each update ("12/09/16: Completed", "Nov 2014 update: ...",
 * "Update Jan 2015 - ..."), with the time and author an incident system writes after the date ("27/03/2024 16:20 L
 * Okafor: ..."), or a label typed before it ("Status: complete", "Update - delayed", and an audit tracker's
 * "Follow-up: implemented", "Auditor comment: implemented", "Progress to date: complete"; not "Management response:",
 * whose "Agreed" accepts the recommendation). It is set aside before the rules below are applied.
 */
export const UPDATE_PREFIX =
  /^\s*(?:(?:(?:update|progress|position)\s*)?\(?\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?(?:\s+[a-z][\w.'’-]*(?:\s+[a-z][\w'’-]*){0,2})?)?|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{2,4})?)\s*\)?\s*(?:update)?|(?:status|update|progress(?:\s+(?:update|to\s+date))?|position(?:\s+statement)?|comments?|latest\s+(?:update|position)|current\s+position|follow[\s-]?up(?:\s+(?:status|position|update|comments?))?|(?:auditor|officer|lead|owner|manager)(?:['’]s)?\s+(?:comments?|update)|update\s+from\s+(?:the\s+)?lead))\s*[:\-–—]\s*/i;

/** The agencies a multi-agency plan's commentary is written by, as their entries are labelled ("Police", "CCG", "LA"). */
const AGENCIES = String.raw`police(?:\s+scotland)?|health|public\s+health|ccg|icb|nhs|la|local\s+authority|council|education|schools?|children['’]?s\s+(?:social\s+care|services)|csc|adults?['’]?\s+social\s+care|asc|social\s+care|probation|nps|crc|fire(?:\s+(?:and|&)\s+rescue)?|yos|yot|yjs|youth\s+justice|cafcass|housing|dwp|primary\s+care|camhs|mental\s+health`;

/**
 * The agency whose entry the status is, as a multi-agency plan labels it ("CCG: Complete", "ICB: Policy signed off in
 * May", "Police update: training delivered"), set aside like the labels of `UPDATE_PREFIX`; not when another agency's
 * entry follows ("Police: complete. Health: in progress."), where the one agency's word is not the whole action's.
 */
export const AGENCY_LABEL = new RegExp(String.raw`^(?:${AGENCIES})(?:\s+update)?\s*:\s*(?![\s\S]*[.;]\s*(?:${AGENCIES})(?:\s+update)?\s*[:–—-])`, 'i');

/**
 * The label of progress a plan writes beside its actions where it keeps no status column: on a row of its own under
 * the action ("What we did over the last year", "Progress:", "Q2 update") or on a line inside the action cell
 * ("Update –", "Latest update:"). One list for both places; each place adds its own punctuation around it.
 */
export const PROGRESS_LABEL_WORDS = String.raw`(?:(?:q[1-4]|latest|quarterly|current)\s+)?(?:update|progress(?:\s+(?:update|to\s+date|made))?)|what\s+(?:we\s+(?:did|have\s+done)|has\s+been\s+(?:done|achieved))(?:\s+(?:over|in|during)\s+the\s+(?:last|past)\s+(?:year|quarter|six\s+months|period))?`;

/**
 * The verbs of a claim that the whole of something was done ("Full compliance achieved.", "Review completed in March"),
 * not a step of it ("Guidance issued", "Launch event held"): beside a green in a plan with no colour for done, the
 * action is complete.
 */
export const WHOLE_DONE = phrasePattern(['complete', 'completed', 'achieved', 'finished', 'implemented', 'fully met']);

/** Who the work reaches ("All staff trained", "Most agencies", "Half of schools"): see `COMPLETE_LEAD`, `PARTIAL`. */
const GROUPS =
  '(?:agencies|partners|partner agencies|schools|staff|practitioners|teams|services|organisations|organizations|members|gps|providers|settings|managers|professionals)';

/** Words that say an action is done, as the first word of a status or after its subject. */
const DONE_WORDS = [
  'complete',
  'completed',
  'done',
  'actioned',
  'achieved',
  'finished',
  'closed',
  'delivered',
  'published',
  'signed off',
  'implemented',
  'in place',
  'finalised',
  'finalized',
  'fully implemented',
  'fully achieved',
  'fully met',
  'met',
  'embedded',
  'launched',
  'relaunched',
  're-launched',
  'adopted',
  'ratified',
  'rolled out',
  // a system or service in use ("Went live in October", "Gone live", "Up and running", "Fully operational"); not
  // "Live" alone ("Live consultation open"), nor "Operational group meets monthly"
  'went live',
  'gone live',
  'up and running',
  'in operation',
  'operational(?=\\s*(?:[.;:,!–—-]|$|since\\b|from\\b))',
  'fully operational',
  'agreed', // not "Agreed to ...", "Agreed that ...", "Agreed in principle" (see COMPLETE_LEAD)
  'approved', // as "agreed": not "Approved in principle", "Approved to go out to consultation"
  'endorsed',
  // a forward plan's item taken at its meeting ("Presented.", "Presented – first meeting as a standing item")
  'presented',
  // an audit tracker's follow-up: the implementation checked ("Verified", "Verified by internal audit")
  'verified',
  // a Welsh board's bilingual drop-down read in its Welsh half ("Cwblhawyd", completed; "Wedi'i gwblhau", done)
  'cwblhawyd',
  "wedi(?:['’]i| ei) gwblhau",
  // a return or response the action asks for sent ("Submitted 25/11/16"); not "Submitted for approval"
  'submitted(?!\\s+(?:for|to)\\b)',
  // a meeting, event or course the action asks for ("Held.", "Held on 20 November"); not "Held up by the
  // contractor", "Held back", "Held over to the next meeting", "Held pending the review", "Held in abeyance"
  'held(?!\\s+(?:up|back|over|off|pending|in\\s+abeyance|until|till)\\b)',
];

/**
 * What follows "by" in a deadline ("Complete by March", "Launched by the end of Q2"), as opposed to who did it
 * ("Adopted by the Board").
 */
const DEADLINE_AFTER_BY = String.raw`(?:the\s+)?(?:end|close|start|beginning|middle|mid|early|late|next|\d|q[1-4]\b|${MONTH_STEM_PATTERN}|spring|summer|autumn|winter)`;

/**
 * A period after "for" that a completion word was done for ("Achieved for 2014/15", "Complete for this year", "Met for
 * Q3"), as opposed to what it is for ("Approved for consultation", "Complete for review").
 */
const PERIOD_AFTER_FOR = String.raw`(?:(?:the\s+|this\s+)?(?:year|quarter|period|financial\s+year)\b|(?:19|20)\d\d|\d{2}\/\d{2}|q[1-4]\b)`;

/**
 * Symbols some trackers type as the status, alone or before the commentary, with the words they stand for in the
 * trackers' keys ("⚪ not yet due to start", "⚠️ at risk"): the words are read after the symbol. A tick (`TICK`)
 * and a coloured circle (`LEADING_RAG`) are read as they are.
 */
export const STATUS_SYMBOLS: Readonly<Record<string, string>> = {
  // a white, black or grey mark beside the coloured circles: work not yet begun, as a RAG key's grey is
  '⚪': 'not started',
  '⚫': 'not started',
  '⬜': 'not started',
  // a warning sign: at risk
  '⚠': 'at risk',
};

/**
 * Codes some secretariats type as the status, in capitals, alone or before the commentary ("BT", "C/F to 20/21"), with
 * the words they stand for in the plans' keys: the words are read after the code, as after a symbol
 * (`STATUS_SYMBOLS`). "NS" (not started) is read as an empty status is.
 */
export const STATUS_CODES: Readonly<Record<string, string>> = {
  OT: 'on track',
  BT: 'behind target',
  IP: 'in progress',
  WIP: 'in progress',
  'C/F': 'carried forward',
  NYS: 'not yet started',
};

/** A tick mark, as boards mark a done action ("✓", "✔", "☑", "✅"; an emoji's variation selector after it). */
const TICK = String.raw`[✓✔☑✅]\uFE0F?`;

/**
 * Opening words that say the action is complete ("Complete see minutes", "Done.", "Actioned."). Not "Agreed to ...",
 * "Agreed that ...", "Agreed in principle", nor "agreed" as an adjective on the subject ("Agreed dates have been
 * circulated", "Agreed protocol is with legal").
 */
export const COMPLETE_LEAD = new RegExp(
  // "Met", "Target met", "Standard fully met", "Exceeded", "Fully compliant" as the whole status (not "Met with the
  // police", nor "Non-compliant"); "Target exceeded"; "Complied" (an Ombudsman's remedy carried out)
  String.raw`^(?:(?:target|standard|requirement|objective|outcome|action|criteria|criterion)s?\s+)?(?:fully\s+|now\s+)?(?:met|exceeded|compliant|complied)\s*(?:[.!]?\s*$|(?=[-–—:;,.]\s*\S))|` +
    // everyone the work reaches ("All staff trained", "All relevant staff have been trained", "All agencies signed up");
    // "100 staff trained" is a count, not all of them
    String.raw`^(?:now\s+)?all\s+(?:[\w-]+\s+)?${GROUPS}\s+(?:have\s+(?:now\s+)?been\s+|are\s+(?:now\s+)?|now\s+|have\s+(?:now\s+)?)?(?:trained|signed\s+up)\b(?!\s+by\s+${DEADLINE_AFTER_BY})|` +
    // (or both of the two the action names: "Both DDSLs trained Nov", "Both deputies have been trained")
    String.raw`^(?:now\s+)?both\s+(?:[\w&'’-]+\s+){1,3}?(?:have\s+(?:now\s+)?been\s+|are\s+(?:now\s+)?|now\s+|have\s+(?:now\s+)?)?(?:trained|signed\s+up)\b(?!\s+by\s+${DEADLINE_AFTER_BY})|` +
    // a tick alone ("✓", "✔", "☑", "✅"), as some boards mark a done action
    String.raw`^${TICK}(?:\s*[.!])?\s*$|` +
    // "100%", "100% complete" as the status (not "100% of schools signed up": see COMPLETE_CLAIM)
    String.raw`^(?:now\s+)?100\s?%(?:\s+(?:complete|completed|done|achieved|implemented|delivered|in\s+place))?(?=\s*(?:[.;:,–—-]|$))|` +
    String.raw`^(?:(?:target|standard|requirement|objective|outcome)s?\s+)(?:has\s+been\s+|have\s+been\s+|was\s+|were\s+)?(?:exceeded|surpassed)\b|` +
    // the lead reports it done and asks the board to close it ("Recommended for closure", "Ready for closure"), or
    // gives the evidence or assurance asked for ("Evidence provided", "Assurance received", "Evidence uploaded to
    // SharePoint", "Evidence on file", and an audit tracker's "Evidenced" or "Assured" alone or before its note)
    // (an inspectorate's recommendation "Proposed for discharge", as police forces track HMICFRS's: closure by another word)
    // (or the board's yes to it, "Approved for closure", "Agreed for closure", and a lead's "Suggest closure"; "Action
    // can now be closed" with its article left off, as trackers write it)
    String.raw`^(?:(?:recommend(?:ed)?|propose[ds]?|suggest(?:ed)?|ready|put\s+forward|submitted|approved|agreed)\s+(?:for\s+)?(?:closure|discharge)|(?:(?:this|the)\s+)?(?:action|recommendation)\s+(?:can|could|should)\s+(?:now\s+)?be\s+closed|(?:recommend(?:ed)?|propose[ds]?|suggest(?:ed)?|request(?:ed|ing)?|ready)\s+to\s+close|(?:request(?:ed|ing)?|asked)\s+(?:for\s+)?closure|for\s+closure|(?:can|could)\s+(?:now\s+)?be\s+closed|closure\s+(?:recommended|proposed|requested)|(?:evidence|assurance)\s+(?:provided|received|submitted|given|obtained|supplied|uploaded|attached|on\s+file(?=\s*(?:[.;:,–—-]|$)))|(?:tested\s+and\s+)?(?:evidenced|assured)(?=\s*(?:[.;:,–—-]|$)))\b|` +
    // the training or event the action asks for attended, with when, as the whole status or its first sentence
    // ("Attended 14 November 2019.", "Attended 21/11/17. Fed back to FGB Dec."; not "Attended the first two meetings")
    // (a date: not a count, "Attended 3 of 3 panels this quarter", one round of a duty)
    String.raw`^attended\s+(?:(?:on|in|at)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_STEM_PATTERN})|\d{1,2}[./-]\d{1,2}[./-]\d|${MONTH_STEM_PATTERN})[^.;]{0,30}(?:[.!]?\s*$|[.!]\s+(?=[A-Z]))|` +
    // plain words, as an easy read plan says it ("We have done this.", "This is done.", "We did it.")
    String.raw`^(?:we\s+have\s+(?:now\s+)?done|we\s+did|(?:this|it)\s+(?:is|has\s+been)\s+(?:now\s+)?done)(?:\s+(?:this|it|that))?(?=\s*(?:[.!;,]|$))|` +
    // and a first-person report of the thing made ("We have recruited two more personal advisers", "We have opened a
    // drop-in every Wednesday"); not "We have started", "We have been", "We have agreed to"
    String.raw`^we\s+have\s+(?:now\s+)?(?:recruited|appointed|opened|launched|published|introduced|set\s+up|put\s+in\s+place|created|commissioned)(?=\s+(?!to\b|that\b)\S)|` +
    // (after a tick, as some boards write it: "✔ Complete", "✓ Achieved"; not a count of the work done so far:
    // "Delivered to 1,850 officers and staff so far", "Completed to date: 3 audits")
    String.raw`^(?:${TICK}\s*[-–—:]?\s*)?(?:now\s+|fully\s+|all\s+)?${matchAnyPhrase(DONE_WORDS.filter((w) => w !== 'met'))}\b(?![^.;!]*\b(?:so\s+far|to\s+date)\b)(?!\s+before\b|\s+for\b(?!\s+${PERIOD_AFTER_FOR})|\s+by\s+${DEADLINE_AFTER_BY}|(?<=agreed|approved|endorsed)\s+(?:to|that|in\s+principle)\b|(?<=agreed|approved|endorsed)\s+(?!and\b|at\b|by\b|in\b|on\b|with\b|as\b)[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s+(?:have|has|are|is|were|was|will)\b)|` +
    // a tick ending its sentence, the commentary read after it ("✅. Signed off by the DfE in July": a tracker's tick
    // beside its progress column; not "✔ Complete", read above)
    String.raw`^${TICK}(?=\s*[.!;:,–—-]\s*\S)`,
  'i',
);

/**
 * A first sentence that only accepts a recommendation ("Agreed.", "Accepted."), as a recommendation tracker's
 * Response column does: with later words saying the work is still to come (`STILL_TO_COME`: "Agreed. Figures to
 * be added from the Q1 report."), the action is accepted, not done.
 */
export const ACCEPTANCE_ONLY = /^\s*(?:agreed|accepted|recommendation\s+(?:agreed|accepted))\s*[.!;:]?\s*$/i;

/**
 * A status saying only that an action log's item was carried forward, with no date ("Carried forward", "C/f – due:
 * next meeting"): to the next meeting.
 */
export const CARRIED_TO_NEXT = /^\s*(?:c\/f|b\/f|carried[\s-]+(?:forward|over)|brought[\s-]+forward)\b(?![^.;]*\d)/i;

/**
 * Words that say the rest of the work is on its way ("the rest of their staff booked onto the March sessions", "the
 * remaining 12 to follow"): beside a figure short of its target before the date, the way to it.
 */
export const REST_TO_COME = phrasePattern(['the rest(?: of)?', 'the remaining', 'the remainder', 'the others? (?:to|are|is|will)']);

/**
 * Words reporting a piece of the work done ("sent", "agreed", "held"), before what a status says is awaited: the work
 * has begun (not "not yet sent", nor what is still to be done: "to be held later in the year"; nor what came to the
 * board, "AFI received February 2016; action plan to be agreed").
 */
export const DONE_BEFORE_WAITING =
  /\b(?<!\b(?:not|not\s+yet|to\s+be|will\s+be|be(?:ing)?|been)\s+)(?:sent|held|met|agreed|circulated|submitted|completed|delivered|appointed|launched|published|shared|drafted|produced|approved|signed|commissioned|contacted|secured|written|done)\b/i;

/** Words that say the work is still to come, read after an acceptance ("Agreed. Will be included from April"). */
export const STILL_TO_COME = phrasePattern([
  'to be (?:added|included|introduced|implemented|developed|produced|published|delivered|drafted|written|finalised|finalized|reviewed|revised|presented|reported|circulated|arranged|scheduled|taken forward|considered|completed|updated|changed|rolled out)',
  'will (?:be|now be)',
  'will (?:add|include|introduce|implement|develop|produce|publish|deliver|draft|review|revise|present|report|circulate|arrange|update|change|take)',
  '(?:is|are) (?:planned|scheduled|being)',
  // the next stage booked or on its way ("first audit planned for October 2022", "tender to go out in July")
  '(?:planned|scheduled|booked) (?:for|in)',
  '(?:to|will) (?:go out|go live|launch|go to)',
  // the next stage yet to begin ("Audit tool agreed; fieldwork starts in February")
  '(?:starts?|begins?|commences?|starting|beginning|commencing) (?:in|on|from|during|next|after)',
  '(?:will|due to|to) (?:start|begin|commence)',
  // the rest of the work said to be on its way to a figure or date ("14 sessions delivered; on track for 300 by March")
  'on (?:track|target|course|schedule) (?:for|to)',
  // what the work asked others for, still to come in ("Template agreed, issued to partners. Returns due 1st March",
  // "Drafting instructions issued. Consultation expected summer 17")
  '(?:returns|responses|submissions|self-assessments|consultation) (?:are |is )?(?:now )?(?:due|expected)',
]);

/**
 * A status that is only the outcome denied ("Not Yet Delivered", "Not yet achieved.", "Not delivered"), as a tracker's
 * drop-down gives it: nothing is said to have been done, so past its date it is red, as "Not started" (and "Not
 * implemented") is; with more said ("Not yet delivered - venue booked for March") the words are read.
 */
export const NOT_DONE_ALONE = /^\s*not\s+(?:yet\s+)?(?:delivered|achieved)\s*\.?\s*$/i;

/**
 * Words that say the work is yet to be done: "to be written", "to be carried out", "KS1 still to do", "Staff meeting
 * planned.", "Training booked for May". Read where a "Date completed" column is the plan's only date: beside them, its
 * date is the target, not the day the work was done.
 */
export const YET_TO_DO = phrasePattern([
  'to be [a-z]+',
  'still to (?:do|complete)',
  'yet to (?:do|complete)',
  '(?:planned|booked|arranged)(?=\\s*[.;]|\\s*$| for\\b| in\\b)',
]);

/**
 * The words a status drop-down or a performance system's status icon gives (Pentana/Covalent: "Completed", "In
 * Progress", "Overdue", "Check Progress", "Not Started", "Assigned", "Unassigned", "Cancelled"): a column of them
 * with no header is the table's rating in words.
 */
export const STATUS_CHOICES: ReadonlySet<string> = new Set([
  'completed',
  'complete',
  'in progress',
  'overdue',
  'check progress',
  'warning',
  'alert',
  'not started',
  'assigned',
  'unassigned',
  'cancelled',
  'on track',
  'off track',
  // (a council plan's "On target | Slippage | Not on target")
  'on target',
  'not on target',
  'slippage',
  'on hold',
  'at risk',
  'delayed',
  'open',
  'closed',
  'achieved',
  'not achieved',
  'ongoing',
  'deferred',
  'superseded',
  // an audit or scrutiny tracker's implementation words ("Implemented | Partially implemented | Not implemented")
  'implemented',
  'partially implemented',
  'not implemented',
  'partially achieved',
  'not taken forward',
  // a training or events plan's "Delivered | Postponed | Cancelled", and a programme's "Paused" or "Reprioritised"
  'delivered',
  'postponed',
  'paused',
  'reprioritised',
  'reprioritized',
]);

/** A word in a RAG or "Open / Closed" column that says only the action is still open, not how it is going. */
export const OPEN_ONLY = /^\s*(?:open|still\s+open|live|active|on\s+(?:the\s+)?agenda)\s*\.?\s*$/i;

/**
 * The things made ready before the work itself: a tool, template or framework, terms of reference, a specification
 * or proposal. A claim that one of these was agreed or written ("Audit tool agreed.", "Terms of reference approved")
 * is a first step towards an action that does not name it, not the action done (`PREPARED_ONLY`).
 */
export const PREPARATIONS: readonly string[] = [
  'tools?',
  'templates?',
  'frameworks?',
  'terms of reference',
  'tor',
  'specifications?',
  'proposals?',
  'questionnaires?',
  // the questions a survey or audit will ask ("Questions agreed with the Staff Forum; the survey runs in May")
  'questions',
  'methodology',
  'project plans?',
  'project initiation documents?',
  'pid',
  'business case',
  'scoping documents?',
  'job descriptions?',
  // a bid for the money the work needs ("Bid submitted to the Youth Endowment Fund; outcome awaited")
  '(?:funding )?bids?',
  '(?:funding |grant )?applications? for (?:funding|a grant)',
  'funding applications?',
  'grant applications?',
];

/**
 * A claim, whole, that only something made ready for the work was agreed or written (`PREPARATIONS`): up to three
 * words before it ("Audit tool", "The draft terms of reference"), then the verb, and at most when or by whom after
 * ("Audit tool agreed at the September subgroup."). The thing made ready is its first group.
 */
export const PREPARED_ONLY = new RegExp(
  String.raw`^\s*(?:[\w&'’/-]+\s+){0,3}?(${matchAnyPhrase(PREPARATIONS)})\s+(?:(?:has|have)\s+(?:now\s+)?been\s+|(?:was|were|is|are|now)\s+)?` +
    String.raw`(?:agreed|approved|signed[\s-]+off|developed|drafted|written|produced|finalised|finalized|completed|ratified|in\s+place|submitted)` +
    String.raw`(?:\s+(?:by|at|in|on|with|during|to)\b[^.;!]*)?\s*[.!;]?\s*$`,
  'i',
);

/**
 * The verbs of the work itself, still to be begun ("Procedure to be written", "Review to be carried out", "Dates to be
 * set once the new council is in place"): not a step done and waiting on a meeting ("Report to be presented to the
 * Board", "Strategy to be signed off" say the work is done).
 */
const BEGIN_VERBS = String.raw`written|drafted|developed|carried\s+out|undertaken|reviewed|revised|updated|set(?:\s+up)?|established|arranged|organi[sz]ed|scoped|explored|identified|considered|joined|commissioned|recruited|designed|planned|produced|prepared|created|introduced|implemented|consulted|taken\s+forward|looked\s+(?:at|into)|discussed|picked\s+up|built\s+into|pulled`;

/** The verbs of the work itself, still to be begun, as "we will" says them: write, draft, develop, set up, arrange ... */
const WILL_VERBS = String.raw`write|draft|develop|review|revise|update|set\s+up|establish|arrange|organi[sz]e|scope|explore|identify|consider|commission|recruit|design|plan|produce|prepare|create|introduce|implement|consult|look\s+(?:at|into)|hold|run|deliver|launch|publish`;

/**
 * A sentence that says only what is still to be done, in the future: "Visiting speaker checking procedure to be
 * written", "Policy to be reviewed in line with the KCSIE changes", "This will be taken forward as part of the review
 * of the Equality Scheme in 2017", "Evaluation to follow a full year of flags", "We will write a leaflet with you". A
 * status whose every sentence is one
 * says nothing has been done: not started before the due date, red after it.
 * @example ONLY_TO_COME.test('Policy to be reviewed in line with the KCSIE changes') // true
 * @example ONLY_TO_COME.test('Report to be presented to the March Board') // false (the work is done)
 */
export const ONLY_TO_COME = new RegExp(
  String.raw`^(?:[\w&'’/(),-]+\s+){0,8}?(?:(?:is|are)\s+)?(?:still\s+)?(?:to|will(?:\s+now)?)\s+(?:be\s+(?:${BEGIN_VERBS})|follow)\b[^.;!]*$|` +
    // the same in the first person, as a plan written for the people it serves says it ("We will write a leaflet about
    // supported lodgings with you")
    String.raw`^(?:we|i)\s+will\s+(?:now\s+)?(?:${WILL_VERBS})\b[^.;!]*$|` +
    // the work itself said only to be planned ("Recruitment campaign with local faith groups being planned")
    String.raw`^(?:[\w&'’/(),-]+\s+){1,10}?(?:(?:is|are)\s+(?:now\s+)?(?:being\s+)?|(?:now\s+)?being\s+)planned$|` +
    // the first round of the work named with when it comes, and nothing said done ("First report Sept 21 SAB", "First
    // report (Nov figures) to January meeting"; not "First report presented to the SAB in September")
    String.raw`^first\s+(?:report|meeting|session|audit|update|review|return)s?\b(?![^.;!]*\b(?:presented|received|went|given|made|delivered|submitted|produced|taken|held|done|completed?|shared|considered|noted|agreed|approved|sent|issued|published)\b)[^.;!]*$`,
  'i',
);

/**
 * Words that say only what is still awaited or still to be arranged ("Awaiting the statutory guidance", "Statutory
 * guidance not yet published", "Updates to be scheduled in as required", "Actions will be developed as and when
 * they come up", "The group agreed the production of a guide"): with no date, or a date not yet reached, and nothing
 * under way, the action has not started. Work
 * done and waiting to be approved ("Awaiting sign off", "Awaiting comments") is not this.
 */
export const WAITING = phrasePattern([
  // (not the work done and waiting to be approved: "Awaiting sign off", "Awaiting comments", "Awaiting evidence")
  'awaiting(?! (?:(?:final|formal|board|the|its|their) )?(?:sign|approv|ratif|endors|agree|evidence|feedback|comment|minute|publication of the (?:report|plan)))',
  'waiting (?:for|on)(?! (?:(?:final|formal|board|the|its|their) )?(?:sign|approv|ratif|endors|agree|evidence|feedback|comment))',
  'not yet (?:published|issued|received|available|announced|known|confirmed|released)',
  'to be (?:scheduled|arranged|confirmed|agreed|developed|decided|determined)',
  // ("Date tbc", "Dates TBA": when the work is to happen still to be settled)
  'dates? (?:tbc|tba)\\b',
  // the first piece of the work waiting on something else ("Terms of reference to be drafted once the budget is
  // confirmed")
  'to be (?:drafted|written|produced|prepared|commissioned|set up|established|convened|designed) (?:once|when|after|following)',
  'will be (?:scheduled|arranged|confirmed|agreed|developed|decided|determined)',
  'as and when',
  // nothing to do until something else is done ("N/A until GCP roll out complete", "N/A pending the new framework")
  '(?<=^\\s*)n/?a (?:until|till|pending)',
  // the work itself still to begin ("Audit to start in February once the HR system upgrade is live")
  '(?:is |are )?(?:due |planned |scheduled )?to (?:start|commence|begin) (?:in|on|from|once|when|after|during|next)',
  // only the decision to do the work ("The group agreed the production of a good practice guide", "Agreed to develop a
  // pathway")
  // (not the thing agreed, then done: "The guide the group agreed to produce was published in May")
  'agreed (?:the )?(?:production|development|creation|drafting|writing|commissioning|preparation) of',
  'agreed to (?:produce|develop|create|draft|write|commission|prepare)(?! (?:was|were|is|are|has|have)\\b)',
  // the work hanging on what other work finds ("Subject to outcome of trial above"; not "subject to approval", the work
  // done and waiting to be approved)
  'subject to (?:the )?(?:outcomes?|results?|findings|conclusions?|completion) of',
  // what the work waits on, said to be still awaited ("the draft Code of Practice and regulations are still awaited",
  // "The Bill is still before Parliament"); not the work done and waiting to be approved ("Sign off still awaited")
  '(?<!\\b(?:sign off|signoff|approval|ratification|endorsement|agreement|evidence|feedback|comments?|minutes) (?:is |are )?)still awaited',
  'still (?:before|going through) parliament',
]);

/** The words that say, in a timescale cell, that the action was done (see the two patterns below). */
const DONE_IN_TIMESCALE_WORDS = String.raw`(?:complete|completed|done|achieved|actioned|implemented|in\s+place|closed)`;

/**
 * A timescale cell that, instead of a date, says the action is done ("Completed" in a SCRAIP's Timetable): read as
 * an entry in a "Date completed" column.
 */
export const DONE_IN_TIMESCALE = new RegExp(String.raw`^\s*(?:now\s+)?${DONE_IN_TIMESCALE_WORDS}\s*[.!]?\s*$`, 'i');

/**
 * A "Still to do" entry saying nothing is left ("None", "None – monitored through the CSE subgroup", "Nothing further",
 * "No further action required", "N/A"): the work the row reports is done. Not "None yet", "Nothing so far".
 */
export const NOTHING_LEFT =
  /^\s*(?:none|nothing(?:\s+further)?|nil|n\/a|no\s+further\s+(?:action|work)s?(?:\s+(?:required|needed))?)(?!\s*(?:yet|so\s+far|as\s+yet)\b)(?![\w/])/i;

/**
 * An inspectorate's recommendation the body did not agree to ("Not Agreed", "Not accepted", "Rejected" in an "Agreed /
 * Partly Agreed / Not Agreed" column): no action is outstanding on it. Not "Partly agreed".
 */
export const NOT_AGREED = /^\s*(?:not\s+(?:agreed|accepted)|rejected|declined)\s*[.!]?\s*$/i;

/**
 * A timescale cell that says the action was done, with when ("Completed Nov 2014", "Complete - Oct 2014", "In place
 * since June 2014", "Done (Dec 14)"): read as an entry in a "Date completed" column, its date kept as the due date.
 * The word may follow the date instead (`DONE_AFTER_DATE_IN_TIMESCALE`). Not a deadline written after the word
 * ("Complete by March 2015", "Completed on time", "Achieved target 2015").
 */
export const DONE_WITH_DATE_IN_TIMESCALE = new RegExp(
  String.raw`^\s*(?:now\s+)?${DONE_IN_TIMESCALE_WORDS}(?=\s*(?:[-–—:,(]\s*)?(?:(?:in|on|since|at|during|from)\s+)?(?:\d|${MONTH_STEM_PATTERN}|spring|summer|autumn|winter|q[1-4]\b))`,
  'i',
);

/**
 * The word for done after a timescale's date ("Sept 2014 (completed)", "March 2015 - done"), read on the cell's last
 * characters only (`DONE_AFTER_DATE_REACH`): not "to be completed", "not yet done".
 */
export const DONE_AFTER_DATE_IN_TIMESCALE = new RegExp(
  String.raw`[\s(\-–—:,](?<!\b(?:be|to|not|been|being|yet|when|once|until|if)\s+)(?:now\s+)?${DONE_IN_TIMESCALE_WORDS}\s*\)?\s*[.!]?\s*$`,
  'i',
);
export const DONE_AFTER_DATE_REACH = 40;

/**
 * The verbs of a completion claim, after its subject ("Protocol Agreed.", "Report signed off"): see `COMPLETE_CLAIM`.
 * Something sent out again ("guidance re-circulated in the November newsletter", "leaflet reissued") was done whole;
 * a first circulation is not a claim ("Agreed dates have been circulated" reports a step). A service commissioned or
 * a contract awarded is done ("Framework re-commissioned", "Contracts awarded in July"), and so is a target met
 * ("Interim target met."; not "Group met in June", a meeting held). The thing the action made said to be live is done
 * ("Page live with resources and links", "Prompt live on the new triage system"); not a step that runs for a while
 * ("Job advert live", "Consultation live"), what is still to go live ("Website to go live in June"; "New system live in
 * April", a month with no more said, may be to come), nor people who live somewhere ("Children live with their
 * grandparents").
 */
const CLAIM_VERBS = String.raw`complete|completed|done|agreed|achieved|actioned|finalised|finalized|signed[\s-]?off|signed(?:\s+up)?|adopted|published|launched|delivered|approved|accepted|ratified|endorsed|implemented|in\s+place|presented|submitted|issued|undertaken|carried\s+out|produced|convened|held|appointed|named|recruited|went\s+live|gone\s+live|(?<!\b(?:go|goes|going|adverts?|advertisements?|vacanc(?:y|ies)|posts?|jobs?|roles?|tenders?|consultations?|surveys?|recruitment|campaigns?|bids?|polls?|questionnaires?|people|persons?|children|adults|famil(?:y|ies)|carers?|residents|clients|users|staff|members|they|we|who|you|i)\s+)live(?!\s+(?:in|from|by|on|for|at)\s+(?:(?:early|mid|late|the\s+(?:end|start|beginning)\s+of)\s+)?(?:${MONTH_STEM_PATTERN}|\d|spring|summer|autumn|winter|q[1-4]\b|next|the\s+new\s+year))|up\s+and\s+running|in\s+operation|(?:fully\s+)?operational|in\s+use|updated|revised|refreshed|amended|re-?written|developed|rolled\s+out|distributed|disseminated|sent\s+out|introduced|re-?(?:circulated|issued|launched|published|distributed|sent\s+out)|(?:re-?)?commissioned|awarded|compiled|(?<=\btargets?\s+)met`;

/**
 * A first sentence that says a short subject was done: "Protocol Agreed.", "Signatures of need Done.",
 * "SCR Framework completed.", "Report Completed in November 2014.", "PMQA Framework Adopted December 2014.".
 * Only a date or a short "in/at/by ..." phrase may follow the verb, so "Young Advisors have completed a
 * questionnaire" (an object follows) is not a claim.
 */
export const COMPLETE_CLAIM = new RegExp(
  // not a claim when the subject words say it is still to come ("Will be completed by March", "Due to be agreed"),
  // nor when a recommendation is only accepted ("Recommendation accepted", "Recommendations agreed by the Board")
  // (nor an audit tracker's action agreed with management: "Management action agreed", "Revised action agreed")
  String.raw`^(?!\s*(?:the\s+)?(?:(?:management|revised|new|further|agreed)\s+)?(?:recommendations?|recs?|actions?|responses?)\s+(?:(?:is|was|were|are|has\s+been|have\s+been)\s+)?(?:accepted|agreed)\b(?!\s+and\b))` +
    // nor when what was agreed is a new date ("New date agreed: June 2015"): the work is not done
    String.raw`(?!\s*(?:a\s+)?(?:new|revised)\s+(?:target\s+|completion\s+|end\s+|due\s+|finish\s+)?(?:date|deadline|timescale)s?\b)` +
    // nor when what was agreed is more time ("Extension agreed to June 2015", "Deferral approved")
    String.raw`(?!\s*(?:an?\s+|the\s+)?(?:(?:timescale|deadline)\s+)?(?:extension|deferral|delay|postponement)s?\b(?!\s+of\b))` +
    // nor when it is said to be so far ("34 sessions delivered in the summer term so far"): the work goes on
    String.raw`(?!.*?\bso\s+far\b)` +
    // nor when the subject says none was done ("No Q2 meeting held", "No sessions delivered")
    String.raw`(?!\s*no\s)` +
    String.raw`(?!.*?\b(?:(?:will|shall|should|would|must|cannot|can\s+not|can['’]t|won['’]t)\s+(?:(?:now|still|also|then|soon|not|never)\s+)?(?:be|have)|(?:due|expected|planned|scheduled|hope[sd]?|aim(?:s|ing)?|intend(?:s|ed)?|going|needs?)\s+to\s+be|to\s+be|to\s+(?:complete|finish|deliver|publish|launch|implement|achieve|present|submit|produce|agree|finalise|finalize|sign\s+off))\b)` +
    // a short subject; or a longer one said in so many words to have been done ("An evaluation report on the second
    // phase was produced after delivery")
    String.raw`(?:(?:[\w&'’/()-]+\s+){1,4}(?:(?:is|was|has\s+been|have\s+been|now|been|considered\s+and|reviewed\s+and)\s+)?|(?:[\w&'’/()-]+\s+){5,10}(?:was|were|has\s+been|have\s+been)\s+)(?:(?:updated|revised|reviewed|written|drafted|refreshed|amended|re-?written|co-?produced|co-?designed|designed)(?:\s+(?:with|by)\s+[^.;,]{1,40}?)?\s+and\s+)?` +
    // "Being implemented", "Is currently being rolled out": the work goes on
    // (nor "Not in use", "No longer in place")
    String.raw`(?<!\bbeing\s+)(?<!\b(?:not|never|no\s+longer|not\s+yet)\s+)(?:${CLAIM_VERBS})` +
    // what may follow: when, where, by whom, "and ...", a dash or a comma and a short clause ("Action complete,
    // monitoring continues"); blockers ("awaiting sign off") are checked separately
    String.raw`(?:\s+(?:in|on|at|by|during|from|since|through|via|with|to|after|following|across|throughout)\s+[^.;]{0,60}(?:\s+(?:and|&)\s+[^.;]{0,80})?|\s+(?:${MONTH_STEM_PATTERN}|spring|summer|autumn|winter|\d)[^.;]{0,30}|\s+(?:and|&)\s+[^.;]{0,80}|\s*[-–—]\s*[^.;]{0,80}|\s*,\s*[^.;]{0,80})?\s*[.!;]?\s*$`,
  'i',
);

/**
 * What `COMPLETE_CLAIM` cannot do without: one of its verbs after white space (the verb always follows its subject).
 * A quick test: a first sentence without one (most) is not tried against the claim's longer pattern.
 */
export const CLAIM_VERB = new RegExp(String.raw`\s(?:${CLAIM_VERBS})`, 'i');

/**
 * A sentence saying that what the action set up has run since a date gone by ("CP-IS live in the Trust's minor
 * injury unit since 12 March 2018", "sign-off is now built into the system, live in all regions since December 2020",
 * "in use across all teams since April", "Adult autism lead in post since June 2014", "Panel set up and meeting monthly
 * since April 2023", "Monthly sessions running since June 2017"): the thing is in place, so the action is done, wherever the sentence
 * stands. Not "not live since", nor a thing in use with no date ("Protocol in use; 14 addresses identified").
 */
export const RUNNING_SINCE = new RegExp(
  String.raw`(?<!\b(?:not|never|no\s+longer)\s+)\b(?:live|in\s+use|in\s+operation|operational|up\s+and\s+running|running|operating|in\s+post|in\s+place|meeting\s+(?:monthly|weekly|fortnightly|quarterly|regularly))\s+(?:(?:in|at|on|across|for|throughout|within)\s+[^.;]{1,60}?\s+)?since\s+(?:\d|(?:${MONTH_STEM_PATTERN})[a-z]*\b|(?:spring|summer|autumn|winter)\b)`,
  'i',
);

/**
 * What holds back only the closing of work done (read from `BLOCKERS`' words): "awaiting closure at PSIG", "pending
 * closure", "awaiting formal closure". The work is done and open, not late.
 */
export const CLOSURE_AWAITED = /^(?:awaiting|pending)\s+(?:(?:formal|final)\s+)?closure\b/i;

/**
 * Words after a completion claim that say it is not finished after all: "Criteria agreed; budget to be
 * confirmed", "Draft agreed. Awaiting sign off".
 */
export const BLOCKERS = phrasePattern([
  'awaiting',
  'not yet',
  'still (?:to|needs?|required)',
  // a number of the same still to run ("4 delivered, 2 to run in Q4", "three sessions to go")
  '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:more |further )?(?:\\w+ )?to (?:run|go|come|follow)\\b',
  'outstanding',
  'in draft',
  // a draft of what the work produces still out ("Fieldwork complete; draft report with management for response")
  'draft (?:\\w+ )?(?:is |now )?(?:with|out for|sent (?:to|for)|being|under|to go)\\b',
  'pending',
  'to be confirmed',
  // the next of the same still to be dated ("October forum held; March forum date to be set")
  'dates? (?:still |yet )?to be (?:set|fixed|arranged|booked)',
  'tbc',
  'to be agreed',
  'to be finalised',
  'to be finalized',
  'to be signed off',
  'to be approved',
  'yet to',
  'remains? to be',
  // (not minor changes: "Approved subject to minor amendments" is approved)
  'subject to(?! (?:minor|small|a few minor|some minor) (?:amendments?|changes?|edits?|corrections?|revisions?|wording changes?)\\b)',
  'next steps?',
  'further work (?:is )?(?:needed|required)',
  // more of it to come ("3 sessions delivered, 2 more booked")
  '(?:\\d+|one|two|three|four|five|six|some|several|further) more (?:\\w+ )?(?:booked|planned|scheduled|arranged|to (?:come|follow|be (?:held|delivered|arranged)))',
  // more of the same still to come ("Training delivered to 120 staff; further sessions planned")
  'further (?:\\w+ )?(?:sessions?|training|events?|meetings?|audits?|courses?|cohorts?|rounds?|visits?|workshops?) (?:are |is |being |have been |has been )?(?:planned|scheduled|booked|arranged|to follow|to be (?:held|delivered|arranged|run|scheduled))',
  // a report of the work still to come ("Audit undertaken, report due Feb", "Evaluation complete; findings expected in May")
  '(?:(?:final |the )?(?:report|findings|results|evaluation report|final version)) (?:is |are )?(?:due|expected|to follow|awaited)',
  // done, but not yet shown to be ("Complete – evidence to be provided", "Complete but not yet evidenced")
  'evidence (?:to be (?:provided|submitted|supplied|confirmed|sent)|awaited|outstanding|(?:still )?required|not yet (?:provided|received|seen|submitted))',
  'not (?:yet )?evidenced',
]);

/** Words that negate completion anywhere in the status. */
export const NOT_COMPLETE = phrasePattern([
  // a draft is not the finished thing: "Draft in place", "Draft policy agreed", "Draft completed"
  'draft (?:\\w+ )?(?:in place|complete|completed|done|agreed|produced|written|prepared|circulated|finalised|finalized)',
  'not (?:yet )?(?:been )?(?:complete|completed|done|finished|achieved|met|delivered|started|agreed|implemented)',
  'incomplete',
  'not fully',
  'not in place',
  'yet to be (?:completed|implemented|achieved)',
]);

/**
 * A count of the work done out of all of it ("3 of 5 audits completed", "Completed 2 out of 4 sessions", "three of
 * the five agencies"): groups 1 and 2 are the two numbers. Part of it (the first under the second) is part done, as
 * `PARTIAL` is (`partCount`); all of it ("5 of 5") is not. Not a date ("1 of 3 March"), a decimal or a
 * percentage.
 */
export const PART_COUNT =
  /\b(?<![\d.,/])(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth|sixth)\s+(?:out\s+)?of\s+(?:the\s+)?(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?![.,/]?\d|\s*%|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi;

/**
 * A count written as a fraction before what was done ("45/60 staff trained", "12/15 audits completed"), read by
 * `partCount`: the two numbers, then at most three words and a word saying it was done. Not a date: after a word
 * that introduces one ("Training delivered on 1/10", "Since 5/11 staff trained"), or a day and month whose first
 * number is not below the second ("30/09 training delivered": `partCount` asks that it be).
 */
export const PART_SLASH =
  /(?<![\d.,/])(?<!\b(?:on|since|by|from|until|till|at|before|after|of|w\/c|wc|dated|date|week|in)\s+)(\d{1,4})\s?\/\s?(\d{1,4})(?![\d.,/])\s+(?:[a-z][\w'’-]*\s+){0,3}?(?:trained|completed|complete|done|audited|reviewed|visited|signed\s+up|returned|received|delivered|attended|held|in\s+place)\b/gi;

/**
 * A completion word with a share under 100% after it ("Done 50%", "Completed 75%"): part done (`partCount`). Not a
 * figure about something else ("Completed 5% over budget"), nor one against a target ("Achieved 95% against a target
 * of 90%", compared by `shortOfTarget`).
 */
export const PART_PERCENT =
  /\b(?:done|complete|completed|implemented|delivered)\s+(?:[1-9]|[1-9][0-9])(?:\.\d+)?\s?%(?!\s*(?:over|under|above|below|ahead|behind|more|less|fewer|against|vs\.?|versus|target)\b|\s*\(?\s*target)/i;

/** Part done: not complete. On the way before the due date, amber after it. */
export const PARTIAL = phrasePattern([
  'partially (?:complete|completed|done|implemented|achieved|met|delivered|in place|embedded)',
  'partly (?:complete|completed|done|implemented|achieved|met|delivered|in place)',
  'part (?:complete|completed|implemented|achieved|met)',
  'partial(?:ly)?',
  // (in a Welsh drop-down's words: "Cwblhawyd yn rhannol", completed in part)
  'yn rhannol',
  // nearly there is not there: "Mostly complete", "Almost finished", "Largely implemented"
  '(?:mostly|largely|nearly|almost|substantially) (?:complete|completed|done|finished|achieved|implemented|delivered|in place|met)',
  'in part',
  // the qualifier in brackets after the word for done ("Done (partly)", "Complete (part)", "Implemented (in part)")
  '(?<=\\b(?:complete|completed|done|implemented|achieved|met|delivered|in place) \\()(?:partly|part|partially|in part)(?=\\))',
  // a share of it done, in words ("Half done", "Two thirds complete", "Three-quarters done", "Halfway through"); as a
  // figure after the word ("Done 50%") see `PART_PERCENT`
  // ("a third complete" is found from "third")
  '(?:half|third|quarter|two thirds|three quarters) (?:complete|completed|done|finished|achieved|implemented|delivered|in place)',
  '(?:halfway|half way) (?:through|there)',
  '(?:halfway|half way)(?=\\s*(?:[.;:,–—-]|$))',

  // a first step done ("Phase 1 complete", "Stage one delivered", "Initial meeting held"): the rest is still to come
  // (with what the phase did between: "Phase 1 training delivered", "Phase one of the roll-out complete"; not "Phase 1
  // and 2 complete")
  '(?:phase|stage) (?:1|one|i)(?: (?!and\\b|to\\b|&)[\\w-]+){0,3}? (?:is |has been |now )?(?:complete|completed|done|delivered|implemented|finished|in place)',
  '(?:initial|first) (?:meetings?|phase|stage|scoping|discussions?) (?:has |have )?(?:been )?(?:held|complete|completed|done|undertaken|took place|taken place)',
  // done for some, not all: "Training delivered to 80% of staff", "Rolled out across 60% of schools"
  '(?:delivered|rolled out|completed|implemented|trained|attended) (?:to|by|for|in|across|at) (?:[1-9]|[1-9][0-9])\\s?% of [a-z]+',
  // the same said the other way round ("75% of staff trained"), or in words ("All but one agency has signed up",
  // "Most agencies have signed up", "Half of schools trained")
  '(?:[1-9]|[1-9][0-9])\\s?% of (?:the )?[a-z]+ (?:have |has )?(?:been |now )?(?:trained|signed up|attended|completed|delivered|implemented|in place|rolled out)',
  'all but (?:one|two|three|four|five|a few|\\d+)',
  `(?:most|some|half|many) (?:of )?(?:the )?${GROUPS}`,
]);

/** What a task tool's export writes in an empty field: an empty list or object, or "null" (ClickUp). */
export const EXPORT_EMPTY_WORDS = String.raw`\[\s*\]|\{\s*\}|null`;

/**
 * Statuses that say nothing has happened: read like an empty status. So are a spreadsheet error shown in the cell
 * ("#REF!", "#N/A": a formula that lost what it pointed at), a lone 0 (a formula pointing at an empty cell), and the
 * not-started marks of a RAG column ("NS", "N/S", and "Grey", which RAG keys give to work not yet started), "Open"
 * alone (a log's word for a row not yet closed, which says nothing of its progress), a performance system's
 * "Assigned" or "Unassigned" (given to an officer or not, nothing done), and a cross alone ("✗", "✘", "❌"), the mark
 * a tick stands against; and "Standing item" (on every agenda, which says nothing of this round's work).
 */
export const EMPTY_LIKE = new RegExp(
  String.raw`^\s*(?:[-–—.?]+|0(?:\s?%)?|#(?:n\/a|ref!|value!|div\/0!|name\?|null!|num!|spill!|calc!|getting_data)|n\/?a|tbc|ns|n\/s|gr[ae]y|standing\s+(?:agenda\s+)?item|not\s+(?:yet\s+)?(?:started|due|commenced|begun)|not\s+due\s+yet|(?:item|action)\s+not\s+(?:yet\s+)?due(?:\s+yet)?|not\s+(?:yet\s+)?due\s+to\s+(?:start|commence|begin)(?:\s+(?:until|till|before|in|from)\s+[^.;]*)?|(?:yet\s+to|still\s+to)\s+(?:start|commence|begin)|no\s+(?:update|progress)(?:\s+(?:received|yet|to\s+date))?|none|(?:still\s+)?open|overdue|outstanding|unknown|data\s+only|target(?:\s+date)?\s*:?\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:un|not\s+(?:yet\s+)?)?(?:assigned|allocated)|[✗✘❌]\uFE0F?|${EXPORT_EMPTY_WORDS})\s*[.!]?\s*$`,
  'i',
);

/** A round of work named by its quarter or month, perhaps with its year ("Q2", "quarter 3", "October", "Oct 24"). */
const NAMED_ROUND = String.raw`(?:q[1-4]|quarter\s+[1-4]|h[12]|(?:${MONTH_STEM_PATTERN})[a-z]*\.?(?:\s+(?:20)?\d{2})?)`;

/**
 * A round of recurring work named by its month, quarter or half-year, then said not to have been done or missed ("May
 * audit not completed - capacity", "Q2 audit not done – staff sickness", "February monthly report not produced", "Q2
 * not done", "Q3 data not received", "Q3 return due 15/01 - not yet submitted", "H2 figures not yet recd"): a round
 * gone by without the work, slipping (`recurring` work is otherwise never overdue).
 */
export const MISSED_ROUND = new RegExp(
  String.raw`\b(?:${NAMED_ROUND}|(?:this|last)\s+(?:month|quarter)['’]?s?)\b[^.;:]{0,40}?\b(?:(?:was|were|has|have)\s+)?(?:not\s+(?:yet\s+)?(?:been\s+)?(?:done|completed|produced|held|carried\s+out|undertaken|submitted|run|sent|received|rec['’]?d|returned|provided|presented|reported)|missed)\b`,
  'i',
);

/** A chase for an update answered later in the status with the word that the work is done. */
const CHASE_ANSWERED = String.raw`(?![\s\S]*\b(?:complete|completed|done|achieved|closed|implemented)\b)`;

/** The round an update was due for, before "update" ("Q2 ", "quarter 3 ", "October ", "Oct 24 ", "quarterly "), or nothing. */
const UPDATE_ROUND = `(?:(?:${NAMED_ROUND}|quarterly|monthly|termly) )?`;

/**
 * The lead has not reported: read like an empty status (red once past due, none before), whatever follows
 * ("No update received from Police", "Awaiting update").
 */
export const NO_UPDATE = phrasePattern(
  [
    // (perhaps for the round it was due: "No Q2 update received", "No October update", "No quarterly return")
    `no ${UPDATE_ROUND}(?:update|response|return|report|progress report)s? (?:received|provided|given|submitted|available|yet)`,
    `no ${UPDATE_ROUND}(?:update|response|return)s?`,
    'awaiting (?:an |the )?(?:update|response|return)',
    'update (?:requested|awaited|not received|outstanding|to follow|pending)',
    // an update promised for the meeting, none written ("Verbal update to be provided", a board's action tracker)
    'verbal update (?:to be (?:given|provided|presented)|to follow)',
    'not updated',
    'nothing (?:new |further )?to report',
    // the secretariat has asked for one and is still waiting ("Update chased", "Chased for update", "Lead chased
    // 12/05", "Return not received"), or the lead sent back nothing ("Nil return"); not "Lead chased partners for
    // their data", work of the action, nor a chase that brought the word it is done ("Update chased 12/05; lead
    // confirms complete")
    `(?:update (?:chased|not (?:yet )?received)|return (?:chased|not (?:yet )?received)|chased (?:for |again for )?(?:an? |the )?(?:update|response|return)s?|(?:lead|owner|action owner) (?:has been |was )?chased(?=\\s*(?:[.;:,–—-]|$|(?:on |again )?\\d)))${CHASE_ANSWERED}`,
    'nil (?:return|update|response)',
    // nobody knows how it stands ("Status unknown", "Not known"); not "Not known to services", "No information sharing"
    '(?:status |progress )?(?:unknown|not known)(?=\\s*(?:[.;:,–—-]|$))',
    'no (?:information|info|comments?)(?=\\s*(?:[.;:,–—-]|$))',
    // the lead is yet to say ("Lead to update", "Lead to confirm status")
    '(?:lead|owner|action owner) to (?:update|provide (?:an |the )?update|confirm(?: (?:the )?(?:status|position|progress))?)(?=\\s*(?:[.;:,–—-]|$))',
  ],
  { anchored: true },
);

/**
 * An update that only says nothing has changed since the one before ("No change", "As previous", "Same as last
 * quarter", "No further update", "As Q1", "No change from Q2 update"): in a log of dated updates or a series of update columns, the update before it
 * says how things stand.
 */
export const NO_CHANGE =
  /^\s*(?:no\s+(?:change|changes|further\s+(?:update|change)s?|new\s+update)(?:\s+(?:since|from|to)\s+(?:(?:the\s+)?(?:last|previous)\s+(?:update|report|quarter|month|meeting|period|time)|(?:the\s+)?(?:q|quarter\s*)[1-4](?:\s+(?:update|report))?))?|unchanged|(?:as|same\s+as|as\s+per)\s+(?:previous(?:\s+(?:update|quarter|month|report))?|before|(?:the\s+)?last\s+(?:update|quarter|month|time|report|period)|(?:the\s+)?(?:q|quarter\s*)[1-4](?:\s+(?:update|report))?)|as\s+per\s+(?:the\s+)?(?:previous|last)\s+(?:update|report|quarter|month))\s*[.!]?\s*$/i;

/** "See above" (or "Same as above", "Ditto", a ditto mark): the state of the action row above. */
export const SEE_ABOVE =
  /^\s*(?:(?:see|as)\s+(?:above|previous|row\s+above)\b|(?:same\s+as|as\s+per)\s+(?:above|row\s+above)\b|ditto\s*[.!]?\s*$|["”〃]+\s*$)/i;

/**
 * The action is closed without being done, or replaced: not open. Counted as complete (nothing is outstanding),
 * with the word kept in the reasons.
 */
export const CLOSED = phrasePattern(
  [
    'superseded',
    'withdrawn',
    'closed',
    // an inspectorate's recommendation it has accepted as met ("Discharged", as police forces track HMICFRS's)
    'discharged(?=\\s*(?:[.;:,–—-]|$|\\s+(?:on|in|by|at)\\b|\\s+\\d))',
    '(?:(?:this |the )?(?:action|recommendation|work) (?:is )?)?no longer (?:required|needed|applicable|relevant|a priority)',
    'not (?:required|needed) (?:any more|anymore)',
    'replaced by',
    'merged (?:with|into)',
    'transferred to',
    'incorporated (?:into|in)',
    'subsumed (?:into|in|by)',
    'removed from (?:the )?plan',
    // a drop-down's "Removed", alone or with its reason ("Removed – replaced by the all-Wales guidance"); not "Barrier
    // removed", nor "Graffiti not yet removed"
    '(?<=^\\s*)removed(?=\\s*(?:[.;:,–—(-]|$))',
    // a drop-down's or a tracker's word that the action is not needed any more, alone or with its reason ("Not required
    // – covered by national guidance", "Obsolete", "Redundant – see 2.1", "Descoped", "Stood down"); not "Not required
    // until April", nor "Attendance dropped", words about something else
    '(?<=^\\s*)(?:obsolete|redundant|not (?:required|needed)|no longer pursued|not pursued|stood down|dropped|deleted|de-?scoped|out of scope|rescinded)(?=\\s*(?:[.;:,–—(-]|$))',
    // an inspectorate's recommendation the body declined (read from an "Agreed / Partly Agreed / Not Agreed" column)
    'recommendation (?:was )?declined',
    // asked to be taken off the plan ("Remove from plan", "Action to be removed", "Recommend removal from the plan")
    '(?:remove|removal) from (?:the )?plan',
    '(?:(?:this |the )?action )?to be removed(?: from (?:the )?plan)?',
    'recommend(?:ed)? (?:removal|to remove)',
    'action closed',
    'closed by (?:the )?board',
    'agreed to close',
    // the work itself came to an end undone ("Ceased", "Discontinued", "Service decommissioned")
    '(?:(?:this |the )?(?:action|work|project|service|pilot|programme) (?:has been |was |is )?)?(?:ceased|discontinued|decommissioned|abandoned)',
    '(?:(?:this |the )?(?:action|work|project|service|pilot|programme) (?:is )?)?no longer commissioned',
    // no action left: "No further action required", "NFA", moved into business as usual
    'no further action(?: (?:required|needed|necessary))?',
    // a duty that falls on others, listed for awareness ("No local action required")
    'no (?:local|new|additional) action (?:is )?(?:required|needed|necessary)',
    // overtaken, or a risk management chose to carry rather than act on (an audit tracker's "Risk accepted")
    'overtaken by events',
    'risk accepted',
    'nfa',
    '(?:now |moved (?:in)?to |part of |embedded (?:in|into) )?business as usual',
    '(?:now |moved (?:in)?to |part of )?bau',
    // the work made part of what services do anyway ("Mainstreamed", "Now part of core business")
    // (not "Mainstreamed funding to be agreed")
    '(?:now )?mainstreamed(?=\\s*(?:[.;:,–—-]|$)|\\s+(?:in|into|as|within|across)\\b)',
    // (not "Part of core business planning to be reviewed")
    '(?:now )?part of (?:core|mainstream|normal|everyday) (?:business|practice|service|services|activity)(?=\\s*(?:[.;:,–—-]|$))',
    // the same after a short subject: "This is now business as usual", "The audit has become BAU", "This has been
    // superseded by the new CSE strategy", "The old protocol was superseded" (not "This will become business as
    // usual", "Plan to move it to BAU", "This may be superseded"). One pattern for all, as the look ahead reads the
    // sentence once. The subject's words are split at white space only (a space here would also match a hyphen, and
    // "1-1-1-..." would be split every way there is)
    "(?![^.;]*\\b(?:will|shall|should|to be|going to|plan(?:s|ned)? to|aim(?:s|ing)? to|hoped?|expected|intended|may be|might be|could be)\\b)(?:[\\w&'’/()-]+\\s+){1,6}(?:(?:now (?:embedded |mainstreamed )?(?:as |in |into |part of )?|(?:has|have) (?:now )?(?:become|been (?:moved|transferred|absorbed|mainstreamed) (?:in)?to) |(?:moved|transferred|absorbed|mainstreamed) (?:in)?to )(?:business as usual|bau)|(?:has|have|had) (?:now )?been (?:superseded|replaced by|merged (?:with|into)|subsumed (?:into|in|by)|incorporated (?:into|in)|closed)|(?:was|were|is|are) (?:now )?superseded)",
    // a recommendation the responsible body did not accept ("Not accepted. The two terms mean different things")
    'not accepted(?=\\s*(?:[.;:,–—-]|$))',
    // by the body that decides, alone or with its reasons ("Not accepted by the Board – reasons recorded"; not "Not
    // accepted by the Board; redraft in progress", a draft turned down, the work going on)
    'not accepted by the (?:board|partnership|panel|committee|executive)(?=\\s*(?:[.!]?\\s*$|[.;:,–—-]\\s*(?:the )?(?:reasons?|rationale)\\b))',
    // a decision not to go on with it, and why ("Not taken forward: replaced by the GCP2 audit", "Not taken forward as
    // covered by the new system"; not "Not taken forward due to staff absence", work not progressed), after who weighed
    // it, where it asked only that something be considered ("Considered by the board - not taken forward")
    '(?:considered(?: (?:by|at) (?:the )?[\\w&]+(?: [\\w&]+){0,3}?)?\\s*[-–—:;,]?\\s*(?:and |but )?)?not (?:being )?taken forward(?=\\s*(?:[.;:,–—-]|$)| as (?:it is |this is )?(?:already )?(?:covered|addressed|superseded|duplicated|included|picked up|part of)\\b)',
    // a decision not to go on with an option explored ("Decided not to pursue at present", "Agreed not to proceed")
    '(?:decided|agreed) not to (?:pursue|proceed)(?: (?:with )?(?:this|it|this option))?(?=\\s*(?:[.;:,–—-]|$| at (?:this time|present)\\b))',
    // the action does not apply ("Not applicable – service decommissioned"); "N/A" alone says nothing (EMPTY_LIKE)
    'not applicable(?=\\s*(?:[.;:,–—-]|$))',
    // "N/A" opening the status with the reason after it ("N/A – the parish has no website"; the list opens the status)
    'n/a(?=\\s*[:–—-]\\s*[a-z])',
    '(?:rec|recommendation) closed',
    // "Cancelled" opening the status, a drop-down's or a performance system's word: the action called off (not an event
    // put on again: "Cancelled – re-booked for June", red's)
    'cancell?ed(?=\\s*(?:[.;:,–—-]|$))(?!.{0,80}?\\b(?:re-?booked|re-?scheduled|re-?arranged|postponed|deferred|to be re-?\\w+)\\b)',
    // the same action kept elsewhere ("Duplicate of 1.4", "Duplicated in action 3.2")
    'duplicate (?:of|action)',
    'duplicated (?:in|by|at|with)',
    // "Duplicate - see 1.2", "Covered under 3.1": kept under another action
    'duplicate(?=\\s*(?:[.;:,–—-]|$))',
    '(?:covered|addressed|picked up) (?:under|by|in|at) (?:action |item |rec |recommendation |objective )?\\d+(?:\\.\\d+)*',
    'recommendation (?:not accepted|not agreed|rejected|declined)',
    // withdrawn after a short subject: the action itself, not what it needed ("The action was withdrawn"; "Funding
    // has been withdrawn" is a blocker)
    '(?:this|it|the (?:action|recommendation|work|proposal|project)|(?:this )?(?:action|recommendation)) (?:has (?:now )?been|was|is(?: now)?) withdrawn',
  ],
  { anchored: true },
);

/** A task board's list of work not begun, its name alone the status ("To Do", "Todo", "Backlog": Trello, Jira, Airtable). */
const NOT_BEGUN_LISTS = String.raw`to[\s-]+do|todo|backlog`;

/**
 * The red phrases that only say the work has not started ("Not yet started", "Yet to commence"): red once the due
 * date has passed; before it, the action is not started, as with an empty status.
 */
export const NOT_STARTED = new RegExp(
  String.raw`^(?:not[\s-]+(?:yet[\s-]+)?(?:started|commenced|begun|implemented)|(?:yet|still)[\s-]+to[\s-]+(?:start|commence|begin)|not[\s-]+yet[\s-]+evident|new(?:[\s-]+(?:action|item|recommendation))?|not[\s-]+(?:yet[\s-]+)?(?:booked|arranged|scheduled)|scheduled|planned|${NOT_BEGUN_LISTS})$`,
  'i',
);

/**
 * The red phrases that say only that nothing was done ("Not progressed", "Not achieved", "No progress"): beside a phrase that puts the
 * action off (`PUT_OFF`) to a date not yet come ("Not progressed this year; carried forward to the 2024/25 action
 * plan"), the action was put off on purpose, amber as a deferral is.
 */
export const NOTHING_DONE = /^(?:not[\s-]+(?:progressed|achieved)|no[\s-]+progress)$/i;

/** The amber phrases that put an action off to later on purpose ("Carried forward", "Deferred", "Rolled over"). */
export const PUT_OFF =
  /^(?:carried[\s-]+(?:forward|over)|rolled[\s-]+(?:forward|over)|deferred|postponed|re-?programmed|moved[\s-]+(?:in)?to[\s-]+(?:the[\s-]+)?next\b)/i;

/** After "unable to": not someone unable to come to a meeting ("Police unable to attend; minutes circulated"). */
const NOT_TO_A_MEETING = '(?! (?:attend|be (?:present|there)|make (?:it|the meeting)))';

/** The occasions of a piece of work (a meeting, a course, an event): one of them called off is not the work called off. */
const OCCASIONS = '(?:meeting|session|course|event|panel|workshop|conference|visit|briefing|forum|breakfast|launch|training day|seminar)s?';

/** The people a safeguarding plan's work is for, as its updates name them before "at risk" ("children at risk"). */
const PEOPLE_AT_RISK =
  'children|child|young people|young person|people|persons?|adults?|families|family|pupils?|students?|victims?|women|girls|boys|men|those|individuals?|residents?|learners?|clients?|patients?|carers?|anyone|someone|babies|infants?|households?|vulnerable';

/** After a phrase: not said of the people who are to do something ("staff not compliant", "officers non-compliant"). */
const NOT_SAID_OF_STAFF =
  '(?<!\\b(?:staff|officers|managers|employees|volunteers|workers|practitioners|members|trustees|colleagues|people|nurses|doctors|drivers|carers|teachers)(?: (?:who are|who were|are|were|still))? (?:non-?|not )compliant)';

/** Phrases that put an action at red: off track, failing, stopped. */
export const RED = phrasePattern([
  'off track',
  // a performance system's red icon exported as a word ("Alert", Pentana/Covalent's icon for an action off track),
  // opening the status alone or before its note
  '(?<=^\\s*)alert(?=\\s*(?:[.;:,–—-]|$))',
  'not (?:yet )?(?:started|commenced|begun)',
  // a Making Safeguarding Personal plan's "Not yet evident": nothing of the change to be seen yet
  'not yet evident',
  '(?:yet|still) to (?:start|commence|begin)',
  // a tracker's "New" (or "New action") alone, or with when it was added ("New – added June 15") or the year it is for
  // ("New action for 16/17"): added at this update, nothing done on it yet
  '(?<=^\\s*)new(?: (?:action|item|recommendation))?(?=\\s*[.!]?\\s*$|\\s*[-–—:(,]\\s*added\\b[^.;]{0,30}$|\\s+for\\s+(?:20)?\\d{2}(?:[/-](?:20)?\\d{2})?\\s*[.!]?\\s*$)',
  // "Not yet booked" alone, or before why ("Not yet arranged - member development programme full"): the training or
  // event the action is not yet even arranged
  '(?<=^\\s*)not (?:yet )?(?:booked|arranged|scheduled)(?=\\s*[.!]?\\s*$|\\s*[-–—:;]\\s)',
  // an audit tracker's "Not implemented", alone or before why ("Not implemented – needs system change request"):
  // nothing of the agreed action done yet
  '(?<=^\\s*)not (?:yet )?implemented(?=\\s*[.!]?\\s*$|\\s*[-–—:;]\\s)',
  // a schedule's "Scheduled" or "Planned" alone (an audit programme's status before the audit is begun): nothing done yet
  '(?<=^\\s*)(?:scheduled|planned)(?=\\s*[.!]?\\s*$)',
  // a task board's list of work not begun ("To Do", "Todo", "Backlog", as Trello, Jira, Airtable and Asana name it) alone
  `(?<=^\\s*)(?:${NOT_BEGUN_LISTS})(?=\\s*[.!]?\\s*$)`,
  'no progress',
  // ("No further progress – no funding identified": stopped after a start; not "No further progress is needed")
  'no further progress(?! (?:is |was )?(?:needed|required|necessary|expected))',
  'not progressed',
  'stalled',
  // (not an event cancelled and put on again: "Booked for March – cancelled (Covid-19). Rebooked for 8 July",
  // "Postponed – course cancelled because of the closure": amber, as a postponement is)
  // (nor an action called off because it was overtaken: "Cancelled. Superseded by the county-wide training", closed)
  // (nor one meeting, course or event of the work called off: "the October meeting was cancelled and the next is in
  // December", "The business breakfast arranged for 26 September was cancelled; a new date is being sought": amber,
  // `OCCASION_CANCELLED`)
  // (nor none called off: "no s17 leave cancelled due to staffing", "No sessions cancelled this quarter")
  'cancell?ed(?<!\\b(?:no|none)\\s+(?:[\\w-]+\\s+){0,3}cancell?ed)(?<!\\b(?:postponed|deferred|delayed)\\b[^.;]{0,60})(?<!\\b' +
    OCCASIONS +
    '\\b[^.;]{0,60})(?!.{0,80}?\\b(?:re-?booked|re-?scheduled|re-?arranged|postponed|deferred|superseded|replaced by|no longer (?:required|needed))\\b)' +
    // (nor one called off and set again, its new day after "now": "Adviser cancelled twice. Meeting now 29/04/14.")
    '(?!.{0,80}?\\bnow (?:on |set for |booked for )?(?:the )?(?:\\d|(?:' +
    MONTH_STEM_PATTERN +
    ')))',
  'not achieved',
  // (not recruitment that failed, a blocker to the work: "Recruitment failed twice; post re-advertised", "the post
  // has twice failed to recruit": amber)
  'failed(?<!\\brecruitment (?:has |had )?(?:twice |again |once )?failed)(?! to (?:recruit|appoint|fill|attract))',
  'failing',
  // (not "Will not be completed until June": done later, amber)
  "(?:will not|won't|won’t|cannot|can not|can't|can’t) be (?:met|achieved|completed|delivered|implemented)(?! (?:until|till|before))",
  'not (?:achievable|deliverable)',
  'unachievable',
  `unable to${NOT_TO_A_MEETING}`,
  // the same in other words ("We have not been able to recruit a lead", "Not able to progress")
  `not (?:been )?able to${NOT_TO_A_MEETING}`,
  'not progressing',
  'behind target',
  'significantly behind',
  'seriously behind',
  'not on track',
  // the same of the schedule ("Not on schedule"; "Behind schedule" is amber)
  'not on schedule',
  'off target',
  // the same of the target or course ("Not on target", "Off course")
  'not on (?:target|course)',
  'off course',
  // the lead or the board says the work is in trouble ("Significant concerns about capacity")
  // (not "No significant concerns")
  // (the look back is made after the first word: made before it, it would be tried at every word of every status)
  '(?:significant|serious|major|grave)(?<!\\b(?:no|without|any) (?:significant|serious|major|grave)) concerns?',
  // a delay the lead calls serious, as RAG keys define red ("Significant delay", "Major delays", "Seriously
  // delayed"); not "No significant delay", nor a minor one ("Slight delay" is amber)
  '(?:significant|serious|major)(?<!\\b(?:no|without|any) (?:significant|serious|major)) delays?',
  '(?:significantly|seriously)(?<!\\b(?:not|no) (?:significantly|seriously)) delayed',
  // a drop-down's worst value ("On track | Minor issues | Major issues"), or the lead's words ("Significant problems
  // with recruitment"); not "No major issues"
  '(?:significant|serious|major)(?<!\\b(?:no|without|any) (?:significant|serious|major)) (?:issues|problems)',
  // an audit standard not met ("Non-compliant", "Not compliant"): "Partially compliant" is partial (PARTIAL); not the
  // people still to do something ("Managers sent lists of staff not compliant", the staff not yet trained)
  `non-?compliant${NOT_SAID_OF_STAFF}`,
  `non compliant${NOT_SAID_OF_STAFF}`,
  `not compliant${NOT_SAID_OF_STAFF}`,
  'unlikely to be (?:met|achieved|completed)',
  'unlikely to (?:complete|finish|deliver|meet|achieve)',
  "(?:not going to|won't|won’t) be (?:met|achieved|completed|delivered)",
  // the lead says the date will be missed ("Will not make July", "Won't meet the deadline"), as "Unlikely to meet" does
  "(?:will not|won't|won’t|not going to) (?:make|meet|hit|achieve) (?:the |its |this |our )?(?:deadline|target date|date|timescale|target|(?:" +
    MONTH_STEM_PATTERN +
    ')[a-z]*\\b)',
  // a risk of failing, as the lead rates it ("Significant risk of non-delivery", "High risk that the target is
  // missed"); not a risk the work deals with ("Audit of high risk cases"), nor "No significant risk to delivery"
  '(?:significant|serious|major|high)(?<!\\b(?:no|without|any|low) (?:significant|serious|major|high)) risks? (?:of|to|that)',
]);

/**
 * Words just before an amber phrase that deny it: "No delays", "On track, no slippage", "Not at risk", "No longer at
 * risk", "No issues or delays", "without delay". Such a phrase does not make the action amber.
 */
export const AMBER_DENIED_BEFORE =
  /\b(?:no|not|without|nor|never|no\s+longer|free\s+(?:of|from)|any)\s+(?:(?:further|more|significant|major|real|new|other|known|current|anticipated|expected|foreseeable|issues|problems|concerns|risks?)\s+(?:(?:or|and|\/)\s+)?)*$|\bon[\s-]+(?:track|target|schedule)\s+despite\s+(?:the\s+|some\s+|minor\s+|recent\s+|earlier\s+)?$/i;

/**
 * Words straight after a slip, in its own sentence, saying the work has made it up ("Delayed by sickness - now back on
 * track", "Minor delay, still on track", "Was delayed but now back on schedule"): the slip is history, not amber (the
 * date still decides once passed). Not another subject on track beside it ("Audit delayed; training on track").
 */
export const SLIP_RECOVERED =
  /^[^.;]{0,60}?(?:[,:–—-]|\bbut\b)\s*(?:but\s+|and\s+)?(?:(?:it\s+|this\s+|work\s+)?(?:is|remains)\s+)?(?:now\s+)?(?:back|still|again)\s+on[\s-]+(?:track|target|schedule|course)\b/i;

/** Phrases that put an action at amber: slippage, delay, risk. */
export const AMBER = phrasePattern([
  // a performance system's warning that the action is behind the progress expected of it, opening the status
  '(?<=^\\s*)check progress(?=\\s*(?:[.;:,–—-]|$))',
  // (and its amber triangle exported as a word, "Warning", Pentana/Covalent's icon for an action at risk, opening the
  // status alone or before its note)
  '(?<=^\\s*)warning(?=\\s*(?:[.;:,–—-]|$))',
  'slipp(?:ed|age|ing)',
  'slips?',
  // ("behind the timescale", as a plan's key writes its amber)
  'behind (?:the )?(?:schedule|timescale)s?',
  // ("in progress but behind original date", as a plan's key writes its amber)
  'behind (?:the )?(?:original |planned |agreed |target )?(?:date|deadline|target date|completion date)s?',
  // (and what is delaying it: "new structures delaying this")
  'delay(?:ed|s|ing)?',
  'pushed back',
  'put back',
  'postponed',
  'deferred',
  // completion expected only after the date, or in doubt ("Not expected to be completed until June", "May not be
  // achievable within timescale", "Risk that the deadline will be missed")
  'not (?:expected|likely|due|going) to be (?:completed|finished|delivered|ready|in place|achieved) (?:until|till|before)',
  'will not be (?:completed|finished|delivered|ready|in place) (?:until|till|before)',
  '(?:may|might|could) not be (?:achievable|achieved|met|completed|delivered)',
  'risks? (?:that|of) (?:the )?(?:deadline|target date|target|timescale|date|due date)s? (?:will|may|might|could|is|are) (?:be )?(?:missed|slip|not be met|being missed)',
  // a decision to put it off ("Discussed at Exec, agreed to defer")
  '(?:agreed|decided|decision|asked) to (?:defer|postpone|delay)',
  'not met',
  'unmet',
  // one occasion of the work called off (see RED's "cancelled"), and recruitment that failed; not when a later one
  // is said to have been held ("Q1 meeting cancelled (COVID-19); Q2 meeting held on 15 September 2020")
  OCCASIONS +
    '\\b[^.;]{0,60}?\\bcancell?ed(?<!\\b(?:no|none)\\s+(?:[\\w-]+\\s+){0,3}cancell?ed)(?![\\s\\S]*?\\b' +
    OCCASIONS +
    '\\b[^.;]{0,30}?\\b(?:was |were |has been |have been )?held\\b)',
  'recruitment (?:has |had )?(?:twice |again |once )?failed',
  '(?:twice |again )?failed to (?:recruit|appoint|fill|attract)',
  // a date that has gone by ("Deadline missed", "Missed the target date")
  '(?:deadline|target date|target|timescale|due date) (?:was |has been )?missed',
  'missed (?:the )?(?:deadline|target date|target|timescale|due date)',
  // (not the people the work is for, or the harm they are at risk of: "Panel for children at risk of exploitation meets
  // monthly", "Training for staff working with adults at risk delivered", as safeguarding plans' updates say)
  `at risk(?<!\\b(?:${PEOPLE_AT_RISK}) at risk)` +
    '(?! (?:of|from) (?:[a-z-]+ ){0,2}?(?:harm|abuse|exploitation|neglect|radicali[sz]ation|extremism|homelessness|exclusion|offending|re-?offending|trafficking|cse|cce|fgm|marriage|violence|self-harm|suicide|drawn|going missing|missing|sexual|criminal)\\b)',
  '(?:changed|revised|extended|new|amended) timescales?',
  'timescales? (?:changed|revised|extended|amended|moved)',
  // the date itself moved ("Target date moved to June", "Date changed to 31 May", "Deadline extended")
  '(?:target date|deadline|due date|completion date|end date|date) (?:has been |was |now )?(?:moved|changed|revised|extended|amended|put back|pushed back)',
  'more (?:work )?(?:is )?required',
  // (not "overdue" describing what the work deals with: "Overdue visits down from 212 to 64", "overdue reviews cleared";
  // but the action's own parts, "3 overdue actions remain", are)
  "overdue(?! (?!(?:this|thus|whereas|perhaps|always|afterwards|towards|across|unless|plus|less|actions|tasks|items|milestones|deliverables|recommendations)\\b)[a-z][a-z'’-]{2,}s\\b)",
  'rescheduled',
  're-scheduled',
  'on hold',
  // stopped for now ("Paused pending the review", "Suspended with approval", "Reprogrammed to Q3")
  'paused',
  'suspended',
  're-?programmed',
  // (not "late" describing what others sent: "most late assessments are down to ...", "late returns from schools")
  "late(?! (?!(?:this|thus|whereas|perhaps|always|afterwards|towards|across|unless|plus|less)\\b)[a-z][a-z'’-]{2,}s\\b)",
  'some concerns?',
  'concerns? (?:re|about|regarding|over|with) (?:the )?progress',
  '(?:limited|little|slow|insufficient|unsatisfactory|inadequate) progress',
  // short of the target, without a figure ("Below target", "Performance below target", "Not meeting target", "Did not
  // meet the target"); "Behind target" is red
  // (a figure against its target is compared as figures: "Re-referrals below target of 20%" may be good news)
  '(?:below|under) target(?! date| (?:of|at|level of) \\d)',
  '(?:not|never) meeting (?:the |its |our )?targets?',
  "(?:did not|didn't|does not|doesn't|do not|don't) meet (?:the |its |our )?(?:targets?|deadline|timescale)",
  // getting worse, as the whole of what is said or of the performance ("Deteriorating", "Performance has declined");
  // not what the work deals with ("Audit of deteriorating patients")
  '(?:deteriorat(?:ing|ed)|worsening|worsened)(?=\\s*(?:[.;:,–—-]|$))',
  '(?:declining|deteriorating|worsening) (?:performance|figures|compliance|uptake|attendance)',
  '(?:performance|figures|compliance|uptake|attendance|completion rates?) (?:is |are |has |have )?(?:been )?(?:deteriorat(?:ing|ed)|declin(?:ing|ed)|worsen(?:ing|ed)|dropp(?:ing|ed)|fall(?:ing|en))',
  // the assurance asked for is not there ("Insufficient evidence", "No evidence")
  'insufficient evidence',
  'no evidence(?=\\s*(?:[.;:,–—-]|$))',
  'minor slippage',
  // a drop-down's middle value ("Minor issues"), or "Some issues" as the whole of what is said; not "No minor issues",
  // nor "Some issues of neglect were raised at training"
  'minor (?:issues|problems)',
  'some (?:issues|problems)(?=\\s*(?:[.;:,–—-]|$| (?:with|around|regarding|over|identified|remain|to resolve)\\b))',
  'carried forward',
  'carried over',
  'rolled (?:forward|over)',
  // put into next year's plan ("Moved to next year's plan"), as "Carried forward to 2015/16 plan" is
  "moved (?:in)?to (?:the )?next (?:year|year's|year’s|plan|business plan|financial year)",
  // nobody to do it ("Lead has left; action to be reassigned", "No lead identified")
  'no (?:named )?lead(?: officer| agency)? (?:identified|in place|assigned|agreed|yet)',
  'lead (?:officer )?(?:has )?left',
  'to be re-?(?:assigned|allocated)',
  // more time asked for or given ("Extension requested", "Request to extend the timescale", "Extension agreed to June")
  '(?:timescale |deadline )?extensions? (?:requested|agreed|granted|approved|sought|needed|required|to (?:the )?(?:timescale|deadline))',
  'request(?:ed|ing)? (?:an? )?(?:extension|to extend)',
  'deferral (?:agreed|approved|requested|granted|sought)',
  // a deadline that will be missed ("Will miss the deadline", "Likely to miss the target")
  '(?:will|likely to|expected to|going to|set to) miss',
  // the action itself is being changed ("Needs re-scoping", "Being re-scoped")
  're-?scop(?:ed|ing|e)',
  // slow going ("Minimal progress", "Progress has been slow", "Slower than planned")
  '(?:minimal|poor|slower) progress',
  'progress (?:is |has been |remains |was )?(?:slow|slower|limited|poor|minimal)',
  'slower than (?:planned|expected|anticipated|hoped|intended)',
  // behind, said plainly ("Behind", "Running behind", "Slightly behind plan"); not "the thinking behind it"
  'behind (?:plan|programme|program)',
  '(?:running|slightly|a little|a bit|somewhat|currently) behind',
  'behind(?=\\s*(?:[.;:,–—-]|$))',
  // held up, or nothing to do it with ("Stuck", "Blocked by IG", "Post vacant", "Unfunded", "Funding not secured")
  'stuck',
  'blocked',
  'held up',
  'high risk(?=\\s*(?:[.;:,–—-]|$))',
  'barriers? to (?:progress|delivery|completion|implementation)',
  '(?:capacity|staffing|recruitment|resourcing|funding|resource|IT|data|system) (?:issues|problems|difficulties|pressures|constraints)',
  '(?:issues|problems|difficulties) (?:with|around|regarding|over|in) (?:the )?(?:capacity|staffing|recruitment|recruiting|resourcing|funding|resources|IT|data|system)',
  'lack of (?:capacity|resources?|funding|staff|staffing|engagement|progress)',
  // hard going ("It is difficult to obtain the information", "Difficulty engaging schools")
  '(?:difficult|hard) to (?:obtain|get|recruit|engage|secure|deliver|achieve|access|progress|complete)',
  'difficult(?:y|ies) (?:in )?(?:obtaining|getting|recruiting|engaging|securing|delivering|achieving|accessing|progressing)',
  '(?:resources?|funding|capacity|staff|staffing) (?:is |are |has |have )?(?:not|been not|not been|not yet|not yet been) (?:available|secured|agreed|identified|in place|found)',
  'post (?:is |remains )?vacant',
  'vacancy in (?:the )?post',
  'unresourced',
  'unfunded',
  'not (?:yet )?(?:resourced|funded)',
  // the lead has asked for help ("Escalated to the Board"), or a drop-down says so alone ("Escalated")
  'escalated (?:to|with)',
  '(?<=^\\s*)escalated(?=\\s*(?:[.;:,–—(-]|$))',
  // a drop-down's word between on track and off it, opening the status alone or before its note ("Needs attention",
  // "Requires attention – data from health awaited", "Cause for concern"); not "Schools causing concern visited", the
  // schools the work is for
  '(?<=^\\s*)(?:(?:needs|requires|needing|requiring) (?:urgent |some |further )?attention|(?:urgent |some |further )?attention (?:needed|required)|cause for concern|causing concern|of concern)(?=\\s*(?:[.;:,–—(-]|$))',
  // put aside for now, as "On hold" is ("Parked until the new strategy is agreed", "De-prioritised due to capacity")
  '(?<=^\\s*)parked\\b',
  'de-?prioriti[sz]ed',
  // a risk to the work itself ("Risk to delivery", "Risk of slippage"), not "No risk to delivery"
  'risks?(?<!\\b(?:no|without|any|low)(?: (?:significant|serious|major|real|immediate))? risks?) (?:to (?:delivery|completion|the timescale|timescales|progress)|of (?:slippage|delay|non-?delivery|not (?:meeting|achieving|completing)))',
  'concerns? (?:re|about|regarding|over|with) (?:the )?(?:capacity|resources|resourcing|staffing|funding|timescales?|delivery|engagement)',
]);

/**
 * Words that say the work is still going on: beside "100% complete" they contradict it (a neutral narrative
 * beside 100% does not).
 */
export const IN_PROGRESS = phrasePattern([
  'in progress',
  'on going',
  'ongoing',
  'under way',
  'underway',
  'progressing',
  'work continues',
  'continuing',
  'started',
  'being (?:developed|drafted|reviewed|implemented|prepared|written|updated|rolled out|established|set up|delivered|embedded|piloted|tested|finalised|finalized|progressed|worked on)',
  'in development',
  // any work said to be still going on ("historic agreements still being loaded", "still being finalised"); not a
  // thing done that goes on being used ("still being used by all teams")
  'still being (?!used\\b|followed\\b|applied\\b)[a-z]+(?:ed|en|t)',
  'in hand',
  'work in progress',
  'wip',
  'working towards',
  // a campaign or programme still running ("recruitment campaign running in the autumn", "the pilot continues")
  '(?:campaigns?|programmes?|recruitment|drive|pilot|roll-?out|training|sessions) (?:is |are )?(?:still |now )?(?:running|continues|continuing)',
]);

/**
 * Work that goes on after an action is done, as a duty rather than the action itself ("monitoring ongoing", "reviewed
 * annually"): after a completion claim it does not make the claim a step on the way.
 */
/**
 * Words after a report of work done that say the work goes on ("Policy launched in March 2015; audits continue each
 * quarter"): the action is not finished, whatever the rating.
 */
export const WORK_CONTINUES = phrasePattern(['continues?', 'continuing', 'on-?going', 'goes on', 'carries on', 'still (?:running|under way)']);

export const ONGOING_DUTY = phrasePattern([
  'monitor(?:ing|ed|s)?',
  'review(?:ed|s)? (?:annually|quarterly|monthly|regularly|yearly|every)',
  '(?:annual|quarterly|monthly|regular|ongoing) (?:review|reviews|monitoring|reporting)',
  'business as usual',
  'bau',
]);

/**
 * A target the status states as a percentage: "against a target of 90%", "(target 85%)", "Target: 95%", "the
 * target is 90%", "90% target". `ceiling` holds the words that make it a most, not a least ("target below 20%",
 * "no more than 5%"): the figure must stay under it. Read with the status's other percentages by `shortOfTarget`.
 */
export const PERCENT_TARGET = new RegExp(
  String.raw`\b(?:target(?:ed)?|goal|benchmark)(?:\s+(?:figure|rate|level|is|was|of|set\s+at|agreed\s+at|for\s+\w+))*\s*[:=]?\s*(?:of\s+)?` +
    String.raw`(?<ceiling>below|under|less\s+than|lower\s+than|no\s+(?:more|higher)\s+than|not\s+(?:more|higher)\s+than|at\s+most|max(?:imum)?|<|≤)?\s*(?<target>\d{1,3}(?:\.\d+)?)\s?%` +
    String.raw`|(?<!\d|\d\.)(?<before>\d{1,3}(?:\.\d+)?)\s?%\s+(?:target|goal|benchmark)\b`,
  'i',
);

/**
 * A target stated as a count, beside the figure reached ("80 staff trained against a target of 100", "45 audits (target
 * 60)", "12 vs target 20"): group `target` is the count. The figure is the last number before it
 * (`shortOfTarget`). A percentage target is `PERCENT_TARGET`.
 */
export const COUNT_TARGET =
  /(?:\b(?:against|vs\.?|versus|compared\s+(?:to|with))\s+(?:an?\s+|the\s+)?(?:annual\s+|agreed\s+)?target\s*(?:of\s+|:\s*)?|\(\s*target\s*:?\s*(?:of\s+)?)(?<target>\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d.,/%]|\s*%)/i;

/** Words just after a target that set it for a later date ("target 100% by March", "90% target by year end"). */
export const PERCENT_TARGET_BY = /^\s*(?:target\s+)?(?:by|before|within|no\s+later\s+than)\b/i;

/**
 * Words just before a percentage that make it an aim, not the figure reached: "to reach 95%", "aiming for 80%",
 * "an ambition of 90%", "expected to hit 85%". Such a percentage is not compared with the target.
 */
export const PERCENT_AIM =
  /\b(?:reach(?:es|ing)?|aim(?:s|ing)?(?:\s+(?:for|to|at))?|aspir\w*|goals?|ambitions?|trajector(?:y|ies)|expect(?:s|ed)?\s+to(?:\s+\w+)?|hope(?:s|d)?\s+to(?:\s+\w+)?|to\s+achieve|targets?|by\s+(?:the\s+)?end\s+of)\b[^%\d.;]{0,20}$/i;

/** Deferred to a later period ("Deferred to 2016/17"): amber, and the date it names becomes the due date. */
export const DEFERRED = phrasePattern(['deferred (?:to|until|till|into)', 'carried (?:forward|over) (?:to|into)', 'rolled (?:forward|over) (?:to|into)']);

/**
 * The first cell of a key's entry written in two cells ("1 | Completed", "Amber | Some slippage", "Completed | Action
 * completed"): a number of the plan's scale (`KEY_SCALE_NUMBER`) or a colour, its letter, another colour a key may
 * use, or the status word a key names a colour for; or two or more of them that share an entry ("Complete / Closed",
 * "On track / In progress", as a status key lists its drop-down's values).
 */
export const KEY_SCALE_NUMBER = /^\s*[1-5]\s*$/;
const KEY_ENTRY_WORD = String.raw`(?:[1-5]|[ragb]|red|amber|green|blue|black|grey|gray|purple|completed?|done|closed|on[\s-]+track|off[\s-]+track|(?:not[\s-]+)?on[\s-]+target|slippage|delayed|in[\s-]+progress|not[\s-]+started|at[\s-]+risk|overdue|(?:not[\s-]+|partially[\s-]+)?achieved)`;
export const KEY_ENTRY_MARK = new RegExp(String.raw`^\s*${KEY_ENTRY_WORD}(?:\s*\/\s*${KEY_ENTRY_WORD})*\s*[.:=)–-]?\s*$`, 'i');

/** Explicit RAG words and letters (a RAG column, or the first word of a status). */
/**
 * The Welsh names of the key's colours, written before the English in a bilingual key ("Gwyrdd / Green – Ar y trywydd
 * / On track"): such an entry's meaning is in both languages too, and its English (the half after the last slash) is
 * read.
 */
export const WELSH_COLOUR_NAMES = String.raw`coch|ambr|oren|melyn|gwyrdd|glas|porffor`;

export const RAG_WORDS: Readonly<Record<string, 'red' | 'amber' | 'green' | 'blue'>> = {
  red: 'red',
  r: 'red',
  amber: 'amber',
  a: 'amber',
  amb: 'amber',
  orange: 'amber',
  yellow: 'amber',
  green: 'green',
  g: 'green',
  grn: 'green',
  blue: 'blue',
  b: 'blue',
  complete: 'blue',
  completed: 'blue',
  purple: 'blue',
  // two colours, as a board splits a rating ("Amber/Green", "G/A", "A/R"): the worse of the two
  'red/amber': 'red',
  'amber/red': 'red',
  'amber/green': 'amber',
  'green/amber': 'amber',
  'g/a': 'amber',
  'a/g': 'amber',
  'a/r': 'red',
  'r/a': 'red',
  ra: 'red',
  ar: 'red',
  ag: 'amber',
  ga: 'amber',
  // "C" in a RAG column: complete (closed)
  c: 'blue',
  // coloured circles and a tick, as people type them in Google Sheets and Excel for the web
  '🔴': 'red',
  '🟠': 'amber',
  '🟡': 'amber',
  '🟢': 'green',
  '🔵': 'blue',
  '🟣': 'blue',
  '✅': 'blue',
  // the ticks boards type into a RAG cell for a done action (with an emoji's variation selector or without)
  '✓': 'blue',
  '✔': 'blue',
  '✔\uFE0F': 'blue',
  '☑': 'blue',
  '☑\uFE0F': 'blue',
};

/**
 * A status that opens with a RAG word ("Amber: some slippage", "G - on track", "Red") or a coloured circle ("🟢 On
 * track"). Single letters need punctuation after them. "Red tape", "Green paper", "Green light" are not colours.
 */
export const LEADING_RAG =
  /^\s*(?:(?:(?:current|overall|latest|revised)\s+)?b?rag(?:\s+(?:rating|status))?\s*[:\-–]?\s*)?(?:(red|amber|green|blue)\b(?![\s-]*(?:tape|paper|light|lit|space|belt|flag|book|badge)\b)(?:\s*[:\-–—.)/,→⇒➡➔=]|\s|$)|([ragb])\s*(?:[:\-–—.)/→⇒➡➔=]|$)|(🔴|🟠|🟡|🟢|🔵|🟣))/i;

/**
 * A colour the status gives as a rating, not as its first word: "Rated amber at last Board", "RAG rated green",
 * "Currently amber", "Moved from red to amber", "Remains red", "On track (green)". Read as the explicit RAG when no
 * leading word is one.
 */
export const RATED_RAG =
  /(?:\b(?:rag[\s-]*)?rated(?:\s+as)?\s*[:\-–]?\s*([ragb])(?=\s*(?:[.;,)]|$))|(?:\b(?:rag[\s-]*rated(?:\s+as)?|rated(?:\s+as)?|(?:rag\s+)?rating\s+(?:is|of|now)|(?:is\s+)?(?:currently|now)(?:\s+rated)?(?:\s+as)?|(?:moved|changed|gone)\s+(?:from\s+(?:red|amber|green|blue)\s+)?(?:to|into)|remains?|still)\s*[:\-–]?\s*|\(\s*)(red|amber|green|blue)\b(?![\s-]*(?:lit|light|paper|space|belt|flag)))/i;

/**
 * A colour that ends the status, as a rating: after a dash or colon ("Campaign ran in October - GREEN"), or a letter
 * after a full stop or semicolon ("Tracking weekly; 86% in May. G": a capital, checked by the reader). Read on the
 * status's last characters only (`TRAILING_RAG_REACH`), when no other rating is found.
 */
export const TRAILING_RAG = /(?:(?:\s[-–—]|:)\s*(red|amber|green|blue)|[.;]\s+([ragb]))\s*[.!]?\s*$/i;
export const TRAILING_RAG_REACH = 24;

/**
 * Words just before a rating that put it in the future ("This action will be rated green by July", "Expected to be
 * rated amber"): it is not the rating now.
 */
export const RATING_TO_COME = /\b(?:will|would|should|shall|could|may|might|to|expected\s+to|hope\s+to|aim\s+to)\s+(?:now\s+|then\s+|soon\s+)?be\s+$/i;

/**
 * A rating moved from one colour to another with an arrow ("Red → Amber", "A->G", "Amber => Green"): the colour it
 * moved to is the rating now.
 */
export const RAG_MOVE = /^\s*(?:red|amber|green|blue|[ragb])\s*(?:→|->|=>|⇒|➡|➔)\s*(red|amber|green|blue|[ragb])\b/i;

/**
 * Drafted work sent on to the meeting that signs it off, up to the month or day it meets ("to the Improvement Board in",
 * "goes to Cabinet on"): a revision lead's tail (`REVISION_LEADS`).
 */
const TO_MEETING_IN = String.raw`(?:now )?(?:to|goes to|going to) (?:the )?(?:[\w&]+ ){0,3}?(?:in|at|on)(?= (?:the )?(?:${MONTH_STEM_PATTERN}|\d))`;

/** A month and its year, in four figures or two ("March 2015", "Mar 15", "Sept. 2015"), as a revision lead looks for it ahead. */
const MONTH_YEAR = `(?:${MONTH_STEM_PATTERN})[a-z]*\\.? (?:20)?\\d{2}\\b`;

/** Where a clause opens: the text's start, or after a full stop, semicolon, colon or dash (a look-behind). */
const AT_CLAUSE_START = '(?<=(?:^|[.;:–—-])\\s*)';

/**
 * What comes of the work, sent on to a meeting ("Findings to DAPG in January"): a revision lead's subject, and, after a
 * date the work was given, its next step (`revisionInText`).
 */
export const REPORTED_WORK: readonly string[] = ['findings', 'results', 'response', 'recommendations'];

/**
 * Words before a date in a status that revise the due date: "Timescale pushed back to after March 2015",
 * "planned for March 2015", "Deferred to 2016/17", "now due June 2015", "extended to 30/09/15". The first date
 * after one of them, in the same sentence, is the revised due date (when it is later than the plan's own).
 */
export const REVISION_LEADS = phraseSearch([
  '(?:pushed|put|moved|set) back (?:to|until|till|into)(?: after)?',
  // ("Completion will slip to June 17")
  '(?:will |to )slip (?:to|until|till|into)',
  '(?:deferred|postponed|moved|extended|revised|amended|rescheduled|re-scheduled|changed|delayed|slipped|carried forward|rolled forward|carried over|rolled over) (?:to|until|till|into|for)(?: after)?',
  // a status that is only a revised date or a due date, as terse trackers keep it ("Revised 31/01/2018", "Revised
  // 30/06/2017, 31/03/2018": the last given; "Due Q4")
  '(?<=^\\s*)revised(?:\\s+(?:date|to))?(?=:? (?:\\d|q[1-4]\\b|(?:' + MONTH_STEM_PATTERN + ')))',
  '(?<=^\\s*)due(?= (?:q[1-4]|(?:' + MONTH_STEM_PATTERN + ')[a-z]*\\.?\\s*(?:\\d|$)|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}))',
  // ("C/F to 20/21": carried forward to a year, as a plan's key shortens it; "C/f to March" in an action log is to the
  // next meeting, read as the log's carried-forward words are)
  'c/f (?:to|into)(?= (?:the )?\\d)',
  // the date the lead now expects ("Completion now anticipated in May 2015", "Expected completion date June 2015",
  // "New target June 2015", "Will be completed by end of April 2015"): a revision only when later than the plan's own
  '(?:now )?anticipated (?:in|by|for)',
  '(?:anticipated|expected|estimated|forecast) (?:completion|end)(?: date)?(?: (?:of|is|in|by|for|now))?',
  'new target(?: date)?(?: (?:of|is|in|by|for))?',
  // a new end (or due) date given, in figures or as a month ("New end date 31/10/24 agreed at CIRG", "New due date: June
  // 2015")
  'new (?:end|due|finish|completion) date(?: (?:is|of|now|agreed|set for))?(?=:? (?:\\d|(?:' + MONTH_STEM_PATTERN + ')))',
  // a new date given for going live ("new go-live date December 2023"), or "now" and the date alone ("not all hosts
  // reached – now December 2022")
  // (or "new go live" and the month alone: "Procurement slipped, new go live April 2016")
  'new go live(?: date)?(?: (?:of|is|in|by|for|now))?',
  // a go-live date given with the work held up ("Delayed by system upgrade. Go live 01/02/21"; not "Went live 01/02")
  '(?<=^\\s*|[.;:,–—-]\\s*)go ?live(?: date)?(?: (?:is|in|on|by|for|now|set for|(?:now )?(?:planned|expected|scheduled)(?: for| in)?))?(?= (?:\\d|(?:' +
    MONTH_STEM_PATTERN +
    ')))',
  // (the year in two figures too: "slipped – now Jan 17")
  `now(?= ${MONTH_YEAR})`,
  // "revised" and the new month ("Slipped due to capacity - revised Feb 19", "Revised start Apr 21")
  // (the colon read in the look-ahead: a phrase ends at a word's end, "Revised due date: June 2021")
  `revised(?: (?:start|start date|date|due date|target date|deadline|completion|completion date|go ?live|go ?live date))?(?=:? ${MONTH_YEAR})`,
  // (or a day in figures: "Go live moved from April; revised due date 30/06/21 agreed at MTAC")
  'revised (?:due |target |completion |end )?date(?: (?:is|now|agreed))?(?=:? \\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b)',
  // a month alone after "now" (or its end), at the end of what is said or before the meeting it names ("Sign off now
  // Feb HWB", "Slipped, now March.", "now June board", "Draft slipped – now end Nov")
  'now(?= (?:(?:the )?end(?: of)? )?(?:' + MONTH_STEM_PATTERN + `)[a-z]*\\.?(?:\\s*(?:[.;,]|$)| (?:${MEETING_NOUNS}|${MEETING_ACRONYMS})\\b))`,
  // a month, or a run of months, after "now in" ("Course now in the Apr-Jun programme", "Audit now in May"; not "now in
  // place", "now in its second year")
  'now in(?= (?:the )?(?:' + MONTH_STEM_PATTERN + ')[a-z]*\\.?\\b)',
  // a school's term or half-term after "now" ("waiting on HR system licence, now Summer 1", "now the autumn term")
  'now(?= (?:the )?(?:spring|summer|autumn|spr|sum|aut)(?: term\\b|\\s?[12]\\b| half[\\s-]?term\\b))',
  // a quarter after "now", alone or with its year ("Now Q4.", "Slipped - now Q4 24/25", "now Q1 2025/26", "Procurement
  // now Q1 2020/21 – slipped")
  'now(?= q[1-4](?:\\s+(?:fy\\s*)?(?:20)?\\d{2}(?:\\s*[/-]\\s*(?:20)?\\d{2})?)?\\s*(?:[.;,–—]|\\s-\\s|$))',
  // ("Now end Feb 19", "Meeting now 29/04/14": the end of a month, or a day written in figures, after "now")
  `now(?= (?:(?:the )?end(?: of)? )${MONTH_YEAR})`,
  'now(?= \\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b)',
  // the work, or what it comes to, sent on to a later meeting with no verb ("To Policy Group March 2019.", "Report being
  // finalised – to CPCG February 2018", "Final draft to CPC March 2012 for sign off", "Findings to DAPG in January"; not
  // "Report presented to the Board in February", done then, nor a report or draft of the work to a meeting, a step on
  // the way: "first report to the CPC in November", "Draft to DMT 20 June", "Options paper to Executive in May 25", nor
  // "To be arranged following the May elections")
  `(?:${AT_CLAUSE_START}|(?<=\\b(?:final draft|${REPORTED_WORK.join('|')})\\s+))` +
    // (a day is not a word of the meeting's name: "now to LSCB Exec 10th April 2019" is the next phrase's)
    '(?:now )?to (?!be\\b)(?:the )?(?:(?!\\d{1,2}(?:st|nd|rd|th)? )[\\w&/-]+ ){1,4}?(?:in |at |on |for )?(?=(?:the )?(?:' +
    MONTH_STEM_PATTERN +
    // (only these meeting words, not all of `MEETING_NOUNS`: "to collate for March mtg" is a step on the way)
    `)[a-z]*\\.?(?: (?:20)?\\d{2}\\b|\\s*(?:[.;,]|$)| (?:for|meeting|board)\\b))`,
  // the day of the meeting the work is sent on to, opening a clause ("Sign off slipped – now to LSCB Exec 10th April
  // 2019": 10 April; "To CYP cttee 13 July 16 for approval"; not "Results to the Police and Crime Panel on 5 February
  // 2016", what came of work done)
  `${AT_CLAUSE_START}(?:now )?to (?!be\\b)(?:the )?(?:[\\w&/-]+ ){1,4}?(?:on )?(?=\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTH_STEM_PATTERN})[a-z]*\\.? (?:20)?\\d{2}\\b)`,
  // a day and month after "now" ("Learning event postponed from May; now 20 November 2025")
  'now(?= \\d{1,2}(?:st|nd|rd|th)? (?:' + MONTH_STEM_PATTERN + ')[a-z]*\\.? \\d{4}\\b)',
  // a day given after "now on" ("the young advisors' session is now on 8 February 2025")
  'now on(?= (?:the )?\\d{1,2}(?:st|nd|rd|th)? (?:' + MONTH_STEM_PATTERN + '))',
  'revised target(?: (?:of|is|in|by|for|now))?',
  // the date the lead now gives for the rest ("the audit ... will now report in May 2017", "the third expects to
  // complete by the end of March")
  'will now (?:report|complete|finish|conclude|be (?:reported|completed|finished))(?: (?:in|by|at|to))?',
  // ("now due to report in November 2022")
  '(?:now )?due to (?:report|complete|finish|conclude|be (?:reported|completed|finished|published|presented))(?: (?:in|by|at|to))?',
  '(?:expects?|expected|expecting|aims?|aiming|plans?|planning|intends?) to (?:complete|finish|conclude|report|deliver)(?: (?:in|by|at|during))?',
  // (or "complete", or before a month: "Will be complete before Feb 2020", due by the end of January)
  '(?:to be|will be|will now be|should be) (?:complete|completed|finished|delivered|ready|in place|published|presented|launched|re-?launched|implemented|signed off|agreed)(?: (?:by|in|during|at)|(?= before\\b))',
  // a session or event to take place later ("Postponed – to be given with the trustees' safeguarding training in July
  // 2022", "Workshop to be held in March 2025", "will now be run in the autumn term"; not a run lost and "to be re-run
  // in the 2015-16 programme", put off to another year's programme)
  // (or carried out: "Audit to be carried out in April 2016, report to the June Board"; in a quarter: "First audit of 20
  // cases to be carried out in Q1 2023/24")
  "(?:to be|will be|will now be) (?:held|run|given|carried out|undertaken|conducted) (?:[\\w'’&-]+ ){0,6}?(?:in|on|during|at|by)(?= (?:the )?(?:" +
    MONTH_STEM_PATTERN +
    '|spring|summer|autumn|winter|w/c|q[1-4]\\b|\\d))',
  // a run of sessions set for later months ("Post filled 2nd March; programme to run Apr–Jun 15", "the course will now
  // run in May 2025")
  '(?:to|will|will now) run(?: (?:in|from|during|between|over))?(?= (?:the )?(?:' + MONTH_STEM_PATTERN + '|spring|summer|autumn|winter|q[1-4]\\b))',
  // the work out where people will find it, or in use ("The list will be on the website in January 2025")
  '(?:to be|will be|will now be|should be) (?:on the website|on the intranet|online|live|available|in use|operational|rolled out|issued|circulated) (?:by|in|during|from)',
  // a date promised for what is still owed ("police and ICB chased and have promised returns by 8 March", "return now
  // promised by 30 November 2024")
  '(?:now |have |has )?promised (?:(?:the |their |its )?(?:[\\w-]+ ){0,2}?)?(?:by|for)',
  '(?:now|re-?)?planned (?:for|in|by)',
  // ("Now programmed for May 2004", as a works programme says it)
  '(?:now |re-?)programmed (?:for|in)',
  // the earliest date the work can now come ("supplier says not before Jan 23 release")
  'not (?:before|earlier than)(?= (?:the )?(?:end of )?(?:' + MONTH_STEM_PATTERN + ')[a-z]*\\.? (?:20)?\\d{2}\\b)',
  'now (?:due|expected|scheduled|planned)(?: (?:for|in|by|at))?',
  'expected (?:by|in|for|at)',
  // the lead's own word for when, in the first person ("were due in January but we now expect them by the end of April
  // 2016")
  '(?:we|they) (?:now )?expect (?:it |them |this |these |(?:the |all |both )?[\\w-]+ )?(?:by|in|for)',
  // the next step booked or sent on its way ("the remaining two are booked for April 2021", "now to Policy Group
  // February 2020", "to go to the Safeguarding Committee in January 2020", "the remaining 3 to launch in October 2022")
  // (perhaps with whom: "survey now booked with Coram Voice for February 2024")
  "(?:now |re-?)?(?:booked|arranged) (?:with (?:[\\w'’&-]+ ){1,4}?)?(?:for|in|on(?= (?:the )?(?:" +
    MONTH_STEM_PATTERN +
    '|spring|summer|autumn|winter|w/c|\\d)))',
  // booked for a month with no "for" ("Further sessions booked Nov 16", "booked Sept – Nov 16")
  '(?:now |re-?)?(?:booked|arranged)(?= (?:' + MONTH_STEM_PATTERN + ')[a-z]*\\.?(?: (?:20)?\\d{2}\\b|\\s?[–-]\\s?(?:' + MONTH_STEM_PATTERN + ')))',
  // or for a day, with no "for" ("WRAP refresher booked 27/02/19", "the rest booked 12th March", "now booked 15+16
  // March": the last of the days)
  '(?:now |re-?)?(?:booked|arranged)(?= \\d{1,2}(?:[/.]\\d{1,2}[/.]\\d{2,4}\\b|(?:st|nd|rd|th)?(?:\\s?[+&]\\s?\\d{1,2}(?:st|nd|rd|th)?)? (?:' +
    MONTH_STEM_PATTERN +
    ')))',
  // a date given as the target, in a comment that is the plan's only place for dates ("PiPoT to add at policy review.
  // Target 31/03/19"); later than the plan's own date, a new one
  `${AT_CLAUSE_START}target(?=:? \\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|:? (?:end (?:of )?)?${MONTH_YEAR})`,
  // a place booked on a course, and the day of it ("Deputy Head booked on the course on 24 April", "now booked on the
  // governor Prevent module on 18 April 2024")
  'booked (?:on|onto) (?:the|a|an) (?:[\\w-]+ ){0,2}?(?:course|training|session|programme|workshop|module|briefing|conference) (?:on|for|in)(?= (?:the )?(?:' +
    MONTH_STEM_PATTERN +
    '|\\d))',
  // booked again, with the new date later in the sentence ("Rebooked as online training on 8 July 2020"), and the
  // work that only starts or goes live later ("Third carer recruited – starts 7 October 2019", "the new website will
  // not be live until February 2015")
  're-?booked',
  // a paper moved to a later meeting ("deferred from the October Executive; now on the agenda for February 2015",
  // "now on its agenda for 14 June 2016")
  'now on (?:the|its|their) agenda (?:for|at|in)',
  '(?:starts|begins|commences|goes live)(?: (?:on|in|from))?',
  // the part left, to start in a later month ("Western panel running. Eastern cluster panel to start Feb 25"), or the
  // work now taking place then ("audit now taking place May 2023")
  `(?:to|will) (?:start|begin|commence)(?= ${MONTH_YEAR})`,
  '(?:now )?taking place(?: (?:on|in|during))?(?= (?:the )?(?:' + MONTH_STEM_PATTERN + '|\\d))',
  // a paper on its way to a meeting in a named month ("Sign off delayed; going to ESSCP Steering Group and SAB in April
  // 23"; not "going to be")
  'going to (?!be\\b)(?:the )?(?:[\\w&]+ ){1,5}?(?:in|at|on)(?= (?:the )?(?:' + MONTH_STEM_PATTERN + '))',
  // work paused and to take up again ("on hold since March (Covid-19); to resume in October 2020", "sessions to
  // restart in January 2015"): the date it is to be taken up again
  '(?:to|will) (?:resume|restart|re-start|recommence|re-commence)(?: (?:in|on|from|during|by))?',
  // ("Strategy refresh paused pending the national review; to be picked up again in January 2023")
  '(?:to be|will be) (?:picked|taken) up again(?: (?:in|on|from|during|by))?',
  // ("To be revisited Q1 2016/17")
  '(?:to be|will be) revisited(?: (?:in|on|from|during|by))?',
  // ("Audit paused in March 2020; restart planned January 2021")
  '(?:restart|re-start|resumption) (?:now )?(?:planned|expected|scheduled|due)(?: (?:for|in|from|by))?',
  'not (?:be )?(?:live|ready|available|in place|launched|operational) (?:until|till|before)',
  // the part left, and when it is now due ("4 of the 6 machines received; the remaining 2 due February 2017")
  'remaining (?:[\\w-]+ ){0,3}?(?:(?:is|are) )?(?:now )?due(?: (?:by|in|for))?',
  // the staff the delayed work waits for, and when they start ("Delayed – youth workers now in post from February
  // 2021"; not "Interim director in post from 6 January", one step of the work)
  'now in post (?:from|by)',
  // the report of part-done work to a later meeting ("full report to March 2025", "to the Board in December")
  '(?:full |final )?report (?:now )?to(?= (?:the )?(?:' + MONTH_STEM_PATTERN + '))',
  // the final version of drafted work, to the meeting that signs it off ("Draft guidance out to consultation; final
  // version to the Board in April 2009", "Almost completed: final version to the Improvement Board in December 2025")
  `(?:final|finished) (?:version|draft|copy|document|report|strategy|policy|procedure|protocol|plan|guidance) ${TO_MEETING_IN}`,
  // (or to the meeting named by its month: "Presented to Dec board. Final version to Jan 24 board")
  '(?:final|finished) (?:version|draft|copy|document|report|strategy|policy|procedure|protocol|plan|guidance) (?:now )?to(?= (?:the )?(?:' +
    MONTH_STEM_PATTERN +
    ')[a-z]*\\.?(?: (?:20)?\\d{2})? (?:[\\w&]+ )?(?:board|meeting|committee|cabinet|executive|panel|group|partnership)\\b)',
  // drafted work, then the meeting it goes to ("Statement drafted; to Cabinet in March 2020", "procedure still in
  // draft, to the Board in December")
  `(?:drafted|in draft)[;,] ${TO_MEETING_IN}`,
  // a sentence opening with the launch and its month ("... final design under way. Launch January 2025.")
  'launch(?= (?:' + MONTH_STEM_PATTERN + ')[a-z]*\\.? \\d{4}\\b)',
  'now to',
  // "sign-off delayed by Covid-19 and now going to the December Partnership Board"
  'now go(?:ing|es) (?:to|before)',
  '(?:is |are |will )?to go (?:to|before|out)',
  // (and at the event it is to be launched at: "to be launched at the website event in May")
  'to (?:launch|go live|be launched) (?:at [^.;]{1,40}? )?(?:in|by|from|during)',
  // data or a paper to be added to the work for a later meeting ("Data to be added to the SCP dashboard for the June
  // Board"), and a step "now in" a later month ("Two posts re-advertised; interviews now in November 2025")
  'to be (?:added|included) (?:to|in|into) [^.;]{1,40}? (?:for|by|at|in) (?:the )?(?=(?:' + MONTH_STEM_PATTERN + '))',
  'now in(?= (?:' + MONTH_STEM_PATTERN + ')[a-z]*\\.? \\d{4}\\b)',
  // what was moved named between ("Training unit has moved the pilot course to November 2021")
  "(?:has |have |had )?(?:moved|put back|pushed back|deferred|postponed|rescheduled|re-scheduled) (?:the |its |their |this |our )?(?:[\\w'’-]+ ){1,3}?(?:to|until|till)(?= (?:the )?(?:" +
    MONTH_STEM_PATTERN +
    '))',
  // a new day set for a meeting put off ("first meeting postponed twice, now set for 12 October 2015")
  'now (?:re-?)?set for(?= (?:the )?(?:' + MONTH_STEM_PATTERN + '|\\d))',
  // ("Virtual attendance rota agreed; to go live January 2023", "South panel delayed by the venue, now starting February
  // 2020": the part still to come, when it now starts)
  'to go live(?= (?:' + MONTH_STEM_PATTERN + ')[a-z]*\\.? \\d{4}\\b)',
  'now starting(?: (?:in|on|from))?(?= (?:the )?(?:' + MONTH_STEM_PATTERN + '|\\d))',
  // ("the programme will now launch in April 2021": when the work now starts, put off)
  'will now (?:launch|start|begin|commence|go live|open|run|take place)(?: (?:in|on|from|at))?(?= (?:the )?(?:' + MONTH_STEM_PATTERN + '|\\d))',
  // the date itself after "expected" ("appointment expected December 2006"): a revision only when a date follows
  'expected(?= (?:the )?(?:end|early|mid|late|start|' + MONTH_STEM_PATTERN + '|q[1-4]|spring|summer|autumn|winter|\\d))',
  // the rest of part-done work ("Partially complete – remaining clinics to follow by July 2016", "the printed pack will
  // follow in November 2021", "the 9 are with the IRO service and due by the end of October")
  'to follow (?:by|in|during)',
  'will follow (?:by|in|during)',
  '(?:is|are|and) (?:now )?due (?:by|in)',
  // the rest of the work, when it is to be finished ("response teams to finish by the end of June 2018")
  // (not after "expected", whose lead above quotes the whole: "now expected to complete by end of Q4")
  '(?<!(?:expects?|expected|expecting|aims?|aiming|plans?|planning|intends?) )to (?:finish|complete|conclude) by(?= (?:the )?(?:end|' +
    MONTH_STEM_PATTERN +
    '|\\d))',
  // on track again, for a later date ("Back on track, due Jun 18", "on track for completion in June 2018")
  'on (?:track|schedule)[,;]? (?:and )?(?:now )?due(?: (?:by|in|for))?(?= (?:the )?(?:end|' + MONTH_STEM_PATTERN + '|\\d))',
  'on (?:track|schedule) for (?:completion |delivery )?(?:(?:in|by) )?(?=(?:the )?(?:end|' + MONTH_STEM_PATTERN + '|\\d))',
  // the date someone else now gives for what the action waits on ("DHSC now expects April 2022 at the earliest")
  'now expects?(?= (?:the )?(?:end|early|mid|late|start|' + MONTH_STEM_PATTERN + '|q[1-4]|spring|summer|autumn|winter|\\d))',
  // the lead's own expected month, in a few words ("Not signed yet - expect Feb 19")
  `${AT_CLAUSE_START}expect(?=:? ${MONTH_YEAR})`,
  // the sign-off the work waits for, at a meeting in a named month ("awaiting sign-off at the April Security Committee")
  // ("awaiting JNCC sign-off at the July meeting": the body's initials before the sign-off)
  'awaiting (?:[A-Z]{2,6} )?(?:sign off|signoff|approval|ratification|agreement) (?:at|by) (?:the )?(?=(?:' + MONTH_STEM_PATTERN + '))',
  // the sign-off itself, at a meeting in a named month ("Comments received from Health and Police; sign-off at the
  // November 2017 Sub Group"): the noun, not "signed off at the November Board", done then
  '(?:sign off|signoff|approval|ratification) (?:is )?(?:now )?(?:due |expected |planned |scheduled )?at (?:the )?(?=(?:' + MONTH_STEM_PATTERN + '))',
  // ("sign-off at the Board in December", "sign-off at the Partnership in October"; the publication after the sign-off:
  // "Report agreed at the September Board; publication on the website in October")
  '(?:sign off|signoff|approval|ratification) (?:is )?(?:now )?(?:due |expected |planned |scheduled )?at (?:the )?(?:[A-Za-z&]+ ){1,3}?in(?= (?:' +
    MONTH_STEM_PATTERN +
    '))',
  // (or the meeting named, then its month and year: "Delayed – sign off now at HEY Safeguarding Cttee April 2017")
  `(?:sign off|signoff|approval|ratification) (?:is )?(?:now )?(?:due |expected |planned |scheduled )?at (?:the )?(?:[A-Za-z&]+ ){1,4}?(?=${MONTH_YEAR})`,
  '(?:publication|launch) (?:is )?(?:now )?(?:due |expected |planned |scheduled )?(?:on|at) (?:the )?(?:[A-Za-z&]+ ){1,3}?in(?= (?:' +
    MONTH_STEM_PATTERN +
    '))',
  // sent on for a decision on a later day ("to the CPC for approval on 28 November 2024"), put on again ("rearranged as
  // a virtual event on 24 February 2022"), or the rest of it to be done by a later date ("the remaining 5 to be
  // visited by September 2016")
  'for (?:approval|sign off|signoff|ratification|agreement|decision) (?:on|at|in)',
  're-?arranged (?:as [^.;]{0,40}? )?(?:for|on|to)',
  'remaining (?:[\\w-]+ ){0,3}?to be [a-z]+ (?:by|in|during)',
  // the rest of part-done work and its date, the verb left off ("51 of 80 plans reissued; the remainder by the end of
  // February 2021")
  'the (?:remainder|rest) (?:(?:now )?(?:by|in|during))(?= (?:the )?(?:end|' + MONTH_STEM_PATTERN + '|\\d))',
  // ("the remainder are to complete it by 30 June 2022")
  'the (?:remainder|rest|others) (?:are |is )?to (?:complete|finish|attend|do|be [a-z]+)(?: (?:it|them|this|the [\\w-]+))? (?:by|in|during)(?= (?:the )?(?:end|' +
    MONTH_STEM_PATTERN +
    '|\\d))',
  // moved from the old date to the new one, the old one named ("postponed from April to the 6 June INSET day")
  '(?:postponed|deferred|moved|rescheduled|re-scheduled|put back|pushed back|slipped|changed) from (?:the )?[\\w/.\\s]{1,25}? to(?= (?:the )?(?:end|' +
    MONTH_STEM_PATTERN +
    '|\\d))',
  // ("14 of 22 nurses trained ... Remaining training by end of June")
  'remaining (?:[\\w-]+ ){0,2}?by(?= (?:the )?(?:end|' + MONTH_STEM_PATTERN + '))',
  // ("10 of the 20 schemes visited; the rest will be done by the end of November", "24 of 31 staff completed; the other
  // 7 to complete by the end of May")
  '(?:the rest|the others|the other [\\w-]+)(?: of (?:them|the [\\w-]+))? (?:(?:is|are) )?(?:to be|will be) [a-z]+ (?:by|in|during)',
  '(?:the rest|the others|the other [\\w-]+)(?: of (?:them|the [\\w-]+))? (?:to|will) (?:complete|finish|follow|be done) (?:by|in|during)',
  // "New date agreed: June 2015", "Revised target date set as Sept 15"
  'new (?:target |completion )?(?:date|deadline|timescale)(?: (?:agreed|set|given|proposed))?(?: (?:of|is|as|for|to|set for|set to))?',
  // "Extension agreed to June 2015", "Extension granted until Sept 15"
  // ("Extension to 31/05/2024 requested at the safeguarding committee")
  'extension (?:(?:agreed|granted|approved|requested|sought) )?(?:to|until|till)',
  // ("LGSCO agreed an extension to 31/01/2025")
  '(?:agreed|granted|approved) an extension (?:to|until|till)',
  'revised (?:target |completion )?(?:date|deadline|timescale)(?: (?:agreed|set|given|proposed))?(?: (?:of|is|as|for|to|set for|set to))?',
  '(?:re-?scheduled|re-?planned) (?:for|to)',
  'due to (?:go|be (?:presented|taken|reported|signed off|considered|completed)) (?:to|at|in|by)',
  // "To be presented to March 2015 Board", "Will be reported at the June Board"
  '(?:(?:is|are|will) )?to be (?:presented|taken|reported|signed off|considered|shared|confirmed|decided|approved|ratified) (?:to|at|in|by)',
  'will be (?:presented|taken|reported|signed off|considered) (?:to|at|in|by)',
  'will now be',
  // the date named after a colon or dash following the word that moved it ("Timescale revised: Sept 2015")
  '(?:timescale|deadline|target date|due date|completion date) (?:has been |was |now )?(?:revised|amended|extended|changed)(?=\\s*[:–—-])',
]);

/**
 * Words saying the work is on track ("On track", "on target", "On course", "on schedule", "good progress"), not "not
 * on track". Read in a plan's key ("Green – on track to be completed") and beside waiting words ("On track. Dates to be
 * agreed" has started).
 */
export const ON_TRACK = /(?<!\bnot[\s-]+)\bon[\s-]+(?:track|target|course|schedule)\b|\bgood[\s-]+progress\b/i;

/**
 * A status opening with the word that says the work is on track ("On track", "On Track (revised date)", "On schedule",
 * "On target", a tracker's "OT"), as a drop-down gives it before the commentary: the work goes on, so a step reported
 * after it ("On track. Business case agreed at CAG exec, posts out to advert") is a step, as it is after "In
 * progress". Not "Not on track", nor "On track to complete" read any other way than as on track.
 */
export const ON_TRACK_LEAD =
  /^\s*(?:on[\s-]+(?:track|target|course|schedule)|ot)\b(?![\s-]+(?:for|to)\s+(?:be\s+)?(?:complete|completed|closed|close|closure|sign[\s-]?off)\b)/i;

/**
 * The verbs of an action that asks for one thing to be made, set up or sent, each with the words a status uses to say
 * that thing was done ("Establish a quality group" → "Quality group established"; "Remind GP practices ..." →
 * "Reminder sent to all GP practices"): see `doneAsAsked`. A verb of a round of work ("book", "monitor", "review")
 * is not here: one booking done is not the action done.
 */
export const ASKED_VERBS: Readonly<Record<string, readonly string[]>> = {
  establish: ['established', 'set up', 'formed', 'created'],
  'set up': ['set up', 'established', 'formed', 'started'],
  create: ['created', 'set up', 'established'],
  form: ['formed', 'set up', 'established'],
  open: ['opened'],
  commission: ['commissioned', 'awarded'],
  'sub-commission': ['commissioned'],
  recommission: ['recommissioned', 're-commissioned', 'awarded'],
  're-commission': ['re-commissioned', 'recommissioned', 'awarded'],
  introduce: ['introduced', 'went live', 'gone live', 'launched'],
  launch: ['launched', 'went live', 'gone live'],
  add: ['added'],
  develop: ['developed', 'produced'],
  produce: ['produced', 'published'],
  publish: ['published'],
  refresh: ['refreshed', 'updated', 'revised', 'published'],
  appoint: ['appointed', 'confirmed', 'in post'],
  identify: ['identified', 'confirmed', 'named', 'appointed'],
  recruit: ['recruited', 'appointed', 'in post'],
  remind: ['reminded', 'sent', 'issued'],
  circulate: ['circulated', 'sent', 'sent out', 'distributed'],
  brief: ['briefed', 'given', 'delivered'],
  ask: ['asked', 'sent', 'written'],
  'write to': ['written', 'sent'],
};

/**
 * Words saying a thing made or set up is there and working ("4P plans in place", "Tracker live", "Marker ... in use"):
 * for an action that asks for a thing to exist (`MAKE_VERBS`), said of the thing the action names.
 */
export const IN_PLACE_WORDS: readonly string[] = ['in place', 'live', 'went live', 'gone live', 'in use', 'in operation', 'operational', 'up and running'];

/** The verbs of `ASKED_VERBS` that ask for a thing to exist: its being in place (`IN_PLACE_WORDS`) is the action done. */
export const MAKE_VERBS: ReadonlySet<string> = new Set([
  'establish',
  'set up',
  'create',
  'form',
  'open',
  'commission',
  'recommission',
  're-commission',
  'introduce',
  'launch',
  'add',
  'develop',
  'produce',
]);

/** The verbs of an action that asks for something to be said to someone: what was sent stands for it. */
export const SAYING_VERBS: ReadonlySet<string> = new Set(['remind', 'ask', 'write to', 'brief', 'circulate']);

/** The words for what was sent or said ("Reminder sent", "Letter sent", "Briefing given"), singular. */
export const SENT_NOUNS: ReadonlySet<string> = new Set([
  'reminder',
  'letter',
  'request',
  'briefing',
  'email',
  'e-mail',
  'bulletin',
  'note',
  'message',
  'circular',
]);
