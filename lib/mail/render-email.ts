// Every email goes out with both parts (house style), rendered from the same template.
import type { ReactElement } from 'react';
import { render } from '@react-email/render';

export type RenderedEmail = { html: string; text: string };

export async function renderEmail(template: ReactElement): Promise<RenderedEmail> {
  const [html, text] = await Promise.all([render(template), render(template, { plainText: true })]);
  return { html, text };
}
