import type { Prisma } from '../generated/prisma/client';

export const QUEUES = ['pending', 'reported', 'approved', 'rejected'] as const;
export type Queue = (typeof QUEUES)[number];

export const QUEUE_LABELS: Record<Queue, string> = {
  pending: 'Pending',
  reported: 'Reported',
  approved: 'Approved',
  rejected: 'Rejected',
};

export function isQueue(value: string): value is Queue {
  return (QUEUES as readonly string[]).includes(value);
}

/** Reported = reports that no moderator has looked at since (a new report re-opens it). */
export function queueWhere(queue: Queue): Prisma.CommentWhereInput {
  switch (queue) {
    case 'pending':
      return { status: 'pending', isDeleted: false };
    case 'reported':
      return { reportCount: { gt: 0 }, moderatedAt: null, status: { not: 'rejected' }, isDeleted: false };
    case 'approved':
      return { status: 'approved', isDeleted: false };
    case 'rejected':
      return { status: 'rejected', isDeleted: false };
  }
}
