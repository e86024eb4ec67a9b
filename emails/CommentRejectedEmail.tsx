// Tells a reader which rule a removed comment broke, and how to appeal.
import { Heading } from '@react-email/heading';
import { Link } from '@react-email/link';
import { Text } from '@react-email/text';
import { EmailLayout } from './components/EmailLayout';

export type CommentRejectedEmailProps = {
  displayName: string;
  articleTitle: string;
  articleUrl: string;
  excerpt: string;
  ruleTitle: string;
  ruleUrl: string;
  note: string | null;
  accountUrl: string;
};

const p = { fontSize: '16px', lineHeight: '24px', margin: '0 0 16px' } as const;
const link = { color: '#b4121b' } as const;

export default function CommentRejectedEmail({
  displayName,
  articleTitle,
  articleUrl,
  excerpt,
  ruleTitle,
  ruleUrl,
  note,
  accountUrl,
}: CommentRejectedEmailProps) {
  return (
    <EmailLayout
      preview={`Your comment on “${articleTitle}” was removed under the rule “${ruleTitle}”.`}
      footer={<Text style={{ margin: 0 }}>You receive this because you commented on Dispatch.</Text>}
    >
      <Heading as="h1" style={{ fontSize: '24px', lineHeight: '30px', margin: '0 0 16px' }}>
        A comment of yours was removed
      </Heading>
      <Text style={p}>Hello {displayName},</Text>
      <Text style={p}>
        A moderator removed your comment on{' '}
        <Link href={articleUrl} className="dx-link" style={link}>
          {articleTitle}
        </Link>{' '}
        because it breaks our rule{' '}
        <Link href={ruleUrl} className="dx-link" style={link}>
          “{ruleTitle}”
        </Link>
        .
      </Text>
      <Text className="dx-muted" style={{ ...p, borderLeft: '4px solid #ccc', paddingLeft: '12px', color: '#444444' }}>
        {excerpt}
      </Text>
      {note && <Text style={p}>Note from the moderator: {note}</Text>}
      <Text style={p}>
        If you think we got it wrong, reply to this email saying why; a different moderator will review it. Your
        comments and their status are on{' '}
        <Link href={accountUrl} className="dx-link" style={link}>
          your account page
        </Link>
        .
      </Text>
    </EmailLayout>
  );
}

CommentRejectedEmail.PreviewProps = {
  displayName: 'Ada',
  articleTitle: 'Harbour bridge reopens after eight months of repairs',
  articleUrl: 'http://127.0.0.1:3000/articles/harbour-bridge-reopens',
  excerpt: 'You are all idiots if you believe this.',
  ruleTitle: 'Be civil',
  ruleUrl: 'http://127.0.0.1:3000/comment-policy#civility',
  note: 'Please argue with the point, not the people.',
  accountUrl: 'http://127.0.0.1:3000/account',
} satisfies CommentRejectedEmailProps;
