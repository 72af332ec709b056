import { daysBetween, formatUkDate, type IsoDate } from '../calendarDate';
import type { Timescale } from '../timescale/types';
import { memoByText } from '../memo';
import * as defaults from '../vocab/status';

/** The five states an action can be in. `complete` shows blue under BRAG, green otherwise. */
export type RagState = 'complete' | 'green' | 'amber' | 'red' | 'none';

export const RAG_STATES: readonly RagState[] = ['red', 'amber', 'green', 'complete', 'none'];

/** An explicit colour written by the board (a RAG column or a leading word). */
export type RagColour = 'red' | 'amber' | 'green' | 'blue';

/** The rules the classifier reads; defaults are in `vocab/status.ts`. */
export type StatusRules = typeof defaults;

/** What the classifier decided for one row, and why. */
export interface StatusAssessment {
  state: RagState;
  /** Plain-language reasons: phrases matched and dates compared. */
  reasons: string[];
  /** The colour the board wrote, if any. */
  explicit: RagColour | null;
  /** Set when the board's colour disagrees with the dates or the status text. */
  contradiction: string | null;
  /** True when the final due date has passed and the action is not complete (dated timescales only). */
  overdue: boolean;
  daysOverdue: number | null;
}

export interface StatusInput {
  status: string;
  /** Text of a RAG column, when the plan has one. */
  rag?: string;
  timescale: Timescale;
  asOf: IsoDate;
  /** The assessment of the action row above, for "See above". */
  above?: StatusAssessment;
  rules?: StatusRules;
}

/**
 * Decides an action's state from its status text, explicit RAG and timescale. Never throws.
 *
 * @example classifyStatus({ status: 'Timescale slipped.', timescale: parseTimescale('October 2014'), asOf: '2015-01-21' }).state // 'amber'
 */
export function classifyStatus(input: StatusInput): StatusAssessment {
  // Rows that read the same (same status, RAG and timescale reading, same date) get the same answer: the
  // result is shared, so it must be treated as read-only.
  if (input.rules !== undefined && input.rules !== defaults) return classifyUncached(input);
  if (input.asOf !== cachedAsOf) {
    RESULTS = new WeakMap();
    cachedAsOf = input.asOf;
  }
  // keyed by the timescale reading (shared by rows with the same timescale text) and the status and RAG text
  let byText = RESULTS.get(input.timescale);
  if (!byText) RESULTS.set(input.timescale, (byText = new Map()));
  const key = input.rag ? `${input.rag}\u0001${input.status}` : input.status ?? '';
  const hit = byText.get(key);
  if (hit && !hit.dependsOnAbove) return hit.result;
  const result = classifyUncached(input);
  byText.set(key, { result, dependsOnAbove: defaults.SEE_ABOVE.test(input.status ?? '') });
  return result;
}

let cachedAsOf = '';
let RESULTS = new WeakMap<Timescale, Map<string, { result: StatusAssessment; dependsOnAbove: boolean }>>();

function classifyUncached(input: StatusInput): StatusAssessment {
  const rules = input.rules ?? defaults;
  const status = rules === defaults ? cleanDefault(input.status ?? '') : clean(input.status ?? '', rules);
  const { timescale, asOf } = input;
  const pastDue = timescale.kind === 'date' && timescale.due !== null && timescale.due < asOf;
  const dueText = timescale.due ? formatUkDate(timescale.due) : '';
  const reasons: string[] = [];

  const explicit = readExplicit(input.rag ?? '', status, rules);
  const fromText = fromStatusText(status, input, rules, pastDue, dueText);

  let state: RagState;
  let contradiction: string | null = null;
  if (explicit) {
    state = explicit.colour === 'blue' ? 'complete' : explicit.colour;
    reasons.push(`${explicit.where} says ${explicit.word}`);
    contradiction = contradictionOf(explicit.colour, fromText.state, pastDue, dueText, fromText.reasons);
    if (contradiction) reasons.push(contradiction);
  } else {
    state = fromText.state;
    reasons.push(...fromText.reasons);
  }

  // the board's colour stands, but an action whose text says it is complete is not overdue
  const overdue = pastDue && state !== 'complete' && fromText.state !== 'complete';
  const daysOverdue = overdue && timescale.due ? daysBetween(timescale.due, asOf) : null;
  if (overdue && !reasons.some((r) => r.includes('days past'))) reasons.push(`due ${dueText}, ${daysOverdue} days past`);
  if (timescale.kind === 'recurring' && !reasons.some((r) => r.includes('recurring'))) reasons.push(`recurring (${timescale.recurrence}): never overdue`);
  if (timescale.kind === 'event' && !reasons.some((r) => r.includes('event'))) reasons.push(`event-driven (${timescale.event}): never overdue`);
  return { state, reasons, explicit: explicit?.colour ?? null, contradiction, overdue, daysOverdue };
}

function fromStatusText(
  status: string,
  input: StatusInput,
  rules: StatusRules,
  pastDue: boolean,
  dueText: string,
): { state: RagState; reasons: string[] } {
  const recurring = input.timescale.kind === 'recurring';
  if (status === '' || rules.EMPTY_LIKE.test(status)) {
    const what = status === '' ? 'no status' : `status "${status}"`;
    if (pastDue) return { state: 'red', reasons: [`past due (${dueText}) with ${what}`] };
    return { state: 'none', reasons: [input.timescale.due ? `${what}; not yet due (${dueText})` : `${what}`] };
  }
  if (rules.SEE_ABOVE.test(status)) {
    if (input.above) return { state: input.above.state, reasons: [`"${status.slice(0, 20)}": takes the row above (${input.above.state})`] };
    return { state: pastDue ? 'amber' : 'green', reasons: [`"${status.slice(0, 20)}" but no row above`] };
  }
  const t = rules === defaults ? analyseDefault(status) : analyse(status, rules);
  if (t.lead !== null) return { state: 'complete', reasons: [`status opens with "${t.lead}"`] };
  if (t.claim !== null) {
    if (recurring) return { state: 'green', reasons: [`"${t.claim}": done so far; the action recurs`] };
    return { state: 'complete', reasons: [`"${t.claim}" says it was done`] };
  }
  if (t.red !== null) return { state: 'red', reasons: [`status says "${t.red}"`] };
  if (t.amber !== null) return { state: 'amber', reasons: [`status says "${t.amber}"`] };
  // "partially complete", "not yet complete": at risk once past due, on the way before
  if (t.negated !== null && pastDue) return { state: 'amber', reasons: [`past due (${dueText}) and status says "${t.negated}"`] };
  if (pastDue) return { state: 'amber', reasons: [`past due (${dueText}) and the status does not say complete`] };
  if (input.timescale.kind === 'date') return { state: 'green', reasons: [`update given; due ${dueText}`] };
  return { state: 'green', reasons: ['update given and nothing says it is off track'] };
}

function readExplicit(
  ragText: string,
  status: string,
  rules: StatusRules,
): { colour: RagColour; word: string; where: string } | null {
  const rag = collapse(ragText).toLowerCase().replace(/[.:!]+$/, '');
  if (rag) {
    const colour = ragWord(rules, rag) ?? ragWord(rules, rag.split(/[\s/-]+/)[0]);
    if (colour) return { colour, word: `"${collapse(ragText)}"`, where: 'the RAG column' };
  }
  const m = rules.LEADING_RAG.exec(status);
  if (m) {
    const word = (m[1] ?? m[2]).toLowerCase();
    const colour = ragWord(rules, word);
    if (colour) return { colour, word: `"${m[1] ?? m[2]}"`, where: 'the status' };
  }
  return null;
}

/** What the status text says, read once per distinct text. */
interface TextReading {
  lead: string | null;
  claim: string | null;
  red: string | null;
  amber: string | null;
  negated: string | null;
}

function analyse(status: string, rules: StatusRules): TextReading {
  const negated = rules.NOT_COMPLETE.exec(status);
  const lead = rules.COMPLETE_LEAD.exec(status);
  const first = firstSentence(status);
  const rest = status.slice(first.length);
  const claim = !negated && rules.COMPLETE_CLAIM.test(first) && !rules.BLOCKERS.test(rest) && !rules.AMBER.test(rest) && !rules.RED.test(rest);
  const red = rules.RED.exec(status);
  const amber = rules.AMBER.exec(status);
  return {
    lead: lead && !negated ? lead[0].trim() : null,
    claim: claim ? first.trim() : null,
    red: red ? red[0] : null,
    amber: amber ? amber[0] : null,
    negated: negated ? negated[0] : null,
  };
}

const analyseDefault = memoByText((status: string) => analyse(status, defaults));

/** Looks a word up in the RAG vocabulary (own keys only: "__proto__" in a cell is not a colour). */
function ragWord(rules: StatusRules, word: string): RagColour | undefined {
  return Object.prototype.hasOwnProperty.call(rules.RAG_WORDS, word) ? rules.RAG_WORDS[word] : undefined;
}

function contradictionOf(colour: RagColour, textState: RagState, pastDue: boolean, dueText: string, textReasons: string[]): string | null {
  if ((colour === 'green' || colour === 'amber') && textState === 'complete') return `marked ${colour} but the status text says complete (${textReasons[0]})`;
  if (colour === 'green' && pastDue && textState !== 'complete') return `marked green but the due date (${dueText}) has passed`;
  if (colour === 'blue' && (textState === 'amber' || textState === 'red') && !/past due/.test(textReasons[0] ?? '')) {
    return `marked complete but the status text says otherwise (${textReasons[0]})`;
  }
  if (colour === 'red' && textState === 'complete') return `marked red but the status text says complete (${textReasons[0]})`;
  return null;
}

/** The status as the rules read it: spaces collapsed, a dated update prefix set aside ("12/09/16: Completed"). */
function clean(text: string, rules: StatusRules): string {
  const full = collapse(text);
  const stripped = rules.UPDATE_PREFIX ? full.replace(rules.UPDATE_PREFIX, '') : full;
  return stripped === '' ? full : stripped;
}

const cleanDefault = memoByText((text: string) => clean(text, defaults));

function firstSentence(text: string): string {
  const m = /^.*?(?:[.!;](?=\s|$)|\s[-–—]\s|$)/.exec(text);
  return m ? m[0] : text;
}

function collapse(text: string): string {
  return (text ?? '').replace(/[\u00a0\s]+/g, ' ').trim();
}
