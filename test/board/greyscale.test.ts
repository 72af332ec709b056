import { CHART_COLORS, PRINT_STATE_STYLES } from '../../src/core/plan/styles';
import { capacity, clip, lines } from '../../src/core/plan/sheetText';

/** Luminance (0–255) of an RRGGBB colour as a greyscale printer renders it (ITU-R 601). */
const grey = (hex: string) => 0.299 * parseInt(hex.slice(0, 2), 16) + 0.587 * parseInt(hex.slice(2, 4), 16) + 0.114 * parseInt(hex.slice(4, 6), 16);

test('printed states differ in greyscale by fill, step by step, and each has its own border', () => {
  const order = ['red', 'amber', 'green', 'complete'] as const;
  const greys = order.map((s) => grey(PRINT_STATE_STYLES[s].fill!));
  for (let i = 1; i < greys.length; i++) expect(greys[i] - greys[i - 1]).toBeGreaterThanOrEqual(15);
  const borders = (['red', 'amber', 'green', 'complete', 'none'] as const).map((s) => PRINT_STATE_STYLES[s].border!.style);
  expect(new Set(borders).size).toBe(5);
  expect(PRINT_STATE_STYLES.blue.border!.style).toBe(PRINT_STATE_STYLES.complete.border!.style); // BRAG: blue is complete
});

test('chart bars differ in greyscale too', () => {
  const greys = (['red', 'complete', 'green', 'amber', 'none'] as const).map((s) => grey(CHART_COLORS[s]));
  for (let i = 1; i < greys.length; i++) expect(greys[i] - greys[i - 1]).toBeGreaterThanOrEqual(25);
});

describe('sheet text', () => {
  test('clip ends at a word with an ellipsis', () => {
    expect(clip('Feed results of use of thresholds to Business Group', 30)).toBe('Feed results of use of…');
    expect(clip('short  text', 30)).toBe('short text');
    expect(clip('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
  });
  test('lines split at spaces, never losing a word', () => {
    expect(lines('Cited: 1.9, 1.1.2, 4.1.2', 12)).toEqual(['Cited: 1.9,', '1.1.2, 4.1.2']);
    const text = 'one two three four five six seven eight nine ten';
    expect(lines(text, 9).join(' ')).toBe(text);
    expect(lines(text, 9).every((l) => l.length <= 9)).toBe(true);
  });
  test('capacity: characters of text a column shows', () => {
    expect(capacity(10)).toBe(11);
  });
});
