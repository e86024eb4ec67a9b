import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContentDir, writeArticle, writeVideo } from '../../tests/helpers/content-fixture';
import { readContentDir } from './read-content-dir';

const fieldsFor = (dir: string, file: string) =>
  readContentDir(dir)
    .errors.filter((e) => e.file.endsWith(file))
    .map((e) => `${e.field}: ${e.message}`);

describe('readContentDir', () => {
  it('reads a valid article with an inline figure and rewrites image paths to media URLs', () => {
    const dir = makeContentDir();
    writeArticle(dir, { slug: 'good', body: 'Text.\n\n![Alt text](images/inline.svg "A caption | Photo Desk")\n\nMore text.' });
    writeVideo(dir, 'clip');
    const result = readContentDir(dir);
    expect(result.errors).toEqual([]);
    expect(result.articles).toHaveLength(1);
    const [a] = result.articles;
    expect(a!.hero.url).toMatch(/^\/media\/[0-9a-f]{16}-120x60\.svg$/);
    expect(a!.body).toMatch(/!\[Alt text\]\(\/media\/[0-9a-f]{16}-120x60\.svg "A caption \| Photo Desk"\)/);
    expect(a!.plainText).not.toContain('![');
    expect(result.videos[0]!.data.duration).toBe(125);
  });

  it('reports a missing caption by file and field', () => {
    const dir = makeContentDir();
    writeArticle(dir, { slug: 'nocap', image: 'image:\n  src: images/hero.svg\n  alt: Alt\n  credit: Desk\n' });
    expect(fieldsFor(dir, 'nocap.md')).toEqual(['image.caption: is required']);
    expect(readContentDir(dir).articles).toHaveLength(0);
  });

  it('reports a bad date', () => {
    const dir = makeContentDir();
    writeArticle(dir, { slug: 'baddate', publishedAt: 'last tuesday' });
    expect(fieldsFor(dir, 'baddate.md')).toEqual(['publishedAt: must be an ISO-8601 date such as 2025-02-24T09:30:00Z']);
  });

  it('reports unknown fields, so typos are not silently dropped', () => {
    const dir = makeContentDir();
    writeArticle(dir, { slug: 'typo', extra: 'captoin: oops' });
    expect(fieldsFor(dir, 'typo.md')).toEqual(['(front matter): unknown field(s): captoin']);
  });

  it('reports both files of a duplicate slug and imports neither', () => {
    const dir = makeContentDir();
    writeArticle(dir, { slug: 'same' }, 'one.md');
    writeArticle(dir, { slug: 'same' }, 'two.md');
    const result = readContentDir(dir);
    expect(result.articles).toHaveLength(0);
    expect(result.errors.map((e) => `${path.basename(e.file)} ${e.field}`)).toEqual(['one.md slug', 'two.md slug']);
  });

  it('refuses image paths outside the content folder and missing images', () => {
    const dir = makeContentDir();
    writeArticle(dir, { slug: 'escape', image: 'image:\n  src: ../../etc/passwd\n  alt: a\n  caption: c\n  credit: d\n' });
    writeArticle(dir, { slug: 'missing', body: '![x](images/nope.svg "c | d")' });
    expect(fieldsFor(dir, 'escape.md')[0]).toMatch(/^image.src: points outside the content folder/);
    expect(fieldsFor(dir, 'missing.md')).toEqual(['body (inline image): file not found: images/nope.svg']);
  });

  it('refuses SVGs with scripts', () => {
    const dir = makeContentDir();
    fs.writeFileSync(path.join(dir, 'images', 'hero.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    writeArticle(dir, { slug: 'scripted' });
    expect(fieldsFor(dir, 'scripted.md')[0]).toMatch(/SVG with scripts/);
  });

  it('reports malformed YAML and a file without front matter', () => {
    const dir = makeContentDir();
    fs.writeFileSync(path.join(dir, 'articles', 'broken.md'), '---\ntitle: [unclosed\n---\nbody');
    fs.writeFileSync(path.join(dir, 'articles', 'plain.md'), 'Just text.');
    expect(fieldsFor(dir, 'broken.md')[0]).toMatch(/^\(front matter\): is not valid YAML/);
    expect(fieldsFor(dir, 'plain.md')).toEqual(['(front matter): must start with a --- front matter block']);
  });

  it('derives the slug from the title when none is given', () => {
    const dir = makeContentDir();
    fs.writeFileSync(path.join(dir, 'articles', 'x.md'), fs.readFileSync(writeArticle(dir, { slug: 'tmp', title: 'Ports reopen — what changes?' }), 'utf8').replace('slug: tmp\n', ''));
    fs.rmSync(path.join(dir, 'articles', 'tmp.md'));
    expect(readContentDir(dir).articles.map((a) => a.slug)).toEqual(['ports-reopen-what-changes']);
  });
});
