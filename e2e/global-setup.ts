import { startSmtpInbox } from './helpers/smtp-inbox';

// Playwright starts the web server first; it only connects to SMTP when it sends, so the inbox
// can start here.
export default async function globalSetup() {
  return startSmtpInbox();
}
