// Renders a digest once per distinct story set with placeholder links, then fills in each
// reader's own links: React renders tens of times per run, not once per subscriber. For sending,
// each story set is also composed once into a MIME template whose per-reader slots are spliced
// in as bytes, so nodemailer does not encode the body per message either (docs/0018).
import { createElement } from 'react';
import DigestEmail from '../../../emails/DigestEmail';
import { compileMessageTemplate, type MessageTemplate } from '../../mail/compile-message-template';
import { renderEmail } from '../../mail/render-email';
import { getEnv } from '../../env';
import { buildDigestProps, pickFor, type DigestInfo, type Interests } from './digest-content';
import { pickKey } from './digest-ranking';
import type { DigestArticle } from './load-digest-stories';
import type { NewsletterChoices } from '../subscription/newsletter-choices';
import { bounceHeaderNames } from '../../mail/bounce-headers';

// Plain ASCII that survives HTML and plain-text rendering unchanged.
export const PREFERENCES = 'https://newsletter-placeholder.invalid/preferences';
export const UNSUBSCRIBE = 'https://newsletter-placeholder.invalid/unsubscribe';
/** Headers whose value is each reader's own. */
export const READER_HEADERS = ['List-Unsubscribe', 'X-Entity-Ref-ID'];

export type RenderedDigest = { html: string; text: string };

export function createDigestRenderer(
  digest: DigestInfo,
  articles: DigestArticle[],
  choices: NewsletterChoices,
  timeZone: string,
) {
  const cache = new Map<string, Promise<RenderedDigest>>();
  const templates = new Map<string, Promise<MessageTemplate>>();

  function keyFor(interests: Interests): string {
    const pick = pickFor(articles, interests);
    // The heading names the reader's choice only when something matched, so that is in the key.
    return pick.matchedCount > 0 ? `${pickKey(pick)}|${interests.sections}|${interests.topics}` : pickKey(pick);
  }

  function renderFor(interests: Interests): Promise<RenderedDigest> {
    const key = keyFor(interests);
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
    /** The reader's story set as a MIME template, made once per set; `fill` it per reader. */
    message(interests: Interests, headers: { subject: string; listId: string }): Promise<MessageTemplate> {
      const key = keyFor(interests);
      let template = templates.get(key);
      if (!template) {
        template = renderFor(interests).then(({ html, text }) =>
          compileMessageTemplate({
            from: getEnv().EMAIL_FROM,
            subject: headers.subject,
            html,
            text,
            headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click', 'List-Id': headers.listId },
            bodySlots: [PREFERENCES, UNSUBSCRIBE],
            // The bounce-reference headers (docs/0016) are each reader's own too.
            headerSlots: [...READER_HEADERS, ...bounceHeaderNames()],
          }),
        );
        templates.set(key, template);
      }
      return template;
    },
    distinctRenders: () => cache.size,
  };
}
