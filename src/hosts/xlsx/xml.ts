/**
 * A small streaming XML scanner that knows where each token is in the text, so a part can be patched in place:
 * read an element's attributes, splice new text in before a closing tag, and copy everything else as it was.
 * It checks well-formedness as it goes (tags nest and match, attributes are quoted, entities are known), and
 * reports a malformed part by name and line. Comments, processing instructions, DOCTYPE and CDATA are handled.
 * Namespaces are matched by local name (a part may use a prefix for the main namespace, "x:row").
 */
import { XlsxError } from './errors';

export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export const END = 0;
export type Token = typeof OPEN | typeof CLOSE | typeof TEXT | typeof END;

export class XmlScanner {
  /** The current token's kind. */
  type: Token = END;
  /** Qualified name of the current open or close tag. */
  name = '';
  /** Where the current token starts and ends (end exclusive). */
  start = 0;
  end = 0;
  /** The raw attribute text of an open tag. */
  attrStart = 0;
  attrEnd = 0;
  selfClosing = false;
  /** Open elements, outermost first. */
  readonly stack: string[] = [];
  private pos: number;
  private pendingClose = false;
  private cdata = false;

  constructor(
    readonly text: string,
    readonly part: string,
    from = 0,
    private readonly limit = text.length,
    /** Check that every element opened is closed by the limit (off when scanning a piece of a larger text). */
    private readonly whole = true,
  ) {
    this.pos = from;
  }

  /** The local name (no prefix). */
  get local(): string {
    const i = this.name.indexOf(':');
    return i < 0 ? this.name : this.name.slice(i + 1);
  }

  get depth(): number {
    return this.stack.length;
  }

  fail(message: string, at = this.start): never {
    let line = 1;
    for (let i = 0; i < at && i < this.text.length; i++) if (this.text.charCodeAt(i) === 10) line++;
    throw new XlsxError(
      this.part,
      `is not well-formed XML (line ${line}: ${message})`,
      'The workbook is damaged: open it in Excel, which offers to repair it, and save a copy.',
      'malformed-xml',
    );
  }

  next(): Token {
    if (this.pendingClose) {
      // a self-closing tag reads as an open and then a close
      this.pendingClose = false;
      this.type = CLOSE;
      this.stack.pop();
      return this.type;
    }
    const t = this.text;
    for (;;) {
      const p = this.pos;
      if (p >= this.limit) {
        if (this.whole && this.stack.length > 0) this.fail(`<${this.stack[this.stack.length - 1]}> is never closed`, this.limit);
        this.type = END;
        return END;
      }
      if (t.charCodeAt(p) !== 60 /* < */) {
        let q = t.indexOf('<', p);
        if (q < 0 || q > this.limit) q = this.limit;
        this.type = TEXT;
        this.cdata = false;
        this.start = p;
        this.end = q;
        this.pos = q;
        if (this.stack.length === 0 && t.slice(p, q).trim() !== '') this.fail('text outside the root element', p);
        return TEXT;
      }
      const c = t.charCodeAt(p + 1);
      if (c === 33 /* ! */) {
        if (t.startsWith('<!--', p)) {
          const q = t.indexOf('-->', p + 4);
          if (q < 0) this.fail('a comment is never closed', p);
          this.pos = q + 3;
          continue;
        }
        if (t.startsWith('<![CDATA[', p)) {
          const q = t.indexOf(']]>', p + 9);
          if (q < 0) this.fail('a CDATA section is never closed', p);
          this.type = TEXT;
          this.cdata = true;
          this.start = p;
          this.end = q + 3;
          this.pos = q + 3;
          return TEXT;
        }
        // DOCTYPE (with an internal subset in brackets)
        let depth = 0;
        let q = p + 2;
        for (; q < this.limit; q++) {
          const ch = t.charCodeAt(q);
          if (ch === 91) depth++;
          else if (ch === 93) depth--;
          else if (ch === 62 && depth <= 0) break;
        }
        this.pos = q + 1;
        continue;
      }
      if (c === 63 /* ? */) {
        const q = t.indexOf('?>', p + 2);
        if (q < 0) this.fail('a processing instruction is never closed', p);
        this.pos = q + 2;
        continue;
      }
      if (c === 47 /* / */) {
        let q = p + 2;
        while (q < this.limit && isNameChar(t.charCodeAt(q))) q++;
        this.name = t.slice(p + 2, q);
        while (q < this.limit && isSpace(t.charCodeAt(q))) q++;
        if (t.charCodeAt(q) !== 62) this.fail(`the closing tag </${this.name}> is broken`, p);
        if (this.stack.length === 0 && !this.whole) {
          // the end of a piece scanned on its own
          this.type = END;
          this.pos = this.limit;
          return END;
        }
        const open = this.stack.pop();
        if (open === undefined) this.fail(`</${this.name}> closes nothing`, p);
        if (open !== this.name) this.fail(`<${open}> is closed by </${this.name}>`, p);
        this.type = CLOSE;
        this.start = p;
        this.end = q + 1;
        this.pos = q + 1;
        return CLOSE;
      }
      // an open tag
      let q = p + 1;
      while (q < this.limit && isNameChar(t.charCodeAt(q))) q++;
      if (q === p + 1) this.fail('a "<" that starts no tag', p);
      this.name = t.slice(p + 1, q);
      this.attrStart = q;
      // attributes: name = "value" pairs; values may hold ">"
      for (;;) {
        while (q < this.limit && isSpace(t.charCodeAt(q))) q++;
        const ch = t.charCodeAt(q);
        if (ch === 62 /* > */) {
          this.attrEnd = q;
          this.selfClosing = false;
          this.end = q + 1;
          break;
        }
        if (ch === 47 /* / */ && t.charCodeAt(q + 1) === 62) {
          this.attrEnd = q;
          this.selfClosing = true;
          this.end = q + 2;
          break;
        }
        if (q >= this.limit) this.fail(`the tag <${this.name}> is never closed`, p);
        const n0 = q;
        while (q < this.limit && isNameChar(t.charCodeAt(q))) q++;
        if (q === n0) this.fail(`the tag <${this.name}> has a broken attribute`, p);
        while (q < this.limit && isSpace(t.charCodeAt(q))) q++;
        if (t.charCodeAt(q) !== 61 /* = */) this.fail(`the attribute ${t.slice(n0, q).trim()} of <${this.name}> has no value`, p);
        q++;
        while (q < this.limit && isSpace(t.charCodeAt(q))) q++;
        const quote = t.charCodeAt(q);
        if (quote !== 34 && quote !== 39) this.fail(`an attribute of <${this.name}> is not quoted`, p);
        const close = t.indexOf(quote === 34 ? '"' : "'", q + 1);
        if (close < 0 || close > this.limit) this.fail(`an attribute of <${this.name}> is never closed`, p);
        const lt = t.indexOf('<', q + 1);
        if (lt >= 0 && lt < close) this.fail(`an attribute of <${this.name}> holds "<"`, p);
        q = close + 1;
        const after = t.charCodeAt(q);
        if (!isSpace(after) && after !== 62 && after !== 47) this.fail(`attributes of <${this.name}> run together`, p);
      }
      this.type = OPEN;
      this.start = p;
      this.pos = this.end;
      this.stack.push(this.name);
      if (this.selfClosing) this.pendingClose = true;
      return OPEN;
    }
  }

  /** The value of an attribute of the current open tag (decoded), or undefined. Matches the qualified name. */
  attr(name: string): string | undefined {
    const raw = rawAttr(this.text, this.attrStart, this.attrEnd, name);
    return raw === undefined ? undefined : decode(raw, true);
  }

  /** Every attribute of the current open tag, in order, decoded. */
  attrs(): Array<[string, string]> {
    return parseAttrs(this.text.slice(this.attrStart, this.attrEnd));
  }

  /** The decoded text of the current text token. */
  textValue(): string {
    const raw = this.text.slice(this.start, this.end);
    if (this.cdata) return raw.slice(9, -3).replace(/\r\n?/g, '\n');
    return decode(raw, false, this);
  }

  /**
   * Skips to the end of the element just opened; returns the offset after its closing tag. The element's content is
   * checked as it is skipped.
   */
  skipElement(): number {
    if (this.type !== OPEN) return this.end;
    const depth = this.stack.length;
    if (this.selfClosing) {
      this.next();
      return this.end;
    }
    for (let t = this.next(); t !== END; t = this.next()) if (t === CLOSE && this.stack.length === depth - 1) return this.end;
    return this.end;
  }

  /** The text of every text token inside the element just opened (concatenated), leaving the scanner after it. */
  innerText(): string {
    if (this.type !== OPEN || this.selfClosing) {
      if (this.selfClosing) this.next();
      return '';
    }
    const depth = this.stack.length;
    let out = '';
    for (let t = this.next(); t !== END; t = this.next()) {
      if (t === TEXT) out += this.textValue();
      else if (t === CLOSE && this.stack.length === depth - 1) break;
    }
    return out;
  }
}

/** XML white space: space, tab, line feed, carriage return. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 58 || c === 95 || c === 45 || c === 46 || c > 127;
}

/** The raw (undecoded) value of an attribute in an attribute region, by qualified name. */
export function rawAttr(text: string, from: number, to: number, name: string): string | undefined {
  let q = from;
  const n = name.length;
  while (q < to) {
    while (q < to && isSpace(text.charCodeAt(q))) q++;
    if (q >= to) return undefined;
    const n0 = q;
    while (q < to && text.charCodeAt(q) !== 61 && !isSpace(text.charCodeAt(q))) q++;
    const match = q - n0 === n && text.startsWith(name, n0);
    while (q < to && text.charCodeAt(q) !== 34 && text.charCodeAt(q) !== 39) q++;
    const quote = text.charCodeAt(q);
    const close = text.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (close < 0) return undefined;
    if (match) return text.slice(q + 1, close);
    q = close + 1;
  }
  return undefined;
}

/** Parses an attribute region into decoded [name, value] pairs, in order. */
export function parseAttrs(raw: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const re = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) out.push([m[1], decode(m[3] ?? m[4] ?? '', true)]);
  return out;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes entities (and, for text, normalises line ends as XML does; for attributes, whitespace to spaces). */
export function decode(raw: string, attr: boolean, scanner?: XmlScanner): string {
  let s = raw;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  if (attr && /[\t\n]/.test(s)) s = s.replace(/[\t\n]/g, ' ');
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&([^;&\s]{0,10});?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) return bad(whole, scanner);
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) return bad(whole, scanner);
      return String.fromCodePoint(code);
    }
    const v = NAMED[name];
    return v === undefined ? bad(whole, scanner) : v;
  });
}

function bad(entity: string, scanner?: XmlScanner): string {
  if (scanner) scanner.fail(`an unknown entity ${entity}`);
  throw new XlsxError('a part', `is not well-formed XML (an unknown entity ${entity})`, 'Open the workbook in Excel and save a copy.', 'malformed-xml');
}

/** Escapes text for element content. */
export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;')).replace(/\r/g, '&#13;');
}

/** Escapes text for an attribute value in double quotes. */
export function escapeAttr(s: string): string {
  return s.replace(/[&<>"\n\r\t]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' })[c]!);
}

/**
 * Decodes the `_xHHHH_` escapes of spreadsheet strings (ST_Xstring): "_x000D_" is a carriage return, and a literal
 * "_x0041_" is stored as "_x005F_x0041_".
 * @example decodeXstring('a_x000D_\nb') // 'a\r\nb'
 * @example decodeXstring('_x005F_x0041_') // '_x0041_'
 */
export function decodeXstring(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Encodes a string for a spreadsheet cell: a literal "_xHHHH_" gets its underscore escaped, and characters XML
 * cannot hold become `_xHHHH_`.
 * @example encodeXstring('_x0041_') // '_x005F_x0041_'
 */
export function encodeXstring(s: string): string {
  return (
    s
      .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
      // eslint-disable-next-line no-control-regex
      .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
  );
}

/** An element's prefix ("x:" for "x:worksheet", "" for "worksheet"). */
export function prefixOf(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? '' : qname.slice(0, i + 1);
}

/** Sets (or, with null, removes) an attribute in a start tag's text, keeping the others as they are. */
const SET_RE = new Map<string, RegExp>();
const GET_RE = new Map<string, RegExp>();

export function setAttr(tag: string, name: string, value: string | null): string {
  let re = SET_RE.get(name);
  if (!re) SET_RE.set(name, (re = new RegExp(`(\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`)));
  const m = re.exec(tag);
  if (m) {
    if (value === null) return tag.slice(0, m.index) + tag.slice(m.index + m[0].length);
    return `${tag.slice(0, m.index)}${m[1]}${name}="${escapeAttr(value)}"${tag.slice(m.index + m[0].length)}`;
  }
  if (value === null) return tag;
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end).replace(/\s+$/, '')} ${name}="${escapeAttr(value)}"${tag.slice(end)}`;
}

/** An attribute of a start tag's text, decoded. */
export function getAttr(tag: string, name: string): string | undefined {
  let re = GET_RE.get(name);
  if (!re) GET_RE.set(name, (re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  return m ? decode(m[2] ?? m[3] ?? '', true) : undefined;
}
