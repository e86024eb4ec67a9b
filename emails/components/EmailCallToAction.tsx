import { Button } from '@react-email/button';
import { Link } from '@react-email/link';
import { Text } from '@react-email/text';

export const paragraph = { fontSize: '16px', lineHeight: '24px', margin: '0 0 16px' } as const;

const button = {
  backgroundColor: '#171717',
  borderRadius: '4px',
  color: '#ffffff',
  display: 'inline-block',
  fontFamily: 'Helvetica, Arial, sans-serif',
  fontSize: '16px',
  fontWeight: 700,
  padding: '12px 24px',
  textDecoration: 'none',
} as const;

/** The one thing an email asks the reader to do: a button, and the same link to copy by hand. */
export function EmailCallToAction({ href, label }: { href: string; label: string }) {
  return (
    <>
      <Button href={href} style={button}>
        {label}
      </Button>
      {/* The text part has the link once, under the button's words; this copy is for HTML readers. */}
      <Text data-skip-in-text="true" style={{ ...paragraph, margin: '24px 0 8px' }}>
        Or copy this link into your browser:
      </Text>
      <Text
        data-skip-in-text="true"
        style={{ ...paragraph, fontFamily: 'Menlo, Consolas, monospace', fontSize: '13px', wordBreak: 'break-all' }}
      >
        <Link href={href} className="dx-link" style={{ color: '#b4121b' }}>
          {href}
        </Link>
      </Text>
    </>
  );
}
