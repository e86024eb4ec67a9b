import { db } from '../db';

export type DayCounts = { day: string; approved: number; pending: number; rejected: number };

/** Comments per day by status over the last `days` days, for the dashboard chart. */
export async function countCommentsPerDay(days = 30, now = new Date()): Promise<DayCounts[]> {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (days - 1)));
  const rows = await db.comment.findMany({ where: { createdAt: { gte: start } }, select: { createdAt: true, status: true } });
  const byDay = new Map<string, DayCounts>();
  for (let i = 0; i < days; i++) {
    const day = new Date(start.getTime() + i * 86400_000).toISOString().slice(0, 10);
    byDay.set(day, { day, approved: 0, pending: 0, rejected: 0 });
  }
  for (const r of rows) {
    const entry = byDay.get(r.createdAt.toISOString().slice(0, 10));
    if (entry && (r.status === 'approved' || r.status === 'pending' || r.status === 'rejected')) entry[r.status]++;
  }
  return [...byDay.values()];
}
