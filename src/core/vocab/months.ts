/**
 * Month and season words as UK plans write them. Data, not code: add a spelling here and every
 * timescale parser that reads month names picks it up.
 */

/** Month spellings → month number (1-12). Longest spellings are tried first by the parsers. */
export const MONTH_NAMES: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  // misspellings plans hold ("Febuary", "Janaury", "Decemeber", "Janurary", "Novmber"): each begins with its month's
  // first three letters, so the check for a month word before the parsers run finds it as it finds the month
  janaury: 1,
  janurary: 1,
  janauary: 1,
  february: 2,
  feb: 2,
  febuary: 2,
  feburary: 2,
  febraury: 2,
  febrary: 2,
  feberuary: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  jully: 7,
  august: 8,
  aug: 8,
  augest: 8,
  september: 9,
  septmber: 9,
  septemeber: 9,
  sept: 9,
  sep: 9,
  october: 10,
  ocotber: 10,
  octber: 10,
  oct: 10,
  november: 11,
  novemeber: 11,
  novmber: 11,
  novemer: 11,
  nov: 11,
  december: 12,
  decemeber: 12,
  decmber: 12,
  dec: 12,
  // in Welsh, as Welsh public bodies' bilingual plans write them ("Tachwedd 2019 / November 2019", "Hydref 2019")
  ionawr: 1,
  chwefror: 2,
  mawrth: 3,
  ebrill: 4,
  mai: 5,
  mehefin: 6,
  gorffennaf: 7,
  awst: 8,
  medi: 9,
  hydref: 10,
  tachwedd: 11,
  rhagfyr: 12,
};

/**
 * Month words that are also ordinary English words. Without a year beside them they are only read as
 * months when written with a capital letter and not followed by a verb-like word ("may be", "march on").
 */
export const AMBIGUOUS_MONTH_WORDS: ReadonlySet<string> = new Set(['may', 'mar', 'march', 'jun', 'dec', 'sept', 'sep', 'aug', 'jan', 'mai']);

/** Words that, after an ambiguous month word, show it is not a month ("may be", "may need"). */
export const NOT_A_MONTH_AFTER = ['be', 'have', 'need', 'not', 'also', 'require', 'requires', 'want', 'wish', 'become', 'help', 'take', 'on'];

/**
 * UK (meteorological) seasons: the months each covers. Winter starts in December of the named year.
 * A deadline of "Spring 2016" is read as the end of May 2016.
 */
export const SEASONS: Readonly<Record<string, { firstMonth: number; lastMonth: number }>> = {
  spring: { firstMonth: 3, lastMonth: 5 },
  summer: { firstMonth: 6, lastMonth: 8 },
  autumn: { firstMonth: 9, lastMonth: 11 },
  fall: { firstMonth: 9, lastMonth: 11 },
  winter: { firstMonth: 12, lastMonth: 2 },
};

/**
 * The terms of the school year in England, as plans for schools and children's services write them: the autumn
 * term runs September-December, the spring term January to Easter (read as January-March), the summer term
 * April-July, and the summer holidays are August.
 */
export const SCHOOL_TERMS: Readonly<Record<string, { firstMonth: number; lastMonth: number; said: string }>> = {
  autumn: { firstMonth: 9, lastMonth: 12, said: 'September-December' },
  fall: { firstMonth: 9, lastMonth: 12, said: 'September-December' },
  spring: { firstMonth: 1, lastMonth: 3, said: 'January-March: to Easter' },
  summer: { firstMonth: 4, lastMonth: 7, said: 'April-July' },
};

/**
 * A term's name as a school's plan shortens it ("Aut term", "Spr term", "Sum term"), and the name `SCHOOL_TERMS` knows it by.
 * @example SHORT_TERMS.aut // 'autumn'
 */
export const SHORT_TERMS: Readonly<Record<string, string>> = { aut: 'autumn', spr: 'spring', sum: 'summer' };

/**
 * The half-terms of the school year in England, as schools' plans name them ("Autumn 1", "Spr 2", "Summer term 1"):
 * each term in two halves split by the half-term holiday. Autumn 1 runs September-October and Autumn 2 November-
 * December; Spring 1 January-February and Spring 2 to Easter (read as March, as the spring term is); Summer 1 after
 * Easter to May and Summer 2 June-July. Keyed by the term's first three letters and the half.
 */
export const HALF_TERMS: Readonly<Record<string, { firstMonth: number; lastMonth: number; said: string }>> = {
  aut1: { firstMonth: 9, lastMonth: 10, said: 'September-October' },
  aut2: { firstMonth: 11, lastMonth: 12, said: 'November-December' },
  spr1: { firstMonth: 1, lastMonth: 2, said: 'January-February' },
  spr2: { firstMonth: 2, lastMonth: 3, said: 'February half-term to Easter, read as March' },
  sum1: { firstMonth: 4, lastMonth: 5, said: 'Easter to May' },
  sum2: { firstMonth: 6, lastMonth: 7, said: 'June-July' },
};

/**
 * The half-term holidays as schools name them by their month ("February half term", "October half-term", "Whitsun
 * half term"): the month each falls in, keyed by the name's first three letters.
 */
export const HALF_TERM_HOLIDAYS: Readonly<Record<string, { month: number; said: string }>> = {
  oct: { month: 10, said: 'October' },
  feb: { month: 2, said: 'February' },
  may: { month: 5, said: 'May' },
  whi: { month: 5, said: 'Whitsun (late May)' },
};

/** The months' full names, January first: for saying a month in words ("April has no 31st"). */
export const MONTH_FULL_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A regular-expression alternation of every month spelling, longest first. */
export const MONTH_PATTERN = Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A regular-expression alternation of every season word. */
export const SEASON_PATTERN = Object.keys(SEASONS).join('|');

/**
 * The three-letter stems every month spelling above begins with: a text may hold a month word only where one of them
 * begins a word. The month parsers are skipped on texts holding none (most status and lead texts).
 */
export const MONTH_STEMS: readonly string[] = [...new Set(Object.keys(MONTH_NAMES).map((m) => m.slice(0, 3)))];

/**
 * A regular-expression alternation of the month stems, in calendar order, for patterns that take any word opening with
 * one as a month ("Sept", "June", "Dec"): `jan|feb|...|dec`.
 */
export const MONTH_STEM_PATTERN = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
