/** A count of part of the work done ("3 of 5 audits completed") is part done, not done (issue 11). */
import { partCount } from '../../src/core/status/partCount';
import { classifyStatus, type RagState } from '../../src/core/status/classifyStatus';
import { parseTimescale } from '../../src/core/timescale/parseTimescale';

const state = (status: string, due = 'March 2015'): RagState => classifyStatus({ status, timescale: parseTimescale(due), asOf: '2015-01-21' }).state;

describe('partCount', () => {
  test.each([
    ['3 of 5 audits completed', '3 of 5'],
    ['Completed 2 out of 4 sessions', '2 out of 4'],
    ['Three of the five agencies have signed up', 'Three of the five'],
    ['Audit 1 of 3 complete', '1 of 3'],
    // the first count that is part of the whole
    ['4 of 4 schools visited, 2 of 6 colleges', '2 of 6'],
    // a share under 100% after a completion word
    ['Done 50%', 'Done 50%'],
    ['Completed 75% of the training', 'Completed 75%'],
    // a fraction before what was done
    ['45/60 staff trained', '45/60'],
    ['12/15 audits completed', '12/15'],
    ['45/60 trained', '45/60'],
    // an ordinal: the first of them
    ['The first of the three sessions delivered', 'first of the three'],
  ])('%j → %j', (status, expected) => {
    expect(partCount(status)).toBe(expected);
  });

  describe('negative cases', () => {
    // all of it
    test.each(['5 of 5 audits completed', 'Five of five agencies signed up', '6 out of 6 sessions delivered', 'Completed 100%', '60/60 staff trained'])(
      '%j counts all of it: null',
      (status) => {
        expect(partCount(status)).toBeNull();
      },
    );
    // not a count of the work: a date, a decimal, a percentage, no count after "of"
    test.each([
      'Completed on 1 of 3 March',
      'Item 2.1 of 3.4 done',
      '1 of 30% of cases',
      '1 of the priorities',
      'One of our strengths',
      'First of its kind in the region',
      'Completed 5% over budget',
      // a date, not a fraction: after a word that introduces one, or a day not below its month
      'On 1/10 training was delivered',
      'Since 5/11 staff trained',
      '30/09 training delivered',
      'Update 1/10: training delivered',
      // round the clock, not a part: the first number is not below the second
      '24/7 cover in place',
      // no word saying it was done after it
      'Rated 3/5 by Ofsted',
    ])('%j is no count: null', (status) => {
      expect(partCount(status)).toBeNull();
    });
  });
});

describe('a count of part of the work in a status', () => {
  test.each([
    ['Completed 3 of 5 audits', 'March 2015', 'green'],
    ['2 of 4 sessions delivered', 'March 2015', 'green'],
    ['Completed 3 of 5 audits', 'October 2014', 'amber'],
    ['5 of 5 audits completed', 'October 2014', 'complete'],
  ] as Array<[string, string, RagState]>)('%j due %s → %s', (status, due, expected) => {
    expect(state(status, due)).toBe(expected);
  });

  // after a completion word in a sentence of its own, a count is a figure of the work done (as a blocker there is:
  // "Complete. Awaiting sign off" reports the work done); in the same sentence it is the part done
  test.each([
    ['Completed. Health present at 14 of 16 strategy discussions.', 'October 2014', 'complete'],
    ['Complete. 45 of 50 staff attended the briefings.', 'October 2014', 'complete'],
    ['Completed 14 of 16 discussions.', 'October 2014', 'amber'],
    ['Complete for 3 of 5 schools. Others in the spring.', 'October 2014', 'amber'],
    ['Health present at 14 of 16 discussions. Completed.', 'October 2014', 'amber'],
    // a first step after a completion word in its own sentence is how the work was done; a share of it is not
    ['Completed. First meeting held on 19 September with eight members; terms of reference agreed.', 'October 2014', 'complete'],
    ['Complete. Partially implemented in two schools.', 'October 2014', 'amber'],
    ['Initial meeting held; terms of reference to follow.', 'October 2014', 'amber'],
  ] as Array<[string, string, RagState]>)('%j due %s → %s', (status, due, expected) => {
    expect(state(status, due)).toBe(expected);
  });

  // so is a share of the people the work reached, given as a figure after a completion word in a sentence of its own
  // (a drop-down's "Complete" before the commentary): the reach of the work done, not a part of it still to do
  test.each([
    ['Complete. Updated training launched June 2014; 85% of practitioners have attended.', 'October 2014', 'complete'],
    ['Complete. 92% of staff completed the refresher.', 'October 2014', 'complete'],
    ['Completed. Training delivered to 80% of staff.', 'October 2014', 'complete'],
  ] as Array<[string, string, RagState]>)('a share after a completion word in its own sentence: %j due %s → %s', (status, due, expected) => {
    expect(state(status, due)).toBe(expected);
  });
  describe('a share still part done', () => {
    test.each([
      // no completion word, or the share in its own sentence, or the completion word after the share
      ['85% of practitioners have attended.', 'October 2014', 'amber', 'no completion word'],
      ['Training delivered to 80% of staff.', 'October 2014', 'amber', 'no completion word'],
      ['Complete for 80% of staff; the rest in the spring.', 'October 2014', 'amber', 'the share in the same sentence'],
      ['Complete - 85% of practitioners have attended.', 'October 2014', 'amber', 'the share in the same breath'],
      ['85% of staff trained. Complete.', 'October 2014', 'amber', 'the completion word after the share'],
      ['Done 50%', 'October 2014', 'amber', 'a completion word with its share'],
      ['Complete. 85% of staff trained against a target of 95%.', 'October 2014', 'amber', 'a figure short of its target'],
      ['Complete. Partially implemented in two schools.', 'October 2014', 'amber', 'part done in words'],
    ] as Array<[string, string, RagState, string]>)('%j due %s → %s (%s)', (status, due, expected) => {
      expect(state(status, due)).toBe(expected);
    });
  });

  test('the reason quotes the count', () => {
    expect(classifyStatus({ status: '3 of 5 audits completed', timescale: parseTimescale('March 2015'), asOf: '2015-01-21' }).reasons[0]).toBe(
      'status says "3 of 5": not complete, not yet due (31 Mar 2015)',
    );
  });
});
