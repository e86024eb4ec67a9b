// The state every comment form shows: a sentence, and the draft kept when something went wrong.
export type CommentFormState = { status: 'idle' } | { status: 'done'; message: string; at: number } | { status: 'error'; message: string; draft: string; at: number };

export const idle: CommentFormState = { status: 'idle' };
