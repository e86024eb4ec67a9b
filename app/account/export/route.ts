import { exportUserData } from '@/lib/accounts/export-user-data';
import { auth } from '@/lib/auth/auth';

export async function GET() {
  const session = await auth();
  if (!session?.user?.id) return Response.json({ error: 'Sign in to download your data.' }, { status: 401 });
  const data = await exportUserData(session.user.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="dispatch-my-data.json"',
      'cache-control': 'no-store',
    },
  });
}
