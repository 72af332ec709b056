/**
 * Numbers as plans write them in words ("three of five agencies", "Within six months", "for eighteen months"), by
 * value. Each reader's own pattern says which of them it takes; this is only their values.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
};

/**
 * The number words as a regular-expression alternation, longest first ("eighteen" before "eight"): for patterns that
 * take a count in words or digits ("Within five working days", "for eighteen months").
 */
export const NUMBER_WORD_PATTERN = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * The value of a number written in digits or in words (`NUMBER_WORDS`, and `more` a reader adds: "a" for "a year",
 * "first" for "the first of three"), or null.
 * @example numberIn('six') // 6
 * @example numberIn('a', { a: 1 }) // 1
 */
export function numberIn(text: string, more: Readonly<Record<string, number>> = {}): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const word = text.toLowerCase();
  if (Object.prototype.hasOwnProperty.call(more, word)) return more[word];
  return Object.prototype.hasOwnProperty.call(NUMBER_WORDS, word) ? NUMBER_WORDS[word] : null;
}
