// The headers every response carries: from next.config.ts for what Next answers, and from
// scripts/serve.ts for the requests it refuses before Next sees them (400, 411, 413). HSTS depends
// on SITE_URL, which is read at run time, so scripts/serve.ts sets it on every response and the
// build (next.config.ts) leaves it out (docs/0013-builds.md).
import { contentSecurityPolicy } from './content-security-policy';

export const STRICT_TRANSPORT_SECURITY = {
  key: 'Strict-Transport-Security',
  value: 'max-age=63072000; includeSubDomains',
};

export function securityHeaders(options: { dev: boolean; https: boolean }): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev: options.dev }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    },
    { key: 'X-Frame-Options', value: 'DENY' },
    ...(options.https ? [STRICT_TRANSPORT_SECURITY] : []),
  ];
}
