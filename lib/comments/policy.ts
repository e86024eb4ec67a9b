// The published comment policy. Moderation decisions cite a rule by its id, so ids never change;
// a change of wording bumps the version, and commenters accept the new version once.
export const POLICY_VERSION = '1.0';
export const POLICY_DATE = '2026-11-26';

export type PolicyRule = { id: string; title: string; summary: string; detail: string };

export const POLICY_RULES: readonly PolicyRule[] = [
  {
    id: 'civility',
    title: 'Be civil',
    summary: 'Argue with ideas, not with people.',
    detail:
      'Disagree as firmly as you like, but without insults, name-calling, sneering or threats. Write as if the person you are answering were across the table from you.',
  },
  {
    id: 'on-topic',
    title: 'Stay on topic',
    summary: 'Comment on the story you are under.',
    detail:
      'Threads work when they stay with the article. Long detours, copy-pasted campaigns and comments that would fit under any story get in the way of people who came to discuss this one.',
  },
  {
    id: 'hate',
    title: 'No hate',
    summary: 'Nothing that attacks people for who they are.',
    detail:
      'We remove comments that demean or attack people because of their ethnicity, nationality, religion, sex, gender identity, sexual orientation, disability, age or similar characteristics, including slurs written with symbols or creative spelling.',
  },
  {
    id: 'harassment',
    title: 'No harassment',
    summary: 'Do not target, pile on or follow other people.',
    detail:
      'Do not single out other commenters, the people in our stories or our journalists for repeated attacks, and do not organise others to do so. Threats of any kind are removed and can lead to a ban.',
  },
  {
    id: 'spam',
    title: 'No spam or self-promotion',
    summary: 'No advertising, repeated posts or link farming.',
    detail:
      'Links are welcome when they add to the discussion. Advertising, affiliate links, posting the same text again and again, and floods of characters or capitals are not.',
  },
  {
    id: 'personal-data',
    title: 'Keep personal data out',
    summary: 'Do not post anyone’s private details — including your own.',
    detail:
      'No home addresses, phone numbers, private email addresses, identity numbers or photos of private documents, and no speculation that identifies private individuals.',
  },
  {
    id: 'impersonation',
    title: 'Be yourself',
    summary: 'Do not pretend to be someone else.',
    detail:
      'Do not pose as another person, as Dispatch staff or as a moderator, and do not use several accounts to make your view look more popular.',
  },
  {
    id: 'illegal',
    title: 'Nothing unlawful',
    summary: 'No content that breaks the law.',
    detail:
      'We remove defamatory claims, comments that could prejudice a trial, copyright infringement and anything else we could not lawfully publish.',
  },
];

export function getPolicyRule(id: string): PolicyRule | undefined {
  return POLICY_RULES.find((r) => r.id === id);
}

export const POLICY_RULE_IDS = POLICY_RULES.map((r) => r.id) as [string, ...string[]];

/** A report that fits no rule: the reader must say what is wrong in the note. Never a rejection rule. */
export const OTHER_REPORT_REASON = 'other';
export const REPORT_REASON_IDS = [...POLICY_RULE_IDS, OTHER_REPORT_REASON] as [string, ...string[]];
export const OTHER_NOTE_REQUIRED = 'Say what is wrong with the comment when you choose “Something else”.';
