/**
 * A plan that leaves the status empty may keep notes of what was done in the timescale cell of ongoing work
 * ("Ongoing\nMeeting held 15th April 2013"): the notes are the row's update (issue 11, Cornwall Housing's plan).
 */
import { assessGrid } from '../../src/core/plan/assess';
import { parseTimescale } from '../../src/core/timescale/parseTimescale';
import { timescaleNotes } from '../../src/core/timescale/timescaleNotes';

describe('the notes a timescale cell of ongoing work keeps', () => {
  test.each([
    ['Ongoing\nMeeting held 15th April 2013', 'Meeting held 15th April 2013'],
    [
      'Ongoing\nAdvocates meeting held 16th May 2013\nTraining organised for 6th Sept 2013',
      'Advocates meeting held 16th May 2013. Training organised for 6th Sept 2013',
    ],
    ['Ongoing. Meeting held 15th April 2013.', 'Meeting held 15th April 2013'],
    ['Quarterly; last meeting held 12 Jan 2015', 'last meeting held 12 Jan 2015'],
  ])('%j → %j', (text, notes) => {
    expect(timescaleNotes(parseTimescale(text, { referenceDate: '2013-10-17' }))).toBe(notes);
  });

  describe('negative cases', () => {
    // not ongoing work: a dated deadline's notes say nothing of its progress here
    test.each(['March 2015 (launched Dec 2014)', 'Dec 2014 - draft circulated 3 Nov 2014', 'Meeting held 15th April 2013'])('%j: not ongoing work', (text) => {
      expect(timescaleNotes(parseTimescale(text, { referenceDate: '2014-10-17' }))).toBeNull();
    });
    // ongoing, with no note of anything done
    test.each(['Ongoing', 'Quarterly', 'Ongoing (review March 2015)'])('%j: no note', (text) => {
      expect(timescaleNotes(parseTimescale(text, { referenceDate: '2014-10-17' }))).toBeNull();
    });
  });
});

describe('notes read as the update when the status says nothing', () => {
  const grid = (timescale: string, status: string | null) => ({
    values: [
      ['Ref', 'Key Actions', 'Responsible Officer', 'Target Completion Date', 'Status'],
      ['1', 'Attend the Corporate Safeguarding Group', 'Jane Barlow', timescale, status],
    ],
  });

  test('an ongoing action with a meeting noted as held is on track', () => {
    const row = assessGrid(grid('Ongoing\nMeeting held 15th April 2013', null), { asOf: '2013-10-17' }).rows[0];
    expect(row.state).toBe('green');
    expect(row.status).toBe('');
    expect(row.reasons[0]).toBe('no status: read the notes in the timescale cell ("Meeting held 15th April 2013")');
  });

  test('a status of its own is read, not the notes', () => {
    const row = assessGrid(grid('Ongoing\nMeeting held 15th April 2013', 'Delayed: chair on leave'), { asOf: '2013-10-17' }).rows[0];
    expect(row.state).toBe('amber');
    expect(row.reasons.some((r) => r.includes('notes in the timescale'))).toBe(false);
  });

  test('ongoing with no note and no status is no update', () => {
    expect(assessGrid(grid('Ongoing', null), { asOf: '2013-10-17' }).rows[0].state).toBe('none');
  });

  test("a dated deadline's note is not an update: past due with no status is red", () => {
    expect(assessGrid(grid('March 2013 (launched Dec 2012)', null), { asOf: '2013-10-17' }).rows[0].state).toBe('red');
  });
});
