import { describe, expect, it } from 'vitest';
import { encodeIco, readIco } from './encode-ico';

describe('encodeIco', () => {
  it('writes a header and one directory entry per image, then the images', () => {
    const a = Buffer.from('first-png');
    const b = Buffer.from('second, longer png');
    const ico = encodeIco([
      { size: 16, png: a },
      { size: 256, png: b },
    ]);
    expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 2, 0]);
    expect(ico.readUInt8(6 + 16)).toBe(0); // 256 is written as 0
    expect(ico.readUInt32LE(6 + 12)).toBe(6 + 32); // the first image follows the directory
    expect(readIco(ico)).toEqual([
      { size: 16, png: a },
      { size: 256, png: b },
    ]);
  });

  it('refuses sizes an ICO cannot hold', () => {
    expect(() => encodeIco([])).toThrow();
    expect(() => encodeIco([{ size: 300, png: Buffer.alloc(1) }])).toThrow(/1–256/);
  });
});
