// What every command checks before it touches anything: the configuration `npm start` uses (the
// .env files, already loaded by ./load-env-files, and data/auth-secret when AUTH_SECRET is not
// set), validated once. A problem is one sentence and exit code 1, never a stack trace mid-run.
import { AUTH_SECRET_FILE, EnvError, parseEnv, type Env } from '../../lib/env';
import { checkAuthSecretFile } from '../../lib/setup/check-auth-secret-file';

const fail = (sentence: string): never => {
  console.error(sentence);
  process.exit(1);
};

/**
 * `needsAuthSecret`: the command signs links, so a missing secret stops it; the text says what
 * was left alone (e.g. "Nothing was claimed or sent."). Parsed without filling getEnv()'s cache,
 * so a command (bench) may still point lib/ elsewhere afterwards.
 */
export function loadCommandConfig(options: { needsAuthSecret?: string } = {}): Env {
  let env: Env;
  try {
    // As npm start: a damaged file is reported, never used as the secret.
    const fileProblem = process.env.AUTH_SECRET?.trim() ? null : checkAuthSecretFile(AUTH_SECRET_FILE);
    if (fileProblem) fail(fileProblem);
    env = parseEnv(process.env);
  } catch (err) {
    if (err instanceof EnvError) fail(err.message);
    throw err;
  }
  if (options.needsAuthSecret !== undefined && !env!.AUTH_SECRET) {
    fail(
      `AUTH_SECRET is not set and ${AUTH_SECRET_FILE} does not exist, so no link in an email could be signed: run this in the folder where \`npm start\` runs (it keeps the secret in ${AUTH_SECRET_FILE}), or set AUTH_SECRET to the server's value. ${options.needsAuthSecret}`,
    );
  }
  return env!;
}
