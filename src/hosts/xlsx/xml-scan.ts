/**
 * A strict XML tokenizer over UTF-8 bytes fed in chunks, for the parts of a spreadsheet file.
 *
 * Strict where a damaged file shows: every start tag closed by its own end tag, one root element,
 * attributes quoted, no `<` in a value, only the five predefined entities and character
 * references, no DOCTYPE (so no entity of a file's own: no "billion laughs", no external file).
 * The document must end with its root element closed: a part cut short is malformed, not empty.
 *
 * Fast where a sheet costs: it works on bytes, names are interned (a sheet has a handful of tag
 * names repeated millions of times), text and attribute values are handed over as byte ranges and
 * decoded only by whoever needs them. Namespaces are not resolved: handlers see local names, so
 * `x:c`, `c` and Strict OOXML's elements read alike. Pure (no Node or DOM API).
 */

export class XmlError extends Error {}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQ = 0x3d;
const DQ = 0x22;
const SQ = 0x27;
const COLON = 0x3a;
const MAX_PIECE = 16 << 20;
/** Bytes of a new chunk joined to the piece the last one left incomplete: enough for any tag of a sheet. */
const HEAD = 1 << 12;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
/** Bytes that end a name: space, `>`, `/`, `=`, `<`, quotes. */
const endsName = (c: number) => c <= 0x20 || c === GT || c === SLASH || c === EQ || c === LT || c === DQ || c === SQ;

/** An element's name: as written (`x:c`) and local (`c`). */
export interface XmlName {
  q: string;
  l: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Text of a byte range, UTF-8; an invalid sequence is malformed XML. */
export function utf8Text(b: Uint8Array, s: number, e: number): string {
  // Short ASCII (numbers, references, most names) without the decoder's call overhead.
  if (e - s <= 24) {
    let out = '';
    for (let i = s; i < e; i++) {
      const c = b[i];
      if (c >= 0x80) return decodeUtf8(b, s, e);
      out += String.fromCharCode(c);
    }
    return out;
  }
  return decodeUtf8(b, s, e);
}

function decodeUtf8(b: Uint8Array, s: number, e: number): string {
  try {
    return utf8.decode(b.subarray(s, e));
  } catch {
    throw new XmlError('ký tự UTF-8 không hợp lệ / invalid UTF-8');
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with its entities and character references replaced; an unknown entity is malformed XML. */
export function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0) return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
  let out = '';
  let at = 0;
  for (let i = s.indexOf('&'); i >= 0; i = s.indexOf('&', at)) {
    out += s.slice(at, i);
    const end = s.indexOf(';', i);
    if (end < 0 || end - i > 12) throw new XmlError('thực thể chưa khai báo / undefined entity');
    const name = s.slice(i + 1, end);
    if (name.charCodeAt(0) === 0x23) {
      const hex = name[1] === 'x';
      const digits = name.slice(hex ? 2 : 1);
      const code = digits && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits) ? parseInt(digits, hex ? 16 : 10) : NaN;
      if (!(code > 0 && code <= 0x10ffff)) throw new XmlError(`tham chiếu ký tự sai / bad character reference &${name};`);
      out += String.fromCodePoint(code);
    } else {
      const v = ENTITIES[name];
      if (v === undefined) throw new XmlError(`thực thể chưa khai báo / undefined entity &${name.slice(0, 20)};`);
      out += v;
    }
    at = end + 1;
  }
  out += s.slice(at);
  return out.indexOf('\r') < 0 ? out : out.replace(/\r\n?/g, '\n');
}

/** The attributes of the start tag being read: local names and value ranges in `buf`. */
export class Attrs {
  buf: Uint8Array = new Uint8Array(0);
  names: string[] = [];
  starts: number[] = [];
  ends: number[] = [];
  n = 0;

  /** Index of the attribute with this local name, or -1. */
  find(local: string): number {
    for (let i = 0; i < this.n; i++) if (this.names[i] === local) return i;
    return -1;
  }

  /**
   * The value of an attribute, entities replaced; undefined when absent. A line break or tab
   * written as such reads as a space, as XML's attribute-value normalization says (a sheet name
   * with a literal line break is what every other reader shows with a space); written as a
   * character reference (`&#10;`) it stays.
   */
  get(local: string): string | undefined {
    const i = this.find(local);
    if (i < 0) return undefined;
    const raw = utf8Text(this.buf, this.starts[i], this.ends[i]);
    return unescapeXml(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw);
  }

  push(name: string, s: number, e: number): void {
    this.names[this.n] = name;
    this.starts[this.n] = s;
    this.ends[this.n] = e;
    this.n++;
  }
}

export interface XmlHandler {
  /** A start tag; `empty` for `<x/>`, which is followed at once by `close`. */
  open(name: string, attrs: Attrs, empty: boolean): void;
  close(name: string): void;
  /** Text between tags as raw bytes (entities not replaced); `cdata` for a CDATA section's. */
  text(buf: Uint8Array, start: number, end: number, cdata: boolean): void;
  /**
   * Reads the whole element starting at `b[i]` (its `<`) straight from the bytes, when it has one
   * of the few small shapes a part repeats by the million (a sheet's cells, the shared strings):
   * one pass where the scanner would make five calls. Returns the index after its end tag, or -1
   * to leave it to the scanner: any other shape, or one not whole before `n`. Called only inside
   * the root element; it must refuse whatever the scanner would refuse.
   */
  element?(b: Uint8Array, i: number, n: number): number;
}

export class XmlScanner {
  private carry: Uint8Array | null = null;
  /** Bytes of the document before the buffer being read (for positions in messages). */
  private offset = 0;
  private readonly stack: string[] = [];
  private rootSeen = false;
  private readonly attrs = new Attrs();
  private readonly names = new Map<number, XmlName>();
  private readonly longNames = new Map<string, XmlName>();
  private readonly hashed = new Map<number, { name: XmlName; bytes: Uint8Array }>();
  private readonly single: (XmlName | undefined)[] = new Array<XmlName | undefined>(256).fill(undefined);

  constructor(private readonly handler: XmlHandler) {}

  /** Reads a chunk; what is left incomplete at its end waits for the next. */
  feed(bytes: Uint8Array): void {
    // Every byte of every buffer is read through the same few lines: a host's subclass (Node's
    // Buffer) beside the joined pieces' plain arrays would make each read check which of the two.
    const chunk = bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let start = 0;
    const carry = this.carry;
    if (carry) {
      this.carry = null;
      // The piece left incomplete is finished with the chunk's first bytes, joined to it; the rest
      // of the chunk is read where it lies (joining whole chunks would copy every byte once more).
      const head = Math.min(chunk.length, HEAD);
      const joined = new Uint8Array(carry.length + head);
      joined.set(carry);
      joined.set(chunk.subarray(0, head), carry.length);
      const used = this.scan(joined, 0, false);
      if (used > carry.length) {
        start = used - carry.length;
        this.offset += carry.length;
      } else if (head === chunk.length) {
        // Still incomplete, and the chunk is all in it.
        this.keep(joined, used);
        return;
      } else {
        const all = new Uint8Array(carry.length + chunk.length);
        all.set(carry);
        all.set(chunk, carry.length);
        this.keep(all, this.scan(all, used, false));
        return;
      }
    }
    this.keep(chunk, this.scan(chunk, start, false));
  }

  /** What `buf` holds past `used` waits for the next chunk. */
  private keep(buf: Uint8Array, used: number): void {
    this.offset += used;
    if (used < buf.length) {
      // A tag or a text this long is no spreadsheet's (a cell holds at most 32,767 characters).
      if (buf.length - used > MAX_PIECE) this.fail(used, 'một thẻ hoặc đoạn chữ dài hơn 16 MB / a tag or text longer than 16 MB');
      // A copy, never a view: a host's chunk (Node's Buffer, whose `slice` is a view) may be reused.
      this.carry = Uint8Array.prototype.slice.call(buf, used);
    }
  }

  /** The document is over: anything left open or incomplete is malformed. */
  end(): void {
    const rest = this.carry ?? new Uint8Array(0);
    this.carry = null;
    this.scan(rest, 0, true);
    if (this.stack.length) this.fail(0, `tài liệu dừng giữa chừng, <${this.stack[this.stack.length - 1]}> chưa đóng / the document stops with <${this.stack[this.stack.length - 1]}> still open`);
    if (!this.rootSeen) this.fail(0, 'tài liệu rỗng / empty document');
  }

  private fail(at: number, what: string): never {
    throw new XmlError(`byte ${(this.offset + at).toLocaleString('en')}: ${what}`);
  }

  private name(b: Uint8Array, s: number, e: number): XmlName {
    const len = e - s;
    // `c`, `v`, `r`, `s`, `t`: a sheet's commonest names (five per cell), by their one byte.
    if (len === 1) return (this.single[b[s]] ??= makeName(utf8Text(b, s, e)));
    if (len <= 6) {
      let key = len;
      let mul = 8;
      for (let i = s; i < e; i++) {
        key += b[i] * mul;
        mul *= 256;
      }
      let n = this.names.get(key);
      if (!n) {
        n = makeName(utf8Text(b, s, e));
        this.names.set(key, n);
      }
      return n;
    }
    // Longer ones (`x14ac:dyDescent` on every row) by a hash of their bytes, confirmed byte by byte:
    // no new string per tag.
    let h = len;
    for (let i = s; i < e; i++) h = Math.imul(h ^ b[i], 16777619);
    h &= 0x3fffffff;
    const known = this.hashed.get(h);
    if (known !== undefined && known.bytes.length === len && bytesAt(b, s, known.bytes)) return known.name;
    const q = utf8Text(b, s, e);
    let n = this.longNames.get(q);
    if (!n) {
      n = makeName(q);
      if (this.longNames.size < 1000) this.longNames.set(q, n);
    }
    if (this.hashed.size < 1000) this.hashed.set(h, { name: n, bytes: Uint8Array.prototype.slice.call(b, s, e) });
    return n;
  }

  /** Reads `b` from `from` as far as it is complete (all of it when `final`); returns how far. */
  private scan(b: Uint8Array, from: number, final: boolean): number {
    const n = b.length;
    const h = this.handler;
    const stack = this.stack;
    let i = from;
    while (i < n) {
      if (b[i] !== LT) {
        let j = i;
        while (j < n && b[j] !== LT) j++;
        if (j === n && !final) return i;
        if (stack.length) h.text(b, i, j, false);
        else for (let k = i; k < j; k++) if (!isSpace(b[k])) this.fail(k, 'chữ nằm ngoài phần tử gốc / text outside the root element');
        i = j;
        continue;
      }
      if (i + 1 >= n) return final ? this.fail(i, 'thẻ dở dang / unfinished tag') : i;
      const c = b[i + 1];
      if (c === SLASH) {
        let j = i + 2;
        while (j < n && !endsName(b[j])) j++;
        const nameEnd = j;
        while (j < n && isSpace(b[j])) j++;
        if (j >= n) return final ? this.fail(i, 'thẻ đóng dở dang / unfinished close tag') : i;
        if (b[j] !== GT || nameEnd === i + 2) this.fail(i, 'thẻ đóng sai / malformed close tag');
        const name = this.name(b, i + 2, nameEnd);
        const open = stack.pop();
        if (open !== name.q) this.fail(i, open === undefined ? `thẻ đóng thừa </${name.q}> / unexpected close tag` : `thẻ đóng </${name.q}> không khớp <${open}> / close tag </${name.q}> does not match <${open}>`);
        h.close(name.l);
        i = j + 1;
        continue;
      }
      if (c === BANG) {
        const j = this.special(b, i, final);
        if (j < 0) return i;
        i = j;
        continue;
      }
      if (c === QUESTION) {
        let j = i + 2;
        while (j + 1 < n && !(b[j] === QUESTION && b[j + 1] === GT)) j++;
        if (j + 1 >= n) return final ? this.fail(i, 'chỉ thị dở dang / unfinished processing instruction') : i;
        i = j + 2;
        continue;
      }
      if (h.element !== undefined && stack.length) {
        const j = h.element(b, i, n);
        if (j >= 0) {
          i = j;
          continue;
        }
      }
      const j = this.startTag(b, i, final);
      if (j < 0) return i;
      i = j;
    }
    return n;
  }

  /** A start tag at `i`; returns the index after it, or -1 when it is not complete in `b`. */
  private startTag(b: Uint8Array, i: number, final: boolean): number {
    const n = b.length;
    let j = i + 1;
    while (j < n && !endsName(b[j])) j++;
    if (j >= n) return final ? this.fail(i, 'thẻ dở dang / unfinished tag') : -1;
    if (j === i + 1) this.fail(i, 'thẻ không có tên / a tag without a name');
    const name = this.name(b, i + 1, j);
    const attrs = this.attrs;
    attrs.buf = b;
    attrs.n = 0;
    for (;;) {
      const spaced = j < n && isSpace(b[j]);
      while (j < n && isSpace(b[j])) j++;
      if (j >= n) return final ? this.fail(i, 'thẻ dở dang / unfinished tag') : -1;
      const c = b[j];
      if (c === GT || c === SLASH) {
        const empty = c === SLASH;
        if (empty) {
          if (j + 1 >= n) return final ? this.fail(i, 'thẻ dở dang / unfinished tag') : -1;
          if (b[j + 1] !== GT) this.fail(j, 'thẻ sai / malformed tag');
          j++;
        }
        if (!this.stack.length) {
          if (this.rootSeen) this.fail(i, 'nhiều phần tử gốc / more than one root element');
          this.rootSeen = true;
        }
        if (!empty) this.stack.push(name.q);
        this.handler.open(name.l, attrs, empty);
        if (empty) this.handler.close(name.l);
        return j + 1;
      }
      if (!spaced) this.fail(j, 'thiếu khoảng trắng giữa các thuộc tính / attributes run together');
      const ns = j;
      while (j < n && !endsName(b[j])) j++;
      if (j >= n) return final ? this.fail(i, 'thẻ dở dang / unfinished tag') : -1;
      if (j === ns) this.fail(j, 'thuộc tính sai / malformed attribute');
      const attr = this.name(b, ns, j);
      while (j < n && isSpace(b[j])) j++;
      if (j >= n) return final ? this.fail(i, 'thẻ dở dang / unfinished tag') : -1;
      if (b[j] !== EQ) this.fail(j, `thuộc tính ${attr.q} thiếu giá trị / attribute ${attr.q} without a value`);
      j++;
      while (j < n && isSpace(b[j])) j++;
      if (j >= n) return final ? this.fail(i, 'thẻ dở dang / unfinished tag') : -1;
      const q = b[j];
      if (q !== DQ && q !== SQ) this.fail(j, `giá trị thuộc tính ${attr.q} không có dấu nháy / attribute ${attr.q} not quoted`);
      const vs = j + 1;
      j = vs;
      while (j < n && b[j] !== q) {
        if (b[j] === LT) this.fail(j, 'dấu < trong giá trị thuộc tính / `<` in an attribute value');
        j++;
      }
      if (j >= n) return final ? this.fail(i, 'thẻ dở dang / unfinished tag') : -1;
      // Namespace declarations matter to no handler: local names are what they read.
      if (!(attr.q === 'xmlns' || (attr.q.charCodeAt(5) === COLON && attr.q.startsWith('xmlns')))) attrs.push(attr.l, vs, j);
      j++;
    }
  }

  /** `<!--…-->`, `<![CDATA[…]]>`; a DOCTYPE is refused. Returns the index after it, or -1 when incomplete. */
  private special(b: Uint8Array, i: number, final: boolean): number {
    const n = b.length;
    if (i + 4 > n) return final ? this.fail(i, 'thẻ dở dang / unfinished tag') : -1;
    if (b[i + 2] === 0x2d && b[i + 3] === 0x2d) {
      for (let j = i + 4; j + 2 < n; j++) if (b[j] === 0x2d && b[j + 1] === 0x2d && b[j + 2] === GT) return j + 3;
      return final ? this.fail(i, 'chú thích dở dang / unfinished comment') : -1;
    }
    if (i + 9 > n) return final ? this.fail(i, 'thẻ dở dang / unfinished tag') : -1;
    if (b[i + 2] === 0x5b && utf8Text(b, i + 3, i + 9) === 'CDATA[') {
      if (!this.stack.length) this.fail(i, 'CDATA ngoài phần tử gốc / CDATA outside the root element');
      for (let j = i + 9; j + 2 < n; j++) {
        if (b[j] === 0x5d && b[j + 1] === 0x5d && b[j + 2] === GT) {
          this.handler.text(b, i + 9, j, true);
          return j + 3;
        }
      }
      return final ? this.fail(i, 'CDATA dở dang / unfinished CDATA') : -1;
    }
    // A DOCTYPE may declare entities (a billion laughs, an external file): no spreadsheet has one.
    return this.fail(i, 'DOCTYPE không được phép (thực thể chưa khai báo) / DOCTYPE not allowed (undefined entity)');
  }
}

/** Whether `b` holds `bytes` at `at`. */
export function bytesAt(b: Uint8Array, at: number, bytes: Uint8Array): boolean {
  if (at + bytes.length > b.length) return false;
  for (let k = 0; k < bytes.length; k++) if (b[at + k] !== bytes[k]) return false;
  return true;
}

function makeName(q: string): XmlName {
  const colon = q.indexOf(':');
  return { q, l: colon < 0 ? q : q.slice(colon + 1) };
}

/** Text of a raw text range: CDATA as it is, other text with its entities replaced. */
export function textOf(buf: Uint8Array, s: number, e: number, cdata: boolean): string {
  const t = utf8Text(buf, s, e);
  return cdata ? t : unescapeXml(t);
}

/** Reads a whole part held in memory (the small ones: workbook, relationships, styles). */
export function scanXml(bytes: Uint8Array, handler: XmlHandler): void {
  const s = new XmlScanner(handler);
  s.feed(bytes);
  s.end();
}
