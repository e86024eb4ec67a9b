// The digest: 8–10 stories for this reader, top stories when nothing matched, and the footer
// with their own links. Absolute URLs only; no tracking pixels or redirecting links.
import { Heading } from '@react-email/heading';
import { Link } from '@react-email/link';
import { Text } from '@react-email/text';
import { DigestStory, type DigestStoryProps } from './components/DigestStory';
import { EmailLayout } from './components/EmailLayout';
import { NewsletterFooter } from './components/NewsletterFooter';

export type DigestEmailProps = {
  frequency: 'daily' | 'weekly';
  /** e.g. "Thursday 27 November 2026" or "Week of 23 November 2026". */
  dateLabel: string;
  preheader: string;
  /** What the reader chose, e.g. "World, Science"; empty for top stories. */
  interests: string;
  stories: DigestStoryProps[];
  /** Top stories added when fewer than eight matched the reader's choice. */
  moreStories: DigestStoryProps[];
  siteUrl: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
  viewInBrowserUrl: string;
};

const subheading = {
  fontFamily: 'Helvetica, Arial, sans-serif',
  fontSize: '13px',
  fontWeight: 700,
  letterSpacing: '0.1em',
  margin: '8px 0 16px',
  textTransform: 'uppercase',
} as const;

export default function DigestEmail(props: DigestEmailProps) {
  const { frequency, dateLabel, preheader, interests, stories, moreStories } = props;
  return (
    <EmailLayout
      preview={preheader}
      footer={
        <NewsletterFooter
          frequency={frequency}
          preferencesUrl={props.preferencesUrl}
          unsubscribeUrl={props.unsubscribeUrl}
          viewInBrowserUrl={props.viewInBrowserUrl}
        />
      }
    >
      <Heading as="h1" style={{ fontSize: '26px', lineHeight: '32px', margin: '0 0 4px' }}>
        Your {frequency} digest
      </Heading>
      <Text className="dx-muted" style={{ color: '#525252', fontSize: '15px', lineHeight: '22px', margin: '0 0 24px' }}>
        {dateLabel} · {interests ? `Stories in ${interests}` : 'Top stories'}
      </Text>
      {stories.map((s) => (
        <DigestStory key={s.url} {...s} />
      ))}
      {moreStories.length > 0 && (
        <>
          <Text style={subheading}>More top stories</Text>
          {moreStories.map((s) => (
            <DigestStory key={s.url} {...s} />
          ))}
        </>
      )}
      <Text style={{ fontSize: '16px', lineHeight: '24px', margin: '8px 0 0' }}>
        More news at{' '}
        <Link href={props.siteUrl} className="dx-link" style={{ color: '#b4121b' }}>
          {props.siteUrl.replace(/^https?:\/\//, '')}
        </Link>
        .
      </Text>
    </EmailLayout>
  );
}

const story = (n: number): DigestStoryProps => ({
  url: `http://127.0.0.1:3000/articles/story-${n}`,
  title: `Headline of story ${n}`,
  standfirst: 'One sentence under the headline that says why it matters.',
  sectionName: 'World',
  imageUrl: 'http://127.0.0.1:3000/media/0123456789abcdef-992x558.png',
  imageWidth: 496,
  imageHeight: 279,
  imageAlt: 'What the picture shows',
  imageCaption: 'What the picture is about.',
  imageCredit: 'Photographer / Agency',
});

DigestEmail.PreviewProps = {
  frequency: 'daily',
  dateLabel: 'Thursday 26 November 2026',
  preheader: 'Headline of story 1 · Headline of story 2 · and more',
  interests: 'World',
  stories: [1, 2, 3, 4, 5].map(story),
  moreStories: [6, 7, 8].map(story),
  siteUrl: 'http://127.0.0.1:3000',
  preferencesUrl: 'http://127.0.0.1:3000/newsletter/preferences?token=preview',
  unsubscribeUrl: 'http://127.0.0.1:3000/newsletter/unsubscribe?token=preview',
  viewInBrowserUrl: 'http://127.0.0.1:3000/newsletter/digests/preview',
} satisfies DigestEmailProps;
