// A list of email domains as typed by an admin or in BLOCKED_EMAIL_DOMAINS: separated by commas,
// spaces or lines, case-insensitive, a leading "@" or trailing dot tolerated.
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

export function parseDomainList(text: string): { domains: string[]; invalid: string[] } {
  const entries = text
    .split(/[\s,]+/)
    .map((d) => d.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, ''))
    .filter(Boolean);
  return {
    domains: [...new Set(entries.filter((d) => DOMAIN.test(d)))],
    invalid: entries.filter((d) => !DOMAIN.test(d)),
  };
}
