import { listPageMetadata, parsePage, StoryListPage } from '@/components/stories/StoryListPage';

export const revalidate = 300;

export function generateStaticParams(): { topic: string; page: string }[] {
  return [];
}

type Props = { params: Promise<{ topic: string; page: string }> };

export async function generateMetadata({ params }: Props) {
  const p = await params;
  return listPageMetadata('topics', p.topic, parsePage(p.page) ?? 1);
}

export default async function Page({ params }: Props) {
  const p = await params;
  return <StoryListPage kind="topics" slug={p.topic} page={parsePage(p.page)} />;
}
