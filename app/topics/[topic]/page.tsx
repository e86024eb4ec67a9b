import { listPageMetadata, StoryListPage } from '@/components/stories/StoryListPage';

export const revalidate = 300;

export function generateStaticParams(): { topic: string }[] {
  return [];
}

type Props = { params: Promise<{ topic: string }> };

export async function generateMetadata({ params }: Props) {
  return listPageMetadata('topics', (await params).topic, 1);
}

export default async function Page({ params }: Props) {
  return <StoryListPage kind="topics" slug={(await params).topic} page={1} />;
}
