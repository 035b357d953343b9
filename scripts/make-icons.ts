/**
 * Draw Soothe's icon (a green rounded square with a white speech bubble) as PNGs at the sizes the
 * manifest wants. Run once when the design changes: `node --import tsx scripts/make-icons.ts`.
 * Hand-rolled PNG encoding keeps the project free of an image dependency.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { PROJECT_ROOT } from './support/shared-data';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function icon(size: number): Buffer {
  const rows: Buffer[] = [];
  const r = size * 0.22; // corner radius
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const cx = Math.min(Math.max(x + 0.5, r), size - r);
      const cy = Math.min(Math.max(y + 0.5, r), size - r);
      const inside = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= r;
      // Speech bubble: an ellipse plus a small tail at the lower left.
      const ex = (x + 0.5 - size * 0.5) / (size * 0.3);
      const ey = (y + 0.5 - size * 0.45) / (size * 0.22);
      const tail = x > size * 0.28 && x < size * 0.42 && y > size * 0.6 && y < size * 0.78 && x - size * 0.28 < (size * 0.78 - y);
      const bubble = ex * ex + ey * ey <= 1 || tail;
      const [R, G, B, A] = !inside ? [0, 0, 0, 0] : bubble ? [255, 255, 255, 255] : [11, 110, 79, 255];
      row.set([R, G, B, A], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(join(PROJECT_ROOT, 'public', 'icon', `${size}.png`), icon(size));
console.log('icons written to public/icon/');
