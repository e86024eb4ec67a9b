import 'server-only';
import { db } from '../db';

export type DayCounts = { day: string; approved: number; pending: number; rejected: number };

const STATUSES = ['approved', 'pending', 'rejected'] as const;
const DAY_MS = 86_400_000;

/**
 * Comments per day by status over the last `days` days, for the dashboard chart. Counted by the
 * database, one indexed range count per day and status ([status, createdAt]), so a busy month costs
 * the same as a quiet one; loading the month's rows to count them did not scale.
 */
export async function countCommentsPerDay(days = 30, now = new Date()): Promise<DayCounts[]> {
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (days - 1));
  return Promise.all(
    Array.from({ length: days }, async (_, i) => {
      const from = new Date(start + i * DAY_MS);
      const to = new Date(start + (i + 1) * DAY_MS);
      const [approved, pending, rejected] = await Promise.all(
        STATUSES.map((status) => db.comment.count({ where: { status, createdAt: { gte: from, lt: to } } })),
      );
      return { day: from.toISOString().slice(0, 10), approved: approved!, pending: pending!, rejected: rejected! };
    }),
  );
}
