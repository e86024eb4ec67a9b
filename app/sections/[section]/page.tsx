import { listPageMetadata, StoryListPage } from '@/components/stories/StoryListPage';

export const revalidate = 300;

export function generateStaticParams(): { section: string }[] {
  return [];
}

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props) {
  return listPageMetadata('sections', (await params).section, 1);
}

export default async function Page({ params }: Props) {
  return <StoryListPage kind="sections" slug={(await params).section} page={1} />;
}
