// Renders a digest once per distinct story set with placeholder links, then fills in each
// reader's own links by string substitution: React renders tens of times per run, not once per
// subscriber (docs/0006-newsletter.md).
import { createElement } from 'react';
import DigestEmail from '../../../emails/DigestEmail';
import { renderEmail } from '../../mail/render-email';
import { buildDigestProps, pickFor, type DigestInfo, type Interests } from './digest-content';
import { pickKey } from './digest-ranking';
import type { DigestArticle } from './load-digest-stories';
import type { NewsletterChoices } from '../subscription/newsletter-choices';

// Plain ASCII that survives HTML and plain-text rendering unchanged.
const PREFERENCES = 'https://newsletter-placeholder.invalid/preferences';
const UNSUBSCRIBE = 'https://newsletter-placeholder.invalid/unsubscribe';

export type RenderedDigest = { html: string; text: string };

export function createDigestRenderer(
  digest: DigestInfo,
  articles: DigestArticle[],
  choices: NewsletterChoices,
  timeZone: string,
) {
  const cache = new Map<string, Promise<RenderedDigest>>();

  function renderFor(interests: Interests): Promise<RenderedDigest> {
    const pick = pickFor(articles, interests);
    // The heading names the reader's choice only when something matched, so that is in the key.
    const key = pick.matchedCount > 0 ? `${pickKey(pick)}|${interests.sections}|${interests.topics}` : pickKey(pick);
    let rendered = cache.get(key);
    if (!rendered) {
      const props = buildDigestProps(
        digest,
        articles,
        interests,
        choices,
        { preferencesUrl: PREFERENCES, unsubscribeUrl: UNSUBSCRIBE },
        timeZone,
        'counted',
      );
      rendered = renderEmail(createElement(DigestEmail, props));
      cache.set(key, rendered);
    }
    return rendered;
  }

  return {
    async personalised(
      interests: Interests,
      links: { preferencesUrl: string; unsubscribeUrl: string },
    ): Promise<RenderedDigest> {
      const { html, text } = await renderFor(interests);
      // Links may carry a query (`&d=` on unsubscribe): escaped for HTML, as React would have.
      const fill = (s: string, escape: (url: string) => string) =>
        s.replaceAll(PREFERENCES, escape(links.preferencesUrl)).replaceAll(UNSUBSCRIBE, escape(links.unsubscribeUrl));
      return { html: fill(html, (url) => url.replaceAll('&', '&amp;')), text: fill(text, (url) => url) };
    },
    distinctRenders: () => cache.size,
  };
}
