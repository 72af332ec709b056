import { ACTION_VERBS } from '../vocab/headers';
import { matchAnyPhrase } from '../vocab/phrases';
import { ASKED_VERBS, IN_PLACE_WORDS, MAKE_VERBS, SAYING_VERBS, SENT_NOUNS } from '../vocab/status';

/**
 * The first clause of a status that says the one thing the action asked for was done, in the action's own terms:
 * "Establish an Early Years and childcare quality group" beside "Quality group established and meets every ½ term",
 * "Remind GP practices of how to report ..." beside "Reminder sent to all GP practices in the primary care bulletin",
 * "A permanence tracker ..." beside "Tracker live; first monthly report to the Executive Group". Null when the action
 * asks for no one thing (its verb is not in `ASKED_VERBS`: "Book ...", "Review ..."), or the clause names something
 * else ("Executive established" for an action to develop a self-assessment), a part ("One GP booked", "Draft
 * developed"), or work still going on ("Panel being established").
 *
 * The subject of the clause must share a word with the thing the action names, or be a word for what was sent
 * ("Reminder", "Letter", "Briefing") where the action asks for something to be said to someone; a clause with no
 * subject ("Circulated with the report, May 2024.", "Live; briefing to all teams.") stands for the thing itself.
 *
 * @example doneAsAsked('Establish an Early Years and childcare quality group', 'Quality group established and meets every ½ term.') // 'Quality group established and meets every ½ term'
 * @example doneAsAsked('Develop self-assessment and review of Board meetings', 'Executive established and now driving the agenda.') // null
 */
export function doneAsAsked(action: string, status: string): string | null {
  // (most first clauses hold no done word at all: the action is not read for them)
  const clause = FIRST_CLAUSE.exec(status.trim())?.[0].trim() ?? '';
  if (clause === '' || clause.length > 160 || !ANY_DONE_WORD.test(clause)) return null;
  const asked = askedOf(action);
  // (a figure short of the whole, "compliance 58%", says the work is not all done)
  if (!asked || PART_FIGURE.test(status)) return null;
  const m = clausePattern(asked.verbs).exec(clause);
  if (!m) return null;
  const subject = (m[1] ?? '').trim();
  const done = m[2].toLowerCase().replace(/\s+/g, ' ');
  const own = asked.verbs.some((v) => ASKED_VERBS[v]?.includes(done));
  if (!own && !(asked.make && IN_PLACE_WORDS.includes(done))) return null;
  if (subject !== '') {
    if (NOT_THE_WHOLE.test(subject)) return null;
    const words = stems(subject);
    const named = words.some((w) => asked.thing.has(w));
    const sent = own && asked.verbs.some((v) => SAYING_VERBS.has(v)) && SENT_NOUNS.has(words[words.length - 1] ?? '');
    if (!named && !sent) return null;
  }
  return clause.replace(/[.;!,]+$/, '');
}

/** What an action asks for: its verbs (two where it says "Produce and circulate"), the thing's words, and whether it is made. */
interface Asked {
  readonly verbs: readonly string[];
  readonly thing: ReadonlySet<string>;
  readonly make: boolean;
}

/**
 * The verbs and the thing an action asks for: "Establish an Early Years and childcare quality group" → establish,
 * {early, year, childcare, quality, group}; "We will introduce an on-line reporting option for victims" → introduce,
 * {on-line, reporting, option}; "Supported accommodation ... to be re-commissioned" → re-commission, {supported,
 * accommodation}; "A permanence tracker to track ..." (a thing named with no verb) → made, {permanence, tracker}.
 */
function askedOf(action: string): Asked | null {
  // ("one to one tuition": one word, not the end of the thing at "to")
  const text = action
    .replace(ACTION_MARKER, '')
    .replace(/\bone\s+to\s+one\b/gi, 'one-to-one')
    .trim();
  const words = text.split(/\s+/);
  const first = verbAt(words, 0);
  if (first) {
    const verbs = [first.verb];
    let at = first.next;
    // "Produce and circulate a 7 minute briefing": both verbs
    if (words[at]?.toLowerCase() === 'and') {
      const second = verbAt(words, at + 1);
      if (second) {
        verbs.push(second.verb);
        at = second.next;
      }
    }
    // "Add WRAP to mandatory training and report compliance monthly": more than one thing asked
    if (asksMore(words, at)) return null;
    return { verbs, thing: thingOf(words.slice(at)), make: verbs.some((v) => MAKE_VERBS.has(v)) };
  }
  // "The Virtual School to commission ...", "We will introduce ...": the verb after a short subject
  const lead = SUBJECT_THEN_VERB.exec(text);
  if (lead) {
    const rest = text.slice(lead[0].length).split(/\s+/);
    const verb = verbAt(rest, 0);
    if (verb) return { verbs: [verb.verb], thing: thingOf(rest.slice(verb.next)), make: MAKE_VERBS.has(verb.verb) };
  }
  // "Ensure the Childcare Development group is fully operational ...": the thing to be set up and in place
  const ensure = ENSURE_IN_PLACE.exec(text);
  if (ensure) return { verbs: ['establish'], thing: thingOf(ensure[1].split(/\s+/)), make: true };
  // "Supported accommodation for 16 and 17 year olds to be re-commissioned with a UASC lot."
  const passive = PASSIVE.exec(text);
  const verb = passive ? PARTICIPLES.get(passive[2].toLowerCase()) : undefined;
  if (passive && verb) return { verbs: [verb], thing: thingOf(passive[1].split(/\s+/)), make: MAKE_VERBS.has(verb) };
  // "A permanence tracker to track and prioritise matching": a thing to be made, named with no verb
  if (/^(?:an?|the)\s/i.test(text)) return { verbs: [], thing: thingOf(words), make: true };
  return null;
}

/** True when the action goes on to ask for something more: "and", a comma or a semicolon, then a verb ("and report ..."). */
function asksMore(words: readonly string[], from: number): boolean {
  for (let i = from; i < words.length - 1; i++) {
    const joins = /^(?:and|then|also)$/i.test(words[i]) || /[,;]$/.test(words[i]);
    if (joins && ACTION_VERBS.includes(words[i + 1].toLowerCase().replace(/[^a-z]/g, ''))) return true;
  }
  return false;
}

/** The verb of `ASKED_VERBS` at `at` ("set up" and "write to" are two words), and where the words after it start. */
function verbAt(words: readonly string[], at: number): { verb: string; next: number } | null {
  const one = words[at]?.toLowerCase().replace(/[^a-z-]/g, '');
  if (!one) return null;
  const two = `${one} ${words[at + 1]?.toLowerCase().replace(/[^a-z-]/g, '') ?? ''}`;
  if (Object.prototype.hasOwnProperty.call(ASKED_VERBS, two)) return { verb: two, next: at + 2 };
  if (Object.prototype.hasOwnProperty.call(ASKED_VERBS, one)) return { verb: one, next: at + 1 };
  return null;
}

/** The words of the thing named, up to where the action goes on to say how, for whom or why ("... for victims"). */
function thingOf(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const word of words) {
    const w = word.toLowerCase();
    if (THING_ENDS.has(w.replace(/[^a-z]/g, ''))) break;
    for (const s of stems(w)) out.add(s);
    if (/[,;:.(]$/.test(word)) break;
  }
  return out;
}

/** The words of a text that name things, lower case and singular ("Plans" → "plan"): not "the", "a", "all". */
function stems(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/[^a-z0-9-]+/)) {
    if (raw.length < 3 || LITTLE_WORDS.has(raw)) continue;
    out.push(raw.length > 3 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw);
  }
  return out;
}

/** The pattern of a clause saying the thing was done, with the done words the action's verbs allow. */
function clausePattern(verbs: readonly string[]): RegExp {
  const key = verbs.join('|');
  let p = CLAUSES.get(key);
  if (!p) {
    const done = new Set<string>(IN_PLACE_WORDS);
    for (const v of verbs) for (const d of ASKED_VERBS[v] ?? []) done.add(d);
    const words = [...done].sort((a, b) => b.length - a.length).map((d) => d.replace(/-/g, '-?').replace(/ /g, '\\s+'));
    p = new RegExp(
      String.raw`^(?:(?:the|a|an|our|this|its|their)\s+)?((?:[\w'’&/()-]+\s+){0,6}?)(?:(?:is|are|was|were|has\s+been|have\s+been|now|now\s+been)\s+)?(${words.join('|')})\b`,
      'i',
    );
    CLAUSES.set(key, p);
  }
  return p;
}

const CLAUSES = new Map<string, RegExp>();

/** Any done word of any verb (`ASKED_VERBS`, `IN_PLACE_WORDS`): a quick test before the action is read. */
const ANY_DONE_WORD = new RegExp(
  String.raw`\b(?:${[...new Set([...IN_PLACE_WORDS, ...Object.values(ASKED_VERBS).flat()])]
    .map((d) => d.replace(/-/g, '-?').replace(/ /g, '\\s+'))
    .join('|')})\b`,
  'i',
);

/** A percentage short of the whole: "compliance 58%", "85% of staff". */
const PART_FIGURE = /(?<![\d.])\d{1,2}(?:\.\d+)?\s?%/;

/** A status's first clause: up to a full stop, semicolon or line break. */
const FIRST_CLAUSE = /^[^.;!\n]+/;

/** A marker before an action's words: a bullet ("Ø", "•") or a letter or number ("a)", "1."). */
const ACTION_MARKER = /^\s*(?:[Øø•▪‣●◦*–-]\s*|\(?[a-z0-9]{1,2}[.)]\s+)/i;

/** A short subject and "to" or "will" before the verb: "The Virtual School to", "We will", "The partnership will". */
const SUBJECT_THEN_VERB = /^(?:(?:the\s+)?[\w'’&-]+(?:\s+[\w'’&-]+){0,3}\s+(?:to|will)|to)\s+(?=\S)/i;

/**
 * An action that asks for a thing to be made to exist and work: "Ensure the Childcare Development group is fully
 * operational", "Ensure that a protocol is in place", "Make sure the panel is established" (the thing is group 1): the
 * words of a thing in place (`IN_PLACE_WORDS`), or made so.
 */
const ENSURE_IN_PLACE = new RegExp(
  String.raw`^(?:ensure|make\s+sure)\s+(?:that\s+)?(?:(?:the|a|an)\s+)?(.{3,80}?)\s+(?:is|are)\s+(?:fully\s+|now\s+|properly\s+)?` +
    String.raw`${matchAnyPhrase([...IN_PLACE_WORDS, 'established', 'set up'])}\b`,
  'i',
);

/** A thing "to be" done, and the participle: "Supported accommodation ... to be re-commissioned". */
const PASSIVE = /^(.{3,80}?)\s+(?:to|will|should|must)\s+be\s+([a-z-]+)/i;

/** Each verb's own participle (the first of its done words), for an action put the other way round. */
const PARTICIPLES = new Map<string, string>(Object.entries(ASKED_VERBS).map(([verb, done]) => [done[0], verb]));

/** Where the words of the thing end: the action goes on to say with what, for whom, where or why. */
const THING_ENDS = new Set(['with', 'for', 'to', 'so', 'in', 'on', 'by', 'including', 'that', 'which', 'across', 'within', 'from', 'at', 'of']);

/** Words that name nothing. */
const LITTLE_WORDS = new Set([
  'the',
  'and',
  'for',
  'all',
  'new',
  'our',
  'its',
  'their',
  'this',
  'that',
  'with',
  'any',
  'each',
  'every',
  'has',
  'have',
  'been',
  'was',
  'were',
  'are',
]);

/** A subject naming a part or a first step, or work not done: "One GP", "Draft", "Panel being", "Not yet". */
const NOT_THE_WHOLE =
  /^(?:\d+\s|one\b|two\b|three\b|four\b|five\b|some\b|most\b|half\b|part\b|several\b|many\b|few\b)|\b(?:draft|drafts|initial|interim|outline|proposals?|scoping|pilot|first|partial|phase|being|not|no|yet|partially|partly)\b/i;
