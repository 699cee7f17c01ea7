// Draws the extension's icon, images/icon.png (128×128, the Marketplace's size), with no image library:
// shapes as distance tests, 4×4 supersampling for smooth edges, and a PNG written with zlib.
// A page of a policy document (red title rule, lines of text) under a gold lens, on a red tile.
// Run: node scripts/make-icon.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;
const out = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'images', 'icon.png');

const RED = [166, 27, 27];
const PAPER = [255, 250, 240];
const INK = [120, 110, 100];
const GOLD = [242, 183, 5];
const GOLD_DARK = [196, 140, 0];

/** Inside a rectangle with rounded corners (x0,y0)-(x1,y1), corner radius r. */
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring = (cx, cy, r0, r1) => (x, y) => !circle(cx, cy, r0)(x, y) && circle(cx, cy, r1)(x, y);
/** A thick segment from (ax,ay) to (bx,by) with round ends. */
const segment = (ax, ay, bx, by, half) => (x, y) => {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return (x - ax - t * vx) ** 2 + (y - ay - t * vy) ** 2 <= half * half;
};

const lens = { cx: 80, cy: 78, r: 22 };
// Painted in order; the last shape that covers a point gives its colour (alpha 0.6 for the lens glass).
const layers = [
  { shape: roundedRect(0, 0, 128, 128, 24), color: RED },
  { shape: roundedRect(22, 16, 88, 112, 6), color: PAPER },
  { shape: roundedRect(32, 28, 78, 34, 2), color: RED },
  ...[46, 58, 70, 82, 94].map((y, i) => ({ shape: roundedRect(32, y, i % 2 ? 66 : 78, y + 4, 2), color: INK })),
  { shape: circle(lens.cx, lens.cy, lens.r), color: [255, 255, 255], alpha: 0.35 },
  { shape: segment(lens.cx + 17, lens.cy + 17, 112, 112, 6), color: GOLD_DARK },
  { shape: ring(lens.cx, lens.cy, lens.r - 1, lens.r + 6), color: GOLD },
];

function pixel(px, py) {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      let rgb;
      let a = 0;
      for (const { shape, color, alpha = 1 } of layers) {
        if (!shape(x, y)) continue;
        rgb = rgb ? rgb.map((c, i) => c * (1 - alpha) + color[i] * alpha) : color;
        a = 1;
      }
      if (!rgb) continue;
      for (let i = 0; i < 3; i++) sum[i] += rgb[i];
      sum[3] += a;
    }
  }
  const covered = sum[3];
  if (!covered) return [0, 0, 0, 0];
  return [...sum.slice(0, 3).map((c) => Math.round(c / covered)), Math.round((covered / SAMPLES ** 2) * 255)];
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(width, height, rgbaAt) {
  // Each row: filter byte 0 (none), then RGBA pixels.
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set(rgbaAt(x, y), y * (1 + width * 4) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, png(SIZE, SIZE, pixel));
console.log(out);
