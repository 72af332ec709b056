/**
 * Text for the terminal: cell text can hold control characters (an ESC that starts a colour or an OSC hyperlink
 * sequence, a BEL, C1 controls, bidi overrides that reorder what follows), which a terminal would obey. Every piece
 * of text that comes from a workbook is shown with those characters escaped, visibly, in the form a programmer
 * would type them: ESC as `\x1b`, BEL as `\x07`, DEL as `\x7f`, C1 controls and bidi/line-separator characters as
 * `\u009b`, `\u202e`. Newlines and tabs in messages are kept; in table cells whitespace is collapsed first.
 */

/** C0 (but tab and newline), DEL, C1, bidi embeddings/overrides/isolates and marks, line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- these are the characters this module exists to escape
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Escapes the characters a terminal would act on.
 * @example escapeControls('a\x1b]8;;http://x\x07b') // 'a\\x1b]8;;http://x\\x07b'
 * @example escapeControls('\u202eevil') // '\\u202eevil'
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0x7f ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** The JSON characters JSON.stringify leaves as they are but a terminal would act on (DEL, C1, bidi, separators). */
const JSON_UNSAFE = /[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON for stdout: JSON.stringify escapes C0 controls; this escapes DEL, C1 and bidi characters too, as `\u` escapes,
 * so the JSON parses to the same strings.
 * @example JSON.parse(toJsonText({ a: '\u202e' })).a // '\u202e'
 */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

/**
 * "1 action", "2 actions"; `many` for irregular plurals.
 * @example plural(1, 'added sheet') // '1 added sheet'
 * @example plural(3, 'cell', 'cells') // '3 cells'
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
