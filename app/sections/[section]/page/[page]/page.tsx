import { listPageMetadata, parsePage, StoryListPage } from '@/components/stories/StoryListPage';

export const revalidate = 300;

export function generateStaticParams(): { section: string; page: string }[] {
  return [];
}

type Props = { params: Promise<{ section: string; page: string }> };

export async function generateMetadata({ params }: Props) {
  const p = await params;
  return listPageMetadata('sections', p.section, parsePage(p.page) ?? 1);
}

export default async function Page({ params }: Props) {
  const p = await params;
  return <StoryListPage kind="sections" slug={p.section} page={parsePage(p.page)} />;
}
