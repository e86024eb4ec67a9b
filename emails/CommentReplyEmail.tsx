// "Someone replied to your comment": one reply (immediate) or the day's replies (daily summary).
import { Heading } from '@react-email/heading';
import { Link } from '@react-email/link';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import { EmailLayout } from './components/EmailLayout';
import { NotificationFooter } from './components/NotificationFooter';

export type ReplyItem = {
  replierName: string;
  articleTitle: string;
  /** The reply's text (shortened). */
  replyExcerpt: string;
  /** The reader's own comment it answers (shortened). */
  yourExcerpt: string;
  /** SITE_URL/articles/{slug}?comment={id}#comment-{id} */
  replyUrl: string;
};

export type CommentReplyEmailProps = {
  recipientName: string;
  isDailySummary: boolean;
  replies: ReplyItem[];
  accountUrl: string;
  unsubscribeUrl: string;
};

const p = { fontSize: '16px', lineHeight: '24px', margin: '0 0 16px' } as const;
const link = { color: '#b4121b' } as const;
const quote = { ...p, borderLeft: '4px solid #ccc', paddingLeft: '12px', color: '#444444' } as const;

export default function CommentReplyEmail({
  recipientName,
  isDailySummary,
  replies,
  accountUrl,
  unsubscribeUrl,
}: CommentReplyEmailProps) {
  const first = replies[0]!;
  const heading = isDailySummary
    ? `${replies.length} ${replies.length === 1 ? 'reply' : 'replies'} to your comments today`
    : `${first.replierName} replied to your comment`;
  return (
    <EmailLayout
      preview={
        isDailySummary ? heading : `${first.replierName} on “${first.articleTitle}”: ${first.replyExcerpt}`.slice(0, 90)
      }
      footer={
        <NotificationFooter
          reason={
            isDailySummary
              ? 'You get this daily summary because you asked for one when people reply to your comments on Dispatch.'
              : 'You get this because you asked to be emailed when people reply to your comments on Dispatch.'
          }
          unsubscribeUrl={unsubscribeUrl}
          unsubscribeLabel="Stop emails about replies"
          accountUrl={accountUrl}
        />
      }
    >
      <Heading as="h1" style={{ fontSize: '24px', lineHeight: '30px', margin: '0 0 16px' }}>
        {heading}
      </Heading>
      <Text style={p}>Hello {recipientName},</Text>
      {replies.map((r) => (
        <Section key={r.replyUrl} style={{ margin: '0 0 24px' }}>
          <Text style={p}>
            <strong>{r.replierName}</strong> replied to your comment on <em>{r.articleTitle}</em>:
          </Text>
          <Text className="dx-muted" style={quote}>
            {r.replyExcerpt}
          </Text>
          <Text className="dx-muted" style={{ ...p, fontSize: '14px', color: '#525252' }}>
            You wrote: “{r.yourExcerpt}”
          </Text>
          <Text style={p}>
            <Link href={r.replyUrl} className="dx-link" style={link}>
              Read the reply and answer
            </Link>
          </Text>
        </Section>
      ))}
    </EmailLayout>
  );
}

CommentReplyEmail.PreviewProps = {
  recipientName: 'Ada',
  isDailySummary: false,
  replies: [
    {
      replierName: 'Tomasz',
      articleTitle: 'Harbour bridge reopens after eight months of repairs',
      replyExcerpt: 'The ferry timetable changed too, so the saving is smaller than the council says.',
      yourExcerpt: 'Eight months for a deck replacement seems quick to me.',
      replyUrl: 'http://127.0.0.1:3000/articles/harbour-bridge-reopens?comment=c2#comment-c2',
    },
  ],
  accountUrl: 'http://127.0.0.1:3000/account',
  unsubscribeUrl: 'http://127.0.0.1:3000/notifications/unsubscribe/replies?token=preview',
} satisfies CommentReplyEmailProps;
