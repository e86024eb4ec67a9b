// Which sending failures are worth another try. 4xx replies and network trouble (timeouts,
// dropped connections) are transient; 5xx replies are permanent and count as a bounce.
export type SendFailure = { kind: 'transient' | 'permanent'; response: string };

export function classifySmtpError(err: unknown): SendFailure {
  const e = err as { responseCode?: number; response?: string; code?: string; message?: string; name?: string };
  const response = (e.response ?? `${e.code ?? e.name ?? 'Error'}: ${e.message ?? String(err)}`).slice(0, 500);
  if (e.name === 'InvalidEmailError') return { kind: 'permanent', response };
  if (typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600)
    return { kind: 'permanent', response };
  return { kind: 'transient', response };
}

/** 1×, 2×, 4×, 8× the base delay, with a little jitter so retries from many workers spread out. */
export function retryDelayMs(attempt: number, baseMs: number, random = Math.random): number {
  return Math.round(baseMs * 2 ** Math.max(0, attempt - 1) * (0.9 + random() * 0.2));
}
