// The headers every response carries: from next.config.ts for what Next answers, and from
// scripts/serve.ts for the requests it refuses before Next sees them (400, 411, 413).
import { contentSecurityPolicy } from './content-security-policy';

export function securityHeaders(options: { dev: boolean; https: boolean }): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev: options.dev }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
    { key: 'X-Frame-Options', value: 'DENY' },
    ...(options.https ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ];
}
