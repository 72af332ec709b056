/**
 * `contextual`: a reading depends on the plan's context only when a date is left without a year once overlaps and
 * ranges are resolved. The assessment re-reads only those in its second pass, so a reading marked otherwise must be
 * the same in any context.
 */
import { finishTimescale, parseTimescale, parseTimescaleAlone, type TimescaleDraft } from '../../src/core/timescale/parseTimescale';
import type { TimescaleContext } from '../../src/core/timescale/types';

const CONTEXTS: TimescaleContext[] = [
  { referenceDate: '2015-01-01', referenceLabel: "the plan's other timescales", financialYearStart: 2014, placeInFinancialYear: true },
  { referenceDate: '2017-08-15', financialYearStart: 2017 },
  { referenceDate: '2012-03-31' },
];

describe('contextual readings', () => {
  it.each([
    'January 2015',
    'January 2013 – A. Patel to confirm (item 1)',
    'End of October 2014 (review 3)',
    'Sept 2015 – March 2016',
    'Sept – March 2016',
    'Apr/May 2015', // the first month takes the second's year
    'April or May 2015',
    'Phase 2 Mar 16',
    'w/c 12/10/15',
    'Q3 2015/16',
    'Dec 14\n\nMarch 15\n\nMay 15',
    'Bi monthly',
    'When need arises',
  ])('"%s" has every year stated: read alike in any context', (text) => {
    const alone = parseTimescale(text);
    expect(alone.contextual).toBeUndefined();
    for (const context of CONTEXTS) expect(parseTimescale(text, context)).toEqual(alone);
  });

  it.each(['August Board', 'May Board – E. Patel to confirm (item 5)', 'by end of financial year', '5th June', 'End of Q3', 'January to March 2015 and July'])(
    '"%s" leaves a year out: contextual',
    (text) => {
      expect(parseTimescale(text).contextual).toBe(true);
    },
  );

  it.each([
    'August Board',
    'May Board – E. Patel to confirm (item 5)',
    'by end of financial year',
    '5th June',
    'End of Q3',
    'January to March 2015 and July',
    'mid March and w/c 5/10',
    'After October Board response',
  ])('"%s": the first pass\'s draft, finished in a context, reads as the text does (and is left as it was)', (text) => {
    const drafts: TimescaleDraft[] = [];
    const alone = parseTimescaleAlone(text, (_reading, draft) => drafts.push(draft));
    expect(alone).toEqual(parseTimescale(text));
    expect(drafts).toHaveLength(1);
    for (const context of CONTEXTS) {
      expect(finishTimescale(drafts[0], context)).toEqual(parseTimescale(text, context));
      expect(finishTimescale(drafts[0], context)).toEqual(parseTimescale(text, context));
    }
  });

  it.each(['January 2015', 'Bi monthly', '', '  ', 'When need arises'])('"%s" has nothing to place: no draft is kept', (text) => {
    const drafts: TimescaleDraft[] = [];
    expect(parseTimescaleAlone(text, (_reading, draft) => drafts.push(draft))).toEqual(parseTimescale(text));
    expect(drafts).toHaveLength(0);
  });
});
