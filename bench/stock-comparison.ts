// Our article and front page against a stock `next start` serving a static page of the same size
// (bench/stock-next.ts), measured in the same run, and the two servers' memory after their load.
import fs from 'node:fs';
import path from 'node:path';
import { loadTest, type LoadSettings } from './http-load';
import type { Figure, Side } from './results';
import { startStockNext } from './stock-next';

const MEMORY_TARGET = 2;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

export async function compareWithStockNext(
  measured: Map<string, Figure>,
  siteRss: number | undefined,
  workDir: string,
  port: number,
  load: LoadSettings,
  connections: number,
): Promise<Figure[]> {
  const compared = [
    { id: 'article', route: 'a', title: 'Article page' },
    { id: 'front', route: 'f', title: 'Front page' },
  ].filter((c) => measured.get(c.id)?.subject && fs.existsSync(path.join(workDir, `${c.id}.html`)));
  if (compared.length === 0) return [];
  const pages = compared.map((c) => ({
    route: c.route,
    targetBytes: fs.statSync(path.join(workDir, `${c.id}.html`)).size,
  }));
  const stock = await startStockNext(workDir, pages, port);
  const figures: Figure[] = [];
  try {
    for (const [i, c] of compared.entries()) {
      const url = `${stock.origin}/${c.route}`;
      const bytes = Buffer.from(await (await fetch(url)).arrayBuffer()).length;
      await loadTest('warm-up', url, { connections: load.connections, durationSeconds: 1 });
      const result = await loadTest(`stock next start, static page`, url, load);
      const baseline: Side = {
        label: result.label,
        perSecond: result.perSecond,
        p50Ms: result.p50Ms,
        p99Ms: result.p99Ms,
        count: result.count,
      };
      const subject = measured.get(c.id)!.subject!;
      const ratio = subject.perSecond && baseline.perSecond ? subject.perSecond / baseline.perSecond : undefined;
      figures.push({
        id: `${c.id}-vs-stock`,
        title: `${c.title} vs stock next start, ${connections} connections`,
        subject,
        baseline,
        ratio,
        target: { text: '≥ 100% of stock', isMet: (ratio ?? 0) >= 1 },
        notes: [
          `stock page ${(bytes / 1024).toFixed(1)} KB vs ours ${(pages[i]!.targetBytes / 1024).toFixed(1)} KB; ours is the same measurement as the "${c.id}" row`,
          ...(result.non2xx || result.errors ? [`stock: ${result.non2xx} non-2xx, ${result.errors} errors`] : []),
        ],
      });
    }
    const stockRss = stock.rssBytes();
    if (siteRss && stockRss) {
      figures.push({
        id: 'memory',
        title: 'Server memory (RSS) after the page loads',
        subject: { label: 'npm start server', kb: siteRss / 1024 },
        baseline: { label: 'stock next start', kb: stockRss / 1024 },
        ratio: siteRss / stockRss,
        target: { text: `≤ ${MEMORY_TARGET * 100}% of stock`, isMet: siteRss / stockRss <= MEMORY_TARGET },
        notes: [`ours ${mb(siteRss)} after the four page loads; stock ${mb(stockRss)} after its two`],
      });
    }
  } finally {
    await stock.stop();
  }
  return figures;
}
