// Whether a request carries Auth.js's session cookie: `authjs.session-token`, `__Secure-`
// prefixed over https, split into `.0`, `.1`… when large. Signed-in readers never get a copy
// kept for everyone (response cache) or the shared comments page (proxy.ts). Pure: both the
// custom server and the Next proxy read it.
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

export function hasSessionCookie(cookieHeader: string | null | undefined): boolean {
  return SESSION_COOKIE.test(cookieHeader ?? '');
}
