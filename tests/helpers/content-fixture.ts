// Builds small content folders for tests: real files in a temporary directory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const TINY_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60"><rect width="120" height="60" fill="#369"/></svg>';

export function makeContentDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-content-'));
  fs.mkdirSync(path.join(dir, 'articles'));
  fs.mkdirSync(path.join(dir, 'videos'));
  fs.mkdirSync(path.join(dir, 'images'));
  fs.writeFileSync(path.join(dir, 'images', 'hero.svg'), TINY_SVG);
  fs.writeFileSync(path.join(dir, 'images', 'inline.svg'), TINY_SVG.replace('#369', '#963'));
  return dir;
}

export type ArticleSpec = {
  slug: string;
  title?: string;
  section?: string;
  topics?: string[];
  publishedAt?: string;
  body?: string;
  extra?: string;
  image?: string | null;
};

export function articleText(spec: ArticleSpec): string {
  const image =
    spec.image === undefined
      ? 'image:\n  src: images/hero.svg\n  alt: A blue rectangle\n  caption: A test caption.\n  credit: Test Desk\n'
      : (spec.image ?? '');
  return [
    '---',
    `slug: ${spec.slug}`,
    `title: ${spec.title ?? `Story about ${spec.slug}`}`,
    'standfirst: A sentence under the headline.',
    `section: ${spec.section ?? 'world'}`,
    `topics: [${(spec.topics ?? ['Climate']).join(', ')}]`,
    'byline: Test Reporter',
    'source: Test Wire',
    `publishedAt: ${spec.publishedAt ?? '2026-11-01T09:00:00Z'}`,
    image.trimEnd(),
    spec.extra ?? '',
    '---',
    spec.body ?? `Body of ${spec.slug}. It has a few words.`,
    '',
  ]
    .filter((l) => l !== '')
    .join('\n');
}

export function writeArticle(dir: string, spec: ArticleSpec, file = `${spec.slug}.md`): string {
  const target = path.join(dir, 'articles', file);
  fs.writeFileSync(target, articleText(spec));
  return target;
}

export function writeVideo(dir: string, slug: string): string {
  const target = path.join(dir, 'videos', `${slug}.md`);
  fs.writeFileSync(
    target,
    [
      '---',
      `slug: ${slug}`,
      `title: Video ${slug}`,
      'publishedAt: 2026-11-02T10:00:00Z',
      'duration: "2:05"',
      'poster:',
      '  src: images/hero.svg',
      '  alt: A poster',
      '  caption: A poster caption.',
      '  credit: "Video: Test"',
      'topics: [Climate]',
      '---',
      'Transcript text.',
      '',
    ].join('\n'),
  );
  return target;
}
