// When a digest is due, in the newsroom's time zone. A slot names one digest: the local date for
// daily, the date of the most recent weekly day for weekly; the database allows one per slot.
export type Frequency = 'daily' | 'weekly';
export type ScheduleSettings = { sendHour: number; timeZone: string; weeklyDay: number };

const DAY_MS = 24 * 3600_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function localParts(now: Date, timeZone: string): { date: string; hour: number; weekday: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
    weekday: 'short',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    hour: Number(get('hour')),
    weekday: WEEKDAYS.indexOf(get('weekday')),
  };
}

export function slotFor(frequency: Frequency, now: Date, settings: ScheduleSettings): string {
  const today = localParts(now, settings.timeZone);
  if (frequency === 'daily') return today.date;
  const daysBack = (today.weekday - settings.weeklyDay + 7) % 7;
  const d = new Date(`${today.date}T12:00:00Z`);
  return new Date(d.getTime() - daysBack * DAY_MS).toISOString().slice(0, 10);
}

/** Due once the slot's day has reached the send hour (a weekly slot missed while down still goes). */
export function isSlotDue(frequency: Frequency, now: Date, settings: ScheduleSettings): boolean {
  const today = localParts(now, settings.timeZone);
  const slot = slotFor(frequency, now, settings);
  return slot < today.date || today.hour >= settings.sendHour;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export const PERIOD_MS: Record<Frequency, number> = { daily: DAY_MS, weekly: 7 * DAY_MS };
