// Every template, rendered with its PreviewProps, against what Gmail, Outlook, Apple Mail and
// Yahoo support (caniemail.com data) and the basics an email team expects.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Element } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import { createElement, type ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { renderEmail } from '../lib/mail/render-email';
import {
  colourProblems,
  elements,
  hasCssTransform,
  styleOf,
  unsupportedFeatures,
  widestBox,
} from '../tests/helpers/email-checks';

const textOf = (el: Element) => DomUtils.textContent(el);

type Template = ComponentType<Record<string, unknown>> & { PreviewProps?: Record<string, unknown> };

// The preview data's links are on one site address, not localhost (as a deployment's are).
const SITE_URL = 'http://127.0.0.1:3000';

const names = fs
  .readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.tsx'))
  .map((f) => path.basename(f, '.tsx'));

describe.each(names)('%s', (name) => {
  const rendered = (async () => {
    const mod = (await import(pathToFileURL(path.join(import.meta.dirname, `${name}.tsx`)).href)) as {
      default: Template;
    };
    expect(mod.default.PreviewProps, 'PreviewProps').toBeDefined();
    return renderEmail(createElement(mod.default, mod.default.PreviewProps));
  })();

  it('uses nothing Gmail, Outlook, Apple Mail or Yahoo do not support (bar the allow-list)', async () => {
    const { html } = await rendered;
    expect(unsupportedFeatures(html)).toEqual([]);
    expect(hasCssTransform(html)).toBe(false);
  });

  it('has no SVG, no external CSS, no script', async () => {
    const { html } = await rendered;
    expect(html).not.toMatch(/<svg|<script|<link\b|@import|<iframe|<object|<embed/i);
    for (const img of elements(html, 'img')) {
      expect(img.attribs.src).toMatch(/^https?:\/\/[^?#]+\.(png|jpe?g)$/);
      expect(img.attribs.width, img.attribs.src).toMatch(/^\d+$/);
      expect(img.attribs.height, img.attribs.src).toMatch(/^\d+$/);
      expect(img.attribs.alt, img.attribs.src).toBeTruthy();
    }
  });

  it('starts with a hidden preheader that the text part does not repeat', async () => {
    const { html, text } = await rendered;
    const body = elements(html, 'body')[0];
    const first = body.children.find((n) => n.type === 'tag') as Element;
    expect(first.name).toBe('div');
    expect(styleOf(first).display).toBe('none');
    const preheader = textOf(first)
      .replace(/[\s\u200c\u00a0\u200b\u2800\u034f\u00ad\ufeff]+/g, ' ')
      .trim();
    expect(preheader.length).toBeGreaterThan(20);
    expect(text).not.toContain(preheader.slice(0, 30));
  });

  it('declares lang, dir and light/dark colour schemes, and keeps text readable in both', async () => {
    const { html } = await rendered;
    const root = elements(html, 'html')[0];
    expect(root.attribs.lang).toBe('en');
    expect(root.attribs.dir).toBe('ltr');
    const metas = new Map(elements(html, 'meta').map((m) => [m.attribs.name, m.attribs.content]));
    expect(metas.get('color-scheme')).toBe('light dark');
    expect(metas.get('supported-color-schemes')).toBe('light dark');
    expect(colourProblems(html)).toEqual([]);
  });

  it('is at most 600 px wide', async () => {
    const { html } = await rendered;
    const widest = widestBox(html);
    expect(widest).toBeGreaterThan(0);
    expect(widest).toBeLessThanOrEqual(600);
  });

  it('links only to absolute URLs on SITE_URL', async () => {
    const { html, text } = await rendered;
    const hrefs = elements(html, 'a').map((a) => a.attribs.href);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(`${SITE_URL}/`) || href === SITE_URL, href).toBe(true);
    // The plain-text part lists every link too.
    for (const href of new Set(hrefs)) expect(text).toContain(href);
  });

  it('has a plain-text part that reads on its own', async () => {
    const { text } = await rendered;
    expect(text).not.toMatch(/<(?!https?:)[a-z/!]|&[a-z]+;|&#\d+;|\{|\}|style=/i);
    // The preheader is for inbox lists; the text part starts with the email itself.
    expect(text.trimStart().startsWith('Dispatch')).toBe(true);
    expect(text).not.toMatch(/\n{4,}/);
    const lines = text.split('\n').filter((l) => l.trim());
    // Wrapped for plain-text readers; only a line carrying a long URL may run on.
    for (const line of lines) if (!/https?:\/\//.test(line)) expect(line.length, line).toBeLessThanOrEqual(78);
    // A link is listed once where it is, not again for its picture a line or two away.
    lines.forEach((line, i) => {
      for (const url of line.match(/https?:\/\/\S+/g) ?? [])
        expect(lines.slice(i + 1, i + 6).join('\n'), url).not.toContain(url);
    });
  });
});
