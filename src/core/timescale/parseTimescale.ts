import { addDays, type IsoDate } from '../calendarDate';
import { EVENT_PHRASES, NO_DATE_PHRASES, RECURRENCE_PHRASES } from '../vocab/timescalePhrases';
import { PARSERS, REFINERS } from './configuration';
import type { Component, Milestone, Timescale, TimescaleContext } from './types';

/**
 * Reads a free-text timescale the way a UK board's secretariat writes it. Never throws.
 *
 * @example parseTimescale('Dec 14\n\nMarch 15\n\nMay 15').due // '2015-05-31'
 * @example parseTimescale('Bi monthly').kind // 'recurring'
 * @example parseTimescale('August Board', { referenceDate: '2014-11-15' }).due // '2014-08-31'
 */
export function parseTimescale(input: unknown, context: TimescaleContext = {}): Timescale {
  const text = typeof input === 'string' ? input : input === null || input === undefined ? '' : String(input);
  try {
    return read(text, context);
  } catch (err) {
    return empty(text, [`could not be read (${err instanceof Error ? err.message : String(err)})`]);
  }
}

/** Lines and sentences become "; " so a day on one line is never joined to a month on the next. */
export function normaliseTimescaleText(text: string): string {
  return text
    .replace(/[\u00a0\u2000-\u200b]/g, ' ')
    .replace(/\s*[\r\n]+\s*/g, ' ; ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

function read(raw: string, context: TimescaleContext): Timescale {
  const text = normaliseTimescaleText(raw.length > 2000 ? raw.slice(0, 2000) : raw);
  // no digit and no letter: nothing any parser could read
  if (!/[0-9a-z]/i.test(text)) return result(raw, 'none', [], undefined, null, null, [text === '' ? 'no timescale given' : `no date: "${text}" (blank)`], true);
  let components: Component[] = [];
  for (const parser of PARSERS) {
    // the parsers' patterns are global and shared: start each scan from the beginning
    const pattern = parser.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const c = parser.extract(m, text);
      if (c) components.push(c);
    }
  }
  const contextual = components.some((c) => c.year === null);
  for (const refiner of REFINERS) components = refiner.refine(components, text, context);

  const assumptions: string[] = [];
  const milestones: Milestone[] = [];
  for (const c of components) {
    const m = toMilestone(c);
    if (!m) continue;
    milestones.push(m);
    for (const a of [...(c.rangeStart?.assumptions ?? []), ...c.assumptions]) if (!assumptions.includes(a)) assumptions.push(a);
  }
  milestones.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const recurrence = firstLabel(RECURRENCE_PHRASES, text);
  const event = firstLabel(EVENT_PHRASES, text);
  const deadlines = milestones.filter((m) => m.role === 'deadline');
  const last = deadlines[deadlines.length - 1];

  const out = readKind();
  if (contextual) out.contextual = true;
  return out;

  function readKind(): Timescale {
    if (recurrence) {
      if (last) assumptions.push(`repeats (${recurrence}) after ${last.text.trim()}: not counted overdue`);
      return result(raw, 'recurring', milestones, last, recurrence, event, assumptions, false);
    }
    if (last) return result(raw, 'date', milestones, last, null, event, assumptions, false);
    if (event || milestones.some((m) => m.role === 'after')) {
      return result(raw, 'event', milestones, undefined, null, event ?? 'after an event', assumptions, false);
    }
    const noDate = firstLabel(NO_DATE_PHRASES, text);
    if (noDate) assumptions.push(text === '' ? 'no timescale given' : `no date: "${text}" (${noDate})`);
    else assumptions.push(`no date could be read from "${text}"`);
    return result(raw, 'none', milestones, undefined, null, null, assumptions, true);
  }
}

function toMilestone(c: Component): Milestone | null {
  if (c.year === null) return null;
  const span = c.span(c.year);
  if (!span) return null;
  let date: IsoDate = span[1];
  if (c.day !== undefined && c.precision === 'month') date = `${span[1].slice(0, 8)}${String(c.day).padStart(2, '0')}`;
  if (c.plusDays) date = addDays(date, c.plusDays);
  let start = span[0];
  if (c.rangeStart && c.rangeStart.year !== null) {
    const s = c.rangeStart.span(c.rangeStart.year);
    if (s) start = s[0];
  }
  return {
    date,
    start,
    precision: c.day !== undefined ? 'day' : c.precision,
    role: c.role,
    text: c.text,
    stated: c.stated,
    yearSource: c.yearSource,
    parser: c.rangeStart ? `${c.rangeStart.parser}..${c.parser}` : c.parser,
  };
}

function firstLabel(phrases: ReadonlyArray<{ pattern: RegExp; label: string }>, text: string): string | null {
  for (const p of phrases) if (p.pattern.test(text)) return p.label;
  return null;
}

function result(
  text: string,
  kind: Timescale['kind'],
  milestones: Milestone[],
  due: Milestone | undefined,
  recurrence: string | null,
  event: string | null,
  assumptions: string[],
  needsDate: boolean,
): Timescale {
  return {
    text,
    kind,
    milestones,
    due: due ? due.date : null,
    precision: due ? due.precision : null,
    recurrence,
    event,
    assumptions,
    needsDate,
  };
}

function empty(text: string, assumptions: string[]): Timescale {
  return result(text, 'none', [], undefined, null, null, assumptions, true);
}
