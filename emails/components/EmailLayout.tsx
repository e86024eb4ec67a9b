// The frame every Dispatch email shares: brand, one content column, a footer slot.
// Inline styles carry the design: many mail clients drop <style> blocks and ignore classes.
// The one <style> block holds dark-mode colours for the clients that read it (Apple Mail,
// Outlook for Mac and phones); the dx-* classes are its hooks. Elsewhere the light design,
// whose every colour is explicit, is shown or inverted whole by the client.
// Every template imports each React Email part from its own package: `@react-email/components`
// loads all of them, Prism's language graph and Tailwind included — 0.8 s of start-up for each
// command that sends mail and each test file that renders one (docs/0018).
import { Body } from '@react-email/body';
import { Container } from '@react-email/container';
import { Head } from '@react-email/head';
import { Hr } from '@react-email/hr';
import { Html } from '@react-email/html';
import { Preview } from '@react-email/preview';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import type { ReactNode } from 'react';
import { SITE_NAME, SITE_TAGLINE } from '../../lib/site';

export type EmailLayoutProps = {
  /** Shown by inbox lists next to the subject; keep it under ~90 characters. */
  preview: string;
  children: ReactNode;
  /** Why the reader got this email and how to stop it; defaults to the site tagline. */
  footer?: ReactNode;
};

const BRAND_RED = '#b4121b';

const DARK_MODE = `@media (prefers-color-scheme: dark) {
.dx-body { background-color: #0f0f0f !important; }
.dx-card { background-color: #1c1c1c !important; border-color: #333333 !important; color: #ededed !important; }
.dx-text { color: #ededed !important; }
.dx-muted { color: #c4c4c4 !important; }
.dx-link { color: #ff8f8f !important; }
}`;

export function EmailLayout({ preview, children, footer }: EmailLayoutProps) {
  return (
    <Html lang="en" dir="ltr">
      <Head>
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <style>{DARK_MODE}</style>
      </Head>
      <Preview>{preview}</Preview>
      <Body
        className="dx-body"
        style={{
          backgroundColor: '#f5f5f5',
          color: '#171717',
          fontFamily: 'Georgia, "Times New Roman", serif',
          margin: 0,
          padding: '24px 0',
        }}
      >
        {/* 536 + 2 × 31 padding + 2 × 1 border = 600 px, the widest that every client shows whole. */}
        <Container
          className="dx-card"
          style={{ backgroundColor: '#ffffff', maxWidth: '536px', padding: '32px 31px', border: '1px solid #e5e5e5' }}
        >
          <Text
            className="dx-link"
            style={{ color: BRAND_RED, fontSize: '24px', fontWeight: 700, letterSpacing: '0.02em', margin: '0 0 24px' }}
          >
            {SITE_NAME}
          </Text>
          <Section>{children}</Section>
          <Hr style={{ borderColor: '#e5e5e5', margin: '32px 0 16px' }} />
          <Section
            className="dx-muted"
            style={{
              color: '#525252',
              fontFamily: 'Helvetica, Arial, sans-serif',
              fontSize: '13px',
              lineHeight: '20px',
            }}
          >
            {footer ?? <Text style={{ margin: 0 }}>{`${SITE_NAME} — ${SITE_TAGLINE}`}</Text>}
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
