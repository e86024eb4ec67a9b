// The sections and topics a subscriber can choose: those with published stories.
import { z } from 'zod';
import { listSections } from '../../articles/list-sections';
import { db } from '../../db';
import { formatSlugList } from '../digest/digest-ranking';

export type Choice = { slug: string; name: string };
export type NewsletterChoices = { sections: Choice[]; topics: Choice[] };

export async function listNewsletterChoices(): Promise<NewsletterChoices> {
  const [sections, topics] = await Promise.all([
    listSections(),
    db.topic.findMany({
      where: { articles: { some: { article: { isPublished: true } } } },
      select: { slug: true, name: true },
      orderBy: { name: 'asc' },
    }),
  ]);
  return { sections, topics };
}

export const preferencesSchema = z.object({
  frequency: z.enum(['daily', 'weekly'], { message: 'Choose daily or weekly.' }),
  sections: z.array(z.string().max(100)).max(50).default([]),
  topics: z.array(z.string().max(100)).max(200).default([]),
});

export type Preferences = { frequency: 'daily' | 'weekly'; sections: string; topics: string };

/** Keeps only slugs that exist, as the sorted comma-separated lists the database stores. */
export async function toStoredPreferences(input: z.infer<typeof preferencesSchema>): Promise<Preferences> {
  const choices = await listNewsletterChoices();
  const known = (list: Choice[], wanted: string[]) => wanted.filter((s) => list.some((c) => c.slug === s));
  return {
    frequency: input.frequency,
    sections: formatSlugList(known(choices.sections, input.sections)),
    topics: formatSlugList(known(choices.topics, input.topics)),
  };
}

/** "World, Science and Climate" for emails and pages; "top stories" for no choice. */
export async function describeInterests(sections: string, topics: string): Promise<string> {
  const slugs = [...sections.split(','), ...topics.split(',')].filter(Boolean);
  if (slugs.length === 0) return 'top stories';
  const choices = await listNewsletterChoices();
  const names = slugs.map((s) => [...choices.sections, ...choices.topics].find((c) => c.slug === s)?.name ?? s);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
