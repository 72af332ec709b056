import { classifyStatus, type RagState } from '../../src/core/status/classifyStatus';
import { parseTimescale } from '../../src/core/timescale/parseTimescale';

// read in January 2015, the action due in October 2014
const AS_OF = '2015-01-21';
const state = (status: string, timescale = 'October 2014') => classifyStatus({ status, rag: '', timescale: parseTimescale(timescale), asOf: AS_OF }).state;

describe("an audit tracker's label before the status: set aside", () => {
  test.each([
    ['Follow-up: implemented', 'complete'],
    ['Follow up - implemented', 'complete'],
    ['Follow-up status: Implemented', 'complete'],
    ['Auditor comment: implemented', 'complete'],
    ['Officer comment: complete', 'complete'],
    ["Lead's update: complete", 'complete'],
    ['Update from lead: complete', 'complete'],
    ['Progress to date: complete', 'complete'],
    ['Position statement: complete', 'complete'],
    ['Follow-up: partially implemented', 'amber'],
    ['Follow-up: not started', 'red'],
  ] as Array<[string, RagState]>)('%j → %s', (status, expected) => {
    expect(state(status)).toBe(expected);
  });

  describe('not read so', () => {
    test.each([
      // the management response accepts the recommendation: "Agreed" after it is no word of done
      ['Management response: Agreed.', 'amber'],
    ] as Array<[string, RagState]>)('a response, not a label of progress: %j → %s', (status, expected) => {
      expect(state(status)).toBe(expected);
    });
    test.each([
      // the words are the work's own: a follow-up meeting or audit
      ['Follow up meeting with Health in May', 'amber'],
      ['Follow-up audit - complete', 'complete'],
    ] as Array<[string, RagState]>)('the work’s own words, no label: %j → %s', (status, expected) => {
      expect(state(status)).toBe(expected);
    });
  });
});

describe("a Welsh board's bilingual drop-down read in its Welsh half", () => {
  test.each([
    ['Cwblhawyd', 'complete'],
    ["Wedi'i gwblhau", 'complete'],
    ['Wedi ei gwblhau', 'complete'],
    ['Cwblhawyd / Completed', 'complete'],
  ] as Array<[string, RagState]>)('%j → %s', (status, expected) => {
    expect(state(status)).toBe(expected);
  });

  describe('not read so', () => {
    test.each([
      // completed in part
      ['Cwblhawyd yn rhannol', 'amber'],
    ] as Array<[string, RagState]>)('in part: %j → %s', (status, expected) => {
      expect(state(status)).toBe(expected);
    });
    test.each([
      // not completed ("heb", "ddim": not)
      ['Heb ei gwblhau', 'amber'],
      ["Ddim wedi'i gwblhau", 'amber'],
    ] as Array<[string, RagState]>)('denied: %j → %s', (status, expected) => {
      expect(state(status)).toBe(expected);
    });
  });
});
