import { describe, expect, it } from 'vitest';
import { pickStories, rankCandidates, type Candidate } from './digest-ranking';

const end = new Date('2026-11-26T06:00:00Z');
const hoursAgo = (h: number) => new Date(end.getTime() - h * 3600_000);
const c = (id: string, section: string, topics: string[], ageHours: number, views = 0): Candidate => ({
  id,
  sectionSlug: section,
  topicSlugs: topics,
  publishedAt: hoursAgo(ageHours),
  views,
});

describe('rankCandidates', () => {
  it('weighs views in the period against recency', () => {
    const ranked = rankCandidates(
      [
        c('old-quiet', 'world', [], 72),
        c('new-quiet', 'world', [], 1),
        c('old-read', 'world', [], 40, 1000),
        c('mid', 'world', [], 20, 100),
      ],
      end,
      24,
    );
    expect(ranked.map((x) => x.id)).toEqual(['old-read', 'new-quiet', 'mid', 'old-quiet']);
  });
});

describe('pickStories', () => {
  const ranked = [
    ...Array.from({ length: 12 }, (_, i) => c(`world-${i}`, 'world', ['politics'], i)),
    c('sci-1', 'science', ['space'], 20),
    c('sci-2', 'science', ['climate'], 21),
    c('sport-1', 'sport', ['climate'], 22),
  ];

  it('gives top stories (10) to readers with no choice', () => {
    expect(pickStories(ranked, { sections: [], topics: [] })).toEqual({
      ids: ranked.slice(0, 10).map((x) => x.id),
      matchedCount: 0,
    });
  });

  it('keeps only matching sections or topics, in score order, topped up to 8 with top stories', () => {
    const pick = pickStories(ranked, { sections: ['science'], topics: ['climate'] });
    expect(pick.matchedCount).toBe(3);
    expect(pick.ids).toEqual(['sci-1', 'sci-2', 'sport-1', 'world-0', 'world-1', 'world-2', 'world-3', 'world-4']);
  });

  it('caps a broad choice at 10 matching stories', () => {
    const pick = pickStories(ranked, { sections: ['world'], topics: ['space'] });
    expect(pick).toEqual({ ids: ranked.slice(0, 10).map((x) => x.id), matchedCount: 10 });
  });

  it('falls back to top stories when nothing matches', () => {
    expect(pickStories(ranked, { sections: ['arts'], topics: [] })).toEqual({
      ids: ranked.slice(0, 10).map((x) => x.id),
      matchedCount: 0,
    });
  });
});
