import { classifyStatus, type RagState } from '../../src/core/status/classifyStatus';
import { parseTimescale } from '../../src/core/timescale/parseTimescale';

// read in January 2015
const AS_OF = '2015-01-21';
const state = (status: string, timescale = 'October 2014') => classifyStatus({ status, rag: '', timescale: parseTimescale(timescale), asOf: AS_OF }).state;

describe('the secretariat still waiting for the lead, or nobody knowing how it stands: no update', () => {
  test.each([
    'Update chased',
    'Chased for update',
    'Chased again for an update 12/01',
    'Lead chased 12/01',
    'Lead chased.',
    'Return not received',
    'Nil return',
    'Nil update',
    'Status unknown',
    'Not known',
    'No information',
    'No comments',
    'Lead to update',
    'Lead to provide an update',
    'Lead to confirm status',
  ])('%j past due → red', (status) => {
    expect(state(status)).toBe('red');
  });
  test.each(['Update chased', 'Nil return', 'Lead to confirm status'])('%j before the date → none', (status) => {
    expect(state(status, 'March 2015')).toBe('none');
  });

  describe('not read so', () => {
    test.each([
      // the chase answered with the word that it is done
      ['Update chased; complete', 'complete'],
      ['Chased for update - lead confirms training delivered and completed', 'complete'],
    ] as Array<[string, RagState]>)('the chase answered: %j → %s', (status, expected) => {
      expect(state(status)).toBe(expected);
    });
    test.each([
      // the words are about the work itself: its data, its people, what it is to set up
      ['Lead chased partners for their data; audit 80% complete', 'amber'],
      ['Nil returns from schools chased; audit report drafted', 'amber'],
      ['Not known to services', 'amber'],
      ['No information sharing agreement in place yet', 'amber'],
      ['No comments received on the draft; to be finalised', 'amber'],
      ['Unknown numbers of children affected; mapping under way', 'amber'],
      ['Lead to confirm dates for the training', 'amber'],
      // what is awaited from others is not the lead's silence
      ['Response awaited from DfE', 'amber'],
      ['Returns awaited', 'amber'],
    ] as Array<[string, RagState]>)('about the work itself: %j → %s', (status, expected) => {
      expect(state(status)).toBe(expected);
    });
  });
});
