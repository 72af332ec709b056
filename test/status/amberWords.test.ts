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

describe('a slip the words straight after it say is made up: not amber before the date', () => {
  test.each([
    'Delayed - now back on track',
    'Was delayed but now back on track',
    'Minor delay - still on track',
    'Some delays but still on track to complete by March',
    'On track despite delays',
  ])('%j → green', (status) => {
    expect(state(status)).toBe('green');
  });

  describe('not read so', () => {
    test.each([
      // another subject on track beside the slip
      ['Audit delayed; training on track', 'amber'],
      ['Audit delayed; training still on track', 'amber'],
      ['Delayed – other strands remain on track', 'amber'],
    ] as Array<[string, RagState]>)('another subject on track: %j → %s', (status, expected) => {
      expect(state(status)).toBe(expected);
    });
    test.each([
      // another slip after it, or the recovery denied
      ['Delayed - now back on track. Funding at risk', 'amber'],
      ['Delayed - not back on track yet', 'amber'],
      ['Delayed - still not on track', 'red'],
    ] as Array<[string, RagState]>)('slipping still: %j → %s', (status, expected) => {
      expect(state(status)).toBe(expected);
    });
    test.each([
      // past the date, the date decides
      ['Delayed - now back on track', 'October 2014', 'amber'],
    ] as Array<[string, string, RagState]>)('past the date: %j due %s → %s', (status, due, expected) => {
      expect(state(status, due)).toBe(expected);
    });
  });
});
