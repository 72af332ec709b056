import { cellText, type Grid } from '../grid';
import type { Layout } from '../layout/types';
import type { RagColour, StatusRules } from './classifyStatus';

/**
 * A plan's own key to ratings given as numbers ("1 Fully achieved, 2 On track, 3 Some slippage, 4 No progress"),
 * read from the text of its key lines, its notes and its RAG header. Each number's words are read with the status
 * vocabulary: done words are blue, slippage amber, off-track red, on track green. A key needs two numbers read.
 *
 * @example readRagKey(['Key: 1 = Fully achieved; 2 = On track; 3 = Some slippage; 4 = No progress']).get('3') // 'amber'
 */
export function readRagKey(texts: readonly string[], rules: StatusRules): RagKey {
  const key: Map<string, RagColour> & { inProgress?: ReadonlySet<string> } = new Map<string, RagColour>();
  const colours = colourWordKey(texts, rules);
  for (const text of texts) {
    if (!text || text.length > 600 || !/[1-5]/.test(text)) continue;
    // one entry a line: split before each "N = ", "N -", "N Words" that starts a new entry
    const pieces = text.replace(/\s+(?=\(?[1-5]\)?\s*(?:[=\-–—:.)]\s*|\s+)[A-Z])/g, '\n').split(/[\n;,|]+/);
    for (const piece of pieces) {
      const m = ENTRY.exec(piece.trim());
      if (!m || key.has(m[1])) continue;
      const colour = colourOfWords(m[2], rules);
      if (colour) key.set(m[1], colour);
    }
  }
  if (key.size < 2) key.clear();
  for (const [word, colour] of colours) key.set(word, colour);
  if (colours.inProgress.size > 0) key.inProgress = colours.inProgress;
  return key.size > 0 ? key : NO_KEY;
}

/**
 * A plan's key: the colour each word or number stands for, and the colour words the key says only mean the work is
 * going on ("Amber – in progress"), which are read as green but give way to words saying it slipped.
 */
export type RagKey = ReadonlyMap<string, RagColour> & { readonly inProgress?: ReadonlySet<string> };

const NO_KEY: RagKey = new Map();

/**
 * A key that gives the colour words meanings of its own ("Red 'Off Track'", "Amber 'On Track'", "Green 'Complete'",
 * "Blue 'Complete & CSPI'", as some trusts print): the colours whose meaning differs from the word's own, by the word
 * in lower case ("amber" → green, "green" → blue). A key that gives the usual meanings ("Green – on track") changes
 * nothing. At least two colours must be explained for a key to be read.
 * @example colourWordKey(["Red 'Off Track'", "Amber 'On Track'", "Green 'Complete'"], rules).get('amber') // 'green'
 */
function colourWordKey(texts: readonly string[], rules: StatusRules): Map<string, RagColour> & { inProgress: Set<string> } {
  const read = new Map<string, RagColour>();
  const differs = Object.assign(new Map<string, RagColour>(), { inProgress: new Set<string>() });
  for (const text of texts) {
    if (!text || text.length > 600 || !COLOUR_WORD.test(text)) continue;
    for (const piece of text.split(/[\n;,|/]+/)) {
      const m = COLOUR_ENTRY.exec(piece.trim());
      if (!m) continue;
      const word = m[1].toLowerCase();
      const colour = colourOfWords(m[2], rules);
      if (!colour || read.has(word)) continue;
      read.set(word, colour);
      if (colour !== rules.RAG_WORDS[word]) {
        differs.set(word, colour);
        if (colour === 'green' && onlyInProgress(m[2], rules)) differs.inProgress.add(word);
      }
    }
  }
  return read.size >= 2 ? differs : Object.assign(new Map<string, RagColour>(), { inProgress: new Set<string>() });
}

/** True when a key's words say only that the work goes on ("in progress", "ongoing"), not that it is on track. */
function onlyInProgress(words: string, rules: StatusRules): boolean {
  const w = words.toLowerCase();
  return rules.IN_PROGRESS.test(w) && !/\bon\s+(?:track|target|course|schedule)\b|\bgood\s+progress\b/.test(w);
}

/** A colour word, for a quick test of a text before its entries are read. */
const COLOUR_WORD = /\b(?:red|amber|green|blue)\b/i;

/** "Red 'Off Track'", "Amber = on track", "Green - complete", "Blue: Complete & CSPI". */
const COLOUR_ENTRY = /^(?:key\s*:?\s*)?(red|amber|green|blue)\s*(?:[=\-–—:]\s*)?['"‘’“”(]?\s*([A-Za-z][^=]{1,60}?)['"‘’“”)]?\s*$/i;

/** "1 = Fully achieved", "(2) On track", "3 - Some slippage", "4: No progress". */
const ENTRY = /^(?:key\s*:?\s*)?\(?([1-5])\)?\s*(?:[=\-–—:.)]\s*)?([A-Za-z][^=]{1,60})$/i;

/** The colour a key's words give. */
function colourOfWords(words: string, rules: StatusRules): RagColour | null {
  const w = words
    .trim()
    .toLowerCase()
    .replace(/[.:!)\]]+$/, '');
  const first = w.split(/[\s/(–—-]+/)[0];
  if (Object.prototype.hasOwnProperty.call(rules.RAG_WORDS, first)) return rules.RAG_WORDS[first];
  if (rules.NOT_COMPLETE.test(w) || rules.RED.test(w)) return 'red';
  if (rules.PARTIAL.test(w) || rules.AMBER.test(w) || /\bsome\s+progress\b/.test(w)) return 'amber';
  if (rules.COMPLETE_LEAD.test(w) || /\b(?:fully\s+)?(?:achieved|complete|completed|done|met)\b/.test(w)) return 'blue';
  if (/\bon\s+(?:track|target|course|schedule)\b|\bgood\s+progress\b|\bprogressing\b/.test(w)) return 'green';
  // "Amber – in progress": the work going on, with nothing said against it
  if (rules.IN_PROGRESS.test(w)) return 'green';
  return null;
}

/**
 * The texts a plan's key may stand in: its note rows (a key below the table), the rows above its first header, and
 * the headers of its RAG columns ("RAG (1 = complete, 2 = on track, ...)").
 * @example planKeyTexts({ values: [['Ref', 'Action', 'RAG'], ['1', 'Do it', 2], ['Key: 1 = done; 2 = on track']] }, { noteRows: [2], headerRows: [0], blocks: [{ headerRow: 0, columns: { rag: 2 } }], sections: [] }) // ['RAG', 'Key: 1 = done; 2 = on track']
 */
export function planKeyTexts(grid: Grid, layout: Pick<Layout, 'noteRows' | 'headerRows' | 'blocks' | 'sections'>): string[] {
  const out: string[] = [];
  const rowTexts = (r: number) => {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const t = cellText(grid, r, c);
      if (t.trim() !== '') out.push(t);
    }
  };
  for (const b of layout.blocks) if (b.headerRow >= 0 && b.columns.rag !== undefined) out.push(cellText(grid, b.headerRow, b.columns.rag));
  for (let r = 0; r < Math.min(layout.headerRows[0] ?? 0, 20); r++) rowTexts(r);
  for (const r of layout.noteRows) rowTexts(r);
  // a key written without a "Key" line above it reads as section titles ("1 = Fully achieved")
  for (const s of layout.sections) out.push(s.title);
  return out;
}
