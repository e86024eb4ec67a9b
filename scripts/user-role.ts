// npm run user:role -- EMAIL ROLE   (ROLE: reader, moderator or admin)
import './lib/load-env-files';
import { loadCommandConfig } from './lib/load-command-config';

const [email, role] = process.argv.slice(2);
if (!email || !role) {
  console.error('Usage: npm run user:role -- EMAIL ROLE   (ROLE: reader, moderator or admin)');
  process.exit(2);
}
loadCommandConfig();
const { setUserRole } = await import('../lib/accounts/set-user-role');
const { db } = await import('../lib/db');
const result = await setUserRole(email, role);
await db.$disconnect();
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
console.log(
  result.previous === result.role
    ? `${result.email} is already ${result.role}.`
    : `${result.email}: ${result.previous} → ${result.role}`,
);
