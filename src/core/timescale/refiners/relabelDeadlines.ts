import type { Component, MilestoneRole } from '../types';

/** How far before a date the words that say what it is are looked for. */
const WORDS_BEFORE = 24;

/**
 * The words just before a component's date ("review", "held", "after"), up to 24 characters.
 * @example wordsBefore('March 2015 (review Sept 2015)', component) // '2015 (review '
 */
export function wordsBefore(text: string, c: Component): string {
  return text.slice(Math.max(0, c.index - WORDS_BEFORE), c.index);
}

/**
 * Whether `words` matches the (up to `width`) characters just before `index`, as `words.test(text.slice(index - width,
 * index))` does. A date that opens the text (most do) has nothing before it: the pattern's answer for no text,
 * worked out once per pattern, is the same answer without a search (not for a global or sticky pattern, whose search
 * reads and moves its `lastIndex`).
 * @example matchesBefore(/\bafter\s*$/i, 'After March 2015', 6, 24) // true
 */
export function matchesBefore(words: RegExp, text: string, index: number, width = WORDS_BEFORE): boolean {
  if (index === 0 && !words.global && !words.sticky) return matchesNothing(words);
  return words.test(text.slice(Math.max(0, index - width), index));
}

/** Each pattern `matchesBefore` has been asked about, with its answer for no text. */
const ON_NOTHING = new Map<RegExp, boolean>();

/** True when a (neither global nor sticky) pattern matches the empty text. */
function matchesNothing(words: RegExp): boolean {
  let answer = ON_NOTHING.get(words);
  if (answer === undefined) ON_NOTHING.set(words, (answer = words.test('')));
  return answer;
}

/**
 * Gives `role` to each deadline (not a range's start) whose words before match `words`; when that leaves the text no
 * deadline and `staysAlone(text)` says so, they are deadlines again (the only dates the plan gives). Shared by the
 * refiners that tell a deadline from a review or a record of what happened.
 *
 * @example relabelDeadlines(components, 'March 2015 (review Sept 2015)', REVIEW_WORDS, 'review', () => true)
 */
export function relabelDeadlines(
  components: Component[],
  text: string,
  words: RegExp,
  role: MilestoneRole,
  staysAlone: (text: string) => boolean,
): Component[] {
  let relabelled = 0;
  for (const c of components) {
    if (c.role !== 'deadline' || c.rangeStart) continue;
    if (matchesBefore(words, text, c.index)) {
      c.role = role;
      relabelled++;
    }
  }
  if (relabelled === 0 || components.some((c) => c.role === 'deadline') || !staysAlone(text)) return components;
  for (const c of components) if (c.role === role) c.role = 'deadline';
  return components;
}
