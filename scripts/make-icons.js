// Draws the add-in's icons (a red / amber / green stack on a rounded tile) as PNGs, with no image library.
// Run once: node scripts/make-icons.js. The PNGs are committed in assets/.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const colours = [
  [0xc0, 0x00, 0x00],
  [0xe0, 0x9b, 0x00],
  [0x2e, 0x7d, 0x32],
];
for (const size of [16, 32, 64, 80, 128]) {
  const r = size * 0.18;
  const data = png(size, (x, y) => {
    // rounded white tile with a grey edge
    const dx = Math.max(r - x, 0, x - (size - r));
    const dy = Math.max(r - y, 0, y - (size - r));
    const d = Math.hypot(dx, dy);
    if (d > r) return [0, 0, 0, 0];
    const edge = d > r - Math.max(1, size / 32);
    // three bars
    const bar = Math.floor(((y - size * 0.18) / (size * 0.64)) * 3);
    const inBar = bar >= 0 && bar < 3 && x > size * 0.2 && x < size * 0.8 && (y - size * 0.18) % ((size * 0.64) / 3) < size * 0.17;
    if (inBar) return [...colours[bar], 255];
    return edge ? [0x80, 0x80, 0x80, 255] : [0xff, 0xff, 0xff, 255];
  });
  fs.writeFileSync(path.join(__dirname, '..', 'assets', `icon-${size}.png`), data);
}
