import { describe, expect, it } from 'vitest';
import { isSlotDue, slotFor } from './digest-schedule';

const settings = { sendHour: 7, timeZone: 'Europe/Berlin', weeklyDay: 1 };

describe('digest schedule', () => {
  it('names the daily slot by the local date and is due from the send hour', () => {
    const early = new Date('2026-11-26T05:30:00Z'); // 06:30 in Berlin
    const late = new Date('2026-11-26T06:30:00Z'); // 07:30 in Berlin
    expect(slotFor('daily', early, settings)).toBe('2026-11-26');
    expect(isSlotDue('daily', early, settings)).toBe(false);
    expect(isSlotDue('daily', late, settings)).toBe(true);
    expect(slotFor('daily', new Date('2026-11-26T23:30:00Z'), settings)).toBe('2026-11-27');
  });

  it('names the weekly slot by the most recent weekly day; a missed one is still due', () => {
    const thursday = new Date('2026-11-26T03:00:00Z');
    expect(slotFor('weekly', thursday, settings)).toBe('2026-11-23');
    expect(isSlotDue('weekly', thursday, settings)).toBe(true);
    const mondayEarly = new Date('2026-11-30T05:00:00Z');
    expect(slotFor('weekly', mondayEarly, settings)).toBe('2026-11-30');
    expect(isSlotDue('weekly', mondayEarly, settings)).toBe(false);
  });
});
