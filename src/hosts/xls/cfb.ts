/**
 * The streams of a Compound File (OLE2, [MS-CFB]): the container of an Excel 97–2003 workbook
 * (its `Workbook` stream) and of an encrypted .xlsx (`EncryptionInfo` + `EncryptedPackage`).
 *
 * Hostile files end in one line, never a hang or a huge allocation: every sector chain is
 * followed at most once per sector (a loop is damage), a stream never claims more bytes than its
 * chain holds, and the directory is read entry by entry, not as a tree (a cycle in it cannot
 * recurse). Pure (no Node or DOM API).
 */
import { damaged } from '../sheet-builder';

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
/** Sector numbers past this are markers, not sectors. */
const MAX_SECTOR = 0xfffffffa;

export interface CfbEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root. */
  type: number;
  start: number;
  size: number;
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

const broken = (what: string) => {
  const [vi, en] = what.split(' / ');
  return damaged('.xls', `vùng chứa OLE: ${vi}`, `OLE container: ${en ?? vi}`);
};

export class CompoundFile {
  private readonly shift: number;
  private readonly sectorSize: number;
  private readonly fat: Uint32Array;
  private miniFat: Uint32Array = new Uint32Array(0);
  private miniStream: Uint8Array = new Uint8Array(0);
  private readonly miniCutoff: number;
  readonly entries: CfbEntry[] = [];

  constructor(private readonly bytes: Uint8Array) {
    if (bytes.length < 512 || !SIGNATURE.every((x, i) => bytes[i] === x)) throw broken('thiếu đầu tệp / no header');
    this.shift = u16(bytes, 30);
    if (this.shift !== 9 && this.shift !== 12) throw broken(`cỡ sector ${this.shift} / sector shift ${this.shift}`);
    this.sectorSize = 1 << this.shift;
    this.miniCutoff = u32(bytes, 56);
    const sectors = Math.ceil((bytes.length - this.sectorSize) / this.sectorSize);
    // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
    const fatSectors: number[] = [];
    const fatCount = u32(bytes, 44);
    if (fatCount > sectors) throw broken('FAT lớn hơn tệp / FAT larger than the file');
    for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(u32(bytes, 76 + i * 4));
    let difat = u32(bytes, 68);
    const perDifat = this.sectorSize / 4 - 1;
    for (let hops = 0; fatSectors.length < fatCount && difat <= MAX_SECTOR; hops++) {
      if (hops > sectors) throw broken('vòng lặp DIFAT / DIFAT loop');
      const at = this.offset(difat);
      for (let i = 0; i < perDifat && fatSectors.length < fatCount; i++) fatSectors.push(u32(bytes, at + i * 4));
      difat = u32(bytes, at + perDifat * 4);
    }
    if (fatSectors.length < fatCount) throw broken('thiếu sector FAT / FAT sectors missing');
    this.fat = new Uint32Array(fatCount * (this.sectorSize / 4));
    fatSectors.forEach((s, k) => {
      const at = this.offset(s);
      for (let i = 0; i < this.sectorSize / 4; i++) this.fat[k * (this.sectorSize / 4) + i] = u32(bytes, at + i * 4);
    });
    this.readDirectory(u32(bytes, 48));
    const root = this.entries[0];
    if (!root || root.type !== 5) throw broken('thiếu mục gốc / no root entry');
    const miniFatStart = u32(bytes, 60);
    if (miniFatStart <= MAX_SECTOR) {
      const raw = this.chain(miniFatStart, this.fat, this.sectorSize, (s) => this.sector(s));
      this.miniFat = new Uint32Array(raw.length / 4);
      for (let i = 0; i < this.miniFat.length; i++) this.miniFat[i] = u32(raw, i * 4);
      this.miniStream = this.chain(root.start, this.fat, this.sectorSize, (s) => this.sector(s)).subarray(0, root.size);
    }
  }

  private offset(sector: number): number {
    const at = (sector + 1) * this.sectorSize;
    if (sector > MAX_SECTOR || at + this.sectorSize > this.bytes.length) throw broken(`sector ${sector} ngoài tệp / sector ${sector} past the end`);
    return at;
  }

  private sector(n: number): Uint8Array {
    const at = this.offset(n);
    return this.bytes.subarray(at, at + this.sectorSize);
  }

  /** The bytes of a chain of sectors (or mini sectors), each visited once. */
  private chain(start: number, table: Uint32Array, size: number, get: (n: number) => Uint8Array, limit = Infinity): Uint8Array {
    const pieces: Uint8Array[] = [];
    const seen = new Set<number>();
    let total = 0;
    for (let s = start; s !== END_OF_CHAIN && total < limit; s = table[s]) {
      if (s === FREE || s > MAX_SECTOR || s >= table.length || seen.has(s)) throw broken(s >= table.length || s > MAX_SECTOR ? 'chuỗi sector đứt / broken sector chain' : 'vòng lặp sector / sector loop');
      seen.add(s);
      pieces.push(get(s));
      total += size;
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const p of pieces) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }

  private readDirectory(start: number): void {
    const dir = this.chain(start, this.fat, this.sectorSize, (s) => this.sector(s));
    for (let at = 0; at + 128 <= dir.length; at += 128) {
      const nameBytes = Math.min(u16(dir, at + 64), 64);
      let name = '';
      for (let i = 0; i + 1 < nameBytes - 1; i += 2) name += String.fromCharCode(u16(dir, at + i));
      this.entries.push({ name, type: dir[at + 66], start: u32(dir, at + 116), size: u32(dir, at + 120) });
    }
  }

  /** A stream by name (case-insensitive, as [MS-CFB] compares them), or undefined. */
  find(name: string): CfbEntry | undefined {
    const want = name.toLowerCase();
    return this.entries.find((e) => e.type === 2 && e.name.toLowerCase() === want);
  }

  /** The bytes of a stream, no more than its declared size and never more than its chain holds. */
  read(entry: CfbEntry): Uint8Array {
    if (entry.size < this.miniCutoff) {
      const data = this.chain(entry.start, this.miniFat, 64, (s) => {
        if ((s + 1) * 64 > this.miniStream.length) throw broken('mini sector ngoài luồng / mini sector past its stream');
        return this.miniStream.subarray(s * 64, s * 64 + 64);
      }, entry.size);
      if (data.length < entry.size) throw broken(`luồng ${entry.name} ngắn hơn khai báo / stream ${entry.name} shorter than declared`);
      return data.subarray(0, entry.size);
    }
    const data = this.chain(entry.start, this.fat, this.sectorSize, (s) => this.sector(s), entry.size);
    if (data.length < entry.size) throw broken(`luồng ${entry.name} ngắn hơn khai báo / stream ${entry.name} shorter than declared`);
    return data.subarray(0, entry.size);
  }
}
