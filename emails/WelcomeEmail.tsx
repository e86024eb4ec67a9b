// Sent once a subscription is confirmed: what to expect, and how to change or stop it.
import { Heading } from '@react-email/heading';
import { Link } from '@react-email/link';
import { Text } from '@react-email/text';
import { paragraph } from './components/EmailCallToAction';
import { EmailLayout } from './components/EmailLayout';
import { NewsletterFooter } from './components/NewsletterFooter';

export type WelcomeEmailProps = {
  frequency: 'daily' | 'weekly';
  /** Human description of the choice, e.g. "Top stories" or "World, Science". */
  interests: string;
  siteUrl: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
};

export default function WelcomeEmail({
  frequency,
  interests,
  siteUrl,
  preferencesUrl,
  unsubscribeUrl,
}: WelcomeEmailProps) {
  return (
    <EmailLayout
      preview={`You’re subscribed to the Dispatch ${frequency} digest.`}
      footer={
        <NewsletterFooter frequency={frequency} preferencesUrl={preferencesUrl} unsubscribeUrl={unsubscribeUrl} />
      }
    >
      <Heading as="h1" style={{ fontSize: '26px', lineHeight: '32px', margin: '0 0 16px' }}>
        Welcome to the Dispatch {frequency} digest
      </Heading>
      <Text style={paragraph}>
        Your subscription is confirmed. {frequency === 'daily' ? 'Every morning' : 'Once a week'} you’ll get the stories
        most worth your time: {interests}.
      </Text>
      <Text style={paragraph}>
        Change what you get or how often with{' '}
        <Link href={preferencesUrl} className="dx-link" style={{ color: '#b4121b' }}>
          your preferences
        </Link>
        , and leave at any time with one click. Until the first digest arrives, the latest news is at{' '}
        <Link href={siteUrl} className="dx-link" style={{ color: '#b4121b' }}>
          {siteUrl.replace(/^https?:\/\//, '')}
        </Link>
        .
      </Text>
    </EmailLayout>
  );
}

WelcomeEmail.PreviewProps = {
  frequency: 'daily',
  interests: 'World, Science and Climate',
  siteUrl: 'http://127.0.0.1:3000',
  preferencesUrl: 'http://127.0.0.1:3000/newsletter/preferences?token=preview',
  unsubscribeUrl: 'http://127.0.0.1:3000/newsletter/unsubscribe?token=preview',
} satisfies WelcomeEmailProps;
