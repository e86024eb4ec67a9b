// Two first requests can both find a single-row table empty and both try to create the row; on
// PostgreSQL the loser's upsert fails with a unique violation (P2002) instead of waiting. The row
// exists by then, so running the same upsert again takes its update path.
export async function retryOnUniqueRace<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if ((err as { code?: string }).code !== 'P2002') throw err;
    return write();
  }
}
