import type { DigestStats } from '@/lib/newsletter/digest/digest-stats';

/** Per digest, how often each of its stories was followed from the email (aggregate counts). */
export function DigestStoryClicks({ digests }: { digests: DigestStats[] }) {
  return (
    <section aria-labelledby="story-clicks-heading">
      <h3 id="story-clicks-heading" className="mb-2 text-lg font-bold">
        Clicks per story
      </h3>
      <div className="space-y-2">
        {digests.map((d) => (
          <details key={d.id} className="rounded border border-neutral-200 p-2 dark:border-neutral-800">
            <summary className="cursor-pointer">
              {d.frequency} {d.slot}: {d.clicks.toLocaleString('en')} {d.clicks === 1 ? 'click' : 'clicks'} on{' '}
              {d.storyClicks.length} {d.storyClicks.length === 1 ? 'story' : 'stories'}
            </summary>
            <table className="mt-2 w-full text-left text-sm">
              <thead>
                <tr className="border-b border-neutral-300 dark:border-neutral-700">
                  <th scope="col" className="py-1 pr-3">
                    Story
                  </th>
                  <th scope="col" className="py-1">
                    Clicks
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.storyClicks.map((s) => (
                  <tr key={s.articleId} className="border-b border-neutral-200 dark:border-neutral-800">
                    <th scope="row" className="py-1 pr-3 font-normal">
                      {s.slug ? (
                        <a href={`/articles/${s.slug}`} className="underline">
                          {s.title}
                        </a>
                      ) : (
                        s.title
                      )}
                    </th>
                    <td className="tabular-nums">{s.clicks.toLocaleString('en')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        ))}
      </div>
    </section>
  );
}
