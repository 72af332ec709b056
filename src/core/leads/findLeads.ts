/**
 * The plan's leads: every Reporting / Lead cell split into the leads it names, and spellings of one lead brought
 * together ("Business Group", "Business group", "CSCB business group"; "L&I sg", "Learning &Improvement Group",
 * "Learning and Improvement sub group"), so each lead's actions are all of them.
 */
import { tokenize } from './tokens';
import type { GlossaryEntry } from './glossary';
import { BOARD_KEY, expands, leadKey, type LeadKey } from './leadKey';
import { learnJoinedNames, splitCell } from './splitCell';
import { EMAIL_ADDRESS, NO_LEAD_YET } from '../vocab/leads';

/** One lead, with every spelling the plan uses for it. */
export interface Lead {
  /** Stable id for saving a person's choice ("learning and improvement", "board"). */
  id: string;
  /** The name to show: the plan's most used full spelling ("Learning and Improvement sub group"). */
  name: string;
  /** Every spelling seen, as written, in plan order ("L&I sg", "Learning &Improvement Group"...). */
  spellings: string[];
  /** Sheet rows (1-based) of the actions naming this lead, in order. */
  rows: number[];
}

/** The leads of a plan. */
export interface LeadIndex {
  /** Sorted by name. */
  leads: Lead[];
  /** Sheet row → the ids of the leads its Reporting cell names, in the cell's order. */
  byRow: ReadonlyMap<number, readonly string[]>;
  /** Text in a lead cell that names no lead ("Group" alone, "qualitative feedback"), with its row. */
  fragments: Array<{ row: number; text: string }>;
}

/** A row's lead cell: the sheet row and the cell's text (an `AssessedRow` will do). */
export interface LeadCell {
  row: number;
  lead: string;
}

/** An e-mail address as a lead ("j.smith@council.gov.uk"): a person, however it is written. */
const EMAIL = new RegExp(`^${EMAIL_ADDRESS}$`);

interface Seen {
  row: number;
  spelling: string;
  /** Spelling with "&" spaced and abbreviations compact: "Learning & Improvement Group", "L&I Group". */
  tidy: string;
  key: LeadKey;
  /** Written with a capital or a group word: a lead even if no other row names it. */
  confident: boolean;
}

/**
 * Finds the leads of a plan. A glossary (abbreviation | meaning, see `readGlossary`) adds matches the plan never
 * spells out and full names.
 *
 * @example findLeads([{ row: 5, lead: 'L&I sg' }, { row: 6, lead: 'Learning and Improvement sub group' }]).leads
 *   // [{ id: 'learning and improvement', name: 'Learning and Improvement sub group', spellings: ['L&I sg', 'Learning and Improvement sub group'], rows: [5, 6] }]
 */
export function findLeads(cells: readonly LeadCell[], glossary: readonly GlossaryEntry[] | null = null): LeadIndex {
  const entries = glossary ?? [];
  const joined = learnJoinedNames(new Set(cells.map((c) => c.lead)), entries);
  const seen: Seen[] = [];
  const fragments: Array<{ row: number; text: string }> = [];
  // each distinct cell text is read once (plans repeat "Business Group" row after row)
  const read = new Map<string, { fragments: string[]; pieces: Array<Omit<Seen, 'row'>> }>();
  for (const c of cells) {
    if (!c.lead.trim()) continue;
    let cell = read.get(c.lead);
    if (!cell) {
      // a cell naming no lead yet ("N/A", "To be confirmed") is not split into words that look like names
      const split = NO_LEAD_YET.test(c.lead.trim()) ? { fragments: [c.lead.trim()], pieces: [] } : splitCell(c.lead, joined);
      cell = { fragments: [...split.fragments], pieces: [] };
      for (const p of split.pieces) {
        // "TBC", "To be confirmed": no lead named yet
        const key = NO_LEAD_YET.test(p.spelling.trim()) ? null : leadKey(p.tokens);
        if (key)
          cell.pieces.push({
            spelling: p.spelling,
            tidy: p.tidy,
            key,
            confident: /[A-Z]/.test(p.spelling) || EMAIL.test(p.spelling) || key.group || key.text === BOARD_KEY,
          });
        else cell.fragments.push(p.spelling);
      }
      read.set(c.lead, cell);
    }
    for (const f of cell.fragments) fragments.push({ row: c.row, text: f });
    for (const p of cell.pieces) seen.push({ row: c.row, ...p });
  }

  // one set per lead: equal keys, glossary pairs, abbreviations that spell exactly one long form
  const sets = new UnionFind();
  const keys = new Map<string, LeadKey>();
  for (const s of seen) keys.set(s.key.text, s.key);
  const meaning = new Map<string, string>();
  for (const g of entries) {
    const short = leadKey(tokenize(g.short));
    const long = leadKey(tokenize(g.long));
    if (!short || !long) continue;
    if (!keys.has(short.text) && !keys.has(long.text)) continue;
    sets.union(short.text, long.text);
    if (!keys.has(long.text)) keys.set(long.text, long);
    meaning.set(short.text, `${g.long} (${g.short})`);
  }
  const all = [...keys.values()];
  for (const short of all) {
    if (!short.abbreviated) continue;
    const roots = new Set(all.filter((long) => expands(short, long)).map((long) => sets.find(long.text)));
    if (roots.size === 1) sets.union(short.text, [...roots][0]);
  }

  // rows naming a lead only in lower case ("qualitative feedback") count only where another row names it properly
  const confidentRoots = new Set(seen.filter((s) => s.confident).map((s) => sets.find(s.key.text)));
  const groups = new Map<string, Seen[]>();
  for (const s of seen) {
    const root = sets.find(s.key.text);
    if (!confidentRoots.has(root)) {
      fragments.push({ row: s.row, text: s.spelling });
      continue;
    }
    const list = groups.get(root);
    if (list) list.push(s);
    else groups.set(root, [s]);
  }

  const leads: Lead[] = [];
  const idOfRoot = new Map<string, string>();
  const ids = new Set<string>();
  for (const [root, list] of groups) {
    const named = nameOf(list, sets, meaning);
    let id = named.id;
    for (let i = 2; ids.has(id); i++) id = `${named.id} ${i}`;
    ids.add(id);
    idOfRoot.set(root, id);
    leads.push({ id, name: named.name, spellings: distinct(list.map((s) => s.spelling)), rows: distinct(list.map((s) => s.row)).sort((a, b) => a - b) });
  }
  leads.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));

  // in the cell's own order
  const byRow = new Map<number, string[]>();
  for (const s of seen) {
    const id = idOfRoot.get(sets.find(s.key.text));
    if (id === undefined) continue;
    const ids = byRow.get(s.row) ?? [];
    if (!ids.includes(id)) ids.push(id);
    byRow.set(s.row, ids);
  }
  return { leads, byRow, fragments };
}

/**
 * The leads a row names, as `Lead`s.
 * @example leadsOfRow(index, 16).map((l) => l.name) // ['EH&P', 'Learning and Improvement sub group']
 */
export function leadsOfRow(index: LeadIndex, row: number): Lead[] {
  return (index.byRow.get(row) ?? []).map((id) => index.leads.find((l) => l.id === id)!);
}

/**
 * A lead by id, or by a name written any way the plan could write it ("Learning and Improvement", "L&I sg",
 * "business group"): compared as leads are, without case, "&"/"and" or the group word. Null when none.
 * @example findLead(index, 'L&I')?.name // 'Learning and Improvement sub group'
 */
export function findLead(index: LeadIndex, idOrName: string): Lead | null {
  const byId = index.leads.find((l) => l.id === idOrName);
  if (byId) return byId;
  const want = leadKey(tokenize(idOrName));
  if (!want) return null;
  const keyOf = (s: string) => leadKey(tokenize(s));
  return (
    index.leads.find((l) => l.id === want.text || l.spellings.some((s) => keyOf(s)?.text === want.text)) ??
    index.leads.find((l) =>
      l.spellings.some((s) => {
        const k = keyOf(s);
        return !!k && (expands(want, k) || expands(k, want));
      }),
    ) ??
    // typed in one case ("l&i sg", "BUSINESS GROUP"): compare all in lower case
    index.leads.find((l) => [l.name, ...l.spellings].some((s) => keyOf(s.toLowerCase())?.text === keyOf(idOrName.toLowerCase())?.text)) ??
    null
  );
}

/**
 * The name to show: the board as the plan most often writes it; else the most used full spelling (written with
 * capitals first); else the glossary's meaning; else the most used abbreviation.
 */
function nameOf(list: Seen[], sets: UnionFind, meaning: Map<string, string>): { name: string; id: string } {
  if (list[0].key.text === BOARD_KEY) return { name: mostUsed(list.map((s) => s.tidy)), id: 'board' };
  const full = list.filter((s) => !s.key.abbreviated);
  if (full.length > 0) {
    const forms = new Map<string, Seen[]>();
    for (const s of full) {
      const form = s.tidy.toLowerCase();
      const l = forms.get(form);
      if (l) l.push(s);
      else forms.set(form, [s]);
    }
    const best = [...forms.values()].sort((a, b) => score(b) - score(a) || list.indexOf(a[0]) - list.indexOf(b[0]))[0];
    return { name: titled(mostUsed(best.map((s) => s.tidy))), id: best[0].key.text };
  }
  const root = sets.find(list[0].key.text);
  for (const [short, long] of meaning) if (sets.find(short) === root) return { name: long, id: leadKeyText(long) ?? short };
  const name = mostUsed(list.map((s) => s.tidy));
  return { name, id: list.find((s) => s.tidy === name)!.key.text };
}

function leadKeyText(text: string): string | null {
  const stripped = text.replace(/\s*\([^)]*\)\s*$/, '');
  return leadKey(tokenize(stripped))?.text ?? null;
}

/** Written with a capital beats lower case; then how often. */
function score(forms: Seen[]): number {
  return (forms.some((s) => /[A-Z]/.test(s.spelling)) ? 1000 : 0) + forms.length;
}

function mostUsed(texts: string[]): string {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  let best = texts[0];
  for (const t of texts) if (counts.get(t)! > counts.get(best)!) best = t;
  return best;
}

/** "business group" → "Business Group" (only when written all in lower case; not an e-mail address). */
function titled(name: string): string {
  // an e-mail address is kept as written
  if (/[A-Z]/.test(name) || EMAIL.test(name)) return name;
  return name.replace(/\b([a-z])([a-z]*)/g, (w, a: string, b: string) => (['and', 'of', 'the', 'for', 'in', 'sub'].includes(w) ? w : a.toUpperCase() + b));
}

function distinct<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}
