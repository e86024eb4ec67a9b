// The comment notifications a person can receive, and the reply-email choices a reader has.
export const NOTIFICATION_KINDS = ['reply', 'approved', 'reports'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const REPLY_MODES = ['off', 'immediate', 'daily'] as const;
export type ReplyMode = (typeof REPLY_MODES)[number];

export const REPLY_MODE_LABELS: Record<ReplyMode, string> = {
  off: 'Off',
  immediate: 'Immediately',
  daily: 'Daily summary',
};

export const isReplyMode = (v: unknown): v is ReplyMode => REPLY_MODES.includes(v as ReplyMode);
export const isNotificationKind = (v: unknown): v is NotificationKind =>
  NOTIFICATION_KINDS.includes(v as NotificationKind);

export type NotificationPreferences = { replies: ReplyMode; approvals: boolean; reportAlerts: boolean };

/** What a reader gets before choosing: replies at once (the complaint was "off by default"). */
export const DEFAULT_PREFERENCES: NotificationPreferences = {
  replies: 'immediate',
  approvals: true,
  reportAlerts: true,
};
