/** Exponential backoff with full jitter: attempt 1 waits up to `baseMs`, each next one up to twice as long. */
export function backoffDelay(
  attempt: number,
  options: { baseMs: number; maxMs: number },
  random = Math.random,
): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
