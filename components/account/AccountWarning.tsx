import { WarningNotice } from '@/components/comments/WarningNotice';
import { getAccountFlags } from '@/lib/accounts/get-account-flags';

export async function AccountWarning({ userId }: { userId: string }) {
  const user = await getAccountFlags(userId);
  return user?.pendingWarning ? <WarningNotice message={user.pendingWarning} /> : null;
}
