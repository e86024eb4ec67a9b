import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AUTH_SECRET_FILE } from '../env';

/** Writes a random AUTH_SECRET to data/ once, for laptops and demos that set none. */
export function ensureAuthSecret(env: Record<string, string | undefined>): 'from-env' | 'existing-file' | 'generated' {
  if (env.AUTH_SECRET?.trim()) return 'from-env';
  if (fs.existsSync(AUTH_SECRET_FILE)) return 'existing-file';
  fs.mkdirSync(path.dirname(AUTH_SECRET_FILE), { recursive: true });
  fs.writeFileSync(AUTH_SECRET_FILE, crypto.randomBytes(32).toString('base64url') + '\n', { mode: 0o600 });
  return 'generated';
}
