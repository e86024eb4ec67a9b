// Front matter of content files (shared/PRODUCT.md, "Content format"). Strict: an unknown field
// is an error, so a typo like `captoin:` is reported instead of silently dropped.
import { z } from 'zod';
import { SLUG } from './slugify';

const text = (max: number) => z.string({ message: 'is required' }).trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const date = z.preprocess(
  (v) => (typeof v === 'string' ? new Date(v) : v),
  z.date({ message: 'must be an ISO-8601 date such as 2025-02-24T09:30:00Z' }).refine((d) => !Number.isNaN(d.getTime()), {
    message: 'must be an ISO-8601 date such as 2025-02-24T09:30:00Z',
  }),
);

export const imageSchema = z.strictObject({
  src: text(500),
  alt: text(500),
  caption: text(1000),
  credit: text(200),
});

const topics = z
  .array(text(60), { message: 'must be a list such as [Climate, Energy]' })
  .max(12, 'must have at most 12 topics')
  .default([]);

export const articleFrontMatterSchema = z.strictObject({
  slug: z.string().regex(SLUG, 'must be lower-case letters, digits and hyphens').max(80).optional(),
  title: text(200),
  standfirst: text(600),
  section: z.string({ message: 'is required' }).trim().min(1, 'must not be empty').max(40),
  topics,
  byline: text(120).optional(),
  source: text(120).optional(),
  publishedAt: date,
  updatedAt: date.optional(),
  image: imageSchema,
  commentsOpen: z.boolean({ message: 'must be true or false' }).default(true),
});

export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;

// "3:42", "1:02:03" or a number of seconds.
const duration = z.union([z.number().int().positive(), z.string().trim()]).transform((v, ctx) => {
  if (typeof v === 'number') return v;
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(v);
  if (!m || Number(m[3]) > 59) {
    ctx.addIssue({ code: 'custom', message: 'must be m:ss, h:mm:ss or a number of seconds' });
    return z.NEVER;
  }
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
});

export const videoFrontMatterSchema = z.strictObject({
  slug: z.string().regex(SLUG, 'must be lower-case letters, digits and hyphens').max(80).optional(),
  title: text(200),
  publishedAt: date,
  duration,
  poster: imageSchema,
  src: text(1000).optional(),
  topics,
});

export type VideoFrontMatter = z.infer<typeof videoFrontMatterSchema>;
