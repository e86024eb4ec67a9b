// A held comment was approved by a moderator and is now public.
import { Heading } from '@react-email/heading';
import { Text } from '@react-email/text';
import { EmailCallToAction } from './components/EmailCallToAction';
import { EmailLayout } from './components/EmailLayout';
import { NotificationFooter } from './components/NotificationFooter';

export type CommentApprovedEmailProps = {
  displayName: string;
  articleTitle: string;
  excerpt: string;
  commentUrl: string;
  accountUrl: string;
  unsubscribeUrl: string;
};

const p = { fontSize: '16px', lineHeight: '24px', margin: '0 0 16px' } as const;

export default function CommentApprovedEmail({
  displayName,
  articleTitle,
  excerpt,
  commentUrl,
  accountUrl,
  unsubscribeUrl,
}: CommentApprovedEmailProps) {
  return (
    <EmailLayout
      preview={`Everyone can read what you wrote on “${articleTitle}” now.`}
      footer={
        <NotificationFooter
          reason="You get this because a comment of yours waited for a moderator."
          unsubscribeUrl={unsubscribeUrl}
          unsubscribeLabel="Stop emails about approved comments"
          accountUrl={accountUrl}
        />
      }
    >
      <Heading as="h1" style={{ fontSize: '24px', lineHeight: '30px', margin: '0 0 16px' }}>
        Your comment is published
      </Heading>
      <Text style={p}>Hello {displayName},</Text>
      <Text style={p}>
        A moderator approved your comment on <em>{articleTitle}</em>. Everyone can read it now:
      </Text>
      <Text className="dx-muted" style={{ ...p, borderLeft: '4px solid #ccc', paddingLeft: '12px', color: '#444444' }}>
        {excerpt}
      </Text>
      <EmailCallToAction href={commentUrl} label="See your comment" />
    </EmailLayout>
  );
}

CommentApprovedEmail.PreviewProps = {
  displayName: 'Ada',
  articleTitle: 'Harbour bridge reopens after eight months of repairs',
  excerpt: 'The link in my earlier comment is the council’s own report on the repairs.',
  commentUrl: 'http://127.0.0.1:3000/articles/harbour-bridge-reopens?comment=c1#comment-c1',
  accountUrl: 'http://127.0.0.1:3000/account',
  unsubscribeUrl: 'http://127.0.0.1:3000/notifications/unsubscribe/approvals?token=preview',
} satisfies CommentApprovedEmailProps;
