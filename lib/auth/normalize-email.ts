/** One account per address: trimmed and lower-cased; anything but a plain address is refused. */
export function normalizeEmail(input: string): string {
  const email = input.trim().toLowerCase();
  if (!/^[^\s@<>(),;:"\\[\]]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/.test(email) || email.length > 254) {
    throw new Error('Invalid email address');
  }
  return email;
}
