import { describe, expect, it } from 'vitest';
import { rankRelated, type RelatedDoc } from './related';

const doc = (id: string, over: Partial<RelatedDoc>): RelatedDoc => ({
  id,
  title: `Story ${id}`,
  standfirst: '',
  text: '',
  section: 'world',
  topics: [],
  publishedAt: new Date('2026-11-01T00:00:00Z'),
  ...over,
});

const fixture: RelatedDoc[] = [
  doc('flood', { title: 'Flood barrier vote in the Northern Provinces', text: 'The flood barrier and tidal gates protect the harbour from storm surge.', topics: ['Climate', 'Infrastructure'] }),
  doc('gates', { title: 'Tidal gates tested before winter storms', text: 'Engineers tested the tidal gates of the flood barrier against a storm surge.', topics: ['Climate', 'Infrastructure'], publishedAt: new Date('2026-11-03T00:00:00Z') }),
  doc('surge', { title: 'Storm surge maps redrawn', text: 'New maps show where storm surge would reach the harbour.', topics: ['Climate'], publishedAt: new Date('2026-11-05T00:00:00Z') }),
  doc('football', { title: 'Rovers reach cup semi-final', text: 'A late goal sent the club through.', topics: ['Football'], section: 'sport' }),
  doc('cycling-old', { title: 'Velodrome opens', text: 'Riders returned to the track.', topics: ['Cycling'], section: 'sport', publishedAt: new Date('2026-10-01T00:00:00Z') }),
  doc('cycling-new', { title: 'Track league starts', text: 'Riders raced on the new track.', topics: ['Cycling'], section: 'sport', publishedAt: new Date('2026-11-10T00:00:00Z') }),
  doc('flood-copy', { title: 'Flood barrier vote in the Northern Provinces', text: 'A second copy of the same story.', topics: ['Climate', 'Infrastructure'] }),
];

describe('rankRelated', () => {
  const ranked = rankRelated(fixture, 4);

  it('ranks by shared topics and text similarity', () => {
    expect(ranked.get('flood')!.map((p) => p.id).slice(0, 2)).toEqual(['gates', 'surge']);
  });

  it('never lists the story itself or a copy of it under another id', () => {
    for (const [id, picks] of ranked) {
      const ids = picks.map((p) => p.id);
      expect(ids).not.toContain(id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(ranked.get('flood')!.map((p) => p.id)).not.toContain('flood-copy');
  });

  it('breaks ties by recency', () => {
    // Both cycling stories share nothing with football beyond the section; the newer wins.
    const football = ranked.get('football')!.map((p) => p.id);
    expect(football.indexOf('cycling-new')).toBeLessThan(football.indexOf('cycling-old'));
  });

  it('always fills the list when there are enough stories', () => {
    for (const picks of ranked.values()) expect(picks).toHaveLength(4);
  });

  it('is deterministic', () => {
    expect(rankRelated([...fixture].reverse(), 4).get('flood')).toEqual(ranked.get('flood'));
  });
});
