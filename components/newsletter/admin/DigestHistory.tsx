import { getDigestStats, type DigestStats } from '@/lib/newsletter/digest/digest-stats';
import { formatDateTime } from '@/lib/site';
import { DigestChart } from './DigestChart';
import { DigestStoryClicks } from './DigestStoryClicks';

const COLUMNS: [string, (d: DigestStats) => number][] = [
  ['Recipients', (d) => d.recipients],
  ['Delivered', (d) => d.delivered],
  ['Deferred', (d) => d.deferred],
  ['Waiting', (d) => d.waiting],
  ['Failed', (d) => d.failed],
  ['Unknown', (d) => d.unknown],
  ['Bounced', (d) => d.bounced],
  ['Complaints', (d) => d.complained],
  ['Unsubscribed', (d) => d.unsubscribed],
  ['Clicks', (d) => d.clicks],
];

/** The last 30 digests: a chart, the table of numbers, and each digest's clicks per story. */
export async function DigestHistory() {
  const digests = await getDigestStats(30);
  if (digests.length === 0)
    return <p className="text-neutral-700 dark:text-neutral-300">No digest has been sent yet.</p>;
  return (
    <div className="space-y-6">
      <DigestChart digests={digests} captionId="digest-chart-caption" />
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="mb-2 text-left text-sm text-neutral-600 dark:text-neutral-400">
            Newest first. Deferred: refused for now, to be retried. Failed: refused by our mail server. Bounced and
            Complaints: reported later by receiving servers or providers (hard and soft bounces, spam reports).
            Unsubscribed: people who left through that digest’s link. Clicks: story links followed (people, not link
            checkers); nobody’s individual clicks or opens are recorded.
          </caption>
          <thead>
            <tr className="border-b border-neutral-300 dark:border-neutral-700">
              {['Digest', 'Sent', ...COLUMNS.map(([h]) => h), 'Status'].map((h) => (
                <th key={h} scope="col" className="py-2 pr-3">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {digests.map((d) => (
              <tr key={d.id} className="border-b border-neutral-200 dark:border-neutral-800">
                <th scope="row" className="py-2 pr-3 font-normal">
                  <a href={`/newsletter/digests/${d.id}`} className="underline">
                    {d.frequency} {d.slot}
                  </a>
                </th>
                <td className="pr-3 whitespace-nowrap">{formatDateTime(d.startedAt)}</td>
                {COLUMNS.map(([h, value]) => (
                  <td key={h} className="pr-3 tabular-nums">
                    {value(d).toLocaleString('en')}
                  </td>
                ))}
                <td>{d.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DigestStoryClicks digests={digests} />
    </div>
  );
}
