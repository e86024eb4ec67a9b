// Guards the Auth.js POST endpoints (sign-in, sign-out, session update) before Auth.js sees them.
// Auth.js has its own CSRF token; the origin check is the second lock, and the same as every other
// write's. The emailed-link endpoint also counts against the sign-in limits, which otherwise only
// our own form's server action applies: without this a script could post here for unlimited mail.
// It also needs what our form needs (docs/0017): a solved proof-of-work challenge in the `altcha`
// field (there is no no-script path here: readers without JavaScript use the form at /signin) and
// an address outside the blocked domains.
import 'server-only';
import { blockedDomainMessage, blockedEmailDomain } from '../bot-proof/blocked-email-domain';
import { verifyChallenge } from '../bot-proof/verify-challenge';
import { clientIp } from '../security/client-ip';
import { isSameOrigin } from '../security/same-origin';
import { tooManyRequests } from '../security/too-many-requests';
import { normalizeEmail } from './normalize-email';
import { consumeSignInAllowance } from './sign-in-limits';

/** A response that refuses the request, or null to let Auth.js handle it. */
export async function refuseAuthPost(req: Request): Promise<Response | null> {
  // Only GitHub and Google are offered, and both return by GET: no provider posts back cross-site.
  if (!isSameOrigin(req))
    return new Response('Cross-site request refused\n', {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  if (!new URL(req.url).pathname.endsWith('/signin/email')) return null;
  const form = await req
    .clone()
    .formData()
    .catch(() => null);
  let email: string;
  try {
    email = normalizeEmail(String(form?.get('email') ?? ''));
  } catch (err) {
    // Auth.js would answer an address it cannot take with its "Configuration" page and an
    // unhandled rejection; say what is wrong instead, and send nothing.
    const message = err instanceof Error && err.message ? err.message : 'Enter an email address like name@example.com.';
    return plainText(400, message);
  }
  const blocked = await blockedEmailDomain(email);
  if (blocked) return plainText(400, blockedDomainMessage(blocked));
  const challenge = await verifyChallenge(typeof form?.get('altcha') === 'string' ? String(form.get('altcha')) : '');
  if (challenge !== 'verified')
    return plainText(
      403,
      `Refused: no solved proof-of-work challenge (${challenge}). Ask for a sign-in link with the form at /signin.`,
    );
  const waitSeconds = await consumeSignInAllowance(email, clientIp(req.headers));
  return waitSeconds > 0
    ? tooManyRequests(waitSeconds, 'Too many sign-in emails have been requested. Try again later.')
    : null;
}

function plainText(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}
