/**
 * Where the header shows "Sign in" or the reader's name. Sign-in arrives with issue #3; until then
 * the slot stays empty rather than linking to a page that does not exist.
 */
export function AccountSlot() {
  return null;
}
