import type { DayCounts } from '@/lib/moderation/comments-per-day';

const COLORS = { approved: '#15803d', pending: '#d97706', rejected: '#b91c1c' } as const;

/** Comments per day by status: stacked bars, with the numbers in a table for screen readers. */
export function DayChart({ days }: { days: DayCounts[] }) {
  const max = Math.max(1, ...days.map((d) => d.approved + d.pending + d.rejected));
  const w = 720;
  const h = 160;
  const bar = w / days.length;
  return (
    <figure>
      <svg viewBox={`0 0 ${w} ${h + 20}`} className="h-auto w-full" role="img" aria-labelledby="chart-caption">
        {days.map((d, i) => {
          let y = h;
          return (['approved', 'pending', 'rejected'] as const).map((status) => {
            const height = (d[status] / max) * h;
            y -= height;
            return height > 0 ? (
              <rect
                key={`${d.day}-${status}`}
                x={i * bar + 1}
                y={y}
                width={bar - 2}
                height={height}
                fill={COLORS[status]}
              />
            ) : null;
          });
        })}
        <line x1="0" y1={h} x2={w} y2={h} stroke="currentColor" strokeOpacity="0.3" />
      </svg>
      <figcaption id="chart-caption" className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
        Comments per day over the last {days.length} days:{' '}
        {(['approved', 'pending', 'rejected'] as const).map((s) => (
          <span key={s} className="mr-3 whitespace-nowrap">
            <span
              aria-hidden="true"
              className="mr-1 inline-block h-3 w-3 align-middle"
              style={{ background: COLORS[s] }}
            />
            {s} ({days.reduce((n, d) => n + d[s], 0)})
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
