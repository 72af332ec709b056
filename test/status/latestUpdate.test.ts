/** A status cell that keeps a log of dated updates is read for its latest (issue 11: one update per period). */
import { classifyStatus, type RagState } from '../../src/core/status/classifyStatus';
import { latestSaying } from '../../src/core/status/latestSaying';
import { latestUpdate } from '../../src/core/status/latestUpdate';
import { parseTimescale } from '../../src/core/timescale/parseTimescale';

describe('the latest of a cell’s dated updates', () => {
  test.each([
    // written oldest first
    ['Q1: Not started. Q2: In progress. Q3: Complete.', 'Complete.', 'Q3', 3],
    ['Quarter 1 update: delayed by staff sickness. Quarter 2 update: now complete.', 'now complete.', 'Quarter 2 update', 2],
    ['June 2014: Not started. Sept 2014: Draft agreed. Dec 2014: Published on the website.', 'Published on the website.', 'Dec 2014', 3],
    ['Jun 14 - slipped due to capacity. Dec 14 - completed and signed off by the Board.', 'completed and signed off by the Board.', 'Dec 14', 2],
    ['12/09/14: Draft agreed. 03/12/14: Published', 'Published', '03/12/14', 2],
    ['Q4 2014/15: slipped. Q1 2015/16: complete', 'complete', 'Q1 2015/16', 2],
    // a line each
    ['Q1: Not started\nQ2: Delayed\nQ3: Complete', 'Complete', 'Q3', 3],
    ['• Q1: scoping • Q2: on track', 'on track', 'Q2', 2],
    // written newest first: the dates tell
    ['Update Dec 14: Complete. Update Sep 14: delayed.', 'Complete.', 'Update Dec 14', 2],
    ['03/12/14: Published. 12/09/14: Draft agreed.', 'Published.', '03/12/14', 2],
    // quarters with no year, newest first
    ['Q3: complete\nQ2: delayed\nQ1: not started', 'complete', 'Q3', 3],
    // oldest first, the year turning: the last written
    ['Q3: slipped. Q4: on track. Q1: complete', 'complete', 'Q1', 3],
    // labels in brackets
    ['[Jan 15] Delayed [Mar 15] Complete', 'Complete', 'Mar 15', 2],
    ['(Dec 14) Draft agreed (Feb 15) Published', 'Published', 'Feb 15', 2],
    ['(Q1) scoping (Q2) delayed', 'delayed', 'Q2', 2],
    // each label with who wrote it, in brackets, as a log several people keep has it
    ['Oct 15 (JB): scoping begun. Dec 15 (JB): delayed by staffing. Feb 16 (KM): back on track', 'back on track', 'Feb 16', 3],
    ['09/02/17 (HMICFRS): New recommendation.\n27/04/18 (HMICFRS): Complete.', 'Complete.', '27/04/18', 2],
    // words before the first label, on a line of their own, are an older, unlabelled update
    ['Agreed at Board.\nQ1: scoping.\nQ2: drafted', 'drafted', 'Q2', 2],
  ])('%j → %j (%s of %d)', (text, words, label, count) => {
    expect(latestUpdate(text)).toEqual({ text: words, label, count, unchanged: null });
  });

  // a latest update that only says nothing has changed gives way to the one before it that says more
  test.each([
    ['Q1: Delayed. Q2: No change.', 'Delayed.', 'Q1', 'Q2'],
    ['Q1: Delayed. Q2: No change. Q3: As previous.', 'Delayed.', 'Q1', 'Q3'],
    ['Q3: Same as last quarter. Q2: Slipped. Q1: Not started.', 'Slipped.', 'Q2', 'Q3'],
    ['Jun 14: Slipped. Dec 14: No change since last update', 'Slipped.', 'Jun 14', 'Dec 14'],
  ])('%j → %j (%s; %s says no change)', (text, words, label, unchanged) => {
    expect(latestUpdate(text)).toMatchObject({ text: words, label, unchanged });
  });

  test('when every update says no change, the latest is read', () => {
    expect(latestUpdate('Q1: No change. Q2: No change.')).toMatchObject({ text: 'No change.', label: 'Q2', unchanged: null });
  });

  describe('negative cases', () => {
    // fewer than two labelled updates: the cell is read whole
    test.each([
      'Complete. Signed off in June.',
      'Update 8/8/15: Some slippage. Business Group assigned audit to MA Audit Group.',
      'Nov 2014 update: target not met',
      'Q3: on track',
    ])('%j holds one update at most', (text) => {
      expect(latestUpdate(text)).toBeNull();
    });
    // labels after other words, all on one line: not a log the cell keeps (it opens with words of its own)
    test('"Agreed at Board. Q1: scoping. Q2: drafted" is read whole', () => {
      expect(latestUpdate('Agreed at Board. Q1: scoping. Q2: drafted')).toBeNull();
    });
    // a month or quarter inside a sentence, or a word that only starts like a month, is not a label
    test.each([
      'Delayed until March: the panel meets in June - report to follow',
      'Mark: done. Decision - agreed at Board',
      'Training in Q1 - 40 staff; more in Q2 - 30 staff',
      'Report to the 12/09/14 Board - agreed; published 03/12/14 - see website',
      // dates in brackets inside a sentence that does not open with one
      'Draft agreed (Dec 14) and published (Feb 15)',
      'Complete (see minutes) - signed off (Jan 15)',
      // a name in brackets after a word that is no date
      'Mark (JB): done. Decision (KM): agreed at Board',
    ])('%j has no labels', (text) => {
      expect(latestUpdate(text)).toBeNull();
    });
    // a label with nothing after it
    test('a last label with no words is not an update', () => {
      expect(latestUpdate('Q1: scoping. Q2:')).toBeNull();
    });
  });
});

describe('a status log is classified by its latest update', () => {
  const AS_OF = '2015-01-21';
  test.each([
    ['Q1: Not started. Q2: In progress. Q3: Complete.', 'October 2014', 'complete'],
    ['June 2014: On track. Dec 2014: Delayed by staff sickness.', 'March 2015', 'amber'],
    ['Update Dec 14: Complete. Update Sep 14: delayed.', 'October 2014', 'complete'],
    ['Q1: Complete. Q2: Reopened after the audit; work ongoing', 'October 2014', 'amber'],
    // "no change" in the latest: the update before it stands
    ['Q1: Delayed. Q2: No change.', 'March 2015', 'amber'],
    ['Q1: Complete. Q2: No change.', 'October 2014', 'complete'],
  ] as Array<[string, string, RagState]>)('%j due %s → %s', (status, due, expected) => {
    const a = classifyStatus({ status, timescale: parseTimescale(due), asOf: AS_OF });
    expect(a.state).toBe(expected);
    expect(a.reasons.some((r) => /^read the latest of \d dated updates in the status cell/.test(r))).toBe(true);
  });
});

test('the reasons say which update was read when the latest says no change', () => {
  const a = classifyStatus({ status: 'Q1: Delayed. Q2: No change.', timescale: parseTimescale('March 2015'), asOf: '2015-01-21' });
  expect(a.reasons).toContain('read the latest of 2 dated updates in the status cell that says more than "no change" (Q1; Q2 says no change)');
});

describe('latestSaying', () => {
  test.each([
    [['No change', 'Delayed', 'Not started'], 'Delayed'],
    [['As previous', 'Same as last quarter', 'Complete'], 'Complete'],
    [['Delayed', 'No change'], 'Delayed'], // the newest says more: it stands
    [['No change', 'No change'], 'No change'], // none says more: the newest
  ])('%j → %j', (newestFirst, expected) => {
    expect(latestSaying(newestFirst, (u) => u)).toBe(expected);
  });
});
