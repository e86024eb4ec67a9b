import { createChallenge } from '@/lib/bot-proof/create-challenge';

/** A fresh proof-of-work challenge for the sign-up and sign-in forms (docs/0017); never cached. */
export async function GET(): Promise<Response> {
  return Response.json(await createChallenge(), { headers: { 'cache-control': 'no-store' } });
}
