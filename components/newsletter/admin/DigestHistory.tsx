import { listDigestHistory } from '@/lib/newsletter/digest/list-digest-history';
import { formatDateTime } from '@/lib/site';

/** The last 30 digests with their ledger totals. */
export async function DigestHistory() {
  const digests = await listDigestHistory();
  if (digests.length === 0)
    return <p className="text-neutral-700 dark:text-neutral-300">No digest has been sent yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-neutral-300 dark:border-neutral-700">
            {['Digest', 'Period', 'Recipients', 'Sent', 'Failed', 'Unknown', 'Duration', 'Status'].map((h) => (
              <th key={h} scope="col" className="py-2 pr-3">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {digests.map((d) => (
            <tr key={d.id} className="border-b border-neutral-200 dark:border-neutral-800">
              <td className="py-2 pr-3">
                <a href={`/newsletter/digests/${d.id}`} className="underline">
                  {d.frequency} {d.slot}
                </a>
              </td>
              <td className="pr-3">
                {formatDateTime(d.periodStart)} – {formatDateTime(d.periodEnd)}
              </td>
              <td className="pr-3">{d.recipients}</td>
              <td className="pr-3">{d.count('sent')}</td>
              <td className="pr-3">{d.count('failed')}</td>
              <td className="pr-3">{d.count('unknown')}</td>
              <td className="pr-3">
                {d.finishedAt ? `${Math.round((d.finishedAt.getTime() - d.startedAt.getTime()) / 1000)} s` : '—'}
              </td>
              <td>{d.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
