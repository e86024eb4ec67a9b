// What every comment operation answers: a typed success, or a sentence the form can show.
export type CommentFailure = {
  ok: false;
  code: 'unauthenticated' | 'forbidden' | 'not-found' | 'invalid' | 'closed' | 'needs-name' | 'needs-policy' | 'rate-limited' | 'duplicate' | 'suspended';
  message: string;
};
export type CommentResult<T = object> = ({ ok: true } & T) | CommentFailure;

export const fail = (code: CommentFailure['code'], message: string): CommentFailure => ({ ok: false, code, message });

export type Actor = { id: string; role: string } | null;
