// The footer of comment notifications: why the reader got it and the one click that stops
// this kind (the same link is in the List-Unsubscribe header), plus where to change choices.
import { Link } from '@react-email/link';
import { Text } from '@react-email/text';

export type NotificationFooterProps = {
  reason: string;
  unsubscribeUrl: string;
  unsubscribeLabel: string;
  accountUrl: string;
};

const link = { color: '#525252', textDecoration: 'underline' } as const;

export function NotificationFooter({ reason, unsubscribeUrl, unsubscribeLabel, accountUrl }: NotificationFooterProps) {
  return (
    <>
      <Text style={{ margin: '0 0 8px' }}>{reason}</Text>
      <Text style={{ margin: 0 }}>
        <Link href={unsubscribeUrl} className="dx-muted" style={link}>
          {unsubscribeLabel}
        </Link>
        {' · '}
        <Link href={accountUrl} className="dx-muted" style={link}>
          Email settings on your account page
        </Link>
      </Text>
    </>
  );
}
