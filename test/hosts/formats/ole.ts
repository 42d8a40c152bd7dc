/**
 * A small writer of compound files (OLE2, version 3) and BIFF8 records for tests: it writes what
 * it is told, so tests can build a record split across CONTINUE, a password (FILEPASS), an
 * encrypted .xlsx's streams, or a damaged file, and check what the reader makes of them.
 */
const SECTOR = 512;
const END = 0xfffffffe;
const FREE = 0xffffffff;
const FAT_SECTOR = 0xfffffffd;

export interface Stream {
  name: string;
  data: Buffer;
}

/** A compound file holding the streams (each padded to 4,096 bytes, so no mini stream is needed). */
export function compoundFile(streams: Stream[]): Buffer {
  const padded = streams.map((s) => {
    const size = Math.max(4096, Math.ceil(s.data.length / SECTOR) * SECTOR);
    const data = Buffer.alloc(size);
    s.data.copy(data);
    return { name: s.name, data, size: Math.max(4096, s.data.length) };
  });
  const dirSectors = Math.ceil((padded.length + 1) / 4);
  const dataSectors = padded.reduce((n, s) => n + s.data.length / SECTOR, 0);
  let fatSectors = 1;
  while (fatSectors * 128 < fatSectors + dirSectors + dataSectors) fatSectors++;
  if (fatSectors > 109) throw new Error('test file too large');
  const total = fatSectors + dirSectors + dataSectors;
  const fat = new Uint32Array(fatSectors * 128).fill(FREE);
  for (let i = 0; i < fatSectors; i++) fat[i] = FAT_SECTOR;
  const chain = (start: number, n: number) => {
    for (let i = 0; i < n; i++) fat[start + i] = i === n - 1 ? END : start + i + 1;
  };
  const dirStart = fatSectors;
  chain(dirStart, dirSectors);
  let next = dirStart + dirSectors;
  const starts = padded.map((s) => {
    const at = next;
    chain(at, s.data.length / SECTOR);
    next += s.data.length / SECTOR;
    return at;
  });

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(fatSectors, 44);
  header.writeUInt32LE(dirStart, 48);
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(END, 60);
  header.writeUInt32LE(END, 68);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i < fatSectors ? i : FREE, 76 + i * 4);

  const dir = Buffer.alloc(dirSectors * SECTOR);
  const entry = (i: number, name: string, type: number, start: number, size: number, child: number, right: number) => {
    const at = i * 128;
    dir.write(name, at, 'utf16le');
    dir.writeUInt16LE((name.length + 1) * 2, at + 64);
    dir[at + 66] = type;
    dir[at + 67] = 1;
    dir.writeUInt32LE(FREE, at + 68);
    dir.writeUInt32LE(right, at + 72);
    dir.writeUInt32LE(child, at + 76);
    dir.writeUInt32LE(start, at + 116);
    dir.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, END, 0, padded.length ? 1 : FREE, FREE);
  padded.forEach((s, i) => entry(i + 1, s.name, 2, starts[i], s.size, FREE, i + 2 <= padded.length ? i + 2 : FREE));

  const fatBytes = Buffer.alloc(fatSectors * SECTOR);
  fat.forEach((v, i) => fatBytes.writeUInt32LE(v, i * 4));
  const out = Buffer.concat([header, fatBytes, dir, ...padded.map((s) => s.data)]);
  if (out.length !== (total + 1) * SECTOR) throw new Error('layout');
  return out;
}

/** A compound file holding one stream under 4,096 bytes, in the mini stream (64-byte sectors) as Excel keeps small streams. */
export function compoundFileMini(stream: Stream): Buffer {
  if (stream.data.length >= 4096) throw new Error('a mini stream holds less than 4,096 bytes');
  const miniSectors = Math.ceil(stream.data.length / 64);
  const containerSectors = Math.ceil((miniSectors * 64) / SECTOR);
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44);
  header.writeUInt32LE(1, 48);
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(2, 60);
  header.writeUInt32LE(1, 64);
  header.writeUInt32LE(END, 68);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 76 + i * 4);
  // Sector 0 the FAT, 1 the directory, 2 the mini FAT, 3… the mini stream's container.
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END, 4);
  fat.writeUInt32LE(END, 8);
  for (let i = 0; i < containerSectors; i++) fat.writeUInt32LE(i === containerSectors - 1 ? END : 4 + i, (3 + i) * 4);
  const miniFat = Buffer.alloc(SECTOR, 0xff);
  for (let i = 0; i < miniSectors; i++) miniFat.writeUInt32LE(i === miniSectors - 1 ? END : i + 1, i * 4);
  const dir = Buffer.alloc(SECTOR);
  const entry = (i: number, name: string, type: number, start: number, size: number, child: number) => {
    const at = i * 128;
    dir.write(name, at, 'utf16le');
    dir.writeUInt16LE((name.length + 1) * 2, at + 64);
    dir[at + 66] = type;
    dir.writeUInt32LE(FREE, at + 68);
    dir.writeUInt32LE(FREE, at + 72);
    dir.writeUInt32LE(child, at + 76);
    dir.writeUInt32LE(start, at + 116);
    dir.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, 3, miniSectors * 64, 1);
  entry(1, stream.name, 2, 0, stream.data.length, FREE);
  const container = Buffer.alloc(containerSectors * SECTOR);
  stream.data.copy(container);
  return Buffer.concat([header, fat, dir, miniFat, container]);
}

export function rec(type: number, data: Buffer | number[] = []): Buffer {
  const d = Buffer.isBuffer(data) ? data : Buffer.from(data);
  const h = Buffer.alloc(4);
  h.writeUInt16LE(type, 0);
  h.writeUInt16LE(d.length, 2);
  return Buffer.concat([h, d]);
}

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};
const f64 = (n: number) => {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(n);
  return b;
};

/** An XLUnicodeString: 16-bit length (8-bit with `short`), flags, characters (two bytes each unless all are below U+0100). */
export function xlString(s: string, short = false): Buffer {
  const wide = [...s].some((c) => c.charCodeAt(0) > 0xff);
  return Buffer.concat([short ? Buffer.from([s.length]) : u16(s.length), Buffer.from([wide ? 1 : 0]), Buffer.from(s, wide ? 'utf16le' : 'latin1')]);
}

export const cell = {
  number: (row: number, col: number, xf: number, v: number) => rec(0x0203, Buffer.concat([u16(row), u16(col), u16(xf), f64(v)])),
  rk: (row: number, col: number, xf: number, rk: number) => rec(0x027e, Buffer.concat([u16(row), u16(col), u16(xf), u32(rk)])),
  mulrk: (row: number, col: number, items: [number, number][]) =>
    rec(0x00bd, Buffer.concat([u16(row), u16(col), ...items.map(([xf, rk]) => Buffer.concat([u16(xf), u32(rk)])), u16(col + items.length - 1)])),
  sst: (row: number, col: number, xf: number, i: number) => rec(0x00fd, Buffer.concat([u16(row), u16(col), u16(xf), u32(i)])),
  label: (row: number, col: number, xf: number, s: string) => rec(0x0204, Buffer.concat([u16(row), u16(col), u16(xf), xlString(s)])),
  boolerr: (row: number, col: number, value: number, isError: boolean) => rec(0x0205, Buffer.concat([u16(row), u16(col), u16(0), Buffer.from([value, isError ? 1 : 0])])),
  /** A formula's cached result: a number, or [kind, byte] (0 text in a STRING record, 1 bool, 2 error, 3 empty text). */
  formula: (row: number, col: number, xf: number, result: number | [number, number]) => {
    const value = typeof result === 'number' ? f64(result) : Buffer.from([result[0], 0, result[1], 0, 0, 0, 0xff, 0xff]);
    return rec(0x0006, Buffer.concat([u16(row), u16(col), u16(xf), value, u16(0), u32(0), u16(3), Buffer.from([0x1e, 0x01, 0x00])]));
  },
  string: (s: string) => rec(0x0207, xlString(s)),
};

export interface BiffSheet {
  name: string;
  cells: Buffer[];
  /** BOUNDSHEET's hsState: 0 visible, 1 hidden, 2 very hidden. */
  hidden?: number;
}

export interface BiffOptions {
  date1904?: boolean;
  password?: boolean;
  /** Custom formats (id → code) and the number format of each XF, by index. */
  formats?: Record<number, string>;
  xfs?: number[];
  /** The SST record and its CONTINUE records, as written (see `sstRecords`). */
  sst?: Buffer;
  /** Sheets' substreams written in this order (indexes into `sheets`), to test BOUNDSHEET order. */
  streamOrder?: number[];
}

const bof = (dt: number) => rec(0x0809, Buffer.concat([u16(0x0600), u16(dt), u16(0x0dbb), u16(0x07cc), u32(0), u32(0x0206)]));
const eof = () => rec(0x000a);

/** The `Workbook` stream of a BIFF8 workbook. */
export function workbookStream(sheets: BiffSheet[], o: BiffOptions = {}): Buffer {
  const head: Buffer[] = [bof(0x0005)];
  if (o.password) head.push(rec(0x002f, Buffer.concat([u16(1), Buffer.alloc(52)])));
  head.push(rec(0x0022, u16(o.date1904 ? 1 : 0)));
  for (const [id, code] of Object.entries(o.formats ?? {})) head.push(rec(0x041e, Buffer.concat([u16(Number(id)), xlString(code)])));
  for (const f of o.xfs ?? [0]) head.push(rec(0x00e0, Buffer.concat([u16(0), u16(f), Buffer.alloc(16)])));
  const boundsheet = (s: BiffSheet, offset: number) => rec(0x0085, Buffer.concat([u32(offset), Buffer.from([s.hidden ?? 0, 0]), xlString(s.name, true)]));
  const tail = Buffer.concat([o.sst ?? Buffer.alloc(0), eof()]);
  const subs = sheets.map((s) => Buffer.concat([bof(0x0010), ...s.cells, eof()]));
  const globalsLength = Buffer.concat(head).length + sheets.reduce((n, s) => n + boundsheet(s, 0).length, 0) + tail.length;
  const order = o.streamOrder ?? sheets.map((_, i) => i);
  const offsets: number[] = [];
  let at = globalsLength;
  for (const i of order) {
    offsets[i] = at;
    at += subs[i].length;
  }
  return Buffer.concat([...head, ...sheets.map((s, i) => boundsheet(s, offsets[i])), tail, ...order.map((i) => subs[i])]);
}

/**
 * An SST whose strings are written as given, with a CONTINUE record started before string
 * `splitAt`'s character `splitChar`; the characters after it in two bytes each when `wideAfter`.
 */
export function sstRecords(strings: string[], split?: { at: number; char: number; wideAfter: boolean }): Buffer {
  const first: Buffer[] = [u32(strings.length), u32(strings.length)];
  let cont: Buffer[] | null = null;
  strings.forEach((s, i) => {
    const into = () => cont ?? first;
    if (split && i === split.at) {
      const before = s.slice(0, split.char);
      const after = s.slice(split.char);
      first.push(u16(s.length), Buffer.from([0]), Buffer.from(before, 'latin1'));
      cont = [Buffer.from([split.wideAfter ? 1 : 0]), Buffer.from(after, split.wideAfter ? 'utf16le' : 'latin1')];
    } else into().push(xlString(s));
  });
  const parts = [rec(0x00fc, Buffer.concat(first))];
  if (cont) parts.push(rec(0x003c, Buffer.concat(cont)));
  return Buffer.concat(parts);
}

export const xls = (sheets: BiffSheet[], o: BiffOptions = {}) => compoundFile([{ name: 'Workbook', data: workbookStream(sheets, o) }]);
