// Auth.js (next-auth v5) with database sessions: signing out deletes the session row, so it ends
// on the server, not just in the browser.
import { Auth, setEnvDefaults, type AuthConfig } from '@auth/core';
import { PrismaAdapter } from '@auth/prisma-adapter';
import NextAuth, { type NextAuthConfig } from 'next-auth';
import type { Provider } from 'next-auth/providers';
import GitHub from 'next-auth/providers/github';
import Google from 'next-auth/providers/google';
import { db } from '../db';
import { getEnv } from '../env';
import { emailProvider } from './email-provider';
import { safeRedirectUrl } from './safe-return-path';

declare module 'next-auth' {
  interface Session {
    user: { id: string; email: string; role: string; displayName: string | null };
  }
}

function providers(): Provider[] {
  const env = getEnv();
  const list: Provider[] = [emailProvider()];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET)
    list.push(GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }));
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET)
    list.push(Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }));
  return list;
}

function authConfig(): NextAuthConfig {
  const env = getEnv();
  const isHttps = env.SITE_URL.startsWith('https:');
  return {
    basePath: AUTH_BASE_PATH,
    adapter: PrismaAdapter(db as never),
    secret: env.AUTH_SECRET,
    trustHost: true,
    useSecureCookies: isHttps,
    session: { strategy: 'database', maxAge: 30 * 24 * 3600, updateAge: 24 * 3600 },
    providers: providers(),
    pages: { signIn: '/signin', verifyRequest: '/signin/check-email', error: '/signin/error' },
    callbacks: {
      // Only what pages need: never the session token, which the HttpOnly cookie keeps from
      // scripts (the adapter's session row carries it, and /api/auth/session would return it).
      session({ session, user }) {
        const u = user as typeof user & { role: string; displayName: string | null };
        return {
          user: { id: u.id, email: u.email, role: u.role, displayName: u.displayName },
          expires: session.expires,
        } as typeof session;
      },
      // Only our own origin: anything else goes to the front page.
      redirect({ url, baseUrl }) {
        return safeRedirectUrl(url, baseUrl);
      },
    },
    events: {
      async signIn({ user }) {
        if (!user.email || !user.id) return;
        if (env.ADMIN_EMAILS.includes(user.email.toLowerCase())) {
          await db.user.update({ where: { id: user.id }, data: { role: 'admin' } });
        }
      },
    },
  };
}

export const AUTH_BASE_PATH = '/api/auth';

export const { auth, signIn, signOut } = NextAuth(authConfig);

/**
 * Auth.js's HTTP endpoints at SITE_URL, whatever address the server listens on. (next-auth's own
 * handler rebuilds the request as a NextRequest, whose URL Next rewrites from 127.0.0.1 to
 * "localhost", so every redirect pointed at a host the reader never used and the browser's
 * form-action policy stopped it.)
 */
export async function handleAuthRequest(req: Request): Promise<Response> {
  const env = getEnv();
  const { pathname, search } = new URL(req.url);
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const atSite = new Request(`${env.SITE_URL}${pathname}${search}`, {
    method: req.method,
    headers: req.headers,
    body: hasBody ? await req.arrayBuffer() : undefined,
  });
  const config = authConfig() as AuthConfig;
  setEnvDefaults({ AUTH_URL: `${env.SITE_URL}${AUTH_BASE_PATH}` }, config, true);
  return Auth(atSite, config);
}

export function enabledOAuthProviders(): { id: 'github' | 'google'; name: string }[] {
  const env = getEnv();
  return [
    ...(env.AUTH_GITHUB_ID ? [{ id: 'github' as const, name: 'GitHub' }] : []),
    ...(env.AUTH_GOOGLE_ID ? [{ id: 'google' as const, name: 'Google' }] : []),
  ];
}
