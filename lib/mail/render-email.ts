// Every email goes out with both parts (house style), rendered from the same template.
import type { ReactElement } from 'react';
import { render } from '@react-email/render';

export type RenderedEmail = { html: string; text: string };

// Plain-text readers get lines wrapped for a terminal; each link follows its text after a space
// (React Email's default), never inside brackets: people and the tests that pull sign-in links
// out of the text part take a URL to end at whitespace.
const TEXT_OPTIONS = { wordwrap: 78 };

export async function renderEmail(template: ReactElement): Promise<RenderedEmail> {
  const [html, text] = await Promise.all([
    render(template),
    render(template, { plainText: true, htmlToTextOptions: TEXT_OPTIONS }),
  ]);
  return { html, text };
}
