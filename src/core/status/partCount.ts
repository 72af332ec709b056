import { numberIn } from '../vocab/numbers';
import * as defaults from '../vocab/status';

/** The pattern `partCount` reads (the default rules' `PART_COUNT`). */
export interface PartCountRules {
  readonly PART_COUNT?: RegExp;
  readonly PART_PERCENT?: RegExp;
  readonly PART_SLASH?: RegExp;
}

/** Ordinals a count may be written in, beside the number words ("the first of the three sessions": one done). */
const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };

/**
 * The words of a status that count part of the work done: "3 of 5 audits completed", "Completed 2 out of 4
 * sessions", "three of the five agencies", "45/60 staff trained", "Done 50%". Null when the status counts all of it ("5 of 5", "Done
 * 100%"), or counts nothing.
 *
 * @example partCount('3 of 5 audits completed') // '3 of 5'
 * @example partCount('Done 50%') // 'Done 50%'
 * @example partCount('5 of 5 audits completed') // null
 */
export function partCount(status: string, rules: PartCountRules = defaults): string | null {
  const share = status.indexOf('%') >= 0 ? rules.PART_PERCENT?.exec(status) : null;
  if (share) return share[0];
  // "45/60 staff trained": a fraction before what was done
  const slash = status.indexOf('/') >= 0 ? firstPart(rules.PART_SLASH, status) : null;
  if (slash) return `${slash[1]}/${slash[2]}`;
  // a count needs "of" (most statuses count nothing, and one quick search says so)
  return OF_WORD.test(status) ? (firstPart(rules.PART_COUNT, status)?.[0] ?? null) : null;
}

/** The first match of a global count pattern whose first number is below its second ("3 of 5", not "5 of 5"). */
function firstPart(pattern: RegExp | undefined, status: string): RegExpExecArray | null {
  if (!pattern) return null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(status); m; m = pattern.exec(status)) {
    const done = valueOf(m[1]);
    const all = valueOf(m[2]);
    if (done !== null && all !== null && done < all) return m;
  }
  return null;
}

/** The word every count holds, between white space ("3 of 5", "2 out of 4"). */
const OF_WORD = /\sof\s/i;

/** A count's value, from its digits or its word. */
function valueOf(text: string): number | null {
  return numberIn(text, ORDINALS);
}
