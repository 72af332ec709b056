import * as headerVocabulary from '../../src/core/vocab/headers';
import * as statusVocabulary from '../../src/core/vocab/status';
import * as timescaleVocabulary from '../../src/core/vocab/timescalePhrases';
import { byFirstLetter, matchAnyPhrase, OPTIMISED_PATTERN_LIMIT, phrasePattern, phraseSearch } from '../../src/core/vocab/phrases';

/** The first match of a pattern, as where it is and what it holds (null for none). */
function firstMatch(pattern: RegExp, text: string): [number, string] | null {
  const m = pattern.exec(text);
  return m ? [m.index, m[0]] : null;
}

describe('phrases gathered by their first letter', () => {
  // lists whose terms compete at the same place: the gathered pattern must find what the plain list finds
  const lists: string[][] = [
    ['slipp(?:ed|age|ing)', 'slips?', 'delay(?:ed|s)?', 'deferred', 'delivered'],
    ['(?:agreed|decided|decision|asked) to (?:defer|postpone|delay)', 'agreed', 'decided'],
    ['(?:now )?due', 'now', 'due to'],
    ['(?:(?:this |the )?action (?:is )?)?no longer (?:required|needed)', 'the action', 'no'],
    ['\\d+ more', 'more', '(?:[1-9]|[1-9][0-9])\\s?% of', 'of'],
    ['IT (?:issues|problems)', 'it is', 'issues'],
    ['late(?! [a-z]{2,}s\\b)', 'later', '(?<!not )on track', 'on hold'],
    ['(?:[\\w&/()-]+\\s+){1,3}closed', 'closed', 'cl'],
    // terms matching only as the text's first words, beside terms that may match anywhere
    ['(?<=^\\s*)(?:to do|todo|backlog)(?=\\s*[.!]?\\s*$)', 'to be done', '(?<=^\\s*)new(?: item)?(?=\\s*$)', 'not', '(?<=^\\s*)\\d+ done', 'backlogged'],
    // terms opening with other look-behinds: after a sentence's end, after given words, not after "not"; one of
    // several alternatives ("a" or "b ")
    [
      '(?:(?<=(?:^|[.;])\\s*)|(?<=\\bfindings\\s+))(?:now )?to (?:the )?board',
      '(?<=(?:^|[.;])\\s*)(?:now )?to (?:the )?board',
      '(?<=\\b(?:draft|findings)\\s+)(?:now )?to',
      '(?<!not )on track',
      '(?<=^|, )(?:done|due)',
      'to',
      'now',
    ],
  ];
  const texts = [
    'Slipped to June; slippage agreed',
    'Delays expected. Deferred to 2016',
    'Agreed to defer until the review; decided to delay',
    'Now due in March, due to the audit',
    'The action is no longer required',
    'this action no longer needed; no',
    '12 more sessions, 80% of staff, more of the same',
    'IT issues; it is delayed, issues with IT problems',
    'late returns from schools; running late. Later on track',
    'not on track, on hold',
    'Work (phase 1) closed; cl',
    '  To do.',
    'Todo',
    'Backlog - not to be done',
    'backlogged; new',
    'New item',
    ' new',
    'renew',
    'Not todo',
    '3 done; 4 done',
    'x 3 done',
    'To the Board. Now to the board; findings to CPC',
    'draft  now to June, draft to; not on track',
    'Not on track; on track, done, due',
    'done; due; a, done',
    '',
  ];

  test.each(lists.map((l) => [l.join(' | '), l]))('%s', (_, phrases) => {
    const sorted = [...(phrases as string[])].sort((a, b) => b.length - a.length).map((p) => p.trim().replace(/ +/g, '[\\s-]+'));
    for (const flags of ['i', '']) {
      const plain = new RegExp(`\\b(?:${sorted.join('|')})`, flags);
      const gathered = new RegExp(`\\b${matchAnyPhrase(phrases as string[])}`, flags);
      for (const text of texts) expect([text, flags, firstMatch(gathered, text)]).toEqual([text, flags, firstMatch(plain, text)]);
    }
  });

  test('terms that open with a letter are gathered behind it, in their order', () => {
    expect(byFirstLetter(['slipped', 'delay', 'slips?'])).toBe('s(?:lipped|lips?)|delay');
    expect(byFirstLetter(['(?:agreed|decided) to defer', 'due'])).toBe('agreed to defer|d(?:ecided to defer|ue)');
  });

  test('a term matching only at the start is gathered behind its first letter, the look-behind moved after it', () => {
    expect(byFirstLetter(['(?<=^\\s*)(?:todo|backlog)', 'blocked', '(?<=^\\s*)\\d+'])).toBe('t(?<=^\\s*t)odo|b(?:(?<=^\\s*b)acklog|locked)|(?<=^\\s*)\\d+');
  });

  test('a term opening with any look-behind is gathered behind its first letter, the look-behind moved after it', () => {
    expect(byFirstLetter(['(?<!not )on track', '(?<=^|, )(?:done|due)', 'delay'])).toBe('o(?<!not o)n track|d(?:(?<=(?:^|, )d)one|(?<=(?:^|, )d)ue|elay)');
    // (a group of look-behinds written out first)
    expect(byFirstLetter(['(?:(?<=^)|(?<=; ))to', 'done'])).toBe('t(?:(?<=^t)o|(?<=; t)o)|done');
  });

  test('a term opening otherwise stays between the letters gathered on either side of it', () => {
    expect(byFirstLetter(['done', '\\d+ more', 'delay'])).toBe('done|\\d+ more|delay');
  });

  test('a list with a capturing group is joined as it is', () => {
    expect(byFirstLetter(['(red|amber)', 'delay', 'done'])).toBe('(red|amber)|delay|done');
  });

  test('a space made optional (" ?") is any run of spaces or hyphens, or none', () => {
    const p = phrasePattern(['booked \\d{1,2} ?[+&] ?\\d{1,2} march']);
    expect(['booked 15+16 March', 'booked 15 + 16 March', 'booked 15 - + 16 March'].map((t) => p.test(t))).toEqual([true, true, true]);
    expect(p.test('booked 15 16 March')).toBe(false);
  });

  test('the patterns built from phrase lists read as before', () => {
    expect(phrasePattern(['off track', 'stalled']).test('Work is off-track')).toBe(true);
    expect(phrasePattern(['superseded', 'withdrawn']).exec('Superseded by the 2016 plan')![0]).toBe('Superseded');
    expect(phrasePattern(['on hold', 'delayed'], { anchored: true }).test('Work on hold')).toBe(false);
  });
});

describe('a phrase list too long for one optimised pattern', () => {
  // the phrases of a long list, searched in parts small enough to cut it into several (the real limit is 20 KB)
  const phrases = [
    '(?<=(?:^|[.;])\\s*)(?:now )?to (?:the )?board',
    'deferred (?:to|until)',
    'now due(?: (?:for|in))?',
    'now',
    'due',
    'to',
    'planned for',
    'plan',
    '\\d+ more',
    '(?<!not )on track',
  ];
  const texts = [
    'To the Board in March; now due in May, deferred to June',
    'Planned for June. Plan agreed; 3 more to do',
    'Not on track; on track now',
    'due; due to; now; to',
    'nothing here',
    '',
  ];

  test.each([100, 40, 1])('searched in parts of at most %i characters, it finds what the whole list finds, match by match', (limit) => {
    const search = phraseSearch(phrases, limit);
    if (limit < 100) expect(search.patterns.length).toBeGreaterThan(1);
    const whole = new RegExp(phrasePattern(phrases).source, 'gi');
    for (const text of texts) {
      const found: Array<[number, string]> = [];
      for (let m = search.exec(text); m; m = search.exec(text, m.index + Math.max(1, m[0].length))) found.push([m.index, m[0]]);
      expect([text, found]).toEqual([text, [...text.matchAll(whole)].map((m) => [m.index, m[0]])]);
    }
  });

  test('every phrase pattern the vocabularies export is short enough for V8 to optimise', () => {
    const vocabularies = [statusVocabulary, headerVocabulary, timescaleVocabulary];
    const patterns: Array<[string, number]> = [];
    for (const vocab of vocabularies)
      for (const [name, value] of Object.entries(vocab as Record<string, unknown>)) {
        if (value instanceof RegExp) patterns.push([name, value.source.length]);
        else if (value && typeof value === 'object' && 'patterns' in value)
          for (const p of (value as { patterns: RegExp[] }).patterns) patterns.push([name, p.source.length]);
      }
    expect(patterns.length).toBeGreaterThan(50);
    expect(patterns.filter(([, length]) => length > OPTIMISED_PATTERN_LIMIT)).toEqual([]);
  });
});
