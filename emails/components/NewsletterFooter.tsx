// The footer every newsletter email carries: why the reader got it, and the two links that
// change that. The same links are in the List-Unsubscribe header.
import { Link } from '@react-email/link';
import { Text } from '@react-email/text';

export type NewsletterFooterProps = {
  frequency: 'daily' | 'weekly';
  preferencesUrl: string;
  unsubscribeUrl: string;
  viewInBrowserUrl?: string;
};

const link = { color: '#525252', textDecoration: 'underline' } as const;

export function NewsletterFooter({
  frequency,
  preferencesUrl,
  unsubscribeUrl,
  viewInBrowserUrl,
}: NewsletterFooterProps) {
  return (
    <>
      <Text style={{ margin: '0 0 8px' }}>
        You get this email because you subscribed to the Dispatch {frequency} digest.
      </Text>
      <Text style={{ margin: 0 }}>
        <Link href={preferencesUrl} className="dx-muted" style={link}>
          Manage preferences
        </Link>
        {' · '}
        <Link href={unsubscribeUrl} className="dx-muted" style={link}>
          Unsubscribe
        </Link>
        {viewInBrowserUrl && (
          <>
            {' · '}
            <Link href={viewInBrowserUrl} className="dx-muted" style={link}>
              View in browser
            </Link>
          </>
        )}
      </Text>
    </>
  );
}
