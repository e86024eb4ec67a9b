import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium-launch';
import { E2E_DATABASE_URL } from './e2e/helpers/e2e-db';
import { SMTP_PORT } from './e2e/helpers/smtp-inbox';

// End-to-end tests run against the production build (`npm start` on a throwaway database) in
// Debian's Chromium; Playwright's own browser download is not reachable from these machines.
// E2E_PORT / E2E_SMTP_PORT let two copies of the repo run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3210);
// Not localhost: the site must work at the address it is given, as a real deployment's is, and
// localhost hid a sign-in that only worked there (issue 12).
export const E2E_BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL: E2E_BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'bash scripts/e2e-server.sh',
    url: `${E2E_BASE_URL}/robots.txt`,
    timeout: 10 * 60_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(PORT),
      DATABASE_URL: E2E_DATABASE_URL,
      SITE_URL: E2E_BASE_URL,
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      EMAIL_FROM: 'Dispatch <news@dispatch.test>',
      NEXT_TELEMETRY_DISABLED: '1',
      // The tests play the proxy in front: a context with X-Forwarded-For is a reader of its own
      // (e2e/helpers/reader.ts), so the per-address limits see many readers, not one busy one.
      TRUST_PROXY: '1',
    },
  },
});
