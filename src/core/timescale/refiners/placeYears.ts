import { daysBetween, formatUkDate, parseIso, type IsoDate } from '../../calendarDate';
import { daySpan, monthsSpan } from '../parsers/common';

/** A financial year as plans write it: 2014 → "2014-15". */
function financialYearText(start: number): string {
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The first calendar year of the UK financial year (April to March) a date falls in. */
function financialYearOf(date: IsoDate): number {
  const { year, month } = parseIso(date);
  return month >= 4 ? year : year - 1;
}
import type { Component, Refiner } from '../types';

/**
 * Gives a year to dates written without one ("August Board", "5th June"): of the years around the
 * reference date (the plan's other timescales, else the as-of date), the one that puts the deadline nearest
 * to it. A period of the plan's financial year ("end of financial year", a quarter with no year) takes the plan's
 * financial year, and "End of academic year" the academic year that holds the reference date. "By the end of the
 * plan" takes the last day of the plan's stated period. Without any reference the date is dropped: the reading is
 * then not a date.
 */
export const placeYears: Refiner = {
  name: 'place-years',
  refine(components, _text, context) {
    // the readings given, when every one keeps (or is given) its years; else a list of those that do
    let out: typeof components | undefined;
    for (let i = 0; i < components.length; i++) {
      const c = components[i];
      for (let k = c.rangeStart ? 0 : 1; k < 2; k++) {
        const part = k === 0 ? c.rangeStart! : c;
        if (part.year !== null) continue;
        // "By the end of the plan": the last day of the period its title states (else no date)
        if (part.planEnd) {
          const planEnd = context.planEnd;
          if (planEnd === undefined) continue;
          const end = parseIso(planEnd);
          part.year = end.year;
          part.yearSource = 'context';
          part.span = daySpan(end.month, end.day);
          const period = context.planStartYear === undefined ? '' : ` ${context.planStartYear}-${String(end.year % 100).padStart(2, '0')}`;
          part.assumptions.push(`"${part.text.trim()}" read as the end of the plan's stated period${period}: ${formatUkDate(planEnd)}`);
          continue;
        }
        // "Year 2": the plan's second financial year, from the period its title states (else no date); "Years 1-3" its
        // first three, due at the end of the third
        if (part.planYear !== undefined) {
          if (context.planStartYear === undefined) continue;
          const start = context.planStartYear + part.planYear - 1;
          part.year = start;
          part.yearSource = 'context';
          const last = part.planYearLast;
          part.assumptions.push(
            last === undefined
              ? `"${part.text.trim()}" read as year ${part.planYear} of the plan: its financial year ${financialYearText(start)}`
              : `"${part.text.trim()}" read as years ${part.planYear} to ${last} of the plan: its financial years ${financialYearText(start)} to ${financialYearText(start + last - part.planYear)}, due at the end of year ${last}`,
          );
          continue;
        }
        // "End of academic year": the academic year (September to August) that holds the reference date
        if (part.academicYearPlaced) {
          if (!context.referenceDate) continue;
          const { year, month } = parseIso(context.referenceDate);
          const start = month >= 9 ? year : year - 1;
          part.year = start;
          part.yearSource = 'context';
          part.assumptions.push(
            `no year stated: "${part.text.trim()}" placed in the academic year ${start}/${String((start + 1) % 100).padStart(2, '0')} (1 September ${start} to 31 August ${start + 1}), around ${context.referenceLabel ?? 'the reference date'}: due 31 August ${start + 1}`,
          );
          continue;
        }
        // a term or half-term ("Summer 1", "Autumn term"): in the academic year that holds the reference date, as a
        // school plans its year (not the nearest summer, which may be the one before the plan's year began)
        if (part.termPlaced && part.month !== undefined && context.referenceDate) {
          const { year, month } = parseIso(context.referenceDate);
          const start = month >= 9 ? year : year - 1;
          part.year = part.month >= 9 ? start : start + 1;
          part.yearSource = 'context';
          part.assumptions.push(
            `no year stated: "${part.text.trim()}" placed in the academic year ${start}/${String((start + 1) % 100).padStart(2, '0')}, around ${context.referenceLabel ?? 'the reference date'}`,
          );
          continue;
        }
        // a plan of one calendar year ("Business Plan 2018"): a quarter with no year is a calendar quarter of it, and
        // "year end" its 31 December ("end of financial year" stays the financial year's)
        if (part.financialYearPlaced && context.calendarYear !== undefined && inCalendarYear(part, context.calendarYear)) continue;
        if (part.financialYearPlaced && (context.financialYearStart !== undefined || context.referenceDate)) {
          const start = context.financialYearStart ?? financialYearOf(context.referenceDate!);
          part.year = start;
          part.yearSource = 'context';
          part.assumptions.push(
            `no year stated: "${part.text.trim()}" placed in the plan's financial year ${start}-${String((start + 1) % 100).padStart(2, '0')}`,
          );
          continue;
        }
        // a one-year plan ("Business Plan 2014-15"): a month with no year is a month of that year
        if (context.placeInFinancialYear && context.financialYearStart !== undefined && part.month !== undefined && part.precision !== 'season') {
          let year = part.month >= 4 ? context.financialYearStart : context.financialYearStart + 1;
          // "By 1st April" in a 2014-15 plan: the day its year ends into (1 April 2015), not its first day
          const firstDay = part.precision === 'day' && part.month === 4 && part.span(year)?.[1] === `${year}-04-01`;
          if (firstDay) year++;
          if (part.span(year)) {
            part.year = year;
            part.yearSource = 'context';
            part.assumptions.push(
              firstDay
                ? `no year stated: "${part.text.trim()}" placed in ${year}, at the end of the plan's financial year (not its first day)`
                : `no year stated: "${part.text.trim()}" placed in ${year}, inside the plan's financial year`,
            );
            continue;
          }
        }
        if (!context.referenceDate) continue;
        const ref = context.referenceDate;
        const refYear = parseIso(ref).year;
        let best: number | null = null;
        let bestDistance = Infinity;
        for (let year = refYear - 1; year <= refYear + 1; year++) {
          const span = part.span(year);
          if (!span) continue;
          const distance = Math.abs(daysBetween(ref, span[1]));
          if (distance < bestDistance) {
            best = year;
            bestDistance = distance;
          }
        }
        if (best === null) continue;
        part.year = best;
        part.yearSource = 'context';
        part.assumptions.push(`no year stated: "${part.text.trim()}" placed in ${best}, nearest ${context.referenceLabel ?? 'the reference date'}`);
      }
      const keep = c.year !== null && (!c.rangeStart || c.rangeStart.year !== null);
      if (out) {
        if (keep) out.push(c);
      } else if (!keep) out = components.slice(0, i);
    }
    return out ?? components;
  },
};

/**
 * Places a quarter with no year ("Q3", "End of Q2") or a "year end" in a plan of one calendar year: the calendar
 * quarter (Q3 July-September) or 31 December of that year, said in the assumptions in place of the financial year's.
 * False (and the part left alone) for anything else, such as "end of financial year".
 */
function inCalendarYear(part: Component, year: number): boolean {
  let span: Component['span'];
  let said: string;
  if (part.parser === 'quarter' && part.month !== undefined) {
    // the financial quarter's last month (June, September, December, March) names the quarter
    const q = part.month === 3 ? 4 : part.month / 3 - 1;
    span = monthsSpan(q * 3 - 2, q * 3);
    part.month = q * 3;
    said = `Q${q} with no year read as a calendar quarter of the plan's year ${year} (Q1 January-March ... Q4 October-December)`;
  } else if (part.parser === 'financial-year-end' && !/financial|\bfye?\b|\bfin/i.test(part.text)) {
    span = monthsSpan(12, 12);
    part.month = 12;
    said = `"${part.text.trim()}" read as 31 December, the end of the plan's calendar year ${year}`;
  } else return false;
  part.span = span;
  part.year = year;
  part.yearSource = 'context';
  part.financialYearPlaced = undefined;
  // the financial year's reading, said by the parser, gives way to the calendar year's
  part.assumptions = part.assumptions.filter((a) => !/financial year/.test(a));
  part.assumptions.push(said);
  return true;
}
