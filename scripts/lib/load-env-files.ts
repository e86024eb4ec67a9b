// Scripts read .env files the same way `next start` does, so both see one configuration.
// Imported first by every script, before anything calls getEnv().
import { createRequire } from 'node:module';

// @next/env is CommonJS without static named exports, so ESM cannot import it by name.
const { loadEnvConfig } = createRequire(import.meta.url)('@next/env') as typeof import('@next/env');
loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
