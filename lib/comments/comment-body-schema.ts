import { z } from 'zod';
import { MAX_COMMENT_LENGTH, MIN_COMMENT_LENGTH } from './comment-limits';
import { normalizeCommentBody } from './format-comment';

export const commentBodySchema = z
  .string({ message: 'Write a comment first.' })
  .transform(normalizeCommentBody)
  .pipe(
    z
      .string()
      .min(MIN_COMMENT_LENGTH, `A comment needs at least ${MIN_COMMENT_LENGTH} characters.`)
      .max(MAX_COMMENT_LENGTH, `A comment can be at most ${MAX_COMMENT_LENGTH.toLocaleString('en')} characters.`),
  );

export const commentIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/, 'Unknown comment.');
