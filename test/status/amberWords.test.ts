import { classifyStatus, type RagState } from '../../src/core/status/classifyStatus';
import { parseTimescale } from '../../src/core/timescale/parseTimescale';

// read in January 2015, the action due in March 2015: not yet due, so only the words can make it amber
const AS_OF = '2015-01-21';
const state = (status: string, timescale = 'March 2015') => classifyStatus({ status, rag: '', timescale: parseTimescale(timescale), asOf: AS_OF }).state;

describe("a drop-down's word between on track and off it, or work put aside: amber", () => {
  test.each([
    'Needs attention',
    'Requires attention – data from health awaited',
    'Requires urgent attention',
    'Attention required',
    'Cause for concern',
    'Causing concern.',
    'Escalated',
    'Escalated.',
    'Parked',
    'Parked until the new strategy is agreed',
    'Deprioritised',
    'De-prioritised due to capacity',
  ])('%j → amber', (status) => {
    expect(state(status)).toBe('amber');
  });

  describe('not read so', () => {
    test.each([
      // denied
      ['No cause for concern', 'green'],
    ] as Array<[string, RagState]>)('denied: %j → %s', (status, expected) => {
      expect(state(status)).toBe(expected);
    });
    test.each([
      // the people or places the work is for ("schools causing concern", "children of concern")
      ['Schools causing concern visited', 'green'],
      ['Children of concern identified and referred', 'green'],
      ['Neglect strategy: cause for concern cases reviewed', 'green'],
      ['Parking enforcement visits under way', 'green'],
    ] as Array<[string, RagState]>)('said of those the work is for: %j → %s', (status, expected) => {
      expect(state(status)).toBe(expected);
    });
    test.each([
      // not the opening word: the words go on to say what needs attention, or name a thing made
      ['Needs attention from all partners to embed', 'green'],
      ['Escalation process agreed', 'complete'],
    ] as Array<[string, RagState]>)('not the word alone: %j → %s', (status, expected) => {
      expect(state(status)).toBe(expected);
    });
  });
});
