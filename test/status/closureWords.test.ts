import { classifyStatus, type RagState } from '../../src/core/status/classifyStatus';
import { parseTimescale } from '../../src/core/timescale/parseTimescale';

// read in January 2015, the action due in October 2014: anything not closed is late
const AS_OF = '2015-01-21';
const state = (status: string, timescale = 'October 2014') => classifyStatus({ status, rag: '', timescale: parseTimescale(timescale), asOf: AS_OF }).state;

describe('the board agreeing to close the action, or a lead suggesting it: closed', () => {
  test.each([
    'Approved for closure',
    'Agreed for closure at the June Board',
    'Approved for closure by the SAB Executive in December.',
    'Suggest closure',
    'Suggested for closure',
    'Suggest to close',
    // the article left off, as trackers write it
    'Action can now be closed',
    'Recommendation can be closed.',
  ])('%j → complete', (status) => {
    expect(state(status)).toBe('complete');
  });

  describe('not read so', () => {
    test.each([
      // something still holds it back
      ['Approved for closure subject to evidence', 'amber'],
      ['Approved for closure but awaiting sign off', 'amber'],
      // closure refused, or still to be agreed
      ['Not approved for closure', 'amber'],
      ['Closure not agreed - further evidence needed', 'amber'],
      ['Closure to be agreed', 'amber'],
    ] as Array<[string, RagState]>)('held back or refused: %j → %s', (status, expected) => {
      expect(state(status)).toBe(expected);
    });
    test.each([
      // agreed or approved for something other than closure: a step
      ['Agreed for consultation', 'amber'],
      ['Approved for publication', 'amber'],
    ] as Array<[string, RagState]>)('approved for another step: %j → %s', (status, expected) => {
      expect(state(status)).toBe(expected);
    });
  });
});

describe('a word saying the action is not needed any more: closed', () => {
  test.each([
    'Not required',
    'NOT REQUIRED',
    'Not required - covered by national guidance',
    'Not needed',
    'Obsolete',
    'Obsolete - replaced by the new procedures',
    'Redundant – covered by 2.1',
    'Dropped (no longer a priority)',
    'Stood down',
    'Not pursued',
    'Deleted - duplicate',
    'Descoped',
    'De-scoped',
    'Out of scope',
    'Rescinded',
  ])('%j → complete', (status) => {
    expect(state(status)).toBe('complete');
  });

  describe('not read so', () => {
    test.each([
      // not needed only for a while, or only of someone
      ['Not required until April', 'amber'],
      ['Not required to attend; briefing sent', 'amber'],
    ] as Array<[string, RagState]>)('not needed for now, or of someone: %j → %s', (status, expected) => {
      expect(state(status)).toBe(expected);
    });
    test.each([
      // the word said of something the work measures or deals with
      ['Attendance dropped in Q3', 'amber'],
      ['Dropped from 80% to 60%', 'amber'],
      ['Out of scope of the audit: to be picked up in Q3', 'amber'],
      ['Redundancy consultation delayed the restructure', 'amber'],
    ] as Array<[string, RagState]>)('said of something else: %j → %s', (status, expected) => {
      expect(state(status)).toBe(expected);
    });
    test.each([
      // not the opening word: the work was said to go on first
      ['In progress. Not required', 'amber'],
    ] as Array<[string, RagState]>)('not the opening word: %j → %s', (status, expected) => {
      expect(state(status)).toBe(expected);
    });
  });
});

describe('the evidence or assurance asked for given, as an audit tracker records it: done', () => {
  test.each([
    'Evidence uploaded to SharePoint',
    'Evidence on file',
    'Evidence attached',
    'Evidenced',
    'Evidenced - see minutes',
    'Assured',
    'Tested and assured',
  ])('%j → complete', (status) => {
    expect(state(status)).toBe('complete');
  });

  describe('not read so', () => {
    test.each([
      // still to be reviewed
      ['Evidence uploaded but awaiting review by audit', 'amber'],
      // only part of it, or denied
      ['Evidenced in part', 'amber'],
      ['Partially evidenced', 'amber'],
      ['Not evidenced', 'amber'],
      ['Not yet assured', 'amber'],
    ] as Array<[string, RagState]>)('held back, part or denied: %j → %s', (status, expected) => {
      expect(state(status)).toBe(expected);
    });
    test.each([
      // the word opens a sentence about something else
      ['Assured that staff are aware; audit planned', 'amber'],
      ['Evidence on file shows compliance is 60%', 'amber'],
    ] as Array<[string, RagState]>)('about something else: %j → %s', (status, expected) => {
      expect(state(status)).toBe(expected);
    });
  });
});
