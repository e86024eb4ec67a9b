// npm run email:preview: renders every template in emails/ with its PreviewProps to
// data/email-preview/<Name>.html and .txt, to open in a browser or diff after a change, and
// <Name>.png, a screenshot at a 640 px wide window (Chromium, no network) for an editor to look at.
import './lib/load-env-files';
import { chromiumLaunchOptions } from './lib/chromium-launch';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { createElement, type ComponentType } from 'react';
import sharp from 'sharp';
import { renderEmail } from '../lib/mail/render-email';
import { loadCommandConfig } from './lib/load-command-config';

// Templates read SITE_URL and EMAIL_FROM as the server does.
loadCommandConfig();

const EMAILS_DIR = 'emails';
const OUT_DIR = path.join('data', 'email-preview');

type Template = ComponentType<Record<string, unknown>> & { PreviewProps?: Record<string, unknown> };

const files = (await fs.readdir(EMAILS_DIR)).filter((f) => f.endsWith('.tsx')).sort();
await fs.mkdir(OUT_DIR, { recursive: true });

// Preview data points at media on a local site that may not be running: pictures are drawn as grey boxes.
const PLACEHOLDER = await sharp({ create: { width: 992, height: 558, channels: 3, background: '#d4d4d4' } })
  .png()
  .toBuffer();

async function screenshot(browser: Browser, html: string, out: string) {
  const page = await browser.newPage({ viewport: { width: 640, height: 800 } });
  try {
    await page.route('**/*', (route) =>
      route.request().resourceType() === 'image'
        ? route.fulfill({ contentType: 'image/png', body: PLACEHOLDER })
        : route.abort(),
    );
    await page.setContent(html, { waitUntil: 'load' });
    await page.screenshot({ path: out, fullPage: true });
  } finally {
    await page.close();
  }
}

const browser = await chromium.launch(chromiumLaunchOptions);

let failures = 0;
for (const file of files) {
  const name = path.basename(file, '.tsx');
  const mod = (await import(pathToFileURL(path.resolve(EMAILS_DIR, file)).href)) as { default?: Template };
  const template = mod.default;
  if (typeof template !== 'function' || !template.PreviewProps) {
    console.error(`✗ ${path.join(EMAILS_DIR, file)}: needs a default-exported component with PreviewProps`);
    failures += 1;
    continue;
  }
  const { html, text } = await renderEmail(createElement(template, template.PreviewProps));
  for (const [ext, body] of [
    ['html', html],
    ['txt', text],
  ] as const) {
    const out = path.join(OUT_DIR, `${name}.${ext}`);
    await fs.writeFile(out, body, 'utf8');
    console.log(out);
  }
  const png = path.join(OUT_DIR, `${name}.png`);
  await screenshot(browser, html, png);
  console.log(png);
}
await browser.close();
if (files.length === 0) console.warn(`No templates found in ${EMAILS_DIR}/`);
process.exitCode = failures > 0 ? 1 : 0;
