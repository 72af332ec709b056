/**
 * Text for the cells of the sheets plan-rag adds, sized so nothing is cut by the printout: a cell's text either
 * fits the room it has (its column, or the empty columns it runs into) or ends at a word with an ellipsis, and a
 * long line is split over several rows. The hosts write these sheets without wrapping, so the core sizes the text.
 */

/** Characters of ordinary text that fit a column this many characters wide (Excel's unit is a digit's width). */
export function capacity(widthChars: number): number {
  return Math.floor(widthChars * 1.1);
}

/**
 * Characters of ordinary text that fit across several columns (a cell's text running on into the empty cells
 * beside it): their width in points at about 5 points a character (Calibri 11 averages 4.6).
 * @example spanCapacity([8, 8, 8]) // 42
 */
export function spanCapacity(widths: readonly number[]): number {
  return Math.floor(widths.reduce((s, w) => s + Math.round(w * 7 + 5) * 0.75, 0) / 5);
}

/**
 * The text on one line, whitespace collapsed, cut at a word with "…" when longer than `chars`.
 * @example clip('Feed results of use of thresholds to Business Group', 30) // 'Feed results of use of…'
 */
export function clip(text: string, chars: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= chars) return t;
  const room = t.slice(0, Math.max(1, chars - 1));
  const space = room.lastIndexOf(' ');
  const cut = space > 0 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:.·–-]+$/, '')}…`;
}

/**
 * The text split into lines of at most `chars`, at spaces (a word longer than a line is split): one row each.
 * @example lines('Cited: 1.9, 1.1.2, 4.1.2', 12) // ['Cited: 1.9,', '1.1.2, 4.1.2']
 */
export function lines(text: string, chars: number): string[] {
  const out: string[] = [];
  let line = '';
  for (let word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    while (word.length > chars) {
      if (line) out.push(line);
      out.push(word.slice(0, chars));
      word = word.slice(chars);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= chars) line += ` ${word}`;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  return out.length > 0 ? out : [''];
}
