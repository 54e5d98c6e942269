#!/usr/bin/env node
// Draws PbxBot's two Teams icons and writes them as PNG files beside manifest.json:
//   color.png   192×192, full colour: a white phone handset and a small extension tree on the accent colour;
//   outline.png  32×32, white only on a transparent background (Teams tints it), the same handset.
// No dependency: shapes are inside-tests in a unit square, anti-aliased by supersampling, and the PNG
// encoder below is the format's minimum (IHDR, one zlib IDAT, IEND). Re-run after changing a shape:
//   node manifest/tools/make-icons.js
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const ACCENT = [0x0e, 0x5a, 0x8a]; // keep equal to manifest.json's accentColor
const WHITE = [0xff, 0xff, 0xff];

// ---- geometry (unit square, y pointing down) ----
const dist = (ax, ay, bx, by) => Math.hypot(ax - bx, ay - by);
function distToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
  return dist(px, py, ax + t * dx, ay + t * dy);
}
const capsule = (a, b, r) => (x, y) => distToSegment(x, y, a, b) <= r;
const disc = ([cx, cy], r) => (x, y) => dist(x, y, cx, cy) <= r;
const union = (...shapes) => (x, y) => shapes.some((s) => s(x, y));
const pointOnCircle = ([cx, cy], r, degrees) => {
  const a = (degrees * Math.PI) / 180;
  return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
};
/** A thick arc drawn as a chain of capsules, so it has round ends. */
function arc(center, r, fromDegrees, toDegrees, width) {
  const steps = 48;
  const points = Array.from({ length: steps + 1 }, (_, i) => pointOnCircle(center, r, fromDegrees + ((toDegrees - fromDegrees) * i) / steps));
  const pieces = points.slice(1).map((p, i) => capsule(points[i], p, width / 2));
  return union(...pieces);
}
/** Maps a shape drawn in the unit square into the box [x0, x0+size]². */
const placed = (shape, x0, y0, size) => (x, y) => shape((x - x0) / size, (y - y0) / size);

// The handset: a curved handle with an earpiece and a mouthpiece turned towards the caller's face.
function handset() {
  const centre = [0.66, 0.34];
  const radius = 0.44;
  const handle = arc(centre, radius, 92, 178, 0.13);
  // Each pad continues the handle past its end, thicker and nudged towards the centre (the caller's face).
  const pad = (fromDegrees, toDegrees) => capsule(pointOnCircle(centre, radius - 0.05, fromDegrees), pointOnCircle(centre, radius - 0.05, toDegrees), 0.115);
  return union(handle, pad(176, 204), pad(94, 66));
}

// The PBX: one switch feeding three extensions, the shape of the dial plan the bot hands out numbers from.
function extensionTree() {
  const top = [0.5, 0.14];
  const leaves = [[0.14, 0.86], [0.5, 0.86], [0.86, 0.86]];
  const stroke = 0.07;
  return union(
    disc(top, 0.14),
    capsule(top, [0.5, 0.5], stroke),
    capsule([0.14, 0.5], [0.86, 0.5], stroke),
    ...leaves.map((leaf) => capsule([leaf[0], 0.5], leaf, stroke)),
    ...leaves.map((leaf) => disc(leaf, 0.14)),
  );
}

// ---- raster ----
/** Coverage in [0,1] of each pixel by a shape given in pixel units, sampled n×n times per pixel. */
function coverage(size, shape, n = 6) {
  const out = new Float64Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          if (shape(x + (sx + 0.5) / n, y + (sy + 0.5) / n)) hits++;
        }
      }
      out[y * size + x] = hits / (n * n);
    }
  }
  return out;
}

function colorIcon() {
  const size = 192;
  // Teams shows the colour icon full bleed and rounds its corners itself: fill the square, keep the symbol central.
  const symbol = union(placed(handset(), 23, 58, 112), placed(extensionTree(), 107, 40, 46));
  const cover = coverage(size, symbol);
  const rgba = Buffer.alloc(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const c = cover[i];
    for (let k = 0; k < 3; k++) rgba[i * 4 + k] = Math.round(ACCENT[k] * (1 - c) + WHITE[k] * c);
    rgba[i * 4 + 3] = 255;
  }
  return encodePng(size, size, rgba);
}

function outlineIcon() {
  const size = 32;
  // Teams asks for white on transparent only: anti-aliasing goes into alpha, never into a grey.
  const cover = coverage(size, placed(handset(), -2.2, 0.7, 33.8));
  const rgba = Buffer.alloc(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const alpha = Math.round(cover[i] * 255);
    if (alpha > 0) {
      rgba.set(WHITE, i * 4);
      rgba[i * 4 + 3] = alpha;
    }
  }
  return encodePng(size, size, rgba);
}

// ---- PNG (RGBA, 8 bits per channel, no interlace) ----
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const manifestDir = path.resolve(__dirname, '..');
fs.writeFileSync(path.join(manifestDir, 'color.png'), colorIcon());
fs.writeFileSync(path.join(manifestDir, 'outline.png'), outlineIcon());
console.log(`wrote ${path.join(manifestDir, 'color.png')} and outline.png`);
