/** The sentences of a status, as the status rules read them. */
import { clip, firstSentence, lastSentenceStart, phraseOn, unpunctuated } from '../../src/core/status/sentences';

describe('firstSentence', () => {
  test.each([
    ['Complete. Signed off', 'Complete.'],
    ['Scoping completed; project plan in development', 'Scoping completed;'],
    ['Initial meeting held – scoping under way', 'Initial meeting held – '],
    ['Meeting held with J.Smith', 'Meeting held with J.Smith'],
    ['No stop at all', 'No stop at all'],
  ])('%j → %j', (text, first) => {
    expect(firstSentence(text)).toBe(first);
  });
});

describe('lastSentenceStart', () => {
  test.each([
    ['Group met in October. Protocol signed off in January.', 'Protocol signed off in January.'],
    ['Delayed! Now complete', 'Now complete'],
    ['Version 1.2 agreed', 'Version 1.2 agreed'], // a dot inside a number ends no sentence
    ['One sentence.', 'One sentence.'],
  ])('%j: the last sentence is %j', (text, last) => {
    expect(text.slice(lastSentenceStart(text))).toBe(last);
  });
});

describe('phraseOn', () => {
  test.each([
    ['Complete - awaiting evidence from health. Next', /awaiting/, 'awaiting evidence from health'],
    // a word that leaves the quote hanging is dropped
    ['Agreed; awaiting sign off by partners', /awaiting/, 'awaiting sign off'],
    ['Complete, pending', /pending/, 'pending'],
  ])('%j with %s → %j', (text, pattern, quoted) => {
    expect(phraseOn(text, pattern.exec(text)!)).toBe(quoted);
  });
});

describe('unpunctuated and clip', () => {
  test('unpunctuated drops the stops and dashes at the end', () => {
    expect(unpunctuated('Criteria agreed; ')).toBe('Criteria agreed');
    expect(unpunctuated('Audit completed -')).toBe('Audit completed');
  });

  test('clip cuts a long quote at a word', () => {
    expect(clip('Criteria agreed')).toBe('Criteria agreed');
    const long = 'The protocol was completed in December and signed off by the Board in January after consultation';
    expect(clip(long)).toBe('The protocol was completed in December and signed off by the...');
  });
});
