import { classifyStatus, type RagState } from '../../src/core/status/classifyStatus';
import { parseTimescale } from '../../src/core/timescale/parseTimescale';

// read in January 2015, the action due in October 2014
const AS_OF = '2015-01-21';
const state = (status: string, timescale = 'October 2014') => classifyStatus({ status, rag: '', timescale: parseTimescale(timescale), asOf: AS_OF }).state;

describe("one agency's labelled entry: the label set aside", () => {
  test.each([
    ['CCG: Complete', 'complete'],
    ["Children's Services: Complete", 'complete'],
    ['ICB: Policy signed off in May', 'complete'],
    ['Police update: training delivered to all staff', 'complete'],
    ['LA: delayed', 'amber'],
    ['Health: not started', 'red'],
  ] as Array<[string, RagState]>)('%j → %s', (status, expected) => {
    expect(state(status)).toBe(expected);
  });

  describe('not read so', () => {
    test.each([
      // another agency's entry follows: one agency's word is not the whole action's
      ['Police: complete. Health: in progress. LA: complete.', 'amber'],
      ['CCG: Complete. LA: awaiting sign off.', 'amber'],
      ['Police update: complete; Health update - delayed', 'amber'],
    ] as Array<[string, RagState]>)('several agencies: %j → %s', (status, expected) => {
      expect(state(status)).toBe(expected);
    });
    test.each([
      // the word without a colon is the subject, not a label
      ['Health visitors trained: 40 of 60', 'amber'],
      ['Police officers briefed; schools to follow', 'amber'],
      // a stage, not an agency, is part of the work
      ['Phase 1: complete', 'amber'],
    ] as Array<[string, RagState]>)('not a label: %j → %s', (status, expected) => {
      expect(state(status)).toBe(expected);
    });
  });
});
