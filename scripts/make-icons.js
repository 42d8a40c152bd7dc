#!/usr/bin/env node
// Draws the add-in's icons (assets/icon-16/32/64/80.png) with Node's zlib alone: a rounded
// square in deep red with a white check mark over faint sheet lines, antialiased by
// supersampling. Deterministic: running it again gives the same bytes.
//
//   node scripts/make-icons.js            writes assets/*.png
//   node scripts/make-icons.js --check    exits 1 when the committed PNGs differ
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
const OUT = path.join(__dirname, '..', 'assets');
const BACKGROUND = [0xb7, 0x1c, 0x1c]; // #B71C1C: white on it is 6.6:1
const WHITE = [0xff, 0xff, 0xff];

// ---- PNG -------------------------------------------------------------------------------------

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels (width × height × 4) → PNG bytes. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  header[10] = 0;
  header[11] = 0;
  header[12] = 0;
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- Drawing -----------------------------------------------------------------------------------

function insideRoundedRect(x, y, m, r) {
  const lo = m + r;
  const hi = 1 - m - r;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return x >= m && x <= 1 - m && y >= m && y <= 1 - m && dx * dx + dy * dy <= r * r;
}

function distToSegment(px, py, ax, ay, bx, by) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  const dx = px - (ax + t * vx);
  const dy = py - (ay + t * vy);
  return Math.sqrt(dx * dx + dy * dy);
}

const CHECK = [
  [0.25, 0.53],
  [0.43, 0.71],
  [0.77, 0.32],
];

function sample(x, y, size) {
  const margin = size <= 16 ? 0.02 : 0.04;
  if (!insideRoundedRect(x, y, margin, 0.18)) return null;
  // The check mark: thicker at small sizes so it stays legible.
  const w = size <= 16 ? 0.17 : size <= 32 ? 0.14 : 0.12;
  for (let i = 0; i + 1 < CHECK.length; i++) {
    const [ax, ay] = CHECK[i];
    const [bx, by] = CHECK[i + 1];
    if (distToSegment(x, y, ax, ay, bx, by) <= w / 2) return WHITE;
  }
  // Faint sheet lines behind it, where there are pixels enough to show them.
  if (size >= 32) {
    const line = 1.2 / size;
    for (const ly of [0.3, 0.5, 0.7]) {
      if (Math.abs(y - ly) <= line / 2 && x > 0.16 && x < 0.84) return mix(BACKGROUND, WHITE, 0.28);
    }
  }
  return BACKGROUND;
}

function mix(a, b, t) {
  return a.map((v, i) => Math.round(v + (b[i] - v) * t));
}

function draw(size) {
  const ss = 8; // 8 × 8 samples per pixel
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = sample((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      }
      const o = (py * size + px) * 4;
      if (a) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((255 * a) / (ss * ss));
      }
    }
  }
  return encodePng(size, size, rgba);
}

function main() {
  const check = process.argv.includes('--check');
  let stale = 0;
  fs.mkdirSync(OUT, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(OUT, `icon-${size}.png`);
    const png = draw(size);
    if (check) {
      if (!fs.existsSync(file) || !fs.readFileSync(file).equals(png)) {
        console.error(`stale: ${path.relative(process.cwd(), file)}`);
        stale++;
      }
    } else {
      fs.writeFileSync(file, png);
      console.log(`${path.relative(process.cwd(), file)}  ${png.length} bytes`);
    }
  }
  if (stale) process.exit(1);
}

if (require.main === module) main();
module.exports = { draw, encodePng, crc32, SIZES };
