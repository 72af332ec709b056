/**
 * The colour words a plan's RAG key names: the RAG's four, and yellow and orange, which a key may tell apart
 * ("Orange – not on target", "Yellow – on target": both amber in a plan that names only one). A regular-expression
 * alternation, for patterns that find a key's colours.
 * @example new RegExp(`^(?:${KEY_COLOURS})\\b`, 'i').test('Yellow - on target') // true
 */
export const KEY_COLOURS = 'red|amber|green|blue|yellow|orange';

/** The colour words of the amber hue a key may name (`KEY_COLOURS`). */
export const AMBER_HUES: readonly string[] = ['amber', 'orange', 'yellow'];
