/* Writes the Teams app icons (deployment/teams/color.png 192x192, outline.png 32x32) as plain PNGs:
 * a coin with a stripe ("geld") in the accent colour; the outline icon white on transparent, as Teams asks.
 * Also the web page's favicon (web/favicon.ico: the colour icon at 32x32, a PNG inside an ICO).
 * Run: node scripts/makeTeamsIcons.js. The files are committed; this script makes them reproducible. */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

function crc32(buf) {
  let c;
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An RGBA PNG from a function (x, y) => [r, g, b, a]. */
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const ACCENT = [0x15, 0x42, 0x73, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

/** A euro sign: an arc open to the right, and two bars across its left side. */
function coin(size, x, y, on, off) {
  const c = (size - 1) / 2;
  const cx = c + size * 0.06;
  const r = Math.hypot(x - cx, y - c);
  const angle = Math.abs(Math.atan2(y - c, x - cx));
  const arc = r <= size * 0.36 && r >= size * 0.26 && angle > Math.PI / 4;
  const barLeft = size * 0.12;
  const barRight = size * 0.56;
  const bar = (y0) => Math.abs(y - y0) < size * 0.045 && x >= barLeft && x <= barRight;
  return arc || bar(c - size * 0.08) || bar(c + size * 0.08) ? on : off;
}

const dir = path.join(__dirname, '..', 'deployment', 'teams');
fs.writeFileSync(path.join(dir, 'color.png'), png(192, (x, y) => coin(192, x, y, WHITE, ACCENT)));
fs.writeFileSync(path.join(dir, 'outline.png'), png(32, (x, y) => coin(32, x, y, WHITE, CLEAR)));

/** An ICO file holding one PNG image (supported by every current browser). */
function ico(size, image) {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header[6] = size;
  header[7] = size;
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(image.length, 14);
  header.writeUInt32LE(22, 18); // the image starts right after this header
  return Buffer.concat([header, image]);
}
fs.writeFileSync(path.join(__dirname, '..', 'web', 'favicon.ico'), ico(32, png(32, (x, y) => coin(32, x, y, WHITE, ACCENT))));
console.log('Wrote deployment/teams/color.png and outline.png, and web/favicon.ico');
