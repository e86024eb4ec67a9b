// Every email goes out with both parts (house style), rendered from the same template.
import type { ReactElement } from 'react';
import { render } from '@react-email/render';

export type RenderedEmail = { html: string; text: string };

// Plain-text readers get lines wrapped for a terminal and links in angle brackets after their
// text, the way plain-text mail has always marked them.
const TEXT_OPTIONS = {
  wordwrap: 78,
  selectors: [
    { selector: 'a', options: { linkBrackets: ['<', '>'] as [string, string], hideLinkHrefIfSameAsText: true } },
  ],
};

export async function renderEmail(template: ReactElement): Promise<RenderedEmail> {
  const [html, text] = await Promise.all([
    render(template),
    render(template, { plainText: true, htmlToTextOptions: TEXT_OPTIONS }),
  ]);
  return { html, text };
}
