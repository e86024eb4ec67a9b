import { getImageProps } from 'next/image';

type Props = {
  src: string;
  alt: string;
  width: number;
  height: number;
  sizes: string;
  className?: string;
  /** The page's main picture (the front page's top story, an article's hero): fetched first. */
  isLead?: boolean;
};

/**
 * next/image's markup (srcset, sizes, dimensions) rendered on the server as a plain <img>.
 * <Image> is a client component: it shipped ~6 KB gzip of JavaScript to every page with a
 * picture, for pictures that need none (docs/0019). The lead picture gets fetchpriority="high"
 * and loads at once; every other one loads lazily.
 */
export function StaticImage({ isLead = false, ...image }: Props) {
  const { props } = getImageProps({
    ...image,
    loading: isLead ? 'eager' : 'lazy',
    fetchPriority: isLead ? 'high' : undefined,
  });
  // eslint-disable-next-line @next/next/no-img-element -- the optimised markup, without the client code
  return <img {...props} alt={image.alt} />;
}
