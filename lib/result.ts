// What every domain operation answers (comments, moderation, settings): a typed success, or a
// sentence the form can show. Actor is who asks; null when nobody is signed in.
export type Failure = {
  ok: false;
  code:
    | 'unauthenticated'
    | 'forbidden'
    | 'not-found'
    | 'invalid'
    | 'closed'
    | 'needs-name'
    | 'needs-policy'
    | 'rate-limited'
    | 'duplicate'
    | 'suspended';
  message: string;
};
export type Result<T = object> = ({ ok: true } & T) | Failure;

export const fail = (code: Failure['code'], message: string): Failure => ({ ok: false, code, message });

export type Actor = { id: string; role: string } | null;
