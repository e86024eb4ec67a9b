// URL slugs for articles, sections and topics: ASCII, lower-case, hyphen-separated.
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

export function titleCase(slug: string): string {
  return slug
    .split('-')
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(' ');
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * True for anything slugify() could have made. Pages check a slug from the URL with this before
 * asking the database: PostgreSQL refuses strings holding NUL, which would otherwise be a 500.
 */
export function isSlug(value: string): boolean {
  return value.length <= 80 && SLUG.test(value);
}
