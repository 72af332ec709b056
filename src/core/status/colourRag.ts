import type { RagColour } from './classifyStatus';

/** Hue anchors (degrees) and the RAG colour each stands for: a colour takes the state of the nearest hue. */
const ANCHORS: ReadonlyArray<{ hue: number; colour: RagColour; name: string }> = [
  { hue: 0, colour: 'red', name: 'red' },
  { hue: 30, colour: 'amber', name: 'orange' },
  { hue: 52, colour: 'amber', name: 'yellow' },
  { hue: 120, colour: 'green', name: 'green' },
  { hue: 215, colour: 'blue', name: 'blue' },
  { hue: 275, colour: 'blue', name: 'purple' },
  { hue: 360, colour: 'red', name: 'red' },
];

/** A colour as a person names it, and the RAG it means. */
export interface ColourReading {
  colour: RagColour;
  /** "red", "orange", "yellow", "green", "blue", "purple". */
  name: string;
  hex: string;
}

/**
 * Reads a cell colour (`RRGGBB`) as a RAG colour by nearest hue: red; orange and yellow are amber; green; blue
 * and purple are complete (BRAG blue). White, greys and black (too little colour) mean nothing, as do Excel's
 * hyperlink blues when they are font colours (`font: true`).
 *
 * @example colourRag('FF0000')?.colour // 'red'
 * @example colourRag('FFC000')?.colour // 'amber'
 * @example colourRag('C6EFCE')?.colour // 'green'
 * @example colourRag('BDD7EE')?.colour // 'blue'
 * @example colourRag('FFFFFF') // null
 */
export function colourRag(hex: string | null | undefined, options: { font?: boolean } = {}): ColourReading | null {
  if (!hex) return null;
  const m = /^#?(?:FF)?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const rgb = m[1].toUpperCase();
  if (options.font && HYPERLINK_BLUES.has(rgb)) return null;
  const r = parseInt(rgb.slice(0, 2), 16) / 255;
  const g = parseInt(rgb.slice(2, 4), 16) / 255;
  const b = parseInt(rgb.slice(4, 6), 16) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const chroma = max - min;
  const lightness = (max + min) / 2;
  // greys, white and black carry no RAG; pale tints (Excel's "Good/Bad/Neutral" fills) still do
  if (chroma < 0.08 || lightness > 0.97 || lightness < 0.06) return null;
  let hue: number;
  if (max === r) hue = ((g - b) / chroma) % 6;
  else if (max === g) hue = (b - r) / chroma + 2;
  else hue = (r - g) / chroma + 4;
  hue = (hue * 60 + 360) % 360;
  let best = ANCHORS[0];
  for (const a of ANCHORS) if (Math.abs(a.hue - hue) < Math.abs(best.hue - hue)) best = a;
  return { colour: best.colour, name: EXCEL_ORANGE.has(rgb) ? 'orange' : best.name, hex: rgb };
}

/**
 * Fills Excel's palette names orange though their hue is nearer yellow: the standard colour "Orange" (FFC000, at 45°),
 * which a board's key may set apart from its "Yellow" (FFFF00). Both are amber.
 */
const EXCEL_ORANGE = new Set(['FFC000']);

/** Font colours Excel gives hyperlinks: blue text that says "link", not "complete". */
const HYPERLINK_BLUES = new Set(['0563C1', '0000FF', '0000EE', '1155CC', '0066CC']);
