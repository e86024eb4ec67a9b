// An admin lifts a suppression (the reader fixed their mailbox, a complaint was a mistake). The
// audit trail keeps who did it and what the row said; soft bounces before this moment no longer
// count towards the threshold.
import { db } from '../db';

/** The address (or null when erased) of the removed row; undefined when there was no such row. */
export async function removeSuppression(input: { id: string; actorId: string }): Promise<string | null | undefined> {
  return db.$transaction(async (tx) => {
    const row = await tx.suppression.findUnique({ where: { id: input.id } });
    if (!row) return undefined;
    await tx.suppression.delete({ where: { id: row.id } });
    await tx.mailEvent.create({
      data: {
        kind: 'suppression-removed',
        emailKey: row.emailKey,
        source: 'admin',
        detail: `was ${row.reason}${row.detail ? `: ${row.detail}` : ''}`.slice(0, 500),
        actorId: input.actorId,
      },
    });
    return row.email;
  });
}
