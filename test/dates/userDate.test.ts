import { displayDate, parseUserDate } from '../../src/core/userDate';

describe('parseUserDate reads the forms people type', () => {
  test.each([
    ['2015-01-21', '2015-01-21'],
    ['21/01/2015', '2015-01-21'],
    ['21/1/2015', '2015-01-21'],
    ['21.1.15', '2015-01-21'], // as the plan's own version block writes it
    ['21-01-2015', '2015-01-21'],
    ['01/02/2015', '2015-02-01'], // UK order: 1 February
    ['21 Jan 2015', '2015-01-21'],
    ['21 January 2015', '2015-01-21'],
    ['21st January 2015', '2015-01-21'],
    ['21 jan. 2015', '2015-01-21'],
    ['  21  Sept  2015 ', '2015-09-21'],
    ['January 21, 2015', '2015-01-21'],
    ['29/02/2016', '2016-02-29'],
  ])('%j → %s', (text, iso) => {
    expect(parseUserDate(text)).toEqual({ ok: true, date: iso, couldContinue: false });
  });

  test.each([
    ['31/02/2015', /There is no 31 February 2015/],
    ['29 Feb 2015', /There is no 29 February 2015/],
    ['01/13/2015', /day first/],
    ['21/13/2015', /no month 13/],
    ['25 Nov 2101', /year 2101 looks mistyped/],
    ['21 Jum 2015', /"jum" is not a month/],
    ['next Tuesday', /is not a date plan-rag can read/],
  ])('%j is refused: %s', (text, reason) => {
    const r = parseUserDate(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toMatch(reason);
      expect(r.reason).toMatch(/Type a date such as 21\/01\/2015/); // always says what to type
      expect(r.incomplete).toBe(false);
    }
  });

  test.each(['', '2', '21/', '21/01', '21/01/2', '21/01/201', '2015-0', '21 Ja', '21 Jan', '21 Jan 201', 'Janu'])(
    '%j is the start of a date: incomplete, not an error yet',
    (text) => {
      const r = parseUserDate(text);
      expect(r).toMatchObject({ ok: false, incomplete: true });
    },
  );

  test.each([
    ['21/01/20', '2020-01-21'],
    ['21 Jan 20', '2020-01-21'],
    ['2015-01-2', '2015-01-02'],
  ])('%j is a date that typing may still change', (text, iso) => {
    expect(parseUserDate(text)).toEqual({ ok: true, date: iso, couldContinue: true });
  });
});

test('displayDate: one form everywhere', () => {
  expect(displayDate('2015-01-21')).toBe('21 Jan 2015');
  expect(displayDate(null)).toBe('no date');
  expect(displayDate(undefined, '')).toBe('');
});
