import Markdown, { type Components } from 'react-markdown';
import { parseMediaUrl } from '@/lib/content/media-url';
import { splitImageTitle } from '@/lib/content/markdown';
import { Figure } from './Figure';

type MdNode = { type: string; tagName?: string; children?: MdNode[]; value?: string };

// A paragraph holding only an image becomes a <figure>; react-markdown would otherwise put the
// figure inside a <p>, which is invalid HTML.
function isLoneImage(node: MdNode | undefined): boolean {
  const kids = (node?.children ?? []).filter((c) => !(c.type === 'text' && !c.value?.trim()));
  return kids.length === 1 && kids[0]!.tagName === 'img';
}

const components: Components = {
  p({ node, children }) {
    return isLoneImage(node as MdNode) ? <>{children}</> : <p>{children}</p>;
  },
  img({ src, alt, title }) {
    const url = typeof src === 'string' ? src : '';
    const size = parseMediaUrl(url);
    if (!size) return null;
    const { caption, credit } = splitImageTitle(title);
    return (
      <Figure
        src={url}
        alt={alt ?? ''}
        width={size.width}
        height={size.height}
        captionText={caption}
        credit={credit}
        sizes="(min-width: 768px) 680px, 100vw"
      />
    );
  },
  a({ href, children }) {
    const isExternal = typeof href === 'string' && /^https?:/.test(href);
    return (
      <a href={href} {...(isExternal ? { rel: 'noopener noreferrer' } : {})}>
        {children}
      </a>
    );
  },
  h1: ({ children }) => <h2>{children}</h2>,
};

/** Article Markdown from our own content folder; raw HTML in it is not rendered. */
export function ArticleBody({ markdown }: { markdown: string }) {
  return (
    <div className="prose prose-lg max-w-none font-serif prose-neutral dark:prose-invert prose-headings:font-sans prose-a:text-[var(--color-brand)] dark:prose-a:text-[var(--color-brand-dark)]">
      <Markdown
        components={components}
        skipHtml
        urlTransform={(url) => (/^(https?:|mailto:|\/|#)/.test(url) ? url : '')}
      >
        {markdown}
      </Markdown>
    </div>
  );
}
