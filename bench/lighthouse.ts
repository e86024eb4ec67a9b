// Lighthouse (mobile: its default Moto G Power emulation with simulated slow 4G and 4× CPU
// slowdown) against the production server, in Debian's Chromium: the median of three runs per
// page and category, against the fixed target (no same-run baseline: a Chromium with JavaScript
// off cannot be driven by Lighthouse, which needs the debugger).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../scripts/lib/chromium-launch';
import type { Figure } from './results';

export const LIGHTHOUSE_TARGET = 95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
type Scores = Record<Category, number>;
const SHORT: Record<Category, string> = {
  performance: 'perf',
  accessibility: 'a11y',
  'best-practices': 'best',
  seo: 'SEO',
};

export type LighthousePage = {
  id: string;
  name: string;
  pagePath: string;
  /** /search is noindex on purpose: its SEO score is reported but not held to the target. */
  isSeoExempt?: boolean;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function withChromium<T>(extraFlags: string[], run: (port: number) => Promise<T>): Promise<T> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumLaunchOptions.executablePath,
    chromeFlags: ['--headless=new', ...chromiumLaunchOptions.args, ...extraFlags],
    logLevel: 'silent',
  });
  try {
    return await run(chrome.port);
  } finally {
    chrome.kill();
  }
}

async function medianScores(url: string, port: number, runs: number): Promise<{ scores: Scores; notes: string[] }> {
  const all: Scores[] = [];
  const failing = new Map<string, number>();
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    all.push(
      Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Scores,
    );
    // What cost points, to say why in the notes: audits that weigh in a category and did not pass.
    for (const category of CATEGORIES)
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9)
          failing.set(`${SHORT[category]}: ${ref.id}`, (failing.get(`${SHORT[category]}: ${ref.id}`) ?? 0) + 1);
      }
  }
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(all.map((s) => s[c]))])) as Scores;
  const runsText = CATEGORIES.map((c) => `${SHORT[c]} ${all.map((s) => s[c]).join('/')}`).join(', ');
  const failed = [...failing].map(([audit, n]) => `${audit} (${n}/${runs})`);
  return { scores, notes: [`runs: ${runsText}`, ...(failed.length ? [`below 0.9: ${failed.join(', ')}`] : [])] };
}

const label = (s: Scores) => CATEGORIES.map((c) => `${SHORT[c]} ${s[c]}`).join(' · ');

export async function benchLighthouse(origin: string, pages: LighthousePage[], runs = 3): Promise<Figure[]> {
  const measured = await withChromium([], async (port) => {
    const out = [];
    for (const page of pages) out.push({ page, ...(await medianScores(`${origin}${page.pagePath}`, port, runs)) });
    return out;
  });
  return measured.map(({ page, scores, notes }) => {
    const held = CATEGORIES.filter((c) => !(c === 'seo' && page.isSeoExempt));
    return {
      id: `lighthouse-${page.id}`,
      title: `Lighthouse mobile, ${page.name} (${page.pagePath}), median of ${runs}`,
      subject: { label: 'this site', score: scores.performance, scores: label(scores) },
      target: {
        text: `≥ ${LIGHTHOUSE_TARGET} in ${page.isSeoExempt ? 'all but SEO (noindex)' : 'all four'}`,
        isMet: held.every((c) => scores[c] >= LIGHTHOUSE_TARGET),
      },
      notes,
    };
  });
}
