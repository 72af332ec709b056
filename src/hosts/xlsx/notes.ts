/**
 * Cell notes (legacy comments): the comments part (`xl/commentsN.xml`) with its authors, and the VML drawing that
 * places each note's box. A note plan-rag adds gets its own comment and box; a person's note that plan-rag adds
 * words to keeps its author, runs and box, and gets one more run; removing plan-rag's words takes that run away
 * again. Boxes of other notes, form controls and shapes in the VML are left as they are.
 */
import { decodeXstring, encodeXstring, END, escapeText, getAttr, OPEN, XmlScanner } from './xml';
import { type Chunked, CT, type Package, type PartContent, REL, relativeTarget, resolvePart } from './opc';
import { rangeOf } from './sheet';

export const NOTE_AUTHOR = 'plan-rag';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

interface Comment {
  ref: string;
  /** The element as it is; null for a note plan-rag adds now (made when written, from `author` and `text`). */
  raw: string | null;
  text: string;
  /** The author index of a note plan-rag adds now. */
  author?: number;
}

/** A comment's element: as it was read, or the one plan-rag writes for a new note. */
function rawOf(c: Comment): string {
  return c.raw ?? `<comment ref="${c.ref}" authorId="${c.author}"><text><t xml:space="preserve">${escapeText(encodeXstring(c.text))}</t></text></comment>`;
}

/** The notes of a sheet, by cell. */
export function readNotes(pkg: Package, sheetPart: string): Map<string, string> {
  const out = new Map<string, string>();
  const rel = pkg.rels(sheetPart).find((r) => r.type === REL.comments && r.part);
  if (!rel || !pkg.has(rel.part!)) return out;
  for (const c of parseComments(pkg.text(rel.part!), rel.part!).comments) out.set(c.ref.toUpperCase(), c.text);
  return out;
}

function parseComments(text: string, part: string): { comments: Comment[]; authors: string[]; listStart: number; listEnd: number; authorsEnd: number } {
  const s = new XmlScanner(text, part);
  const comments: Comment[] = [];
  const authors: string[] = [];
  let listStart = -1;
  let listEnd = -1;
  let authorsEnd = -1;
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t === 2 && s.local === 'authors') authorsEnd = s.start;
    if (t === 2 && s.local === 'commentList') listEnd = s.start;
    if (t !== OPEN) continue;
    if (s.local === 'commentList') {
      listStart = s.end;
      if (s.selfClosing) listEnd = s.end;
    } else if (s.local === 'author') authors.push(s.innerText());
    else if (s.local === 'comment') {
      const a = s.start;
      const ref = s.attr('ref') ?? '';
      let str = '';
      const depth = s.depth;
      for (let k = s.next(); k !== END; k = s.next()) {
        if (k === 2 && s.depth === depth - 1) break;
        const local: string = s.local;
        if (k === OPEN && (local === 'rPh' || local === 'phoneticPr')) s.skipElement();
        else if (k === OPEN && local === 't') str += s.innerText();
      }
      comments.push({ ref, raw: text.slice(a, s.end), text: decodeXstring(str) });
    }
  }
  return { comments, authors, listStart, listEnd, authorsEnd };
}

/** Sets notes on a sheet (null removes). Returns the legacyDrawing relationship id to put on the sheet, or null to remove it. */
export function writeNotes(
  pkg: Package,
  sheetPart: string,
  notes: ReadonlyMap<string, string | null>,
  memo: { vmlDefault?: boolean; vmlTypeAdded?: string[] },
): { legacyDrawing: string | null; changed: boolean } {
  const rels = pkg.rels(sheetPart);
  const commentsRel = rels.find((r) => r.type === REL.comments && r.part);
  const vmlRel = rels.find((r) => r.type === REL.vmlDrawing && r.part);
  let commentsPart = commentsRel?.part ?? null;
  let vmlPart = vmlRel?.part ?? null;
  const existing = commentsPart && pkg.has(commentsPart) ? parseComments(pkg.text(commentsPart), commentsPart) : null;
  const comments = existing ? [...existing.comments] : [];
  const authors = existing ? [...existing.authors] : [];
  let changed = false;
  const addShapes: Array<{ ref: string; lines: number }> = [];
  const dropShapes: string[] = [];
  // comments by cell (a removed one leaves a hole, taken out at the end)
  const at = new Map<string, number>();
  comments.forEach((c, i) => at.set(c.ref.toUpperCase(), i));
  const slots: Array<Comment | null> = comments;
  for (const [cell, note] of notes) {
    const i = at.get(cell) ?? -1;
    if (note === null) {
      if (i < 0) continue;
      slots[i] = null;
      at.delete(cell);
      dropShapes.push(cell);
      changed = true;
      continue;
    }
    if (i >= 0) {
      const c = slots[i]!;
      if (c.text === note) continue;
      slots[i] = { ...c, raw: retext(rawOf(c), c.text, note), text: note };
      changed = true;
      continue;
    }
    let author = authors.indexOf(NOTE_AUTHOR);
    if (author < 0) {
      authors.push(NOTE_AUTHOR);
      author = authors.length - 1;
    }
    at.set(cell, slots.length);
    slots.push({ ref: cell, raw: null, text: note, author });
    addShapes.push({ ref: cell, lines: Math.min(20, Math.max(4, note.split('\n').reduce((k, l) => k + Math.max(1, Math.ceil(l.length / 32)), 0) + 1)) });
    changed = true;
  }
  const kept = slots.filter((c): c is Comment => c !== null);
  comments.length = 0;
  for (const c of kept) comments.push(c);
  if (!changed) return { legacyDrawing: vmlRel?.id ?? null, changed: false };

  // our author goes when no note of ours is left (it was added last)
  const authorIndex = authors.indexOf(NOTE_AUTHOR);
  if (
    authorIndex === authors.length - 1 &&
    authorIndex >= 0 &&
    !comments.some((c) => (c.raw === null ? String(c.author) : getAttr(/^<[^>]*>/.exec(c.raw)![0], 'authorId')) === String(authorIndex))
  )
    authors.pop();

  if (comments.length === 0) {
    if (commentsPart) {
      pkg.remove(commentsPart);
      pkg.removeContentType(commentsPart);
      pkg.removeRels(sheetPart, [commentsRel!.id]);
    }
  } else {
    if (!commentsPart) {
      commentsPart = pkg.freeName((n) => `xl/comments${n}.xml`);
      pkg.addRel(sheetPart, REL.comments, relativeTarget(sheetPart, commentsPart));
      pkg.addContentType(commentsPart, CT.comments);
    }
    pkg.set(commentsPart, commentsText(existing ? pkg.text(commentsPart) : null, existing, authors, comments, commentsPart));
  }

  // the boxes
  const vml = vmlPart && pkg.has(vmlPart) ? pkg.text(vmlPart) : null;
  let vmlOut: string | Chunked | null = vml !== null && dropShapes.length > 0 ? dropShapesFrom(vml, dropShapes) : vml;
  const ours = authors.indexOf(NOTE_AUTHOR);
  const typeAdded = vmlPart !== null && (memo.vmlTypeAdded ?? []).includes(vmlPart);
  if (
    typeAdded &&
    typeof vmlOut === 'string' &&
    addShapes.length === 0 &&
    !comments.some((c) => (c.raw === null ? c.author === ours : getAttr(/^<[^>]*>/.exec(c.raw)![0], 'authorId') === String(ours)))
  ) {
    const at = vmlOut.lastIndexOf(ADDED_TYPE);
    if (at >= 0) vmlOut = vmlOut.slice(0, at) + vmlOut.slice(at + ADDED_TYPE.length);
    memo.vmlTypeAdded = memo.vmlTypeAdded!.filter((n) => n !== vmlPart);
    if (memo.vmlTypeAdded.length === 0) delete memo.vmlTypeAdded;
  }
  if (addShapes.length > 0) {
    if (vmlOut === null) {
      vmlPart = pkg.freeName((n) => `xl/drawings/vmlDrawing${n}.vml`);
      vmlOut = newVml(nextIdmap(pkg));
      if (!pkg.contentType(vmlPart)) {
        pkg.addContentType(vmlPart, CT.vml, true);
        memo.vmlDefault = true;
      }
    }
    if (!/id="_x0000_t202"/.test(vmlOut as string) && vmlPart && !typeAdded) memo.vmlTypeAdded = [...(memo.vmlTypeAdded ?? []), vmlPart];
    vmlOut = addShapesTo(vmlOut as string, addShapes);
  }
  let legacyDrawing: string | null = vmlRel?.id ?? null;
  if (vmlOut !== null && vmlPart) {
    const anyShape = addShapes.length > 0 || /<(\w+:)?shape\b(?!type)/.test(vmlOut as string);
    if (!anyShape) {
      // no box left: the drawing goes (it was ours: a person's drawing keeps its other shapes)
      pkg.remove(vmlPart);
      if (vmlRel) pkg.removeRels(sheetPart, [vmlRel.id]);
      legacyDrawing = null;
      if (memo.vmlDefault && !pkg.names().some((n) => n.toLowerCase().endsWith('.vml'))) {
        removeVmlDefault(pkg);
        memo.vmlDefault = false;
      }
    } else {
      pkg.set(vmlPart, vmlOut);
      if (!vmlRel) legacyDrawing = pkg.addRel(sheetPart, REL.vmlDrawing, relativeTarget(sheetPart, vmlPart));
    }
  }
  return { legacyDrawing, changed: true };
}

function removeVmlDefault(pkg: Package): void {
  const t = pkg.text('[Content_Types].xml');
  pkg.set('[Content_Types].xml', t.replace(/<(\w+:)?Default\s+Extension="vml"\s+ContentType="[^"]*"\s*\/>/i, ''));
}

function commentsText(
  original: string | null,
  existing: ReturnType<typeof parseComments> | null,
  authors: string[],
  comments: Comment[],
  part: string,
): PartContent {
  const authorsXml = `<authors>${authors.map((a) => `<author>${escapeText(a)}</author>`).join('')}</authors>`;
  if (!original || !existing) {
    // a new part, in pieces: each new note's element is made as the part is written, never all held at once
    const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}">${authorsXml}<commentList>`;
    return {
      pieces: function* () {
        yield head;
        for (const c of comments) yield rawOf(c);
        yield '</commentList></comments>';
      },
    };
  }
  const list = comments.map(rawOf).join('');
  // keep the part as it was around the authors and the list
  let text = original;
  if (existing.listStart >= 0 && existing.listEnd >= existing.listStart) {
    const s = new XmlScanner(original, part);
    let listOpenStart = -1;
    for (let t = s.next(); t !== END; t = s.next())
      if (t === OPEN && s.local === 'commentList') {
        listOpenStart = s.start;
        break;
      }
    const open = original.slice(listOpenStart, existing.listStart).replace(/\/>$/, '>');
    const close =
      original.slice(existing.listEnd, existing.listEnd + 2) === '</'
        ? original.slice(existing.listEnd, original.indexOf('>', existing.listEnd) + 1)
        : '</commentList>';
    const end = original.slice(existing.listEnd, existing.listEnd + 2) === '</' ? original.indexOf('>', existing.listEnd) + 1 : existing.listEnd;
    // unchanged comments keep their text exactly
    const same = existing.comments.length === comments.length && existing.comments.every((c, i) => c.raw === rawOf(comments[i]));
    if (!same) text = original.slice(0, listOpenStart) + open + list + close + original.slice(end);
  }
  const before = existing.authors;
  if (before.length !== authors.length || before.some((a, i) => a !== authors[i])) {
    const m = /<(\w+:)?authors\b[^>]*?(\/>|>[\s\S]*?<\/(\w+:)?authors>)/.exec(text);
    if (m) {
      const p = m[1] ?? '';
      const kept = /<(\w+:)?authors\b[^>]*?\/>/.test(m[0]) ? '' : m[0].slice(m[0].indexOf('>') + 1, m[0].lastIndexOf('</'));
      // existing authors' elements stay as they were; ours is appended or dropped at the end
      const items = [...kept.matchAll(/<(\w+:)?author\b[^>]*?(\/>|>[\s\S]*?<\/(\w+:)?author>)/g)].map((x) => x[0]);
      while (items.length > authors.length) items.pop();
      for (let i = items.length; i < authors.length; i++) items.push(`<${p}author>${escapeText(authors[i])}</${p}author>`);
      const open = m[0].slice(0, m[0].indexOf('>') + 1).replace(/\/>$/, '>');
      text = text.slice(0, m.index) + `${open}${items.join('')}</${p}authors>` + text.slice(m.index + m[0].length);
    }
  }
  return text;
}

/** A comment with new text: one more run when only words are added at the end, the run dropped when only they go. */
function retext(raw: string, current: string, next: string): string {
  const textOpen = /<(\w+:)?text\b[^>]*>/.exec(raw);
  const textClose = /<\/(\w+:)?text>/.exec(raw);
  if (!textOpen || !textClose) return raw;
  const p = textOpen[1] ?? '';
  const inner = raw.slice(textOpen.index + textOpen[0].length, textClose.index);
  const tail = /<(\w+:)?(rPh|phoneticPr)\b/.exec(inner);
  const body = tail ? inner.slice(0, tail.index) : inner;
  const rest = tail ? inner.slice(tail.index) : '';
  let newBody: string | null = null;
  if (next.startsWith(current) && next.length > current.length) {
    newBody = `${body}<${p}r><${p}t xml:space="preserve">${escapeText(encodeXstring(next.slice(current.length)))}</${p}t></${p}r>`;
  } else if (current.startsWith(next)) {
    // drop whole runs from the end while what is left is still at least the new text
    const runs = [...body.matchAll(/<(\w+:)?r\b[^>]*>[\s\S]*?<\/(\w+:)?r>/g)];
    let cut = body.length;
    let left = current;
    for (let k = runs.length - 1; k >= 0 && left.length > next.length; k--) {
      const run = runs[k];
      const runText = decodeXstring(
        [...run[0].matchAll(/<(\w+:)?t\b[^>]*>([\s\S]*?)<\/(\w+:)?t>/g)]
          .map((x) => x[2])
          .join('')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&'),
      );
      if (!left.endsWith(runText)) break;
      left = left.slice(0, left.length - runText.length);
      cut = run.index!;
    }
    if (left === next) newBody = body.slice(0, cut);
  }
  if (newBody === null) newBody = `<${p}t xml:space="preserve">${escapeText(encodeXstring(next))}</${p}t>`;
  return raw.slice(0, textOpen.index + textOpen[0].length) + newBody + rest + raw.slice(textClose.index);
}

function nextIdmap(pkg: Package): number {
  let max = 0;
  for (const n of pkg.names()) {
    if (!n.toLowerCase().endsWith('.vml')) continue;
    for (const m of pkg.text(n).matchAll(/idmap\b[^>]*data="([\d,\s]*)"/g)) for (const d of m[1].split(/[,\s]+/)) max = Math.max(max, Number(d) || 0);
  }
  return max + 1;
}

function newVml(idmap: number): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml"\n xmlns:o="urn:schemas-microsoft-com:office:office"\n xmlns:x="urn:schemas-microsoft-com:office:excel">\n' +
    ` <o:shapelayout v:ext="edit">\n  <o:idmap v:ext="edit" data="${idmap}"/>\n </o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"\n  path="m,l,21600r21600,l21600,xe">\n  <v:stroke joinstyle="miter"/>\n' +
    '  <v:path gradientshapeok="t" o:connecttype="rect"/>\n </v:shapetype>\n</xml>'
  );
}

/**
 * The note box type plan-rag adds to a drawing whose boxes use it without defining it (as ExcelJS writes them); it
 * goes again when plan-rag's last note on the sheet goes, so the drawing comes back as it was.
 */
const ADDED_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/**
 * The drawing with boxes for new notes, in pieces: each box is made as the part is written (a 100,000-row plan has
 * as many notes, some 60 MB of VML), never all held at once.
 */
function addShapesTo(vml: string, notes: Array<{ ref: string; lines: number }>): Chunked {
  let out = vml;
  if (!/id="_x0000_t202"/.test(out)) out = out.replace(/<\/xml>\s*$/, `${ADDED_TYPE}</xml>`);
  const idmap = Number(/idmap\b[^>]*data="(\d+)/.exec(out)?.[1] ?? 1);
  let next = idmap * 1024;
  for (const m of out.matchAll(/_x0000_s(\d+)/g)) next = Math.max(next, Number(m[1]));
  next++;
  const close = out.lastIndexOf('</xml>');
  const head = close >= 0 ? out.slice(0, close) : out;
  const tail = close >= 0 ? out.slice(close) : '';
  const first = next;
  return {
    pieces: function* () {
      yield head;
      let id = first;
      for (const n of notes) {
        const r = rangeOf(n.ref)!;
        const anchor = `${r.left + 1}, 15, ${Math.max(0, r.top - 1)}, 10, ${r.left + 4}, 15, ${Math.max(0, r.top - 1) + n.lines}, 4`;
        yield (
          `<v:shape id="_x0000_s${id++}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:${n.lines * 15}pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
          '<v:fill color2="#ffffe1"/><v:textbox/>' +
          `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${r.top}</x:Row><x:Column>${r.left}</x:Column></x:ClientData></v:shape>`
        );
      }
      yield tail;
    },
  };
}

/** Removes the note boxes of cells (shapes whose client data is a Note at that row and column), in one pass. */
function dropShapesFrom(vml: string, cells: readonly string[]): string {
  const gone = new Set(
    cells.map((c) => {
      const r = rangeOf(c)!;
      return `${r.top},${r.left}`;
    }),
  );
  return vml.replace(/<(\w+:)?shape\b(?!type)[\s\S]*?<\/(\w+:)?shape>/g, (shape) => {
    if (!/ObjectType="Note"/.test(shape)) return shape;
    const row = /<(\w+:)?Row>\s*(\d+)\s*</.exec(shape);
    const col = /<(\w+:)?Column>\s*(\d+)\s*</.exec(shape);
    return row && col && gone.has(`${row[2]},${col[2]}`) ? '' : shape;
  });
}

export { resolvePart };
