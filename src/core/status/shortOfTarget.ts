import * as defaults from '../vocab/status';

/** The patterns `shortOfTarget` reads (the default rules' `PERCENT_TARGET` and `PERCENT_AIM`). */
export interface TargetRules {
  readonly PERCENT_TARGET?: RegExp;
  readonly PERCENT_AIM?: RegExp;
  readonly PERCENT_TARGET_BY?: RegExp;
  readonly COUNT_TARGET?: RegExp;
}

/** The word after a percentage that makes it a target ("90% target"). */
const TARGET_AFTER = /^\s*(?:target|goal|benchmark)\b/i;

/** A percentage written in a status: "82%", "82.5 %" (not part of a longer number). */
const PERCENT = /(?<![\d.])(\d{1,3}(?:\.\d+)?)\s?%/g;

/**
 * What a status says when the figure it gives falls short of a target it states as a percentage: the figure is the
 * last percentage that is not the target and not an aim ("to reach 95%"); short means under the target, or over it
 * when the target is a most ("target below 20%"). Null when the status states no such target, gives no other
 * figure, or meets it, or is a target for a later date ("target 100% by March": a lower figure now is on the way).
 * Nothing is read without a "%" in the text.
 *
 * @example shortOfTarget('Peaked at 82% in May; continues to reach the target of 90%.') // '82% against a target of 90%'
 * @example shortOfTarget('Re-referrals 25% (target below 20%)') // '25% against a target below 20%'
 * @example shortOfTarget('95% against a target of 90%') // null
 */
export function shortOfTarget(status: string, rules: TargetRules = defaults): string | null {
  const targetPattern = rules.PERCENT_TARGET;
  if (!targetPattern || status.indexOf('%') < 0) return shortOfCount(status, rules);
  const t = targetPattern.exec(status);
  if (!t) return null;
  const groups = t.groups ?? {};
  const targetText = groups.target ?? groups.before;
  if (targetText === undefined) return null;
  const target = Number(targetText);
  const ceiling = groups.ceiling !== undefined;
  // a target to reach by a date ("target 100% by March") is a trajectory: a lower figure now is on the way to it
  if (rules.PERCENT_TARGET_BY?.test(status.slice(t.index + t[0].length))) return null;
  const targetStart = t.index;
  const targetEnd = t.index + t[0].length;
  // the figure reached: the last percentage outside the target's words that is not an aim
  let figure: string | null = null;
  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(status); m; m = PERCENT.exec(status)) {
    if (m.index < targetEnd && m.index + m[0].length > targetStart) continue;
    // the target named again ("... against the 90% target") is not a figure reached
    if (TARGET_AFTER.test(status.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    if (rules.PERCENT_AIM?.test(status.slice(Math.max(0, m.index - 40), m.index))) continue;
    figure = m[1];
  }
  if (figure === null) return null;
  const value = Number(figure);
  const short = ceiling ? value > target : value < target;
  if (!short) return null;
  return `${figure}% against a target ${ceiling ? 'below' : 'of'} ${targetText}%`;
}

/**
 * The same for a target stated as a count ("80 staff trained against a target of 100", "45 audits (target 60)"): the
 * figure is the last number in the words just before the target (not a year, a date or a reference), short when under
 * it. Null with no such target, no figure before it, or the target met; and for a target set for a later date.
 *
 * @example shortOfCount('80 staff trained against a target of 100') // '80 against a target of 100'
 * @example shortOfCount('120 staff trained against a target of 100') // null
 */
export function shortOfCount(status: string, rules: TargetRules = defaults): string | null {
  const pattern = rules.COUNT_TARGET;
  // a target needs the word (most statuses state none, and one search says so)
  if (!pattern || !TARGET_WORD.test(status)) return null;
  const t = pattern.exec(status);
  const targetText = t?.groups?.target;
  if (!t || targetText === undefined) return null;
  if (rules.PERCENT_TARGET_BY?.test(status.slice(t.index + t[0].length))) return null;
  // the figure: the last plain number in the 60 characters before the target's words
  const before = status.slice(Math.max(0, t.index - 60), t.index);
  let figure: string | null = null;
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(before); m; m = COUNT.exec(before)) if (!YEAR.test(m[1])) figure = m[1];
  if (figure === null) return null;
  return Number(figure.replace(/,/g, '')) < Number(targetText.replace(/,/g, '')) ? `${figure} against a target of ${targetText}` : null;
}

const TARGET_WORD = /\btarget\b/i;
/** A plain number in words: not part of a date, a decimal, a reference or a percentage ("12/09", "1.2", "Q3", "80%"). */
const COUNT = /(?<![\w./-])(\d{1,3}(?:,\d{3})*|\d{1,6})(?![\w./%-]|\s*%)/g;
/** A year, not a count ("2014", "2015"). */
const YEAR = /^(?:19|20)\d\d$/;
