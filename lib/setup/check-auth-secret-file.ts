// data/auth-secret signs sessions and every link in our emails. A damaged one is reported, not
// regenerated: a new secret signs everyone out and kills every link already sent, so that is
// the owner's call (delete the file), not ours.
import fs from 'node:fs';

/** null when the file is missing (one is generated) or holds a usable secret. */
export function checkAuthSecretFile(file: string): string | null {
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return `${file} cannot be read (${(err as Error).message}): fix it or restore it from a backup, or delete it to generate a new secret (this signs everyone out and invalidates links in emails already sent).`;
  }
  const secret = content.trim();
  // What we generate is 43 base64url characters; people may paste their own, so any single
  // line of 32+ printable ASCII characters will do.
  if (secret.length >= 32 && /^[\x21-\x7e]+$/.test(secret)) return null;
  const what = secret === '' ? 'is empty' : 'does not hold a secret (one line of 32 or more printable characters)';
  return `${file} ${what}: restore it from a backup, set AUTH_SECRET instead, or delete it to generate a new secret (this signs everyone out and invalidates links in emails already sent).`;
}
