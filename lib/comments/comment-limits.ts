// Pure constants, safe to import from client components.
export const EDIT_WINDOW_MS = 10 * 60 * 1000;
export const MIN_COMMENT_LENGTH = 2;
export const MAX_COMMENT_LENGTH = 5000;
