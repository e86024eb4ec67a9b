// The magic-link email: one button, the same link in plain text, and what to do if it wasn't you.
import { Button, Heading, Link, Text } from '@react-email/components';
import { EmailLayout } from './components/EmailLayout';

export type SignInEmailProps = {
  /** The single-use sign-in link. */
  url: string;
  /** The site's host name, so the reader can tell where the request came from. */
  host: string;
  expiresInMinutes: number;
};

const paragraph = { fontSize: '16px', lineHeight: '24px', margin: '0 0 16px' } as const;

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
      <Button
        href={url}
        style={{
          backgroundColor: '#171717',
          borderRadius: '4px',
          color: '#ffffff',
          display: 'inline-block',
          fontFamily: 'Helvetica, Arial, sans-serif',
          fontSize: '16px',
          fontWeight: 700,
          padding: '12px 24px',
          textDecoration: 'none',
        }}
      >
        Sign in
      </Button>
      {/* The text part has the link once, under the button's words; this copy is for HTML readers. */}
      <Text data-skip-in-text="true" style={{ ...paragraph, margin: '24px 0 8px' }}>
        Or copy this link into your browser:
      </Text>
      <Text
        data-skip-in-text="true"
        style={{ ...paragraph, fontFamily: 'Menlo, Consolas, monospace', fontSize: '13px', wordBreak: 'break-all' }}
      >
        <Link href={url} className="dx-link" style={{ color: '#b4121b' }}>
          {url}
        </Link>
      </Text>
      <Text style={paragraph}>
        The link works once and expires in {minutes}. After that, ask for a new one on the sign-in page.
      </Text>
    </EmailLayout>
  );
}

SignInEmail.PreviewProps = {
  url: 'http://localhost:3000/api/auth/callback/email?token=preview-token&email=reader%40example.com',
  host: 'localhost:3000',
  expiresInMinutes: 15,
} satisfies SignInEmailProps;
