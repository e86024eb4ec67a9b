import type { Metadata } from 'next';
import { ArticleModeForm } from '@/components/moderation/ArticleModeForm';
import { ModerationNav } from '@/components/moderation/ModerationNav';
import { SettingsForm } from '@/components/moderation/SettingsForm';
import { requireRole } from '@/lib/auth/current-user';
import { getModerationSettings } from '@/lib/comments/comment-settings';
import { listArticleModeOverrides } from '@/lib/moderation/list-article-mode-overrides';

export const metadata: Metadata = { title: 'Moderation settings', robots: { index: false } };

export default async function ModerationSettingsPage() {
  await requireRole('admin', '/moderation/settings');
  const { id: _id, updatedAt: _updatedAt, ...settings } = await getModerationSettings();
  const overrides = await listArticleModeOverrides();
  return (
    <div>
      <h1 className="font-serif text-4xl font-bold">Moderation settings</h1>
      <ModerationNav isAdmin current="settings" />
      <SettingsForm settings={settings} />
      <ArticleModeForm overrides={overrides} />
    </div>
  );
}
