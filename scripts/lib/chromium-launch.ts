// Debian's Chromium, started the way this workplace's closed network needs (Playwright cannot
// download its own browser here): for the browser tests and the email screenshots alike.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
