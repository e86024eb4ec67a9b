/**
 * Where the newsletter sign-up box goes (front page, article page, footer). The subscribe flow
 * arrives with issue #6; until then the slot renders nothing rather than a form that goes nowhere.
 */
export function NewsletterSlot(_props: { placement: 'front' | 'article' | 'footer' }) {
  return null;
}
