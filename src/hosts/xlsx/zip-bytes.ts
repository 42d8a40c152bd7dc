/** Little-endian reads and the record signatures of a zip file, shared by the checks and the reordering. Pure. */

export const LOCAL = 0x04034b50;
export const CENTRAL = 0x02014b50;
export const DESCRIPTOR = 0x08074b50;
export const END = 0x06054b50;

export function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

/** Unsigned: the top byte is multiplied in, so 0xffffffff stays positive. */
export function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}
