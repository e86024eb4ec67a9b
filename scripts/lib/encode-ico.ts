// An ICO file holding PNG images (the format every browser since IE 9 reads). Written here rather
// than taken from npm: the container is a 6-byte header and a 16-byte entry per image, and sharp
// (already a dependency) draws the PNGs.
export type IcoImage = { size: number; png: Buffer };

const HEADER = 6;
const ENTRY = 16;

export function encodeIco(images: IcoImage[]): Buffer {
  if (images.length === 0) throw new Error('an ICO file needs at least one image');
  const header = Buffer.alloc(HEADER);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = HEADER + ENTRY * images.length;
  const entries = images.map(({ size, png }) => {
    if (!Number.isInteger(size) || size < 1 || size > 256) throw new Error(`icon size ${size} is not 1–256`);
    const entry = Buffer.alloc(ENTRY);
    entry.writeUInt8(size === 256 ? 0 : size, 0); // width; 0 means 256
    entry.writeUInt8(size === 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

/** The sizes and PNG payloads of an ICO file (for tests and checks). */
export function readIco(file: Buffer): IcoImage[] {
  if (file.readUInt16LE(0) !== 0 || file.readUInt16LE(2) !== 1) throw new Error('not an ICO file');
  const count = file.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const at = HEADER + ENTRY * i;
    const width = file.readUInt8(at) || 256;
    const length = file.readUInt32LE(at + 8);
    const offset = file.readUInt32LE(at + 12);
    return { size: width, png: file.subarray(offset, offset + length) };
  });
}
