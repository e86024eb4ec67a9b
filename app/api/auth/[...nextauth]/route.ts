import type { NextRequest } from 'next/server';
import { handleAuthRequest } from '@/lib/auth/auth';
import { EMAIL_CALLBACK_PATH, completeEmailSignIn, redirectToConfirmPage } from '@/lib/auth/email-callback';
import { refuseAuthPost } from '@/lib/auth/refuse-auth-post';

export async function GET(req: NextRequest): Promise<Response> {
  if (req.nextUrl.pathname === EMAIL_CALLBACK_PATH) return redirectToConfirmPage(req);
  return handleAuthRequest(req);
}

export async function POST(req: NextRequest): Promise<Response> {
  const refusal = await refuseAuthPost(req);
  if (refusal) return refusal;
  if (req.nextUrl.pathname === EMAIL_CALLBACK_PATH) return completeEmailSignIn(req);
  return handleAuthRequest(req);
}
