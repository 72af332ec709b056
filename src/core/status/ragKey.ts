import { cellText, type Grid } from '../grid';
import type { Layout } from '../layout/types';
import type { RagColour, StatusRules } from './classifyStatus';
import { colourRag } from './colourRag';
import { KEY_SCALE_NUMBER, WELSH_COLOUR_NAMES } from '../vocab/status';
import { AMBER_HUES, KEY_COLOURS } from '../vocab/colours';

/**
 * A plan's own key to ratings given as numbers ("1 Fully achieved, 2 On track, 3 Some slippage, 4 No progress"),
 * read from the text of its key lines, its notes and its RAG header. Each number's words are read with the status
 * vocabulary: done words are blue, slippage amber, off-track red, on track green. A key needs two numbers read.
 *
 * @example readRagKey(['Key: 1 = Fully achieved; 2 = On track; 3 = Some slippage; 4 = No progress']).get('3') // 'amber'
 */
export function readRagKey(texts: readonly string[], rules: StatusRules): RagKey {
  const key: Map<string, RagColour> & { inProgress?: ReadonlySet<string>; greenDone?: boolean; redNotStarted?: boolean; notStarted?: ReadonlySet<string> } =
    new Map<string, RagColour>();
  // the numbers whose words say only that the work goes on ("2 = In progress"), or has not started ("1 = Not yet started")
  const numbersInProgress = new Set<string>();
  const numbersNotStarted = new Set<string>();
  const colours = colourWordKey(texts, rules);
  for (const text of texts) {
    if (!text || text.length > 600 || !/[1-5]/.test(text)) continue;
    // one entry a line: split before each "N = ", "N -", "N Words" that starts a new entry
    const pieces = text.replace(/\s+(?=\(?[1-5]\)?\s*(?:[=\-–—:.)]\s*|\s+)[A-Z])/g, '\n').split(/[\n;,|]+/);
    for (const piece of pieces) {
      const m = ENTRY.exec(piece.trim());
      if (!m || key.has(m[1])) continue;
      const colour = colourOfWords(m[2], rules);
      if (!colour) continue;
      key.set(m[1], colour);
      if (colour === 'green' && onlyInProgress(m[2], rules)) numbersInProgress.add(m[1]);
      if (onlyNotStarted(m[2], rules)) numbersNotStarted.add(m[1]);
    }
  }
  if (key.size < 2) {
    key.clear();
    numbersInProgress.clear();
    numbersNotStarted.clear();
  }
  for (const [word, colour] of colours) key.set(word, colour);
  for (const n of numbersInProgress) colours.inProgress.add(n);
  if (colours.inProgress.size > 0) key.inProgress = colours.inProgress;
  if (numbersNotStarted.size > 0) key.notStarted = numbersNotStarted;
  if (colours.greenDone) key.greenDone = true;
  if (colours.redNotStarted) key.redNotStarted = true;
  return key.size > 0 || key.greenDone || key.redNotStarted ? key : NO_KEY;
}

/**
 * A plan's key: the colour each word or number stands for; the colour words the key says only mean the work is going
 * on ("Amber – in progress"), which are read as green but give way to words saying it slipped; and whether its green
 * covers work done too ("Green – completed or on track").
 */
export type RagKey = ReadonlyMap<string, RagColour> & {
  readonly inProgress?: ReadonlySet<string>;
  readonly greenDone?: boolean;
  /** True when the key's red says only that the work has not started ("Red – not started"). */
  readonly redNotStarted?: boolean;
  /** The numbers whose words say only that the work has not started ("1 = Not yet started"). */
  readonly notStarted?: ReadonlySet<string>;
};

const NO_KEY: RagKey = new Map();

/**
 * A key that gives the colour words meanings of its own ("Red 'Off Track'", "Amber 'On Track'", "Green 'Complete'",
 * "Blue 'Complete & CSPI'", as some trusts print): the colours whose meaning differs from the word's own, by the word
 * in lower case ("amber" → green, "green" → blue). A key that gives the usual meanings ("Green – on track") changes
 * nothing. At least two colours must be explained for a key to be read.
 * @example colourWordKey(["Red 'Off Track'", "Amber 'On Track'", "Green 'Complete'"], rules).get('amber') // 'green'
 */
function colourWordKey(texts: readonly string[], rules: StatusRules): WordKey {
  const read = new Map<string, RagColour>();
  const differs = emptyWordKey();
  // (a key of letters, one entry a cell: "RAG key: | G = Completed | A = In progress | R = Not on track")
  const lettersInCells = new Set(texts.map((t) => (t && t.length <= 100 ? LETTER_CELL.exec(t)?.[1] : undefined)).filter((l) => l !== undefined)).size >= 2;
  for (const said of texts) {
    // (a key naming its colours by their letters, "R = not started A = in progress G = completed", as a school's plan
    // with R / A / G in its cells writes it: read as the colours' words)
    const text = said && said.length <= 600 ? lettersAsColours(said, rules, lettersInCells) : said;
    if (!text || text.length > 600 || !COLOUR_WORD.test(text)) continue;
    // one entry a line, or after a semicolon or bar, or a comma before the next colour ("Amber – started, deadline at
    // risk or missed, Green – on track": the words after a comma belong to the colour before it)
    for (const piece of text.split(KEY_ENTRY_BREAK)) {
      // ("Gwyrdd / Green – Ar y trywydd / On track": the colour named in Welsh first, then its meaning in both)
      const welsh = WELSH_COLOUR.exec(piece);
      const m = COLOUR_ENTRY.exec(welsh ? piece.slice(welsh[0].length) : piece.trim());
      if (!m) continue;
      // (a colour graded by a letter, "Amber E – action complete, evidencing impact", is a rating of its own: "amber e")
      const word = m[2] ? `${m[1]} ${m[2]}`.toLowerCase() : m[1].toLowerCase();
      const meaning = welsh ? m[3].slice(m[3].lastIndexOf('/') + 1) : m[3];
      // (a colour named after a colour lists a scale, as a header may: "Red – Amber/Red – Amber – Amber/Green – Green")
      if (SCALE_NEXT.test(meaning)) continue;
      const colour = colourOfWords(meaning, rules);
      if (!colour || read.has(word)) continue;
      read.set(word, colour);
      // "Green – completed or on track": green covers the work done as well
      if (word === 'green' && colour === 'green' && DONE_IN_KEY.test(meaning)) differs.greenDone = true;
      // "Red – not started": red says only that the work has not begun
      if (word === 'red' && onlyNotStarted(meaning, rules)) differs.redNotStarted = true;
      if (colour !== rules.RAG_WORDS[word]) {
        differs.set(word, colour);
        if (colour === 'green' && onlyInProgress(meaning, rules)) differs.inProgress.add(word);
      }
    }
  }
  // a red the key's words read as amber, beside an amber they read as amber too, grades one thing by degree ("Amber –
  // delayed by one board meeting", "Red – delayed by two or more"): red keeps its own meaning
  // (the amber named orange or yellow too, as a key of coloured cells names Excel's orange)
  if (differs.get('red') === 'amber' && AMBER_HUES.some((hue) => read.get(hue) === 'amber')) differs.delete('red');
  // and an amber the key's words read as red, beside a red they read as red too ("Amber – behind target, action in
  // hand", "Red – not started or off track"): amber keeps its own meaning
  // (and so an orange or yellow: "Red – date passed, not complete", "Orange – not on target", "Yellow – on target")
  for (const hue of AMBER_HUES) if (differs.get(hue) === 'red' && read.get('red') === 'red') differs.delete(hue);
  // a key that names one of amber, orange and yellow gives its meaning to every cell of an amber hue: the fill the
  // board calls yellow may be what the reader names orange ("Yellow – on track", its cells FFC000); a key that names
  // two tells them apart, each cell read by its name
  const hues = AMBER_HUES.filter((hue) => read.has(hue));
  const named = hues.length === 1 ? differs.get(hues[0]) : undefined;
  if (named !== undefined && hues[0] !== 'amber') {
    differs.set('amber', named);
    if (differs.inProgress.has(hues[0])) differs.inProgress.add('amber');
  }
  return read.size >= 2 ? differs : emptyWordKey();
}

/** A RAG letter opening a key's entry ("R = not started", "G: completed"). */
const LETTER_ENTRY = /(^|[\s;,|(])([RAGB])\s*(?=[=:–-]\s*[A-Za-z])/g;

/**
 * A key written with the colours' letters, its letters as the colours' words, when two or more entries are so written
 * (one "A = ..." alone is more likely something else), or when the text is one such entry in a cell of its own and
 * `oneACell` says other cells hold the key's other letters; else the text as it is.
 * @example lettersAsColours('R = not started A = in progress G = completed', rules) // 'red = not started amber = in progress green = completed'
 */
function lettersAsColours(text: string, rules: StatusRules, oneACell = false): string {
  LETTER_ENTRY.lastIndex = 0;
  let n = 0;
  while (LETTER_ENTRY.exec(text)) n++;
  // (the letters' colours as `RAG_WORDS` gives them: "R" red, "A" amber, "G" green, "B" blue)
  return n >= 2 || (oneACell && LETTER_CELL.test(text))
    ? text.replace(LETTER_ENTRY, (_, before: string, letter: string) => `${before}${rules.RAG_WORDS[letter.toLowerCase()]} `)
    : text;
}

/**
 * A cell holding one entry of a key written with the colours' letters, and nothing else ("G = Completed"): two or more
 * such cells, of different letters, are a key (see `lettersAsColours`).
 */
const LETTER_CELL = /^\s*([RAGB])\s*[=:–-]\s*[A-Za-z][^=]*$/;

/** A colour word opening what would be a key's meaning: the next colour of a scale listed, not a meaning. */
const SCALE_NEXT = new RegExp(String.raw`^\s*(?:${KEY_COLOURS}|gr[ae]y)\b`, 'i');

/** A colour-word key: the colours whose meaning differs, and what else its words say. */
type WordKey = Map<string, RagColour> & { inProgress: Set<string>; greenDone: boolean; redNotStarted: boolean };

/** A colour-word key with nothing in it yet. */
function emptyWordKey(): WordKey {
  return Object.assign(new Map<string, RagColour>(), { inProgress: new Set<string>(), greenDone: false, redNotStarted: false });
}

/** True when a key's words say only that the work has not started ("Not yet started", "not started.", "action not started"). */
function onlyNotStarted(words: string, rules: StatusRules): boolean {
  return rules.NOT_STARTED.test(
    words
      .trim()
      .replace(/[.;:!]+$/, '')
      .replace(KEY_SUBJECT, ''),
  );
}

/**
 * True when a RAG cell's own words give its red the meaning a key's entry would, that the work has not started ("Red -
 * not started", a trust's RAG column writing each colour's meaning in the cell): read as `colourWordKey` reads an entry.
 * @example redMeansNotStarted('Red - not started', rules) // true
 * @example redMeansNotStarted('Red - off track', rules) // false
 */
export function redMeansNotStarted(text: string, rules: StatusRules): boolean {
  const m = text.length <= 80 ? COLOUR_ENTRY.exec(text.trim()) : null;
  return m !== null && m[1].toLowerCase() === 'red' && onlyNotStarted(m[3], rules);
}

/** The work a key's words name before saying how it stands ("action not started", "Work has not started"). */
const KEY_SUBJECT = /^(?:the\s+)?(?:actions?|work|tasks?)\s+(?:(?:has|have|is|are)\s+)?/i;

/** True when a key's words say only that the work goes on ("in progress", "ongoing"), not that it is on track. */
function onlyInProgress(words: string, rules: StatusRules): boolean {
  const w = words.toLowerCase();
  return rules.IN_PROGRESS.test(w) && !rules.ON_TRACK.test(w);
}

/**
 * True when the plan's key rates compliance with a standard rather than progress ("Green – Fully compliant", "Amber –
 * Partially compliant", "Red – Non-compliant", as a self-assessment's audit tool prints it): two of its lines say so.
 * @example keyRatesCompliance(['Green', 'Fully compliant', 'Amber', 'Partially compliant - plans in place']) // true
 * @example keyRatesCompliance(['Red – requirement not in place', 'Amber – partly in place', 'Green – fully in place']) // true
 */
export function keyRatesCompliance(texts: readonly string[]): boolean {
  let n = 0;
  let inPlace = 0;
  let named = false;
  for (const text of texts) {
    if (text.length > 600) continue;
    if (COMPLIANCE.test(text)) n++;
    // (each line of a key, or each entry of a key written on one line)
    IN_PLACE_DEGREE.lastIndex = 0;
    while (IN_PLACE_DEGREE.exec(text)) inPlace++;
    if (REQUIREMENT.test(text)) named = true;
  }
  // (or how far a requirement is in place: "Red – requirement not in place; Amber – partly in place; Green – fully in
  // place", a school's section 175 audit tool)
  return n >= 2 || (inPlace >= 2 && named);
}

/** A key's words for how far a standard is complied with. */
const COMPLIANCE = /\b(?:fully|partially|partly|non|not)[\s-]*complian(?:t|ce)\b/i;

/** A key's words for how far something is in place ("fully in place", "partly in place", "not in place"). */
const IN_PLACE_DEGREE = /\b(?:fully|partially|partly|not)\s+in\s+place\b/gi;

/** A key naming what it rates as a requirement or standard. */
const REQUIREMENT = /\b(?:requirements?|standards?)\b/i;

/** A colour named in Welsh before its English name, opening a key's entry ("Gwyrdd / Green – ..."). */
const WELSH_COLOUR = new RegExp(String.raw`^\s*(?:${WELSH_COLOUR_NAMES})\s*\/\s*(?=(?:${KEY_COLOURS})\b)`, 'i');

/** A colour word alone in its cell ("Green", "Amber:"), the first cell of a key's entry written in two. */
const COLOUR_ALONE = new RegExp(String.raw`^\s*(?:${KEY_COLOURS})\s*[:=–-]?\s*$`, 'i');

/** A colour word, for a quick test of a text before its entries are read. */
const COLOUR_WORD = new RegExp(String.raw`\b(?:${KEY_COLOURS})\b`, 'i');

/**
 * Where one entry of a key ends: a line, a semicolon or bar, a run of three spaces or more (a key typed on one line,
 * "G = on track   Complete": the word after the gap is no part of green's meaning), a comma (or slash) before the
 * next colour, or the space before a colour and its "=", ":" or dash ("RAG: Red – off track Amber – some slippage").
 */
/** (not the slash between a colour's Welsh and English names: "Gwyrdd / Green") */
const KEY_ENTRY_BREAK = new RegExp(
  String.raw`[\n;|]+| {3,}|(?<!\b(?:${WELSH_COLOUR_NAMES})\s*)[,/]\s*(?=(?:${KEY_COLOURS}|gr[ae]y)\b)|(?<![,/]\s*)\s+(?=(?:${KEY_COLOURS})\s*(?:=|[–—:]\s|\s-\s))`,
  'i',
);

/**
 * The words of a key's green saying it covers work done ("Green – completed or on track"); not the work still to be
 * done ("Green – On track to be completed by the target date").
 */
const DONE_IN_KEY = /\b(?<!\b(?:to be|will be|to get|to)\s)(?:complete|completed|done|achieved|implemented)\b/i;

/**
 * "Red 'Off Track'", "Amber = on track", "Green - complete", "Blue: Complete & CSPI", after a label ("RAG key:", or the date
 * the key was updated: "Updated October 2015: Red – Not yet started, ..."); and a
 * rating of its own named with a letter after the colour ("Amber E – action complete, evidencing impact"), its second
 * group, so that "Amber E" on a row reads as the key says and a plain "Amber" keeps its own meaning.
 */
const COLOUR_ENTRY = new RegExp(
  String.raw`^(?:(?:(?:b?rag|status|colour)(?:\s+(?:key|rating|ratings|status))?|key|legend)\s*[:\-–]\s*|key\s+)?(?:(?:last\s+)?(?:updated|as\s+at|as\s+of|reviewed)\b[^:=]{0,30}:\s*)?(${KEY_COLOURS})(?:\s+([a-z])(?=\s*[=\-–—:]))?\s*(?:[=\-–—:]\s*)?['"‘’“”(]?\s*([A-Za-z][^=]{1,60}?)['"‘’“”)]?\s*$`,
  'i',
);

/** "1 = Fully achieved", "(2) On track", "3 - Some slippage", "4: No progress". */
const ENTRY = /^(?:key\s*:?\s*)?\(?([1-5])\)?\s*(?:[=\-–—:.)]\s*)?([A-Za-z][^=]{1,60})$/i;

/** A key's words for on track ("on track to be completed by the target date", "progressing"), not "not on track". */
function onTrack(w: string, rules: StatusRules): boolean {
  return rules.ON_TRACK.test(w) || /\bprogressing\b|\bgoing\s+well\b/.test(w);
}

/** The colour a key's words give. */
function colourOfWords(words: string, rules: StatusRules): RagColour | null {
  const w = words
    .trim()
    .toLowerCase()
    .replace(/[.:!)\]]+$/, '');
  const first = w.split(/[\s/(–—-]+/)[0];
  // ("completed or on track": on track, covering work done too)
  if (Object.prototype.hasOwnProperty.call(rules.RAG_WORDS, first))
    return rules.RAG_WORDS[first] === 'blue' && onTrack(w, rules) ? 'green' : rules.RAG_WORDS[first];
  // ("In progress but not complete": the work going on, said first; "not complete" only says it is not done yet)
  const going = rules.IN_PROGRESS.exec(w);
  const notDone = going ? rules.NOT_COMPLETE.exec(w) : null;
  if (going && notDone && going.index < notDone.index && !rules.RED.test(w) && !rules.AMBER.test(w)) return 'green';
  if (rules.NOT_COMPLETE.test(w) || rules.RED.test(w)) return 'red';
  // ("reported complete but awaiting evidence, or delayed": held up, amber)
  if (rules.PARTIAL.test(w) || rules.AMBER.test(w) || rules.BLOCKERS.test(w) || /\bsome\s+progress\b/.test(w)) return 'amber';
  // ("on track to be completed by the target date", "completed or on track": on track)
  if (onTrack(w, rules)) return 'green';
  if (rules.COMPLETE_LEAD.test(w) || /\b(?:fully\s+)?(?:achieved|complete|completed|done|met)\b/.test(w)) return 'blue';
  // "Red: not being delivered", "No progress being made": the work going on, denied
  if (/^(?:not|no)\b/.test(w) && (rules.IN_PROGRESS.test(w) || onTrack(w, rules))) return 'red';
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
    const cells: string[] = [];
    for (let c = 0; c < row.length; c++) {
      const t = cellText(grid, r, c);
      if (t.trim() === '') continue;
      // a key of coloured cells, the meaning written in each ("Delivered and Complete" on green): read as the colour's
      // word and the meaning ("green – Delivered and Complete")
      const fill = grid.fills?.[r]?.[c];
      const colour = fill && !COLOUR_WORD.test(t) ? colourRag(fill) : null;
      // (a yellow or orange cell by that name: a key may tell the two apart)
      cells.push(colour ? `${colour.name === 'yellow' || colour.name === 'orange' ? colour.name : colour.colour} – ${t}` : t);
    }
    out.push(...cells);
    // a key's entry in two cells ("1 | Completed", "Green | Completed") is read as one ("1 Completed", "Green – Completed")
    if (cells.length === 2 && KEY_SCALE_NUMBER.test(cells[0])) out.push(`${cells[0].trim()} ${cells[1]}`);
    else if (cells.length === 2 && COLOUR_ALONE.test(cells[0]) && !COLOUR_WORD.test(cells[1])) out.push(`${cells[0].trim()} – ${cells[1]}`);
  };
  for (const b of layout.blocks) if (b.headerRow >= 0 && b.columns.rag !== undefined) out.push(cellText(grid, b.headerRow, b.columns.rag));
  for (let r = 0; r < Math.min(layout.headerRows[0] ?? 0, 20); r++) rowTexts(r);
  for (const r of layout.noteRows) rowTexts(r);
  // a key written without a "Key" line above it reads as section titles ("1 = Fully achieved")
  for (const s of layout.sections) out.push(s.title);
  return out;
}
