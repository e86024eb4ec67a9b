// Double opt-in: one button to confirm. Nothing is sent to the address until it is pressed.
import { Heading } from '@react-email/heading';
import { Text } from '@react-email/text';
import { EmailCallToAction, paragraph } from './components/EmailCallToAction';
import { EmailLayout } from './components/EmailLayout';

export type ConfirmSubscriptionEmailProps = {
  confirmUrl: string;
  frequency: 'daily' | 'weekly';
  expiresInHours: number;
};

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
      <EmailCallToAction href={confirmUrl} label="Confirm subscription" />
      <Text style={paragraph}>The link works for {expiresInHours} hours.</Text>
    </EmailLayout>
  );
}

ConfirmSubscriptionEmail.PreviewProps = {
  confirmUrl: 'http://127.0.0.1:3000/newsletter/confirm?token=preview-token',
  frequency: 'daily',
  expiresInHours: 48,
} satisfies ConfirmSubscriptionEmailProps;
