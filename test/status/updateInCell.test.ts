/** Progress written on a line of its own in the action cell, where a plan keeps no status column (issue 11). */
import { updateInCell } from '../../src/core/status/updateInCell';
import { assessGrid } from '../../src/core/plan/assess';

describe('an update line in the action cell', () => {
  test.each([
    ['We will hold events.\nUpdate – Events are being planned.', 'Events are being planned.'],
    ['We will engage communities.\nUpdate –Engagement continues.', 'Engagement continues.'],
    ['Review the centres.\nProgress update: 4 of 11 visited.', '4 of 11 visited.'],
    ['Review the centres.\nQ2 update - 4 of 11 visited.', '4 of 11 visited.'],
    ['Review the centres.\nUpdate (September 2017): started in August.', 'started in August.'],
    ['Review the centres.\n\n• Update: started in August.\nMore next quarter.', 'started in August.\nMore next quarter.'],
    // the labels a plan writes on the rows under an action serve here too (one list, PROGRESS_LABEL_WORDS)
    ['Review the centres.\nWhat we did over the last year: 4 of 11 visited.', '4 of 11 visited.'],
    ['Review the centres.\nProgress to date – 4 of 11 visited.', '4 of 11 visited.'],
    // a monitoring note written after the action (York's early help plan, at its March 2015 monitoring)
    ['Develop a single early help assessment.\nNote: Draft consulted on; launch put back to June 2015.', 'Draft consulted on; launch put back to June 2015.'],
  ])('%j → %j', (cell, update) => {
    expect(updateInCell(cell)).toBe(update);
  });

  describe('negative cases', () => {
    test.each([
      ['Update the website with the new guidance', 'the action opens with the word'],
      ['Review the centres.\nUpdated guidance to be issued to all centres.', 'another word'],
      ['Review the centres.\nProgress has been slow', 'no label: no dash or colon after it'],
      ['Review the centres.\nUpdate –', 'nothing after the label'],
      ['Review the centres and update the leaflet', 'on the same line'],
      ['Note: the centres are reviewed by the Board.', 'a note opening the cell: the action itself'],
      ['Review the centres.\nNoted by the Board', 'another word'],
    ])('%j → null (%s)', (cell) => {
      expect(updateInCell(cell)).toBeNull();
    });
  });

  test('in a plan with no status column: read as the status, and the report says so', () => {
    const a = assessGrid(
      {
        values: [
          ['OBJECTIVE', 'ACTION', 'TIMESCALE', 'Lead'],
          ['Raise awareness', 'We will hold events in October.\nUpdate – Events are being planned with partners.', 'October 2017', 'DMBC'],
          [null, 'We will launch the strategy.\nUpdate – The strategy was launched on 6th July 2017.', 'July 2017', 'DMBC'],
          [null, 'We will produce a leaflet.', 'August 2017', 'DMBC'],
        ],
      },
      { asOf: '2017-09-30' },
    );
    expect(a.rows.map((r) => [r.state, r.status])).toEqual([
      ['green', 'Events are being planned with partners.'],
      ['complete', 'The strategy was launched on 6th July 2017.'],
      ['red', ''], // past due with nothing said
    ]);
    expect(a.missingColumns).toEqual([]);
    expect(a.warnings).toEqual([
      'No status column: the progress written with each action ("Update – ..." in its cell, or on the rows under it) is read as its status (2 rows).',
    ]);
  });

  test('beside a status column, the action cell is the action only', () => {
    const a = assessGrid(
      {
        values: [
          ['Action', 'Timescale', 'Status'],
          ['We will hold events.\nUpdate – Events delivered.', 'October 2017', 'On track'],
          ['We will launch the strategy.', 'December 2017', 'On track'],
        ],
      },
      { asOf: '2017-09-30' },
    );
    expect(a.rows[0].status).toBe('On track');
  });
});
