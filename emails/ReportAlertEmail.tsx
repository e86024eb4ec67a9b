// To moderators and admins: a comment reached the report threshold set at /moderation/settings.
import { Heading } from '@react-email/heading';
import { Text } from '@react-email/text';
import { EmailCallToAction } from './components/EmailCallToAction';
import { EmailLayout } from './components/EmailLayout';
import { NotificationFooter } from './components/NotificationFooter';

export type ReportAlertEmailProps = {
  reportCount: number;
  threshold: number;
  authorName: string;
  articleTitle: string;
  excerpt: string;
  queueUrl: string;
  accountUrl: string;
  unsubscribeUrl: string;
};

const p = { fontSize: '16px', lineHeight: '24px', margin: '0 0 16px' } as const;

export default function ReportAlertEmail({
  reportCount,
  threshold,
  authorName,
  articleTitle,
  excerpt,
  queueUrl,
  accountUrl,
  unsubscribeUrl,
}: ReportAlertEmailProps) {
  return (
    <EmailLayout
      preview={`A comment by ${authorName} on “${articleTitle}” has ${reportCount} reports.`}
      footer={
        <NotificationFooter
          reason={`You get this as a Dispatch moderator: the alert is sent once per comment, at ${threshold} reports.`}
          unsubscribeUrl={unsubscribeUrl}
          unsubscribeLabel="Stop report alerts"
          accountUrl={accountUrl}
        />
      }
    >
      <Heading as="h1" style={{ fontSize: '24px', lineHeight: '30px', margin: '0 0 16px' }}>
        A comment has {reportCount} reports
      </Heading>
      <Text style={p}>
        Readers reported a comment by <strong>{authorName}</strong> on <em>{articleTitle}</em>:
      </Text>
      <Text className="dx-muted" style={{ ...p, borderLeft: '4px solid #ccc', paddingLeft: '12px', color: '#444444' }}>
        {excerpt}
      </Text>
      <EmailCallToAction href={queueUrl} label="Open the reported queue" />
    </EmailLayout>
  );
}

ReportAlertEmail.PreviewProps = {
  reportCount: 3,
  threshold: 3,
  authorName: 'Quill',
  articleTitle: 'Harbour bridge reopens after eight months of repairs',
  excerpt: 'Everyone on the council should be locked up for this.',
  queueUrl: 'http://127.0.0.1:3000/moderation/queue/reported',
  accountUrl: 'http://127.0.0.1:3000/account',
  unsubscribeUrl: 'http://127.0.0.1:3000/notifications/unsubscribe/report-alerts?token=preview',
} satisfies ReportAlertEmailProps;
