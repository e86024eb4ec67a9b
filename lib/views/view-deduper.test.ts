import { describe, expect, it } from 'vitest';
import { createViewDeduper } from './view-deduper';

describe('createViewDeduper', () => {
  const t0 = Date.parse('2026-11-26T10:00:00Z');

  it('counts a client once per article within the window', () => {
    const d = createViewDeduper({ windowMs: 60_000 });
    expect(d.shouldCount('1.2.3.4|ua', 'a', t0)).toBe(true);
    expect(d.shouldCount('1.2.3.4|ua', 'a', t0 + 1000)).toBe(false);
    expect(d.shouldCount('1.2.3.4|ua', 'b', t0 + 1000)).toBe(true);
    expect(d.shouldCount('5.6.7.8|ua', 'a', t0 + 1000)).toBe(true);
  });

  it('counts again after the window', () => {
    const d = createViewDeduper({ windowMs: 60_000 });
    d.shouldCount('c', 'a', t0);
    expect(d.shouldCount('c', 'a', t0 + 60_001)).toBe(true);
  });

  it('forgets expired entries and stays under its cap', () => {
    const d = createViewDeduper({ windowMs: 1000, maxEntries: 10 });
    for (let i = 0; i < 50; i++) d.shouldCount(`client-${i}`, 'a', t0);
    expect(d.size()).toBeLessThanOrEqual(10);
    d.shouldCount('late', 'a', t0 + 5000);
    expect(d.size()).toBe(1);
  });
});
