/**
 * Joins a list of phrases into one pattern, as chrono's `matchAnyPattern` does for its dictionaries: longest
 * first (so "not yet started" is tried before "not started"), each a whole-word match. A space in a phrase
 * matches any run of spaces or hyphens ("on track" reads "on-track"), and a phrase may use regular-expression
 * syntax for what varies ("slipp(?:ed|age|ing)").
 *
 * @example phrasePattern(['off track', 'stalled']).test('Work is off-track') // true
 * @example matchAnyPhrase(['on hold', 'delayed']) // '(?:on[\\s-]+hold|delayed)'
 */
export function matchAnyPhrase(phrases: readonly string[]): string {
  const terms = [...phrases].sort((a, b) => b.length - a.length).map((p) => p.trim().replace(/ +/g, '[\\s-]+'));
  return `(?:${terms.join('|')})`;
}

/**
 * A case-insensitive pattern that finds any of the phrases as whole words.
 * @example phrasePattern(['superseded', 'withdrawn']).exec('Superseded by the 2016 plan')![0] // 'Superseded'
 */
export function phrasePattern(phrases: readonly string[], options: { anchored?: boolean } = {}): RegExp {
  const body = `\\b${matchAnyPhrase(phrases)}\\b`;
  return new RegExp(options.anchored ? `^\\s*${body}` : body, 'i');
}
