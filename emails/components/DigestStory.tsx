// One story in a digest: image with alt text, caption, headline link and standfirst. Table
// layout (Section/Row/Column) so Outlook and old webmail keep the structure.
import { Column } from '@react-email/column';
import { Img } from '@react-email/img';
import { Link } from '@react-email/link';
import { Row } from '@react-email/row';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';

export type DigestStoryProps = {
  url: string;
  title: string;
  standfirst: string;
  sectionName: string;
  /** A PNG or JPEG: Gmail, Outlook and Yahoo show no SVG. */
  imageUrl: string;
  /** The size the email shows it at; the file is twice that (lib/content/raster-image.ts). */
  imageWidth: number;
  imageHeight: number;
  imageAlt: string;
  imageCaption: string;
  imageCredit: string;
};

export function DigestStory(story: DigestStoryProps) {
  return (
    <Section style={{ margin: '0 0 28px' }}>
      <Row>
        <Column>
          {/* The picture and its caption are skipped in the text part: the headline carries the link. */}
          <Link href={story.url} data-skip-in-text="true">
            <Img
              src={story.imageUrl}
              alt={story.imageAlt}
              width={String(story.imageWidth)}
              height={String(story.imageHeight)}
              style={{ display: 'block', width: '100%', maxWidth: `${story.imageWidth}px`, height: 'auto', border: 0 }}
            />
          </Link>
          <Text
            data-skip-in-text="true"
            className="dx-muted"
            style={{
              color: '#525252',
              fontFamily: 'Helvetica, Arial, sans-serif',
              fontSize: '12px',
              lineHeight: '18px',
              margin: '6px 0 10px',
            }}
          >
            {story.imageCaption}{' '}
            <span className="dx-muted" style={{ color: '#6b6b6b' }}>
              {story.imageCredit}
            </span>
          </Text>
          <Text
            className="dx-link"
            style={{
              color: '#b4121b',
              fontFamily: 'Helvetica, Arial, sans-serif',
              fontSize: '12px',
              fontWeight: 700,
              letterSpacing: '0.08em',
              margin: '0 0 4px',
              textTransform: 'uppercase',
            }}
          >
            {story.sectionName}
          </Text>
          <Link href={story.url} className="dx-text" style={{ color: '#171717', textDecoration: 'none' }}>
            <Text style={{ fontSize: '21px', fontWeight: 700, lineHeight: '27px', margin: '0 0 6px' }}>
              {story.title}
            </Text>
          </Link>
          <Text style={{ fontSize: '16px', lineHeight: '24px', margin: 0 }}>{story.standfirst}</Text>
        </Column>
      </Row>
    </Section>
  );
}
