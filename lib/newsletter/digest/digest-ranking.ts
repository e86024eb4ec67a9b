// Editorial score and per-subscriber composition: pure functions, so the rules are unit-tested
// and a resumed run composes exactly what the first run did.
export type Candidate = { id: string; sectionSlug: string; topicSlugs: string[]; publishedAt: Date; views: number };
export type Interests = { sections: string[]; topics: string[] };
export type StoryPick = { ids: string[]; matchedCount: number };

export const MIN_STORIES = 8;
export const MAX_STORIES = 10;

/**
 * Most read in the period (relative to the most read story) plus recency (halving every
 * `halfLifeHours`), so a well-read story from two days ago can still beat a quiet one from today.
 */
export function rankCandidates(candidates: Candidate[], periodEnd: Date, halfLifeHours: number): Candidate[] {
  const maxViews = Math.max(1, ...candidates.map((c) => c.views));
  const score = (c: Candidate) => {
    const ageHours = Math.max(0, (periodEnd.getTime() - c.publishedAt.getTime()) / 3600_000);
    return c.views / maxViews + 0.5 ** (ageHours / halfLifeHours);
  };
  const scored = candidates.map((c) => ({ c, s: score(c) }));
  scored.sort(
    (a, b) => b.s - a.s || b.c.publishedAt.getTime() - a.c.publishedAt.getTime() || a.c.id.localeCompare(b.c.id),
  );
  return scored.map((x) => x.c);
}

const matches = (c: Candidate, want: Interests) =>
  want.sections.includes(c.sectionSlug) || c.topicSlugs.some((t) => want.topics.includes(t));

/**
 * Up to 10 matching stories in score order. Fewer than 8 matches are topped up with the top
 * stories (shown under their own heading); no interests, or nothing matching, means top stories.
 */
export function pickStories(ranked: Candidate[], want: Interests): StoryPick {
  const top = ranked.slice(0, MAX_STORIES).map((c) => c.id);
  if (want.sections.length === 0 && want.topics.length === 0) return { ids: top, matchedCount: 0 };
  const matched = ranked
    .filter((c) => matches(c, want))
    .slice(0, MAX_STORIES)
    .map((c) => c.id);
  if (matched.length === 0) return { ids: top, matchedCount: 0 };
  const ids = [...matched];
  for (const c of ranked) {
    if (ids.length >= MIN_STORIES) break;
    if (!ids.includes(c.id)) ids.push(c.id);
  }
  return { ids, matchedCount: matched.length };
}

/** Subscribers with the same key get the same email body, so it is rendered once per key. */
export function pickKey(pick: StoryPick): string {
  return `${pick.matchedCount}:${pick.ids.join(',')}`;
}

export function parseSlugList(value: string): string[] {
  return value.split(',').filter(Boolean);
}

export function formatSlugList(slugs: string[]): string {
  return [...new Set(slugs)].sort().join(',');
}
