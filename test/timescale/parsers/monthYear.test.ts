import { expectTable } from '../../helpers/timescale';

describe('month-year parser', () => {
  expectTable([
    ['August 2014', 'date', '2014-08-31', 'month'],
    ['September 14', 'date', '2014-09-30', 'month'],
    ['Dec 14', 'date', '2014-12-31', 'month'],
    ['Apr-15', 'date', '2015-04-30', 'month'],
    ['Sept 2015', 'date', '2015-09-30', 'month'],
    ['Oct14', 'date', '2014-10-31', 'month'],
    ["Jan '15", 'date', '2015-01-31', 'month'],
    ['February 2016', 'date', '2016-02-29', 'month'],
    ['End of June 2014', 'date', '2014-06-30', 'month'],
    ['By end Sept 2015', 'date', '2015-09-30', 'month'],
    ['by the end of March 2015', 'date', '2015-03-31', 'month'],
    ['April 2014 \n\n\n', 'date', '2014-04-30', 'month'],
    ['mid March 2015', 'date', '2015-03-15', 'day'],
    ['early May 2015', 'date', '2015-05-10', 'day'],
    // a meeting named between the month and its year
    ['March Board 2015', 'date', '2015-03-31', 'month'],
    ['June LSCB meeting 2015', 'date', '2015-06-30', 'month'],
    ['Dec Board 14', 'date', '2014-12-31', 'month'],
  ]);

  describe('negative cases', () => {
    // a meeting with no month before it is not a month: the year alone
    expectTable([['Board report 2015', 'date', '2015-12-31', 'year']]);
  });
});

describe('months as plans misspell them', () => {
  expectTable([
    ['Decemeber 2014', 'date', '2014-12-31', 'month'],
    ['Feburary 2015', 'date', '2015-02-28', 'month'],
    ['Janaury 2015', 'date', '2015-01-31', 'month'],
    ['Ocotber 2014', 'date', '2014-10-31', 'month'],
    ['Novemeber 2014', 'date', '2014-11-30', 'month'],
    // more as plans type them: a letter doubled, dropped or swapped
    ['Janurary 2016', 'date', '2016-01-31', 'month'],
    ['Janauary 2016', 'date', '2016-01-31', 'month'],
    ['Febrary 2016', 'date', '2016-02-29', 'month'],
    ['Feberuary 2016', 'date', '2016-02-29', 'month'],
    ['Jully 2016', 'date', '2016-07-31', 'month'],
    ['Augest 2015', 'date', '2015-08-31', 'month'],
    ['Septemeber 2015', 'date', '2015-09-30', 'month'],
    ['Octber 15', 'date', '2015-10-31', 'month'],
    ['Novmber 2015', 'date', '2015-11-30', 'month'],
    ['Novemer 2015', 'date', '2015-11-30', 'month'],
    ['31st Decmber 2015', 'date', '2015-12-31', 'day'],
  ]);

  // words that only begin as a month does, grouped by reason: the year alone is read
  describe('negative cases', () => {
    expectTable([
      // an English word sharing a month's first letters
      ['Augmented offer 2016', 'date', '2016-12-31', 'year'],
      ['Octagon project 2016', 'date', '2016-12-31', 'year'],
      // a misspelling with more after it is another word
      ['Novmberish 2016', 'date', '2016-12-31', 'year'],
    ]);
  });
});

// months in Welsh, as Welsh public bodies' bilingual plans write them
describe('months in Welsh', () => {
  expectTable([
    ['Hydref 2019', 'date', '2019-10-31', 'month'],
    ['Tachwedd 2019 / November 2019', 'date', '2019-11-30', 'month'],
    ['Wythnos Ddiogelu Genedlaethol (Tachwedd 2019) / National Safeguarding Week (November 2019)', 'date', '2019-11-30', 'month'],
    ['Ionawr 2020', 'date', '2020-01-31', 'month'],
    ['Mai 2020', 'date', '2020-05-31', 'month'],
    ['Gorffennaf 2020', 'date', '2020-07-31', 'month'],
  ]);

  describe('negative cases', () => {
    // "mai" lower-case with no year is no month (as "may" is not)
    expectTable([['mai', 'none', null, null]]);
  });
});
