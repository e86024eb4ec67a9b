import { describe, expect, it } from 'vitest';
import { nextDailySummaryAt } from './daily-summary-time';

describe('nextDailySummaryAt', () => {
  it('is later the same day before the hour, the next day from the hour on', () => {
    expect(nextDailySummaryAt(new Date('2026-12-02T08:00:00Z')).toISOString()).toBe('2026-12-02T17:00:00.000Z');
    expect(nextDailySummaryAt(new Date('2026-12-02T17:00:00Z')).toISOString()).toBe('2026-12-03T17:00:00.000Z');
    expect(nextDailySummaryAt(new Date('2026-12-31T23:30:00Z')).toISOString()).toBe('2027-01-01T17:00:00.000Z');
  });

  it('gives every moment of one day the same time, so a day’s replies batch together', () => {
    const a = nextDailySummaryAt(new Date('2026-12-02T17:01:00Z'));
    const b = nextDailySummaryAt(new Date('2026-12-03T16:59:00Z'));
    expect(a.getTime()).toBe(b.getTime());
  });
});
