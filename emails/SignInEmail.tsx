// The magic-link email: one button, the same link in plain text, and what to do if it wasn't you.
import { Heading } from '@react-email/heading';
import { Text } from '@react-email/text';
import { EmailCallToAction, paragraph } from './components/EmailCallToAction';
import { EmailLayout } from './components/EmailLayout';

export type SignInEmailProps = {
  /** The single-use sign-in link. */
  url: string;
  /** The site's host name, so the reader can tell where the request came from. */
  host: string;
  expiresInMinutes: number;
};

export default function SignInEmail({ url, host, expiresInMinutes }: SignInEmailProps) {
  const minutes = `${expiresInMinutes} minute${expiresInMinutes === 1 ? '' : 's'}`;
  return (
    <EmailLayout
      preview={`Your link to sign in to Dispatch. It works once, within ${minutes}.`}
      footer={
        <Text style={{ margin: 0 }}>
          Didn’t ask to sign in? Someone may have typed your address by mistake. You can ignore this email: nothing
          happens unless the link is used.
        </Text>
      }
    >
      <Heading as="h1" style={{ fontSize: '26px', lineHeight: '32px', margin: '0 0 16px' }}>
        Sign in to Dispatch
      </Heading>
      <Text style={paragraph}>
        Someone asked to sign in to {host} with this email address. Use the link below to finish signing in. If you
        don’t have an account yet, this creates one.
      </Text>
      <EmailCallToAction href={url} label="Sign in" />
      <Text style={paragraph}>
        The link works once and expires in {minutes}. After that, ask for a new one on the sign-in page.
      </Text>
    </EmailLayout>
  );
}

SignInEmail.PreviewProps = {
  url: 'http://127.0.0.1:3000/api/auth/callback/email?token=preview-token&email=reader%40example.com',
  host: '127.0.0.1:3000',
  expiresInMinutes: 15,
} satisfies SignInEmailProps;
