import type { DigestStats } from '@/lib/newsletter/digest/digest-stats';

const SERIES = [
  { key: 'delivered', label: 'delivered', color: '#15803d' },
  { key: 'pending', label: 'deferred or waiting', color: '#d97706' },
  { key: 'failed', label: 'failed or unknown', color: '#b91c1c' },
] as const;

type Bar = { id: string; label: string; delivered: number; pending: number; failed: number };

const toBar = (d: DigestStats): Bar => ({
  id: d.id,
  label: `${d.frequency} ${d.slot}`,
  delivered: d.delivered,
  pending: d.deferred + d.waiting,
  failed: d.failed + d.unknown,
});

/**
 * What happened to each digest's emails, oldest left: stacked bars in the house way of DayChart —
 * the SVG is one image whose caption says the totals, and the table beside it has every number.
 */
export function DigestChart({ digests, captionId }: { digests: DigestStats[]; captionId: string }) {
  const bars = digests.map(toBar).reverse();
  const max = Math.max(1, ...bars.map((b) => b.delivered + b.pending + b.failed));
  const w = 720;
  const h = 160;
  const slot = w / Math.max(bars.length, 10);
  const total = (key: (typeof SERIES)[number]['key']) => bars.reduce((n, b) => n + b[key], 0);
  return (
    <figure>
      <svg viewBox={`0 0 ${w} ${h + 4}`} className="h-auto w-full" role="img" aria-labelledby={captionId}>
        {bars.map((b, i) => {
          let y = h;
          return SERIES.map(({ key, color }) => {
            const height = (b[key] / max) * h;
            y -= height;
            return height > 0 ? (
              <rect key={`${b.id}-${key}`} x={i * slot + 2} y={y} width={slot - 4} height={height} fill={color} />
            ) : null;
          });
        })}
        <line x1="0" y1={h} x2={w} y2={h} stroke="currentColor" strokeOpacity="0.3" />
      </svg>
      <figcaption id={captionId} className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
        Emails per digest over the last {bars.length} {bars.length === 1 ? 'digest' : 'digests'}, oldest first (every
        number is in the table below):{' '}
        {SERIES.map((s) => (
          <span key={s.key} className="mr-3 whitespace-nowrap">
            <span
              aria-hidden="true"
              className="mr-1 inline-block h-3 w-3 align-middle"
              style={{ background: s.color }}
            />
            {s.label} ({total(s.key).toLocaleString('en')})
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
