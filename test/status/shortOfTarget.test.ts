/**
 * A status that gives a figure against a target it states ("82% against a target of 90%") is read for whether the
 * target is met (issue 11: statuses are read as the board's business manager reads them).
 */
import { classifyStatus, type RagState } from '../../src/core/status/classifyStatus';
import { assessGrid } from '../../src/core/plan/assess';
import { shortOfCount, shortOfTarget } from '../../src/core/status/shortOfTarget';
import { parseTimescale } from '../../src/core/timescale/parseTimescale';

describe('a figure short of the target the status states', () => {
  test.each([
    // the figure reached is the last percentage that is not the target or an aim
    ['Management processes tightened. 51% for 2013/14, peaked at 82% in May 2014; continues to reach the target of 90%.', '82% against a target of 90%'],
    ['Achieved 85% against a target of 90%', '85% against a target of 90%'],
    ['Target: 95%. Current: 88%', '88% against a target of 95%'],
    ['88% vs 95% target', '88% against a target of 95%'],
    ['Compliance 72.5% (target 80%)', '72.5% against a target of 80%'],
    ['The target is 90%; we are at 64 %', '64% against a target of 90%'],
    // an aim on the way is not the figure reached
    ['Compliance at 70%, aiming for 85% by June (target 90%)', '70% against a target of 90%'],
    // a most, not a least: the figure must stay under it
    ['Re-referrals 25% (target below 20%)', '25% against a target below 20%'],
    ['Repeat plans at 14%, target no more than 10%', '14% against a target below 10%'],
    // the target named twice is not a figure reached
    ['Audits in place; 78% compliant against 90% target. Audits in place; 78% compliant against 90% target.', '78% against a target of 90%'],
  ])('%j → %j', (status, expected) => {
    expect(shortOfTarget(status)).toBe(expected);
  });

  describe('negative cases', () => {
    // the target is met
    test.each([
      '95% against a target of 90%',
      'Compliance at 92%, target 90%',
      'Increased from 60% to 80% (target 80%)',
      'Re-referrals 15% (target below 20%)',
      '100% of staff trained against a target of 95%',
    ])('%j: the target is met', (status) => expect(shortOfTarget(status)).toBeNull());
    // no figure beside the target, or no target
    test.each(['Target of 90% met', 'Target: 95%', '90% of staff trained', '50% complete', 'Audit found 60% compliance', 'Targeted work with 30 families'])(
      '%j: no figure against a target',
      (status) => expect(shortOfTarget(status)).toBeNull(),
    );
    // a target for a later date: a lower figure now is on the way to it
    test.each([
      'On track: 3 of 4 audits done, 75%; target 100% by March',
      'Currently 40%, target 90% by year end',
      '60% now; target 80% before the inspection',
    ])('%j: a target set for later', (status) => expect(shortOfTarget(status)).toBeNull());
  });
});

describe('the state: short of the target is amber', () => {
  const AS_OF = '2015-01-21';
  test.each([
    // an update that would read green otherwise
    ['Peaked at 82% in May 2014; management prioritisation continues to reach the target of 90%.', 'Ongoing', 'amber'],
    // a completion word does not outweigh a figure short of its target
    ['Achieved 85% against a target of 90%', 'March 2015', 'amber'],
    // red words stay red
    ['Off track: 60% against a target of 90%', 'March 2015', 'red'],
    // the target met: the words decide
    ['Achieved 95% against a target of 90%', 'December 2014', 'complete'],
    ['Compliance at 92%, target 90%', 'March 2015', 'green'],
    ['On track: 75% now, target 100% by March', 'March 2015', 'green'],
    // before the date, with words saying the work goes on or the rest is on its way: the way to the target
    ['In progress. 86% of staff trained against a target of 100%.', 'March 2015', 'green'],
    ['88% of staff trained against our 95% target; the rest booked onto the March sessions.', 'March 2015', 'green'],
    ['72% of returns in (target 90%); the remaining schools chased.', 'March 2015', 'green'],
    // or with the board's word that the work is on track to it (a drop-down's "On track" before the commentary)
    ['On target. 79% of assessments in timescale (target 85%).', 'March 2015', 'green'],
    ['On track. Compliance 74% against a target of 90%.', 'March 2015', 'green'],
    ['On track. 14 against a target of 20.', 'March 2015', 'green'],
    // past the date, the same words: the target not met
    ['In progress. 86% of staff trained against a target of 100%.', 'December 2014', 'amber'],
    ['On target. 79% of assessments in timescale (target 85%).', 'December 2014', 'amber'],
    // not on track, or no date to be on track to: the target not met
    ['Not on track. Compliance 74% against a target of 90%.', 'March 2015', 'red'],
    ['Compliance 74% against a target of 90%.', 'March 2015', 'amber'],
    ['On track. Compliance 74% against a target of 90%.', 'Ongoing', 'amber'],
    ['88% of staff trained against our 95% target; the rest booked onto the March sessions.', 'December 2014', 'amber'],
  ] as Array<[string, string, RagState]>)('%j due %s → %s', (status, due, expected) => {
    const a = classifyStatus({ status, timescale: parseTimescale(due), asOf: AS_OF });
    expect(a.state).toBe(expected);
  });

  test('the reason names the figure and the target', () => {
    const a = classifyStatus({ status: 'Compliance 72% (target 80%)', timescale: parseTimescale('March 2015'), asOf: AS_OF });
    expect(a.reasons[0]).toBe('status gives 72% against a target of 80%: the target is not met');
  });

  test('two statuses that differ only in the figure are not read alike', () => {
    const due = parseTimescale('March 2015');
    expect(classifyStatus({ status: 'Compliance 72% (target 80%)', timescale: due, asOf: AS_OF }).state).toBe('amber');
    expect(classifyStatus({ status: 'Compliance 82% (target 80%)', timescale: due, asOf: AS_OF }).state).toBe('green');
  });
});

describe('a "Progress and RAG" column: its words are the status and the RAG, read once', () => {
  test('the figure short of its target and the letter ending it are read, and the words are not read twice', () => {
    const row = assessGrid(
      {
        values: [
          ['Area for improvement', 'Actions', 'Lead', 'Completion', 'Progress and RAG'],
          [
            '1. Strengthen oversight',
            'a) Introduce supervision audits',
            'Head of CSC',
            'March 2024',
            'Audits in place since Feb; 78% compliant against 90% target. G',
          ],
        ],
      },
      { asOf: '2023-06-15' },
    ).rows[0];
    expect([row.ref, row.state, row.explicitRag]).toEqual(['1a', 'green', 'green']);
    expect(row.reasons.some((r) => r.includes('in words'))).toBe(false);
    expect(row.contradiction).toBeNull();
  });
});

describe('a count short of a target it states', () => {
  test.each([
    ['80 staff trained against a target of 100', '80 against a target of 100'],
    ['45 audits (target 60)', '45 against a target of 60'],
    ['12 vs target 20', '12 against a target of 20'],
    ['In 2014 we trained 80 staff against a target of 100', '80 against a target of 100'], // a year is not the figure
    ['800 leaflets against a target of 1,000', '800 against a target of 1,000'],
  ])('%j → %j', (status, said) => {
    expect(shortOfCount(status)).toBe(said);
  });

  describe('negative cases', () => {
    test.each([
      // met or passed
      '120 staff trained against a target of 100',
      '1,200 leaflets against a target of 1,000',
      // a target for later, or no figure before it
      '80 trained against a target of 100 by March',
      'Target of 100 agreed',
      'Trained 80 against target',
      // the figure is a date or a reference, not a count
      'Reviewed 12/09 against a target of 20',
      'SIIP 1.2 against a target of 20',
    ])('%j is not short of a target', (status) => {
      expect(shortOfCount(status)).toBeNull();
    });
  });

  test('a status giving a count short of its target is amber, whatever words come with it', () => {
    const a = classifyStatus({ status: 'Achieved: 80 staff trained against a target of 100', timescale: parseTimescale('March 2015'), asOf: '2015-01-21' });
    expect(a.state).toBe('amber');
    expect(a.reasons[0]).toBe('status gives 80 against a target of 100: the target is not met');
  });
});
