/** A deadline written into an action's own words, for a plan with no timescale column (issue 11). */
import { deadlineInWords } from '../../src/core/timescale/deadlineInWords';
import { parseTimescale } from '../../src/core/timescale/parseTimescale';
import { assessGrid } from '../../src/core/plan/assess';
import type { TimescaleContext } from '../../src/core/timescale/types';

// a plan for 2024/25 (its quarters are the financial year's)
const CONTEXT: TimescaleContext = { referenceDate: '2024-10-01', financialYearStart: 2024, placeInFinancialYear: true };
const parse = (text: string) => parseTimescale(text, CONTEXT);

describe('a deadline in the action words', () => {
  test.each([
    ['Increase annual health checks to 75% by March 2025', '2025-03-31'],
    ['Clear the backlog of reviews by the end of July 2024', '2024-07-31'],
    ['Audit the discharge pathway in Q2', '2024-09-30'],
    ['Clear the backlog by the end of Q2', '2024-09-30'],
    ['Train two cohorts of staff in Q3 and Q4', '2025-03-31'],
    ['Publish the annual report no later than 30 September 2024.', '2024-09-30'],
    ['Brief GPs in May 2024 and publish the guide by December 2024', '2024-12-31'], // the latest
    // a date opening the action before a dash, as a plan of "Specific Actions (dated)" writes it
    ["Sept 2024 – OM/KB/NCP to highlight lowest reg LSOA's & target them asap.", '2024-09-30'],
    ['By Easter 2025 – two briefing sessions for childminders', '2025-04-20'],
    ['Jan 2025 - start weekly Every Child a Talker groups', '2025-01-31'],
    ['Sept 2024 to March 2025 – run the programme', '2025-03-31'], // a period: its end
    // a span the work runs over, as a corporate plan's steps give it: its end
    ['Deliver the Band B school programme between April 2024 and 2026', '2026-12-31'],
    ['Become a child friendly city between 2023 and 2025', '2025-12-31'],
    // the end of the plan's financial year
    ['Develop a new Corporate Parenting Strategy by the end of the financial year.', '2025-03-31'],
    // and of the school year, as a young people's plan writes it
    ['They will finish all ten by the end of the school year.', '2025-08-31'],
  ])('%j → due %s', (action, due) => {
    expect(deadlineInWords(action, parse)?.due).toBe(due);
  });

  describe('negative cases', () => {
    test.each([
      // the date says when the work starts or started
      ['Include a member with lived experience on the panel from Q1', 'from: a start'],
      ['Running since April 2024', 'since: a start'],
      // the words after the phrase are not a date
      ['Reduce repeat referrals by 10 agencies, reported March 2025', 'a number, then a date elsewhere'],
      ['Reduce repeat referrals by 10 agencies March 2025', 'a date later in the words, not opening them'],
      ['Offer reviews in 75% of cases', 'a share'],
      ['Deliver 2 per quarter', 'a rate'],
      ['Hold briefings in 2 weeks of each review', 'a span'],
      ['Raise awareness across the partnership', 'no date at all'],
      ['Share learning between 12 agencies', 'a count after "between", not a date'],
      ['Agree the budget with the financial year team', "a team, not the year's end"],
      // an opening before a dash that is not one date
      ['Termly – Parents’ Forum feeds into the Advisory Board meetings', 'a round of work, not a date'],
      ['Schools in the north – brief the heads by the end of term', 'words, not a date'],
      ['Visit the 2024 intake – every school', 'a year inside words, not a date opening the action'],
      ['Sept 2024 onwards, monthly – review the data', 'no dash after the date'],
    ])('%j → none (%s)', (action) => {
      expect(deadlineInWords(action, parse)).toBeNull();
    });
  });

  test('read only where the plan has no timescale column, and the reasons say so', () => {
    const withColumn = assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Timescale', 'Progress'],
          ['1', 'Audit the pathway by March 2025', 'June 2024', 'On track'],
          ['2', 'Publish the guide', 'July 2024', 'On track'],
        ],
      },
      { asOf: '2024-05-01' },
    ).rows[0];
    expect(withColumn.timescale.due).toBe('2024-06-30');
    const without = assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Lead', 'Progress'],
          ['1', 'Audit the pathway by March 2025', 'ICB', 'On track'],
          ['2', 'Publish the guide', 'ICB', 'On track'],
        ],
      },
      { asOf: '2024-05-01' },
    ).rows[0];
    expect(without.timescale.due).toBe('2025-03-31');
    expect(without.reasons.join(' | ')).toContain('the plan has no timescale column: due date read from the action');
  });

  test('the report says where the dates came from, not that they cannot be worked out', () => {
    const a = assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Lead', 'Progress'],
          ['1', 'Audit the pathway by March 2025', 'ICB', 'On track'],
          ['2', 'Publish the guide', 'ICB', 'On track'],
        ],
      },
      { asOf: '2024-05-01' },
    );
    expect(a.missingColumns).toEqual([]);
    expect(a.warnings).toEqual([`No timescale column: the due dates written in the actions' own words ("by March 2025") are read (1 row).`]);
  });
});
