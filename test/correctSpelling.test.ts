/** Misspelt status words are read as the words they stand for (issue 11: the plans boards really keep). */
import { classifyStatus, type RagState } from '../src/core/status/classifyStatus';
import { correctSpelling } from '../src/core/correctSpelling';
import { parseTimescale } from '../src/core/timescale/parseTimescale';

const read = (status: string, due = 'March 2015') => classifyStatus({ status, timescale: parseTimescale(due), asOf: '2015-01-21' });

describe('correctSpelling', () => {
  test.each([
    ['Complted in March', 'Completed in March', ['"Complted" as "completed"']],
    ['Policy agred at Board', 'Policy agreed at Board', ['"agred" as "agreed"']],
    ['ACHEIVED', 'Achieved', ['"ACHEIVED" as "achieved"']],
    ['Delyed - slipage into Q1', 'Delayed - slippage into Q1', ['"Delyed" as "delayed"', '"slipage" as "slippage"']],
    ['Ontrack', 'On track', ['"Ontrack" as "on track"']],
  ])('%j → %j', (text, corrected, corrections) => {
    expect(correctSpelling(text)).toEqual({ text: corrected, corrections });
  });

  describe('negative cases', () => {
    // English words of their own, and words inside other words, are read as written
    test.each(['Schools compete for funding', 'Competed for the contract', 'Record deleted', 'Recompleted', 'Complete'])('%j has no misspelling', (text) => {
      expect(correctSpelling(text)).toBeNull();
    });
  });
});

describe('a misspelt status is read as it was meant, and the reasons say so', () => {
  test.each([
    ['Complted', 'complete'],
    ['Compelted', 'complete'],
    ['Acheived', 'complete'],
    ['Implimented', 'complete'],
    ['Finsihed', 'complete'],
    ['Deleyed', 'amber'],
    ['Slipage', 'amber'],
    ['Onhold', 'amber'],
    ['In progess', 'green'],
    // not a misspelling: read as written
    ['Compete', 'green'],
  ] as Array<[string, RagState]>)('%j due March 2015 → %s', (status, expected) => {
    expect(read(status).state).toBe(expected);
  });

  test('the reason names the word read as another', () => {
    expect(read('Complted').reasons).toContain('read "Complted" as "completed"');
  });
});
