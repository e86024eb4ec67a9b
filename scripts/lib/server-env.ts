// The environment for the Next.js server process. Auth.js builds its URLs from AUTH_URL, else
// from the request's Host header, which behind `next start` can say "localhost" while readers
// use another name; SITE_URL is the one public origin, so Auth.js is told it before start.
export function serverEnv(siteUrl: string, nodeEnv: 'production' | 'development' = 'production'): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: nodeEnv, AUTH_URL: `${siteUrl}/api/auth`, NEXT_TELEMETRY_DISABLED: '1' };
}
