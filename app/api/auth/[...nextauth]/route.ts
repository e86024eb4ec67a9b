import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/auth';
import { refuseAuthPost } from '@/lib/auth/refuse-auth-post';

export const { GET } = handlers;

export async function POST(req: NextRequest): Promise<Response> {
  return (await refuseAuthPost(req)) ?? handlers.POST(req);
}
