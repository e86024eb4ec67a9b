// Turns a digest's frozen stories and one reader's choice into DigestEmail props. Shared by the
// sender, the "view in browser" page and the admin preview, so all three show the same thing.
import type { DigestEmailProps } from '../../../emails/DigestEmail';
import type { DigestStoryProps } from '../../../emails/components/DigestStory';
import { EMAIL_IMAGE_WIDTH } from '../../content/email-image';
import { parseMediaUrl } from '../../content/media-url';
import { getEnv } from '../../env';
import { storyClickUrl } from '../newsletter-urls';
import { parseSlugList, pickStories, type StoryPick } from './digest-ranking';
import type { DigestArticle } from './load-digest-stories';
import type { NewsletterChoices } from '../subscription/newsletter-choices';

export type DigestInfo = { id: string; frequency: string; periodEnd: Date };
export type Interests = { sections: string; topics: string };
export type ReaderLinks = { preferencesUrl: string; unsubscribeUrl: string };
/** 'counted': story links go through the click counter (sent emails); 'direct': to the story. */
export type StoryLinks = 'counted' | 'direct';

export function pickFor(articles: DigestArticle[], interests: Interests): StoryPick {
  return pickStories(articles, {
    sections: parseSlugList(interests.sections),
    topics: parseSlugList(interests.topics),
  });
}

export function interestsLabel(interests: Interests, choices: NewsletterChoices): string {
  const names = [
    ...parseSlugList(interests.sections).map((s) => choices.sections.find((c) => c.slug === s)?.name ?? s),
    ...parseSlugList(interests.topics).map((s) => choices.topics.find((c) => c.slug === s)?.name ?? s),
  ];
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function viewInBrowserPath(digestId: string, interests: Interests, pick: StoryPick): string {
  if (pick.matchedCount === 0) return `/newsletter/digests/${digestId}`;
  const query = new URLSearchParams({ sections: interests.sections, topics: interests.topics });
  return `/newsletter/digests/${digestId}?${query}`;
}

function storyProps(a: DigestArticle, site: string, url: string): DigestStoryProps {
  const absolute = (src: string) => (src.startsWith('http') ? src : `${site}${src}`);
  // The PNG/JPEG rendition (Gmail, Outlook and Yahoo show no SVG); the original only for media
  // imported by a version that made none, until the next import adds it.
  const image = a.heroEmail ?? {
    url: a.heroSrc,
    ...(parseMediaUrl(a.heroSrc) ?? { width: EMAIL_IMAGE_WIDTH, height: Math.round((EMAIL_IMAGE_WIDTH * 9) / 16) }),
  };
  return {
    url,
    title: a.title,
    standfirst: a.standfirst,
    sectionName: a.sectionName,
    imageUrl: absolute(image.url),
    imageWidth: EMAIL_IMAGE_WIDTH,
    imageHeight: Math.round((EMAIL_IMAGE_WIDTH * image.height) / image.width),
    imageAlt: a.heroAlt,
    imageCaption: a.heroCaption,
    imageCredit: a.heroCredit,
  };
}

export function buildDigestProps(
  digest: DigestInfo,
  articles: DigestArticle[],
  interests: Interests,
  choices: NewsletterChoices,
  links: ReaderLinks,
  timeZone = 'UTC',
  storyLinks: StoryLinks = 'direct',
): DigestEmailProps {
  const site = getEnv().SITE_URL;
  const pick = pickFor(articles, interests);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const urlOf = (a: DigestArticle) =>
    storyLinks === 'counted' ? storyClickUrl(digest.id, a.id) : `${site}/articles/${a.slug}`;
  const stories = pick.ids.flatMap((id) => {
    const a = byId.get(id);
    return a ? [storyProps(a, site, urlOf(a))] : [];
  });
  const frequency = digest.frequency === 'weekly' ? 'weekly' : 'daily';
  const date = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(digest.periodEnd);
  const matched = pick.matchedCount > 0;
  return {
    frequency,
    dateLabel: frequency === 'daily' ? date : `Week to ${date}`,
    preheader: stories
      .slice(0, 3)
      .map((s) => s.title)
      .join(' · ')
      .slice(0, 140),
    interests: matched ? interestsLabel(interests, choices) : '',
    stories: matched ? stories.slice(0, pick.matchedCount) : stories,
    moreStories: matched ? stories.slice(pick.matchedCount) : [],
    siteUrl: site,
    ...links,
    viewInBrowserUrl: `${site}${viewInBrowserPath(digest.id, interests, pick)}`,
  };
}
