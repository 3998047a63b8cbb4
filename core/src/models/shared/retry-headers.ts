/**
 * Reads how long a provider asked us to wait. `retry-after-ms` (OpenAI, Anthropic) wins over
 * `retry-after`, which is either seconds or an HTTP date. Returns undefined when absent or unusable.
 */
export function readRetryAfterMs(
  headers: Readonly<Record<string, string>>,
  now: number = Date.now(),
): number | undefined {
  const milliseconds = headers["retry-after-ms"];
  if (milliseconds !== undefined) {
    const value = Number.parseFloat(milliseconds);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const retryAfter = headers["retry-after"];
  if (retryAfter === undefined) return undefined;
  const seconds = Number.parseFloat(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0 && /^\s*[\d.]+\s*$/.test(retryAfter)) return seconds * 1000;
  const date = Date.parse(retryAfter);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Anthropic's (and OpenAI's) explicit server verdict: `x-should-retry: true|false`, else undefined. */
export function readShouldRetry(headers: Readonly<Record<string, string>>): boolean | undefined {
  const value = headers["x-should-retry"];
  if (value === "true") return true;
  if (value === "false") return false;
  return undefined;
}
