/**
 * The words that name a meeting, as plans write them after its month or after "next" ("May Board", "Feb mtg", "the
 * next Cttee", "June sub-group"): a regular-expression alternation, for patterns that read a meeting as a date.
 * @example new RegExp(`^May (?:${MEETING_NOUNS})$`, 'i').test('May mtg') // true
 */
export const MEETING_NOUNS = String.raw`board|meeting|mtg|panel|committee|cttee|forum|group|sub[\s-]?group|exec|executive|cabinet|partnership`;

/**
 * Boards' and groups' own short names, which plans write after a month as they write "Board" ("now Feb HWB", "to the
 * March LSCB"): an alternation, beside `MEETING_NOUNS`.
 */
export const MEETING_ACRONYMS = 'hwb|scb|sab|lscb|lsab|scp|ssp|cpc|apc|csp|pb|smt|slt|dmt';
