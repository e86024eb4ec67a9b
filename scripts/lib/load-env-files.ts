// Scripts read .env files the same way `next start` does, so both see one configuration.
// Imported first by every script, before anything calls getEnv().
import { loadEnvConfig } from '@next/env';

loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
