// Double opt-in: one button to confirm. Nothing is sent to the address until it is pressed.
import { Button, Heading, Link, Text } from '@react-email/components';
import { EmailLayout } from './components/EmailLayout';

export type ConfirmSubscriptionEmailProps = {
  confirmUrl: string;
  frequency: 'daily' | 'weekly';
  expiresInHours: number;
};

const paragraph = { fontSize: '16px', lineHeight: '24px', margin: '0 0 16px' } as const;

export default function ConfirmSubscriptionEmail({
  confirmUrl,
  frequency,
  expiresInHours,
}: ConfirmSubscriptionEmailProps) {
  return (
    <EmailLayout
      preview={`Confirm your subscription to the Dispatch ${frequency} digest.`}
      footer={
        <Text style={{ margin: 0 }}>
          Didn’t ask for this? Someone may have typed your address by mistake. Ignore this email and you won’t hear from
          us again.
        </Text>
      }
    >
      <Heading as="h1" style={{ fontSize: '26px', lineHeight: '32px', margin: '0 0 16px' }}>
        Confirm your subscription
      </Heading>
      <Text style={paragraph}>
        Someone asked to send the Dispatch {frequency} digest to this address. Confirm it was you and the first digest
        will follow.
      </Text>
      <Button
        href={confirmUrl}
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
        Confirm subscription
      </Button>
      {/* The text part has the link once, under the button's words; this copy is for HTML readers. */}
      <Text data-skip-in-text="true" style={{ ...paragraph, margin: '24px 0 8px' }}>
        Or copy this link into your browser:
      </Text>
      <Text
        data-skip-in-text="true"
        style={{ ...paragraph, fontFamily: 'Menlo, Consolas, monospace', fontSize: '13px', wordBreak: 'break-all' }}
      >
        <Link href={confirmUrl} className="dx-link" style={{ color: '#b4121b' }}>
          {confirmUrl}
        </Link>
      </Text>
      <Text style={paragraph}>The link works for {expiresInHours} hours.</Text>
    </EmailLayout>
  );
}

ConfirmSubscriptionEmail.PreviewProps = {
  confirmUrl: 'http://localhost:3000/newsletter/confirm?token=preview-token',
  frequency: 'daily',
  expiresInHours: 48,
} satisfies ConfirmSubscriptionEmailProps;
