import { parseTimescale } from '../../src/core/timescale/parseTimescale';
import { expectTable } from '../helpers/timescale';

describe('recurring, event and undated phrases', () => {
  expectTable([
    ['Bi monthly', 'recurring', null, null],
    ['Bi-monthly', 'recurring', null, null],
    ['Bi Monthly', 'recurring', null, null],
    ['Monthly', 'recurring', null, null],
    ['6 weekly', 'recurring', null, null],
    ['Quarterly', 'recurring', null, null],
    ['Annually', 'recurring', null, null],
    ['Annual report (Nov)', 'recurring', '2014-11-30', 'month'],
    // one year's annual report: a date, not a round
    ['June 2015 (2014/15 annual report)', 'date', '2015-06-30', 'month'],
    ['With the 2014-15 annual report (Nov 15)', 'date', '2015-11-30', 'month'],
    ['Ongoing', 'recurring', null, null],
    ['On-going', 'recurring', null, null],
    // a school's half terms
    ['Each half term', 'recurring', null, null],
    ['Every half-term', 'recurring', null, null],
    ['Half term 2', 'none', null, null], // one half term, not a round
    ['At every Consortium meeting', 'recurring', null, null],
    ['Ongoing & as need arises proactivly', 'recurring', null, null],
    ['Summer 2015 onwards', 'recurring', '2015-08-31', 'season'],
    ['When need arises', 'event', null, null],
    ['As required', 'event', null, null],
    ['as and when', 'event', null, null],
    ['Timescales to be agreed but to reflect urgency of situation', 'none', null, null],
    ['TBC', 'none', null, null],
    ['ASAP', 'none', null, null],
    ['-', 'none', null, null],
    ['', 'none', null, null],
    ['Within 3 months', 'none', null, null], // a period, but from when?
    ['within six weeks', 'none', null, null],
    ['Within 3 months of publication', 'event', null, null], // counted from an event
    ['within 6 months of the report', 'event', null, null],
    ['6 months after launch', 'event', null, null], // a period counted from an event named in words
    ['Two weeks following the Board', 'event', null, null],
    ['3 months', 'none', null, null], // a period from no event
    ['Next Board', 'event', null, null], // the plan does not say when that is
    ['Report to next sub-group', 'event', null, null],
    ['Next mtg', 'event', null, null], // a meeting shortened, as action logs write it
    ['Each Cttee', 'recurring', null, null],
    ['Next meeting - March 2015', 'date', '2015-03-31', 'month'], // a date given beside it is the deadline
    ['next steps agreed', 'none', null, null], // not a meeting
    // how often, in words
    ['Once a year', 'recurring', null, null],
    ['Twice a year', 'recurring', null, null],
    ['Every quarter', 'recurring', null, null],
    ['Per annum', 'recurring', null, null],
    // after a step the plan names, or a condition
    ['Following sign-off of the pathway', 'event', null, null],
    ['After sign-off of the pathway', 'event', null, null],
    ['Once the pathway is signed off', 'event', null, null],
    ['When the policy is agreed', 'event', null, null],
    ['Dependent on funding', 'event', null, null],
    ['Following the review in March 2015', 'date', '2015-03-31', 'month'], // a date given is the deadline
    ['When agreed', 'none', null, null], // what is agreed is not named
  ]);

  test.each([
    ['Within 3 months', /a period with no start given/],
    ['Next Board', null],
  ])('%j says why it has no date', (text, why) => {
    const t = parseTimescale(text);
    if (why) expect(t.assumptions.join(' ')).toMatch(why);
    else expect(t.event).toBe('the next meeting');
  });

  test.each([
    ['Bi monthly', 'bi-monthly'],
    ['6 weekly', 'n-weekly'],
    ['Quarterly', 'quarterly'],
    ['On-going', 'ongoing'],
    ['At every Consortium meeting', 'every meeting'],
    // a committee named for what it does, its meetings meant
    ['Each Scrutiny', 'every meeting'],
    ['Every sub-group', 'every meeting'],
    ['Each qtr', 'quarterly'],
    ['each Committee', 'every meeting'],
    // in Welsh, alone, as a bilingual plan may leave them
    ['Chwarterol', 'quarterly'],
    ['Misol', 'monthly'],
    ['Blynyddol', 'annually'],
    ['Parhaus / Ongoing', 'ongoing'],
    // work made part of the day job, with no end
    ['Business as usual', 'ongoing'],
    ['BAU', 'ongoing'],
    ['Business As Usual (BAU)', 'ongoing'],
    ['Now BAU', 'ongoing'],
    ['BAU – no end date', 'ongoing'],
  ])('%j recurs %s', (text, label) => {
    expect(parseTimescale(text).recurrence).toBe(label);
  });

  // business as usual beside a date by which the work becomes it, grouped by reason: the date is the deadline
  describe('business as usual: negative cases', () => {
    test.each([
      // a deadline after it
      ['Business as usual by April 2016', '2016-04-30'],
      ['BAU - March 2016', '2016-03-31'],
      // a move into it, by a date
      ['Embedded as BAU by March 2016', '2016-03-31'],
      ['Move to business as usual Mar 16', '2016-03-31'],
    ])('%j is due %s, not ongoing', (text, due) => {
      const t = parseTimescale(text);
      expect({ kind: t.kind, due: t.due }).toEqual({ kind: 'date', due });
    });
  });

  test('undated timescales need a date; recurring and events do not', () => {
    expect(parseTimescale('TBC').needsDate).toBe(true);
    expect(parseTimescale('Timescales to be agreed but to reflect urgency of situation').needsDate).toBe(true);
    expect(parseTimescale('Bi monthly').needsDate).toBe(false);
    expect(parseTimescale('When need arises').needsDate).toBe(false);
  });
});

// a round each year at one time of it ("Each winter": the severe weather beds opened every winter), not one winter
test.each([
  ['Each winter', 'recurring'],
  ['Every summer', 'recurring'],
  ['Winter 2015', 'date'],
])('%j is %s', (text, kind) => {
  expect(parseTimescale(text).kind).toBe(kind);
});
