import { daysBetween, formatUkDate, type IsoDate } from '../calendarDate';
import { memoTable, recall, type Memo } from '../memo';
import type { Timescale } from '../timescale/types';
import * as defaults from '../vocab/status';
import { colourRag, type ColourReading } from './colourRag';
import type { RagKey } from './ragKey';
import { correctSpelling } from '../correctSpelling';
import { latestUpdate } from './latestUpdate';
import { partCount } from './partCount';
import { shortOfTarget } from './shortOfTarget';
import { collapseWhiteSpace as collapse, isWhiteSpace } from '../whiteSpace';
import { clip, endsInBreak, firstSentence, lastSentenceStart, phraseOn, unpunctuated, upToStop } from './sentences';

/** The five states an action can be in. `complete` shows blue under BRAG, green otherwise. */
export type RagState = 'complete' | 'green' | 'amber' | 'red' | 'none';

export const RAG_STATES: readonly RagState[] = ['red', 'amber', 'green', 'complete', 'none'];

/** An explicit colour written by the board (a RAG column or a leading word). */
export type RagColour = 'red' | 'amber' | 'green' | 'blue';

/** Where an explicit RAG came from: a word, a cell's fill, or the colour of its text. */
export type RagSource = 'text' | 'fill' | 'font colour';

/** The rules the classifier reads; defaults are in `vocab/status.ts`. */
export type StatusRules = typeof defaults;

/** What the classifier decided for one row, and why. Shared between rows that read alike: read-only. */
export interface StatusAssessment {
  readonly state: RagState;
  /** Plain-language reasons: phrases matched and dates compared. */
  readonly reasons: readonly string[];
  /** The colour the board gave, if any (a word, a hand-coloured cell, or coloured text). */
  readonly explicit: RagColour | null;
  /**
   * True when the board's colour is one the plan's key says only means the work is going on ("Amber – in progress"):
   * it says nothing of whether the date holds, so a date moved later still counts as slipped.
   */
  readonly explicitInProgress?: boolean;
  /** How the board gave it: `text`, `fill` or `font colour`; null when there is no explicit RAG. */
  readonly ragSource: RagSource | null;
  /** Set when the board's colour (or its percentage complete) disagrees with the dates or the status text. */
  readonly contradiction: string | null;
  /** True when the final due date has passed and the action is not complete (dated timescales only). */
  readonly overdue: boolean;
  readonly daysOverdue: number | null;
  /** The word that closed the action without it being done ("Superseded", "Withdrawn"), else null. */
  readonly closed: string | null;
}

/** The colours of the row's RAG and status cells, as the person left them (`RRGGBB`). */
export interface CellColours {
  ragFill?: string | null;
  ragFont?: string | null;
  statusFill?: string | null;
  statusFont?: string | null;
}

export interface StatusInput {
  status: string;
  /** Text of a RAG column, when the plan has one. */
  rag?: string;
  /** Cell colours of the RAG and status cells (a hand-coloured cell is an explicit RAG). */
  colours?: CellColours;
  /**
   * The plan's own key to its colours, where it gives them meanings of their own ("Green – complete; Amber – in
   * progress"): a hand-coloured cell's colour is read through it, by the colour's word ("green" → blue).
   */
  colourKey?: RagKey;
  /**
   * True when the plan's RAG has no colour for complete (no blue or "Complete" in its RAG cells or fills, none in its
   * key): its green is the best it gives.
   */
  greenIsBest?: boolean;
  /** True when the plan's completion column ("Date achieved", "Complete Y/N") says this row was done. */
  doneInColumn?: boolean;
  /** The percentage complete the plan gives (0-100), where it keeps one. */
  percent?: number | null;
  /**
   * What the plan's key says the RAG column's entry means, where it says only that the work goes on ("2 = In
   * progress") or has not started ("1 = Not yet started"); else undefined.
   */
  ragMeaning?: 'in progress' | 'not started';
  /**
   * The status's first clause where it says the one thing the action asked for was done ("Quality group established"
   * for "Establish a quality group": see `doneAsAsked`), else null: read as a claim that the work was done.
   */
  doneAsAsked?: string | null;
  timescale: Timescale;
  asOf: IsoDate;
  /** The assessment of the action row above, for "See above". */
  above?: StatusAssessment;
  rules?: StatusRules;
  /** One assessment's memory: the same status text is read once. */
  memo?: Memo;
}

/**
 * Decides an action's state from its status text, explicit RAG (a word, or a hand-coloured cell), percentage
 * complete and timescale. Never throws.
 *
 * @example classifyStatus({ status: 'Timescale slipped.', timescale: parseTimescale('October 2014'), asOf: '2015-01-21' }).state // 'amber'
 * @example classifyStatus({ status: '', colours: { ragFill: 'FF0000' }, timescale: parseTimescale('March 2015'), asOf: '2015-01-21' }).ragSource // 'fill'
 */
export function classifyStatus(input: StatusInput): StatusAssessment {
  return classifyRead(readStatusText(input.status ?? '', input.rules, input.memo), input);
}

/**
 * A status text as the classifier reads it: what `classifyStatus` takes from the words, worked out once per text
 * (the state then follows from these, the timescale, the RAG and the colours).
 */
export interface StatusTextReading {
  /** The status as the rules read it: spaces collapsed, a dated update prefix set aside. */
  readonly status: string;
  /** True when it says nothing has happened (empty, "-", "No update received"): read like an empty status. */
  readonly empty: boolean;
  /** True for "See above": the row takes the state of the row above. */
  readonly seeAbove: boolean;
  /** A RAG word the status opens with ("Amber: some slippage"), its colour and the word as written. */
  readonly leading: { readonly colour: RagColour; readonly word: string } | null;
  /** The phrases the status holds; null for an empty or "See above" status (they are not read). */
  readonly phrases: TextReading | null;
  /**
   * When the cell keeps a log of dated updates ("Q1: Not started. Q2: In progress. Q3: Complete."): the label of the
   * latest, which is the one read, and how many there are. Null for a status read whole (most).
   */
  readonly update: { readonly label: string; readonly count: number; readonly unchanged: string | null } | null;
  /** The words saying only what is awaited or still to be arranged ("Awaiting the statutory guidance"), else null. */
  readonly waiting: string | null;
  /** The words saying only what is still to be done ("Procedure to be written."), else null: nothing is done yet. */
  readonly toCome: string | null;
  /**
   * A round of recurring work named and said missed ("May audit not completed - capacity", `MISSED_ROUND`), as found;
   * else null.
   */
  readonly missed: string | null;
  /** The misspelt words read as the words they stand for (`"Complted" as "completed"`); empty for most. */
  readonly corrections: readonly string[];
  /**
   * Everything above as one string: two statuses with the same key classify alike beside the same timescale, RAG,
   * colours and percentage. Null for "See above", which depends on the row above.
   */
  readonly key: string | null;
}

/**
 * Reads a status text for `classifyRead` (remembered per text in the memo, under the default rules).
 * @example readStatusText('Amber: some slippage').leading?.colour // 'amber'
 */
export function readStatusText(text: string, rules: StatusRules = defaults, memo?: Memo): StatusTextReading {
  return rules === defaults ? recall(memo, READ_STATUS, text) : readUncached(text, rules);
}

/** The corrections of a status spelt as the rules read it (most). */
const NO_CORRECTIONS: readonly string[] = Object.freeze([]);

/** Status readings under the default rules, remembered per assessment. */
const READ_STATUS = memoTable('status-text', (text: string) => readUncached(text, defaults));

function readUncached(text: string, rules: StatusRules): StatusTextReading {
  // a log of dated updates in one cell: the latest is the status, the others are history
  const latest = latestUpdate(text);
  // "Complted", "Acheived": read as the words they stand for
  const cleaned = clean(latest ? latest.text : text, rules);
  const spelt = correctSpelling(cleaned);
  const status = spelt ? spelt.text : cleaned;
  // most statuses open with none of these: under the default rules one test says so, and none is run
  const opening = !usesDefaultOpenings(rules) || DEFAULT_OPENINGS.test(status);
  const empty =
    status === '' ||
    (opening && (rules.EMPTY_LIKE.test(status) || (rules.NO_UPDATE?.test(status) ?? false))) ||
    // ("Overdue. No update received this quarter.": a drop-down's word, then no report)
    saysNothingThenNoUpdate(status, rules);
  const seeAbove = !empty && opening && rules.SEE_ABOVE.test(status);
  let leading: StatusTextReading['leading'] = null;
  const m = opening ? rules.LEADING_RAG.exec(status) : null;
  if (m) {
    // "Red → Amber": the colour it moved to
    const moved = rules.RAG_MOVE?.exec(status);
    // "AMBER/RED - tender slipped": two colours typed as one rating, the worse of the two, as in a RAG cell
    const pair = moved ? null : TWO_COLOURS_OPENING.exec(status);
    const word = moved ? moved[1] : pair ? `${pair[1]}/${pair[2]}` : (m[1] ?? m[2] ?? m[3]);
    const colour = ragWord(rules, word.toLowerCase());
    if (colour) leading = { colour, word: `"${word}"` };
  }
  // a colour given as a rating further on ("Rated amber at last Board", "Moved from red to amber")
  const found = leading || !rules.RATED_RAG || !mayRate(status, rules) ? null : rules.RATED_RAG.exec(status);
  // "will be rated green by July": a rating still to come is not the rating now
  const rated = found && !rules.RATING_TO_COME?.test(status.slice(Math.max(0, found.index - 30), found.index)) ? found : null;
  if (rated) {
    // a colour word, or a letter after "rated" ("Rated A")
    const named = rated[2] ?? rated[1];
    const colour = ragWord(rules, named.toLowerCase());
    const said = rated[0].trim();
    if (colour) leading = { colour, word: `"${said.startsWith('(') ? `(${named})` : said}"` };
  }
  // a colour ending the status ("... - GREEN", "... in May. G"): read on its last characters only
  if (!leading && !rated && rules.TRAILING_RAG && mayTrail(status, rules)) {
    const end = rules.TRAILING_RAG.exec(status.slice(-(rules.TRAILING_RAG_REACH ?? 24)));
    // a letter is a rating only in capitals ("... in May. G", not "Done. a")
    const named = end ? (end[1] ?? (end[2] === end[2].toUpperCase() ? end[2] : undefined)) : undefined;
    const colour = named ? ragWord(rules, named.toLowerCase()) : undefined;
    if (colour) leading = { colour, word: `"${named}"` };
  }
  // the words after a RAG word the status opens with are its phrases ("Green - complete" says complete)
  const words = m && leading ? status.slice(m[0].length).trim() : '';
  const phrases = empty || seeAbove ? null : analyse(words !== '' ? words : status, rules);
  return new Reading(
    status,
    empty,
    seeAbove,
    leading,
    phrases,
    latest ? { label: latest.label, count: latest.count, unchanged: latest.unchanged } : null,
    spelt ? spelt.corrections : NO_CORRECTIONS,
    rules,
  );
}

/**
 * The default rules' patterns for how a status opens (saying nothing, "See above", a RAG word), as one pattern that
 * matches where any of them does: all are anchored at the start and case-insensitive.
 */
const DEFAULT_OPENINGS = new RegExp(
  [defaults.EMPTY_LIKE, defaults.NO_UPDATE, defaults.SEE_ABOVE, defaults.LEADING_RAG].map((p) => `(?:${p.source})`).join('|'),
  'i',
);

/**
 * False when the default `TRAILING_RAG` cannot match: the status's last word, before any white space, "." or "!" that
 * close it, is no colour word nor a letter of one (most statuses end otherwise: one look at their end says so, and
 * the pattern is not run). A rule of one's own is always tried.
 * @example mayTrail('Campaign ran in October - GREEN.', rules) // true
 */
function mayTrail(status: string, rules: StatusRules): boolean {
  if (rules.TRAILING_RAG !== defaults.TRAILING_RAG) return true;
  let end = status.length;
  for (let c = status.charCodeAt(end - 1); end > 0 && (c === 46 || c === 33 || isWhiteSpace(c)); c = status.charCodeAt(end - 1)) end--;
  let start = end;
  for (let c = status.charCodeAt(start - 1); start > 0 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)); c = status.charCodeAt(start - 1)) start--;
  // (a colour or its letter follows white space, a dash or a colon: the letters before it are not part of it)
  return end - start <= 5 && TRAILING_WORDS.has(status.slice(start, end).toLowerCase());
}

/**
 * False when the default `RATED_RAG` cannot match: each match holds "rated" or a colour word that ends a word, and the
 * status holds neither (most do not). A rule of one's own is always tried.
 */
function mayRate(status: string, rules: StatusRules): boolean {
  return rules.RATED_RAG !== defaults.RATED_RAG || RATING_WORDS.test(status);
}

/** What every match of the default `RATED_RAG` holds: "rated" (a letter after it), or a colour word at a word's end. */
const RATING_WORDS = /rated|(?:red|amber|green|blue)(?![a-z0-9_])/i;

/** The words and letters `TRAILING_RAG` reads as a colour ending a status. */
const TRAILING_WORDS = new Set(['red', 'amber', 'green', 'blue', 'r', 'a', 'g', 'b']);

/** True when the rules read a status's opening with the default patterns (then `DEFAULT_OPENINGS` stands for them). */
function usesDefaultOpenings(rules: StatusRules): boolean {
  return (
    rules.EMPTY_LIKE === defaults.EMPTY_LIKE &&
    rules.NO_UPDATE === defaults.NO_UPDATE &&
    rules.SEE_ABOVE === defaults.SEE_ABOVE &&
    rules.LEADING_RAG === defaults.LEADING_RAG
  );
}

/** A status text's reading, whose key is built when first asked for (then kept): a plan whose statuses are distinct row to row never asks. */
class Reading implements StatusTextReading {
  private keyText: string | null | undefined = undefined;
  private waitingText: string | null | undefined = undefined;
  private toComeText: string | null | undefined = undefined;
  private missedText: string | null | undefined = undefined;

  constructor(
    readonly status: string,
    readonly empty: boolean,
    readonly seeAbove: boolean,
    readonly leading: StatusTextReading['leading'],
    readonly phrases: TextReading | null,
    readonly update: StatusTextReading['update'],
    readonly corrections: readonly string[],
    private readonly rules: StatusRules,
  ) {}

  /**
   * The words saying only what is awaited or still to be arranged (see `waitingWords`), worked out when first asked
   * for (only a status beside no date is asked), then kept; null for a status that says more, or nothing.
   */
  get waiting(): string | null {
    if (this.waitingText === undefined) this.waitingText = this.phrases ? waitingWords(this.status, this.phrases, this.rules) : null;
    return this.waitingText;
  }

  /** The words saying only what is still to be done (see `toComeWords`), worked out when first asked for, then kept. */
  get toCome(): string | null {
    if (this.toComeText === undefined) this.toComeText = this.phrases ? toComeWords(this.status, this.phrases, this.rules) : null;
    return this.toComeText;
  }

  /** The round of recurring work said missed (see `MISSED_ROUND`), worked out when first asked for, then kept. */
  get missed(): string | null {
    if (this.missedText === undefined) {
      const m = this.phrases && mayMiss(this.status, this.rules) ? this.rules.MISSED_ROUND.exec(this.status) : null;
      // (not when later words say the work is back on track: "Aug missed due to holidays - back on track.")
      this.missedText = m && !this.rules.ON_TRACK.test(this.status.slice(m.index + m[0].length)) ? phraseOn(this.status, m) : null;
    }
    return this.missedText;
  }

  get key(): string | null {
    if (this.keyText === undefined) {
      const key = keyOf(this.status, this.seeAbove, this.leading, this.phrases, this.waiting, this.toCome, this.missed);
      const updated = key !== null && this.update ? key + part('u', `${this.update.count}|${this.update.label}|${this.update.unchanged ?? ''}`) : key;
      this.keyText = updated !== null && this.corrections.length > 0 ? updated + part('s', this.corrections.join('|')) : updated;
    }
    return this.keyText;
  }
}

/**
 * False when the default `MISSED_ROUND` cannot match: every match of it ends with "not" and a space or with "missed"
 * (`MISSED_WORDS`), and the text holds neither (most do not: one quick test says so). A rule of one's own is always
 * tried.
 */
function mayMiss(status: string, rules: StatusRules): boolean {
  return rules.MISSED_ROUND !== defaults.MISSED_ROUND || MISSED_WORDS.test(status);
}

/** The words every match of the default `MISSED_ROUND` holds (its last part: "not" before what was not done, or "missed"). */
const MISSED_WORDS = /not\s|missed/i;

/**
 * A reading's key (see `StatusTextReading.key`): a flag (`p`/`n`: the phrases, and whether they say the work goes
 * on; `e`: an empty status), then each part that is there, tagged and with its length, so that no two readings share
 * a key. A part left out costs nothing: most statuses hold one phrase, and their key is made of a few pieces (a
 * place for every part made a dozen joined texts per row).
 */
function keyOf(
  status: string,
  seeAbove: boolean,
  leading: StatusTextReading['leading'],
  phrases: TextReading | null,
  waiting: string | null,
  toCome: string | null,
  missed: string | null,
): string | null {
  if (seeAbove) return null;
  let key = leading ? part('L', leading.colour) + part('W', leading.word) : '';
  if (!phrases) return `e${key}${part('s', status)}`;
  key = phrases.inProgress ? `p${key}` : `n${key}`;
  if (phrases.lead !== null) key += part('l', phrases.lead);
  if (phrases.claim !== null) key += part('c', phrases.claim);
  if (phrases.red !== null) key += part('r', phrases.red);
  if (phrases.amber !== null) key += part('a', phrases.amber);
  if (phrases.negated !== null) key += part('n', phrases.negated);
  if (phrases.closed !== null) key += part('x', phrases.closed);
  if (phrases.short !== null) key += part('t', phrases.short);
  if (phrases.held !== null) key += part('h', phrases.held.done) + part('b', phrases.held.by);
  if (phrases.beside !== null) key += part('o', `${phrases.beside.toTarget ? 't' : ''}|${phrases.beside.underWay ?? ''}`);
  if (waiting !== null) key += part('w', waiting);
  if (toCome !== null) key += part('f', toCome);
  if (missed !== null) key += part('m', missed);
  return key;
}

/** A part of a reading's key: its tag, its length and itself. */
function part(tag: string, x: string): string {
  return `${tag}${x.length}:${x}`;
}

/**
 * Classifies a status already read (`readStatusText`) with the rest of the row: the same as `classifyStatus`.
 */
export function classifyRead(read: StatusTextReading, input: StatusInput): StatusAssessment {
  const rules = input.rules ?? defaults;
  const { timescale, asOf } = input;
  const pastDue = timescale.kind === 'date' && timescale.due !== null && timescale.due < asOf;
  const dueText = timescale.due ? formatUkDate(timescale.due) : '';
  // (ongoing work cannot be finished: a key whose green means done, "Completed to time scale", says of it only that it
  // is on schedule)
  const explicit = readExplicit(input.rag ?? '', read, input.colours, rules, input.colourKey, timescale.kind === 'recurring', input.ragMeaning);
  const fromText = fromStatusText(read, input, pastDue, dueText);

  // the reasons are made at their size (they are kept with the verdict, which rows share: a list pushed onto from
  // empty grows to seventeen places at its first push)
  let reasons: string[];
  let state: RagState;
  let contradiction: string | null = null;
  if (explicit && explicit.where === 'the status' && explicit.colour === 'green' && fromText.state === 'complete') {
    // "Green - complete" in one cell: the board's green for done, not a contradiction
    state = 'complete';
    reasons = [`the status says ${explicit.word} and ${fromText.reasons[0]}`];
  } else if (
    explicit &&
    explicit.colour === 'green' &&
    // (not a green the plan's key says only means "in progress": the board says the work goes on)
    !explicit.progress &&
    fromText.state === 'complete' &&
    input.timescale.kind !== 'recurring' &&
    (input.colourKey?.greenDone ||
      read.phrases?.lead != null ||
      (input.greenIsBest && (input.doneInColumn || wholeDone(read, rules) || (pastDue && !workContinues(read, rules)))))
  ) {
    // a status opening with a completion word ("Complete.", "Completed April 2023"); or a plan whose key makes green
    // cover work done ("Green – completed or on track"), or that rates green at best and records the row done (a
    // completion column's "Date achieved: January 2013", or a status that is one claim that the whole was done, "Full
    // compliance achieved."), or keeps it green past its due date with the work reported done ("Learning event held on
    // 14 November"): its
    // green is the work delivered, not a contradiction (a green beside a step reported, "Guidance issued", stays on
    // track: boards keep an action green and open while its work goes on)
    // (and in a plan that has a colour for complete, a status opening "Completed April 2023." beside a green says the
    // work was done and the rating was not moved on: complete, the rating flagged)
    state = 'complete';
    const greenBest = input.colourKey?.greenDone || input.greenIsBest;
    const why = input.colourKey?.greenDone ? "the plan's key makes green cover work done" : "the plan's RAG has no colour for complete";
    reasons = [greenBest ? `${explicit.where} says ${explicit.word} and ${fromText.reasons[0]} (${why})` : `${fromText.reasons[0]}`];
    if (!greenBest) {
      contradiction = `marked ${explicit.word.startsWith('"') ? explicit.colour : `${explicit.colour} (${explicit.word})`} but the status says it was done: the rating was not moved on`;
      reasons = reasons.concat(contradiction);
    }
  } else if (explicit && explicit.progress && explicit.colour === 'green' && pastDue && fromText.state === 'complete') {
    // a colour the plan's key says only means "in progress", past its date, beside words claiming a part done ("Website
    // done. Prospectus not reprinted until Sept."): the board says the work still goes on, and it is late
    state = 'amber';
    reasons = [`${explicit.where} says ${explicit.word}, still in progress past its date (${dueText})`, ...fromText.reasons];
  } else if (explicit && explicit.progress && (fromText.state === 'amber' || fromText.state === 'red')) {
    // a colour the plan's key says only means "in progress": words saying the work slipped or stopped decide (with no
    // words, past its date: the work the colour says goes on is late, amber, not work never begun)
    state = fromText.state === 'red' && read.empty ? 'amber' : fromText.state;
    reasons = [`${explicit.where} says ${explicit.word}`, ...fromText.reasons];
  } else if (
    explicit &&
    explicit.colour === 'red' &&
    (input.colourKey?.redNotStarted || input.ragMeaning === 'not started') &&
    !pastDue &&
    // (nothing said, or words that say no more than that an update was given: "On the 2014/15 audit programme.")
    (fromText.state === 'none' || (fromText.state === 'green' && fromText.reasons[0].startsWith('update given')))
  ) {
    // red where the plan's key says red is "not started", on work not yet due that nothing says has begun: not started
    state = 'none';
    reasons = [`${explicit.where} says ${explicit.word}, not started in the plan's key`, ...fromText.reasons];
  } else if (explicit) {
    state = explicit.colour === 'blue' ? 'complete' : explicit.colour;
    const says = `${explicit.where} says ${explicit.word}`;
    contradiction = contradictionOf(explicit.colour, fromText.state, pastDue, dueText, fromText.reasons, explicit.word);
    reasons = contradiction ? [says, contradiction] : [says];
  } else {
    state = fromText.state;
    // the text's verdict is made for this call: its list is taken, not copied
    reasons = fromText.reasons;
    if (fromText.contradiction) {
      contradiction = fromText.contradiction;
      reasons = reasons.concat(contradiction);
    }
  }

  // a log of dated updates: say which was read
  // say which words were read as others ("Complted" as "completed")
  if (read.corrections.length > 0) reasons = reasons.concat(`read ${read.corrections.join(', ')}`);
  if (read.update) {
    const { count, label, unchanged } = read.update;
    reasons = reasons.concat(
      unchanged
        ? `read the latest of ${count} dated updates in the status cell that says more than "no change" (${label}; ${unchanged} says no change)`
        : `read the latest of ${count} dated updates in the status cell (${label})`,
    );
  }
  // the board's colour stands, but an action whose text says it is complete is not overdue
  // (nor one done whose closing alone is awaited)
  const overdue = pastDue && state !== 'complete' && fromText.state !== 'complete' && !fromText.closureAwaited;
  const daysOverdue = overdue && timescale.due ? daysBetween(timescale.due, asOf) : null;
  // at most one of these is said: only a dated timescale is ever past due
  if (overdue && !mentions(reasons, 'days past')) reasons = reasons.concat(`due ${dueText}, ${daysOverdue} days past`);
  if (timescale.kind === 'recurring' && !mentions(reasons, 'recurring')) reasons = reasons.concat(`recurring (${timescale.recurrence}): never overdue`);
  if (timescale.kind === 'event' && !mentions(reasons, 'event')) reasons = reasons.concat(`event-driven (${timescale.event}): never overdue`);
  return {
    state,
    reasons,
    explicit: explicit?.colour ?? null,
    ...(explicit?.progress ? { explicitInProgress: true } : {}),
    ragSource: explicit?.source ?? null,
    contradiction,
    overdue,
    daysOverdue,
    closed: fromText.closed,
  };
}

/** A share of the work given as done, above nothing ("52% of health assessments"), not a target ("target 80%"). */
const SHARE_DONE = /(?<!\b(?:target|aim|goal)(?:\s+of)?\s+)\b(\d{1,2}(?:\.\d+)?)\s?%/i;

/** True when one of the reasons holds the words. */
function mentions(reasons: readonly string[], words: string): boolean {
  for (let i = 0; i < reasons.length; i++) if (reasons[i].includes(words)) return true;
  return false;
}

interface TextVerdict {
  state: RagState;
  reasons: string[];
  contradiction?: string | null;
  closed: string | null;
  /** The work is done and only its closing is awaited ("Completed – awaiting closure"): not late, though past due. */
  closureAwaited?: boolean;
}

function verdict(state: RagState, reason: string, closed: string | null = null): TextVerdict {
  return { state, reasons: [reason], closed };
}

function fromStatusText(read: StatusTextReading, input: StatusInput, pastDue: boolean, dueText: string): TextVerdict {
  const status = read.status;
  const rules = input.rules ?? defaults;
  const recurring = input.timescale.kind === 'recurring';
  const percent = input.percent ?? null;
  // work said to be under way but not done ("Completed - awaiting evidence", a step beside 60% complete): on the way
  // before the due date, late after it
  const notDoneYet = (why: string): TextVerdict =>
    pastDue ? verdict('amber', `past due (${dueText}); ${why}`) : verdict('green', input.timescale.kind === 'date' ? `${why}; due ${dueText}` : why);
  if (read.empty) {
    // a percentage is an update of its own: 100% with no words is complete; a part is progress, no band invented
    if (percent !== null && percent >= 100) return verdict('complete', `${formatPercent(percent)} complete`);
    if (percent !== null && percent > 0) {
      if (pastDue) return verdict('amber', `past due (${dueText}) and ${formatPercent(percent)} complete`);
      return verdict('green', `${formatPercent(percent)} complete${input.timescale.due ? `; due ${dueText}` : ''}`);
    }
    const what = status === '' ? 'no status' : `status "${status}"`;
    if (pastDue) return verdict('red', `past due (${dueText}) with ${what}`);
    return verdict('none', input.timescale.due ? `${what}; not yet due (${dueText})` : `${what}`);
  }
  if (read.seeAbove) {
    if (input.above) return verdict(input.above.state, `"${status.slice(0, 20)}": takes the row above (${input.above.state})`);
    return verdict(pastDue ? 'amber' : 'green', `"${status.slice(0, 20)}" but no row above`);
  }
  const t = read.phrases!;
  // words saying only that nothing was done ("Not progressed", "Not achieved"), and the share of the work they give
  // as done all the same ("52% of ...")
  const nothingDone = t.red !== null && rules.NOTHING_DONE.test(t.red);
  const share = nothingDone ? SHARE_DONE.exec(status) : null;
  const shareDone = share && share[1] !== '0' ? share[0].trim() : null;
  // a part done before a part named not started ("Mapping complete. Commissioning of the gaps not started.")
  // (or beside words saying the work is under way: "In progress. Legal advice received May. DPIA not yet started.")
  const partDone = t.red !== null && isNotStarted(t.red, rules) ? (partDoneBeside(status, t.red, rules) ?? t.beside?.underWay ?? null) : null;
  let out: TextVerdict;
  if (t.closed !== null) out = verdict('complete', `closed: "${t.closed}" (no longer an open action)`, t.closed);
  else if (t.lead !== null) out = verdict('complete', `status opens with "${t.lead}"`);
  else if (t.claim !== null) {
    // (a recurring action's round done, then a later round said missed: "Q2 data presented Nov. Q3 data not received")
    const missedAfter = recurring && read.missed !== null && status.indexOf(read.missed) > status.indexOf(t.claim);
    out = missedAfter
      ? verdict('amber', `status says a round was missed ("${read.missed}") after "${t.claim}"`)
      : recurring
        ? verdict('green', `"${t.claim}": done so far; the action recurs`)
        : verdict('complete', `"${t.claim}" says it was done`);
  } else if (input.doneAsAsked && saysNothingElse(t) && !rules.BLOCKERS.test(status) && !rules.PARTIAL.test(status)) {
    // "Quality group established" for "Establish a quality group": the thing the action asked for is done
    const said = `"${clip(input.doneAsAsked)}": what the action asked for is done`;
    out = recurring ? verdict('green', `${said} so far; the action recurs`) : verdict('complete', said);
  } else if (partDone !== null) {
    // "Mapping complete. Commissioning of the gaps not started.": one part done, another not begun: part done (amber past
    // due, on track before), not nothing done
    out = pastDue
      ? verdict('amber', `past due (${dueText}); "${partDone}" but "${t.red}": part done`)
      : verdict('green', `"${partDone}" but "${t.red}": part done${dueText ? `; due ${dueText}` : ''}`);
  } else if (shareDone !== null)
    // "Not achieved. SDQ scores now shared for 52% of health assessments": the target missed, part of the work done
    out = verdict('amber', `status says "${t.red}" but gives part done (${shareDone})`);
  // (before the due date, "Not yet started", or nothing done and put off to a date not yet come, is not red)
  else if (t.red !== null && (pastDue || !(isNotStarted(t.red, rules) || (nothingDone && t.amber !== null && rules.PUT_OFF.test(t.amber)))))
    out = verdict('red', `status says "${t.red}"`);
  else if (t.amber !== null) out = verdict('amber', `status says "${t.amber}"`);
  // "Not yet started (starts Q4)" before the due date: not started, as an empty status is
  else if (t.red !== null) out = verdict('none', `status says "${t.red}"; not yet due${dueText ? ` (${dueText})` : ''}`);
  // "82% against a target of 90%": the figure it gives is short of the target it states (before a deadline still to
  // come, with words saying the work goes on or the rest is on its way, the way to it: "In progress. 86% against a
  // target of 100%" three weeks before the date, "88% ... against our 95% target; the rest booked onto the March
  // sessions"; a figure alone, "Compliance 72% (target 80%)", is short now)
  // (or the board's word that the work is on track to it: "On target. 79% against a target of 85%")
  else if (
    t.short !== null &&
    input.timescale.kind === 'date' &&
    !pastDue &&
    dueText &&
    (t.inProgress || t.beside?.toTarget || (rules.REST_TO_COME?.test(status) ?? false))
  )
    out = verdict('green', `status gives ${t.short}: short of the target, the work goes on, not yet due (${dueText})`);
  else if (t.short !== null) out = verdict('amber', `status gives ${t.short}: the target is not met`);
  // "Awaiting the statutory guidance", "Updates to be scheduled in as required": with no date and nothing under way or
  // done, nothing has started
  // (or waiting for the event it depends on: "Awaiting the Government's response" beside "Dependent on the DfE response")
  else if (
    (input.timescale.kind === 'none' ||
      input.timescale.kind === 'event' ||
      input.timescale.kind === 'recurring' ||
      (input.timescale.kind === 'date' && !pastDue)) &&
    read.waiting !== null &&
    // (not beside a share of the work done: "Waiting on someone else" at 50% complete is under way, held up)
    !(percent !== null && percent > 0)
  )
    out = verdict(
      'none',
      `status says only what is awaited or still to be arranged ("${read.waiting}"), ${input.timescale.kind === 'date' ? `not yet due (${dueText})` : 'with no date'}: not started`,
    );
  // "Procedure to be written.": nothing done yet; not started before the due date, red after it (a recurring action's
  // next round still to come is not this)
  else if (!recurring && read.toCome !== null)
    out = pastDue
      ? verdict('red', `past due (${dueText}) and the status says only what is still to be done ("${read.toCome}")`)
      : verdict(
          'none',
          `status says only what is still to be done ("${read.toCome}")${input.timescale.kind === 'date' ? `, not yet due (${dueText})` : ''}: not started`,
        );
  // a round of recurring work gone by without it ("May audit not completed - capacity"): slipping, though a recurring
  // action is never overdue
  else if (recurring && read.missed !== null) out = verdict('amber', `status says a round was missed ("${read.missed}")`);
  // "partially complete", "not yet complete": at risk once past due, on the way before
  // (the whole status denying the outcome, "Not Yet Delivered": nothing said done, past due, red as "Not started" is)
  else if (t.negated !== null && pastDue && rules.NOT_DONE_ALONE.test(status))
    out = verdict('red', `past due (${dueText}) and status says only "${t.negated}": nothing said done`);
  else if (t.negated !== null && pastDue) out = verdict('amber', `past due (${dueText}) and status says "${t.negated}"`);
  else if (t.negated !== null) out = verdict('green', `status says "${t.negated}": not complete, not yet due${dueText ? ` (${dueText})` : ''}`);
  else if (t.held !== null && rules.CLOSURE_AWAITED.test(t.held.by)) {
    // "Completed – awaiting closure at PSIG": the work is done and only a body's closing of it is awaited: open, not late
    out = { ...verdict('green', `"${clip(t.held.done)}" and "${t.held.by}": done, its closure awaited (open, not late)`), closureAwaited: true };
  } else if (t.held !== null) {
    // "Completed - awaiting evidence": not done yet, and the reason says what holds it back
    out = notDoneYet(`"${clip(t.held.done)}" but "${t.held.by}": not done yet`);
  } else if (pastDue) out = verdict('amber', `past due (${dueText}) and the status does not say complete`);
  else if (input.timescale.kind === 'date') out = verdict('green', `update given; due ${dueText}`);
  else out = verdict('green', 'update given and nothing says it is off track');
  // 100% beside words that only tell the story ("Reconciliations in place since October"): complete
  if (percent !== null && percent >= 100 && out.state !== 'complete' && t.red === null && t.amber === null && t.negated === null && !t.inProgress) {
    return verdict('complete', `${formatPercent(percent)} complete`);
  }
  // a percentage complete that the words contradict ("In progress" beside 100%)
  if (percent !== null && percent >= 100 && out.state !== 'complete') {
    out.contradiction = `${formatPercent(percent)} complete but the status says otherwise (${out.reasons[0]})`;
  } else if (percent !== null && percent < 100 && out.state === 'complete' && out.closed === null) {
    // a subject said to be done ("Supplier appointed; go-live moved to March") beside a percentage short of 100: the
    // plan's own measure says the action is not done, and the words name a step of it
    if (t.claim !== null && t.lead === null) {
      return notDoneYet(`"${clip(t.claim)}" but the plan gives ${formatPercent(percent)} complete: a step, not the action done`);
    }
    out.contradiction = `the status says complete but the plan gives ${formatPercent(percent)} complete`;
  }
  return out;
}

/**
 * The last sentence of a narrative when it says the work was done: the latest word on it. A completion word opening
 * it counts whatever came before ("Delayed by sickness. Now completed."); a subject said to be done ("... The
 * protocol was completed in December and signed off by the Board in January.") counts only when nothing before it
 * is a slip or a red phrase, nor words saying the work goes on (`clear`): "Behind schedule. Steering group convened in
 * May" and "In progress. Audit tool agreed" report a step. In one sentence whose first clause ends at a semicolon or
 * a dash, the clause after it is read so. Null for a
 * status of one sentence, or a last sentence that holds something still to do, a slip or a red phrase.
 * @example latestClaim('Group met in October. Protocol signed off in January.', 'Group met in October.', true, rules) // 'Protocol signed off in January.'
 */
function latestClaim(status: string, first: string, clear: boolean, rules: StatusRules): string | null {
  // the last sentence; or, in one sentence whose first clause ends at a semicolon or a dash, the clause after it
  // ("Procedure reviewed; revised version approved by UEB in January and published")
  let at = lastSentenceStart(status);
  if (at < first.length && endsInBreak(first)) at = first.length;
  if (at < first.length || at >= status.length) return null;
  const last = status.slice(at).trimStart();
  const says = rules.COMPLETE_LEAD.test(last) || (clear && mayClaim(last, rules) && rules.COMPLETE_CLAIM.test(last));
  if (!says || rules.BLOCKERS.test(last) || slipsOrRed(last, rules)) return null;
  return last.trim();
}

/**
 * True when words after the claim of work done say the work goes on (`WORK_CONTINUES`): "Policy launched in March
 * 2015; audits continue each quarter".
 */
function workContinues(read: StatusTextReading, rules: StatusRules): boolean {
  const claim = read.phrases?.claim;
  const at = claim ? read.status.indexOf(claim) : -1;
  return rules.WORK_CONTINUES.test(at < 0 ? read.status : read.status.slice(at + claim!.length));
}

/** True when the whole status is one claim that the whole was done (`WHOLE_DONE`): "Full compliance achieved.". */
function wholeDone(read: StatusTextReading, rules: StatusRules): boolean {
  const claim = read.phrases?.claim;
  return claim != null && claim.length >= read.status.trim().length - 1 && rules.WHOLE_DONE.test(claim);
}

/**
 * The sentence saying what the action set up has run since a date gone by (`RUNNING_SINCE`), when nothing says the
 * work is in trouble (`clear`) and no blocker follows; else null.
 * @example runningSince('Sign-off is now built into the system, live in all regions since December 2020.', true, rules) // 'Sign-off is now built into the system, live in all regions since December 2020.'
 */
function runningSince(status: string, clear: boolean, rules: StatusRules): string | null {
  const m = clear && rules.RUNNING_SINCE ? rules.RUNNING_SINCE.exec(status) : null;
  if (!m || rules.BLOCKERS.test(status)) return null;
  const from = status.lastIndexOf('. ', m.index) + 1;
  const to = status.indexOf('.', m.index + m[0].length);
  return status.slice(from, to < 0 ? status.length : to + 1).trim();
}

/**
 * The words after a step done that say the work goes on or is still to come ("project plan in development", "action
 * plan to be developed"), quoted as found; null when they say neither, or name an ongoing duty ("monitoring ongoing").
 * @example workGoesOn(' action plan to be developed', rules) // 'to be developed'
 */
function workGoesOn(rest: string, rules: StatusRules): string | null {
  if (rules.ONGOING_DUTY?.test(rest)) return null;
  const m = rules.IN_PROGRESS?.exec(rest) ?? rules.STILL_TO_COME.exec(rest);
  return m ? phraseOn(rest, m) : null;
}

function formatPercent(p: number): string {
  return `${Math.round(p * 10) / 10}%`;
}

function readExplicit(
  ragText: string,
  read: StatusTextReading,
  colours: CellColours | undefined,
  rules: StatusRules,
  key: StatusInput['colourKey'],
  recurring = false,
  ragMeaning?: StatusInput['ragMeaning'],
): Explicit | null {
  if (ragText !== '') {
    const colour = ragCellColour(ragText, rules);
    if (colour) {
      const explicit: Explicit = { colour, word: `"${collapse(ragText)}"`, where: 'the RAG column', source: 'text' };
      return ragMeaning === 'in progress' ? { ...explicit, progress: true } : explicit;
    }
  }
  // most rows have no colours: only the status's own words are read
  if (!colours) return read.leading ? { colour: read.leading.colour, word: read.leading.word, where: 'the status', source: 'text' } : null;
  const ragFill = cellColour(keyed(colourRag(colours.ragFill), key, recurring), 'the RAG cell colour', 'fill');
  if (ragFill) return ragFill;
  const ragFont = cellColour(keyed(colourRag(colours.ragFont, { font: true }), key, recurring), 'the RAG cell colour', 'font colour');
  if (ragFont) return ragFont;
  if (read.leading) return { colour: read.leading.colour, word: read.leading.word, where: 'the status', source: 'text' };
  return (
    cellColour(keyed(colourRag(colours.statusFill), key, recurring), 'the status cell colour', 'fill') ??
    cellColour(keyed(colourRag(colours.statusFont, { font: true }), key, recurring), 'the status cell colour', 'font colour')
  );
}

/**
 * A cell's colour as the board's explicit RAG: the colour, as it is said ("green (fill 00B050)", "red (text colour
 * FF0000)"), where and how it was given; null for a cell whose colour says nothing.
 */
function cellColour(reading: (ColourReading & { progress?: boolean }) | null, where: string, source: 'fill' | 'font colour'): Explicit | null {
  if (!reading) return null;
  const word = `${reading.name} (${source === 'fill' ? 'fill' : 'text colour'} ${reading.hex})`;
  return { colour: reading.colour, word, where, source, progress: reading.progress };
}

/**
 * A cell colour read through the plan's key, where the key gives its colour another meaning: a green fill under "Green
 * – complete" is complete, and its name says so ("green, complete in the plan's key"); else the reading as it is.
 * @example keyed(colourRag('00B050'), new Map([['green', 'blue']]))?.colour // 'blue'
 */
function keyed(reading: ColourReading | null, key: StatusInput['colourKey'], recurring = false): (ColourReading & { progress?: boolean }) | null {
  // (read by its name first: a key may tell yellow from orange, both amber)
  const by = reading && key && key.size > 0 ? (key.has(reading.name) ? reading.name : reading.colour) : undefined;
  const meant = by !== undefined ? key!.get(by) : undefined;
  if (!meant || meant === reading!.colour) return reading;
  if (recurring && meant === 'blue' && reading!.colour === 'green') return { ...reading!, name: `${reading!.name}, on schedule (ongoing work)` };
  const progress = key!.inProgress?.has(by!) === true;
  return { colour: meant, name: `${reading!.name}, ${progress ? 'in progress' : KEY_MEANING[meant]} in the plan's key`, hex: reading!.hex, progress };
}

/** An explicit RAG and where it was given; `progress` when the plan's key says the colour only means work going on. */
interface Explicit {
  colour: RagColour;
  word: string;
  where: string;
  source: RagSource;
  progress?: boolean;
}

/** What a colour stands for when a plan's key gives another colour its meaning. */
const KEY_MEANING: Readonly<Record<RagColour, string>> = { blue: 'complete', green: 'on track', amber: 'amber', red: 'red' };

/**
 * The part of the work a status counts (`partCount`), unless the status opens with a completion word in a sentence of
 * its own and the count comes after it: then the count is a figure of the work done, not the part of it done.
 * @example countAfterLead('3 of 5 audits completed', rules) // '3 of 5'
 * @example countAfterLead('Completed. Health present at 14 of 16 discussions.', rules) // null
 */
function countAfterLead(status: string, rules: StatusRules): string | null {
  const counted = partCount(status, rules);
  if (counted === null) return null;
  return afterLead(status, status.lastIndexOf(counted), rules) ? null : counted;
}

/**
 * True when the status opens with a completion word in a sentence of its own ("Completed.", "Done!") and `at` is after
 * that sentence: what is said there is how the work was done, not a part of it still to do.
 * @example afterLead('Completed. First meeting held in May.', 11, rules) // true
 */
function afterLead(status: string, at: number, rules: StatusRules): boolean {
  const lead = rules.COMPLETE_LEAD.exec(status);
  if (lead === null) return false;
  const first = firstSentence(status);
  return /[.!]$/.test(first) && lead.index < first.length && at >= first.length;
}

/** A part-done phrase that names a first step ("First meeting held", "Phase 1 complete"), not a share of the work. */
const FIRST_STEP = /^(?:first|initial|phase|stage)\b/i;

/** A part-done phrase that gives a share as a figure ("85% of practitioners have attended", "delivered to 80% of staff"). */
const SHARE = /\d\s?%/;

/** What the status text says, read once per distinct text. */
interface TextReading {
  readonly lead: string | null;
  readonly claim: string | null;
  readonly red: string | null;
  readonly amber: string | null;
  readonly negated: string | null;
  readonly closed: string | null;
  /** The figure given against a target it falls short of ("82% against a target of 90%"), else null. */
  readonly short: string | null;
  /**
   * A completion word or claim that later words hold back ("Completed - awaiting evidence", "Criteria agreed; budget
   * to be confirmed"): both as found, to say why it is not done; else null.
   */
  readonly held: { readonly done: string; readonly by: string } | null;
  /** True when the words say the work is still going on ("In progress", "ongoing"). */
  readonly inProgress: boolean;
  /** What the words say of the work beside a figure short of its target or a part not started (`beside`). */
  readonly beside: Beside | null;
}

/**
 * What the words say of the work beside what would otherwise decide, read here so that rows sharing a reading (its
 * key) read alike: that it is on track, beside a figure short of its target ("On target. 79% against a target of
 * 85%"); the words saying the work is under way before a part named not started ("In progress. DPIA not yet
 * started").
 */
interface Beside {
  readonly toTarget: boolean;
  readonly underWay: string | null;
}

/** `Beside` for the phrases found, or null when none of it holds (most statuses: each test runs only when it may). */
function besideOf(status: string, red: string | null, short: string | null, rules: StatusRules): Beside | null {
  const toTarget = short !== null && rules.ON_TRACK.test(status);
  const underWay = red !== null && isNotStarted(red, rules) ? partUnderWay(status, red, rules) : null;
  return toTarget || underWay !== null ? { toTarget, underWay } : null;
}

function analyse(status: string, rules: StatusRules): TextReading {
  // (a count of part of the work, "3 of 5 audits completed", is part done; after a completion word and a full stop it
  // is a figure of the work done, as a blocker there is: "Completed (Y). Health present at 14 of 16 discussions.")
  // (so is a first step after it: "Completed. First meeting held on 19 September with eight members"; not "Complete.
  // Partially implemented in two schools", which says the work is not all done)
  const partial = rules.PARTIAL?.exec(status) ?? null;
  // (and so is a share after it: "Complete. 85% of practitioners have attended.", the reach of the work done)
  const firstStepDone = partial !== null && (FIRST_STEP.test(partial[0]) || SHARE.test(partial[0])) && afterLead(status, partial.index, rules);
  const negated = rules.NOT_COMPLETE.exec(status)?.[0] ?? (firstStepDone ? null : partial?.[0]) ?? countAfterLead(status, rules);
  // "Not yet started" says more only once due: a red phrase after it ("Not started - off track") is the one read
  const firstRed = rules.RED.exec(status);
  const red = firstRed && isNotStarted(firstRed[0], rules) ? (rules.RED.exec(status.slice(firstRed.index + firstRed[0].length)) ?? firstRed) : firstRed;
  const slip = undenied(rules.AMBER, status, rules.AMBER_DENIED_BEFORE);
  const amber = slip && recovered(status, slip, rules) ? null : slip;
  const inProgress = rules.IN_PROGRESS?.test(status) ?? false;
  const short = shortOfTarget(status, rules);
  // "not complete", "partially implemented": no completion word, claim or closing word counts, and none is read
  if (negated)
    return {
      lead: null,
      claim: null,
      red: red ? red[0] : null,
      amber: amber ? amber[0] : null,
      negated,
      closed: null,
      short,
      inProgress,
      held: null,
      beside: besideOf(status, red ? red[0] : null, short, rules),
    };
  const lead = rules.COMPLETE_LEAD.exec(status);
  const first = firstSentence(status);
  const rest = status.slice(first.length);
  // blockers anywhere ("Draft complete, awaiting sign off"); slippage or red words after the claim
  // a step done with the work going on, or still to come, in the same breath ("Scoping completed; project plan in
  // development", "Initial meeting held – scoping under way", "Audit completed; action plan to be developed") is not
  // the action done; ongoing monitoring after it is ("Audit complete; monitoring ongoing")
  const claimed = mayClaim(first, rules) && rules.COMPLETE_CLAIM.test(first);
  // (or in the same sentence, after the claim's verb: "Scoping is complete and the framework is being drafted")
  const goesOn = (endsInBreak(first) ? workGoesOn(rest, rules) : null) ?? (claimed ? workGoesOn(afterClaimVerb(first), rules) : null);
  const stepOnly = goesOn !== null;
  const stepClaimed = claimed && stepOnly;
  const claimBlocker = claimed && !stepOnly ? rules.BLOCKERS.exec(status) : null;
  // slippage or red words after the claim, in its own sentence ("Steering group convened in May and behind schedule")
  // or after it
  const after = claimed ? afterClaimVerb(first) + rest : '';
  const claim = claimed && !stepOnly && !claimBlocker && !slipsOrRed(after, rules);
  const closed = rules.CLOSED?.exec(status) ?? null;
  // "Complete; budget to be confirmed", "Complete, awaiting sign off", "Complete - awaiting sign off": a completion
  // word first, then something still to do in the same breath (after a full stop it is another matter: "Complete.
  // Awaiting sign off by the Board" reports the work done)
  // "Agreed. Figures to be added from Q1": a recommendation accepted, its work still to come
  const sameBreath = lead !== null ? upToStop(status, lead.index + lead[0].length) : '';
  let leadBlocker: string | null = null;
  if (lead !== null) {
    const m = /;/.test(first) ? rules.BLOCKERS.exec(rest) : null;
    const n = m ? null : rules.BLOCKERS.exec(sameBreath);
    const o = m || n || !rules.ACCEPTANCE_ONLY.test(first) ? null : rules.STILL_TO_COME.exec(rest);
    // "Complete; being rolled out to schools": the work goes on in the same breath, as after a claim
    leadBlocker = m ? phraseOn(rest, m) : n ? phraseOn(sameBreath, n) : o ? phraseOn(rest, o) : goesOn;
  }
  const leadBlocked = leadBlocker !== null;
  // what held a completion back, said when nothing else decides ("Completed - awaiting evidence")
  const held = leadBlocker
    ? { done: unpunctuated(lead![0]), by: leadBlocker }
    : claimBlocker
      ? { done: unpunctuated(first), by: phraseOn(status, claimBlocker) }
      : stepClaimed
        ? { done: unpunctuated(first), by: goesOn! }
        : null;
  // nothing before a claim later on says the work is in trouble or goes on: not slippage nor a red phrase, not "In
  // progress", nor a drop-down's "On track" opening the words (the board rates the work going on: "On track. Business
  // case agreed at CAG exec" reports a step)
  const clear = red === null && amber === null && !inProgress && !(rules.ON_TRACK_LEAD?.test(status) ?? false);
  // a figure short of the target it states outweighs a completion word ("Achieved 85% against a target of 90%")
  return {
    lead: lead && !leadBlocked && short === null ? lead[0].trim() : null,
    // (a subject said to be done in the last sentence is a step when the words say the work goes on: "In progress.
    // Audit tool agreed", a drop-down's word read with the commentary beside it)
    // (or a sentence saying what it set up has run since a date gone by: "CP-IS live in the unit since 12 March 2018")
    claim: short !== null ? null : claim ? first.trim() : (latestClaim(status, first, clear, rules) ?? runningSince(status, clear, rules)),
    red: red ? red[0] : null,
    amber: amber ? amber[0] : null,
    negated: null,
    closed: closed ? closed[0].trim() : null,
    short,
    inProgress,
    held,
    beside: besideOf(status, red ? red[0] : null, short, rules),
  };
}

/**
 * The words of a status saying only what is awaited or still to be arranged (`WAITING`: "Awaiting the statutory
 * guidance"), as found, when nothing else is said of the work (it is not under way, done, closed, held up or in
 * trouble); else null.
 * @example waitingWords('Awaiting the statutory guidance.', analyse('Awaiting the statutory guidance.', rules), rules) // 'Awaiting the statutory guidance'
 */
function waitingWords(status: string, t: TextReading, rules: StatusRules): string | null {
  if (!rules.WAITING || t.inProgress || t.lead !== null || t.claim !== null || t.closed !== null || t.held !== null || t.short !== null) return null;
  if (t.red !== null || t.amber !== null || (t.negated !== null && !rules.WAITING.test(t.negated))) return null;
  // (nor when the words say the work is on track, or a sentence says something was done: "On track. Dates to be
  // agreed", "Report to Board. Done. February to be agreed")
  if (rules.ON_TRACK.test(status) || MOVING.test(status)) return null;
  const m = rules.WAITING.exec(status);
  if (!m || status.split(SENTENCE_BREAK).some((s) => rules.COMPLETE_LEAD.test(s))) return null;
  // (nor when the words before it report something done towards the work: "Letter to partners sent 05/08. Police and
  // CCG agreed contributions, awaiting NPS + MFRS" is under way, waiting on the last two)
  if (m.index > 0 && rules.DONE_BEFORE_WAITING.test(status.slice(0, m.index))) return null;
  return phraseOn(status, m);
}

/**
 * The words of a status whose every sentence says only what is still to be done (`ONLY_TO_COME`: "Visiting speaker
 * checking procedure to be written.", "Policy to be reviewed. Dates to be set once the new council is in place."), when
 * nothing else is said of the work; else null.
 * @example toComeWords('Procedure to be written.', analyse('Procedure to be written.', rules), rules) // 'Procedure to be written'
 */
function toComeWords(status: string, t: TextReading, rules: StatusRules): string | null {
  if (!rules.ONLY_TO_COME || t.inProgress || !saysNothingElse(t) || rules.ON_TRACK.test(status) || MOVING.test(status)) return null;
  // (a tracker's word that says nothing of the work, "Not yet due" or "Open", before the commentary is passed over: "Not
  // yet due. First report to March cttee" says only what is to come)
  const sentences = afterEmptyWord(status, rules).split(SENTENCE_BREAK);
  for (const sentence of sentences) {
    const words = sentence.trim().replace(/[.;!]+$/, '');
    if (words !== '' && !rules.ONLY_TO_COME.test(words)) return null;
  }
  return clip(status.trim().replace(/[.;!]+$/, ''));
}

/**
 * True when the words of a status say nothing of the work beyond an update: no completion word or claim, no closing,
 * no red or amber phrase, no denial, nothing holding a claim back and no figure short of its target. Only then is a
 * status read for what it says in other ways (the thing the action asked for said done, only work still to come).
 * @example saysNothingElse(readStatusText('Quality group established.').phrases!) // true
 */
export function saysNothingElse(t: StatusTextReading['phrases'] & object): boolean {
  return (
    t.lead === null && t.claim === null && t.closed === null && t.red === null && t.amber === null && t.negated === null && t.held === null && t.short === null
  );
}

/** Where one sentence of a status ends and the next begins. */
const SENTENCE_BREAK = /[.;!]\s+/;

/**
 * Words saying the work is moving ("progress made", "progressed", "under way"), beside `ON_TRACK`; not the progress
 * still to come ("Awaiting the revised guidance before this can progress").
 */
const MOVING = /\b(?<!\b(?:can|could|will|would|to|cannot)\s)progress(?:ing|ed)?\b|\bunder[\s-]?way\b/i;

/**
 * The first match of `pattern` in `text` that the words before it do not deny (`denied`: "No delays", "Not at
 * risk"), or null. Most statuses hold no match, and most matches are not denied: the pattern is run once then.
 * @example undenied(AMBER, 'On track, no slippage. Some delay to the audit', AMBER_DENIED_BEFORE)![0] // 'delay'
 */
function undenied(pattern: RegExp, text: string, denied: RegExp | undefined): RegExpExecArray | null {
  let m = pattern.exec(text);
  if (!m || !denied) return m;
  let from = 0;
  while (m && denied.test(text.slice(Math.max(0, from + m.index - 60), from + m.index))) {
    from += m.index + m[0].length;
    const rest = text.slice(from);
    m = pattern.exec(rest);
  }
  if (m && from > 0) {
    // the match as found in the whole text (its index counted from the start)
    m.index += from;
  }
  return m;
}

/**
 * True when the words straight after a slip say the work has made it up (`SLIP_RECOVERED`: "Delayed - now back on
 * track") and no other slip follows them ("Delayed - now back on track. Funding at risk" is still amber).
 * @example recovered('Delayed - now back on track', defaults.AMBER.exec('Delayed - now back on track')!, defaults) // true
 */
function recovered(status: string, slip: RegExpExecArray, rules: StatusRules): boolean {
  const after = status.slice(slip.index + slip[0].length);
  const back = rules.SLIP_RECOVERED?.exec(after);
  return !!back && undenied(rules.AMBER, after.slice(back.index + back[0].length), rules.AMBER_DENIED_BEFORE) === null;
}

/** True when the words hold a slip the words before it do not deny, or a red phrase: a claim of done is held back. */
function slipsOrRed(words: string, rules: StatusRules): boolean {
  return undenied(rules.AMBER, words, rules.AMBER_DENIED_BEFORE) !== null || rules.RED.test(words);
}

/** True when a red phrase only says the work has not started ("Not yet started", "Yet to commence"). */
function isNotStarted(phrase: string, rules: StatusRules): boolean {
  return rules.NOT_STARTED?.test(phrase) ?? false;
}

/**
 * True for a status that opens with a word saying nothing of the work ("Overdue", "Open", a drop-down's) and goes on
 * to say the lead has not reported: "Overdue. No update received this quarter." (read like an empty status).
 * @example saysNothingThenNoUpdate('Overdue. No update received this quarter.', rules) // true
 */
function saysNothingThenNoUpdate(status: string, rules: StatusRules): boolean {
  if (!mayOpenWithWords(status)) return false;
  const m = FIRST_WORDS.exec(status);
  return m !== null && rules.EMPTY_LIKE.test(m[1]) && (rules.NO_UPDATE?.test(m[2]) ?? false);
}

/**
 * The words after a status's opening word that says nothing of the work (`EMPTY_LIKE`: a tracker's "Not yet due",
 * "Open", "Outstanding") in a sentence of its own, as a drop-down gives it before the commentary; else the whole
 * status. Read on the status's first characters only.
 * @example afterEmptyWord('Not yet due. To be scoped early 2017.', rules) // 'To be scoped early 2017.'
 * @example afterEmptyWord('To be scoped early 2017.', rules) // 'To be scoped early 2017.'
 */
function afterEmptyWord(status: string, rules: StatusRules): string {
  if (!mayOpenWithWords(status)) return status;
  const m = FIRST_WORDS.exec(status);
  return m !== null && rules.EMPTY_LIKE.test(m[1]) ? m[2] : status;
}

/** A status's first few words before a full stop, semicolon, colon or dash, and the rest. */
const FIRST_WORDS = /^([^.;:–—]{1,20}?)\s*[.;:–—]\s*(\S[\s\S]*)$/;

/**
 * False when `FIRST_WORDS` cannot match: its stop is the status's first full stop, semicolon, colon or dash, and only
 * white space may stand between it and the twentieth character (the words before it are at most twenty). Read on the
 * status's first characters only.
 */
function mayOpenWithWords(status: string): boolean {
  for (let i = 0; i < status.length; i++) {
    const c = status.charCodeAt(i);
    if (c === 46 || c === 59 || c === 58 || c === 0x2013 || c === 0x2014) return i > 0;
    if (i >= 20 && !isWhiteSpace(c)) return false;
  }
  return false;
}

/**
 * The words before a part named not started (`notStarted` after its subject, in its own sentence or list item) that
 * say the work is under way (`IN_PROGRESS`: a drop-down's "In progress" before the commentary); else null. Not "Not
 * started." opening the status, the whole work's state.
 * @example partUnderWay('In progress. Legal advice received May. DPIA not yet started.', 'not yet started', rules) // 'In progress'
 * @example partUnderWay('Not yet started. In progress from April.', 'Not yet started', rules) // null
 */
function partUnderWay(status: string, notStarted: string, rules: StatusRules): string | null {
  const at = status.indexOf(notStarted);
  if (at <= 0 || !rules.IN_PROGRESS) return null;
  // the part named before the phrase, in its sentence ("DPIA not yet started") or list item ("c) not yet started")
  const from = Math.max(status.lastIndexOf('.', at), status.lastIndexOf(';', at)) + 1;
  if (!/[a-z]/i.test(status.slice(from, at))) return null;
  // the work said to be under way before that sentence
  const m = from > 0 ? rules.IN_PROGRESS.exec(status.slice(0, from)) : null;
  return m ? phraseOn(status, m) : null;
}

/**
 * A sentence of a status that claims a part of the work done, before a later one naming the part not started
 * (`notStarted` after its subject): "Mapping complete." before "Commissioning of the gaps not started."; else null. Not
 * "Not started." opening the status, the whole work's state, nor a claim after it.
 * @example partDoneBeside('Mapping complete. Commissioning of the gaps not started.', 'not started', rules) // 'Mapping complete'
 */
function partDoneBeside(status: string, notStarted: string, rules: StatusRules): string | null {
  let done: string | null = null;
  for (const sentence of status.split(SENTENCE_BREAK)) {
    const words = sentence.trim().replace(/[.;!]+$/, '');
    if (words === '') continue;
    const at = words.indexOf(notStarted);
    // the part not started, named before the phrase, after a part done
    if (at >= 0) return done !== null && /[a-z]{3,}/i.test(words.slice(0, at)) ? done : null;
    if (done === null && (rules.COMPLETE_LEAD.test(words) || (mayClaim(words, rules) && rules.COMPLETE_CLAIM.test(words)))) done = clip(words);
  }
  return null;
}

/** False when the default `COMPLETE_CLAIM` cannot match: no claim verb (`CLAIM_VERB`). A rule of one's own is always tried. */
function mayClaim(first: string, rules: StatusRules): boolean {
  return rules.COMPLETE_CLAIM !== defaults.COMPLETE_CLAIM || defaults.CLAIM_VERB.test(first);
}

/**
 * The words of a claim's sentence after its verb ("Steering group convened in May and behind schedule" → " in May and
 * behind schedule"): the whole sentence when the default verbs do not show where (a rule of one's own).
 * @example afterClaimVerb('Protocol agreed and behind schedule') // ' and behind schedule'
 */
function afterClaimVerb(first: string): string {
  const verb = defaults.CLAIM_VERB.exec(first);
  return verb ? first.slice(verb.index + verb[0].length) : first;
}

/** Looks a word up in the RAG vocabulary (own keys only: "__proto__" in a cell is not a colour). */
function ragWord(rules: StatusRules, word: string): RagColour | undefined {
  return Object.prototype.hasOwnProperty.call(rules.RAG_WORDS, word) ? rules.RAG_WORDS[word] : undefined;
}

/**
 * True when a RAG cell's text is an explicit RAG word ("Amber", "G", "Complete"), as opposed to words that belong
 * in a status ("In progress").
 * @example isRagWord('Amber') // true
 * @example isRagWord('Awaiting sign off') // false
 */
export function isRagWord(text: string, rules: StatusRules = defaults): boolean {
  return ragCellColour(text, rules) !== undefined;
}

/**
 * The colour a RAG cell's words give: the whole text ("Amber/Green") or its first word ("Red - overdue"), after a
 * "RAG:" label some boards type into the cell ("RAG: Amber", "RAG rating - G").
 * @example ragCellColour('RAG: Amber', rules) // 'amber'
 */
export function ragCellColour(text: string, rules: StatusRules = defaults): RagColour | undefined {
  const rag = collapse(text)
    .toLowerCase()
    .replace(RAG_LABEL, '')
    .replace(/[.:!]+$/, '');
  if (rag === '') return undefined;
  // "Red → Amber": the colour it moved to
  const moved = rules.RAG_MOVE?.exec(rag);
  if (moved) return ragWord(rules, moved[1].toLowerCase());
  const colour = ragWord(rules, rag) ?? ragWord(rules, rag.split(/[\s/-]+/)[0]);
  // "G (complete)", "Green - done": the board's green for done
  return colour === 'green' && GREEN_FOR_DONE.test(rag) ? 'blue' : colour;
}

/** Two colours opening a status as one rating ("AMBER/RED - tender slipped", "Green/Amber:"). */
const TWO_COLOURS_OPENING = /^\s*(red|amber|green)\s*\/\s*(red|amber|green)\b/i;

/** Green followed by a word saying the action is done, in a RAG cell ("G (complete)", "Green - completed"). */
const GREEN_FOR_DONE = /^(?:g|green)\s*[-–—:(/]?\s*(?:complete|completed|done|closed|achieved|finished)\b/;

/** A label before the colour in a RAG cell: "RAG:", "RAG rating -", "BRAG status:" (a separator is needed). */
const RAG_LABEL = /^(?:(?:current|overall|latest|revised)\s+)?b?rag(?:\s+(?:rating|status))?\s*[:\-–]\s*/;

function contradictionOf(colour: RagColour, textState: RagState, pastDue: boolean, dueText: string, textReasons: string[], word: string): string | null {
  const named = word.startsWith('"') ? colour : `${colour} (${word})`;
  if ((colour === 'green' || colour === 'amber') && textState === 'complete') return `marked ${named} but the status text says complete (${textReasons[0]})`;
  if (colour === 'green' && pastDue && textState !== 'complete') return `marked ${named} but the due date (${dueText}) has passed`;
  if (colour === 'blue' && (textState === 'amber' || textState === 'red') && !/past due/.test(textReasons[0] ?? '')) {
    return `marked complete${word.startsWith('"') ? '' : ` (${word})`} but the status text says otherwise (${textReasons[0]})`;
  }
  if (colour === 'red' && textState === 'complete') return `marked ${named} but the status text says complete (${textReasons[0]})`;
  return null;
}

/** The status as the rules read it: spaces collapsed, a dated update prefix set aside ("12/09/16: Completed"). */
function clean(text: string, rules: StatusRules): string {
  const full = unbulleted(collapse(text));
  const dated = rules.UPDATE_PREFIX ? withoutPrefix(full, rules.UPDATE_PREFIX) : full;
  // (an agency's label, "CCG: Complete", is set aside too; the label ends at a colon, which most statuses do not
  // hold, so the pattern is run only when there is one)
  const stripped = rules.AGENCY_LABEL && dated.indexOf(':') > 0 ? withoutPrefix(dated, rules.AGENCY_LABEL) : dated;
  return doneInBrackets(spelledMark(stripped === '' ? full : stripped));
}

/**
 * A status whose first sentence ends with its state in brackets ("The Family Gateway was launched in June 2019
 * (Complete). Take-up figures will be reported at Q3.", as a council's monitoring marks a step done) read with that
 * state first, as a status opening with it is; any other status as it is.
 * @example doneInBrackets('Launched in June 2019 (Complete). Figures at Q3.') // 'Complete: Launched in June 2019. Figures at Q3.'
 */
function doneInBrackets(status: string): string {
  // (the pattern's bracket is the status's first, after three characters or more, and opens "complete" or "achieved":
  // most statuses have none such, and the pattern is not run)
  const open = status.indexOf('(');
  const next = open >= 3 ? status.charCodeAt(open + 1) | 32 : 0;
  if (next !== 99 && next !== 97) return status;
  const m = DONE_IN_BRACKETS.exec(status);
  return m ? `${m[2]}: ${m[1]}${status.slice(m[0].length)}` : status;
}

/** A first sentence ending with "(Complete)", "(Completed)" or "(Achieved)" before its full stop or the text's end. */
const DONE_IN_BRACKETS = /^([^.;!?()]{3,300}?)\s*\((complete|completed|achieved)\)(?=\s*(?:[.!]|$))/i;

/**
 * A status opening with a symbol of `STATUS_SYMBOLS` or a code of `STATUS_CODES`, alone or before punctuation, with
 * the words it stands for after it; any other status as it is.
 * @example spelledMark('⚪. Consultation opens in January') // '⚪ not started. Consultation opens in January'
 */
function spelledMark(status: string): string {
  // (a symbol opens the status, a code its first character after white space: a status opening otherwise, as most
  // do, holds neither, and neither pattern is run)
  let first = 0;
  while (first < status.length && isWhiteSpace(status.charCodeAt(first))) first++;
  if (!MARK_OPENERS.has(status.charCodeAt(first)) || !MARKS.some((k) => status.startsWith(k, first))) return status;
  const m = SYMBOL_OPENING.exec(status);
  if (m) return `${m[0]} ${defaults.STATUS_SYMBOLS[m[1]]}${status.slice(m[0].length)}`;
  const c = CODE_OPENING.exec(status);
  return c ? `${c[0]} ${defaults.STATUS_CODES[c[1]]}${status.slice(c[0].length)}` : status;
}

/** The symbols of `STATUS_SYMBOLS` and the codes of `STATUS_CODES`, and their first characters. */
const MARKS: readonly string[] = [...Object.keys(defaults.STATUS_SYMBOLS), ...Object.keys(defaults.STATUS_CODES)];
const MARK_OPENERS: ReadonlySet<number> = new Set(MARKS.map((k) => k.charCodeAt(0)));

/** A symbol of `STATUS_SYMBOLS` opening a status, alone or before punctuation (an emoji's variation selector after it). */
const SYMBOL_OPENING = new RegExp(String.raw`^(${Object.keys(defaults.STATUS_SYMBOLS).join('|')})\uFE0F?(?=\s*(?:[.!;:,–—-]|$))`);

/**
 * A code of `STATUS_CODES` opening a status, in capitals, alone or before punctuation or "to" ("C/F to 20/21"), after
 * any white space.
 */
const CODE_OPENING = new RegExp(
  String.raw`^\s*(${Object.keys(defaults.STATUS_CODES)
    .map((k) => k.replace('/', '\\/'))
    .join('|')})(?=\s*(?:[.!;:,–—-]|\bto\b|$))`,
);

/**
 * A status written as a list ("• Complete", "1. Delayed • Awaiting funding") read as sentences: the first marker is
 * set aside, so the status opens with its words, and each later bullet ends a sentence.
 * @example unbulleted('• Complete • Awaiting sign off') // 'Complete. Awaiting sign off'
 */
function unbulleted(status: string): string {
  // (a marker's first character is one of `LIST_OPENERS`: most statuses open otherwise, and the pattern is not run)
  const opened = LIST_OPENERS.has(status.charCodeAt(0)) ? LIST_MARKER.exec(status) : null;
  const rest = opened ? status.slice(opened[0].length) : status;
  return BULLET.test(rest) ? rest.replace(BULLETS, '. ') : rest;
}

/** The marks of a list: bullets, dashes and arrows (one or more open a list item). */
const LIST_MARKS = '•‣▪●◦■□➢➤►▶→*>·–—-';
/** A list marker opening a status: a bullet, a dash or arrow, or a number or letter and a stop ("1.", "a)"). */
const LIST_MARKER = new RegExp(String.raw`^(?:[${LIST_MARKS}]+|\(?(?:\d{1,2}|[a-h])[.)](?=\s))\s*`);
/** The characters a list marker opens with: a mark, a bracket, a digit or a letter from a to h. */
const LIST_OPENERS: ReadonlySet<number> = new Set([...`${LIST_MARKS}(0123456789abcdefgh`].map((c) => c.charCodeAt(0)));
/** A bullet inside a status (after a line that was joined to the one before). */
const BULLET = /\s[•‣▪●◦■□➢➤►▶]/;
const BULLETS = /\s*\s[•‣▪●◦■□➢➤►▶]+\s*/g;

/**
 * The text without the prefix's first match: `text.replace(prefix, '')`, without copying the rest of the text when
 * the prefix opens it (a global or sticky pattern is left to `replace`).
 */
function withoutPrefix(text: string, prefix: RegExp): string {
  if (prefix.global || prefix.sticky) return text.replace(prefix, '');
  if (prefix === defaults.UPDATE_PREFIX) {
    // the default prefix is anchored at the start (one `^`, no multiline): its sticky twin, tried at 0, matches where
    // it does, and its lastIndex says where the match ends, with no match array made
    DEFAULT_PREFIX_AT_START.lastIndex = 0;
    return DEFAULT_PREFIX_AT_START.test(text) ? text.slice(DEFAULT_PREFIX_AT_START.lastIndex) : text;
  }
  const m = prefix.exec(text);
  if (!m) return text;
  const end = m.index + m[0].length;
  return m.index === 0 ? text.slice(end) : text.slice(0, m.index) + text.slice(end);
}

/** `UPDATE_PREFIX` of the default rules, sticky (see `withoutPrefix`). */
const DEFAULT_PREFIX_AT_START = new RegExp(defaults.UPDATE_PREFIX.source, `${defaults.UPDATE_PREFIX.flags}y`);
