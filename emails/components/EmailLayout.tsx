// The frame every Dispatch email shares: brand, one content column, a footer slot.
// Inline styles only: many mail clients drop <style> blocks and ignore classes.
import { Body, Container, Head, Hr, Html, Preview, Section, Text } from '@react-email/components';
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

export function EmailLayout({ preview, children, footer }: EmailLayoutProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: '#f5f5f5', color: '#171717', fontFamily: 'Georgia, "Times New Roman", serif', margin: 0, padding: '24px 0' }}>
        <Container style={{ backgroundColor: '#ffffff', maxWidth: '560px', padding: '32px', border: '1px solid #e5e5e5' }}>
          <Text style={{ color: BRAND_RED, fontSize: '24px', fontWeight: 700, letterSpacing: '0.02em', margin: '0 0 24px' }}>{SITE_NAME}</Text>
          <Section>{children}</Section>
          <Hr style={{ borderColor: '#e5e5e5', margin: '32px 0 16px' }} />
          <Section style={{ color: '#525252', fontFamily: 'Helvetica, Arial, sans-serif', fontSize: '13px', lineHeight: '20px' }}>
            {footer ?? <Text style={{ margin: 0 }}>{`${SITE_NAME} — ${SITE_TAGLINE}`}</Text>}
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
