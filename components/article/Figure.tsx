import { StaticImage } from '@/components/ui/StaticImage';

type Props = {
  src: string;
  alt: string;
  width: number;
  height: number;
  captionText?: string | null;
  credit?: string | null;
  sizes: string;
  isPriority?: boolean;
};

/** An image with its caption and credit; the credit is set apart so it never reads as caption. */
export function Figure({ src, alt, width, height, captionText, credit, sizes, isPriority = false }: Props) {
  return (
    <figure className="my-6">
      <StaticImage
        src={src}
        alt={alt}
        width={width}
        height={height}
        sizes={sizes}
        isLead={isPriority}
        className="h-auto w-full rounded-sm bg-neutral-100 dark:bg-neutral-800"
      />
      {(captionText || credit) && (
        <figcaption className="mt-2 text-sm leading-snug text-neutral-600 dark:text-neutral-400">
          {captionText && <span>{captionText}</span>}
          {credit && (
            <span className="ml-1 text-xs tracking-wide text-neutral-500 uppercase dark:text-neutral-400" data-credit>
              {' '}
              <span className="sr-only">Credit: </span>
              {credit}
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
}
