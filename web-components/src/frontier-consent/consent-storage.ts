// The visitor's pseudonymous id and last decision per notice version, kept in localStorage so the
// banner does not ask again until the notice text changes. Storage may be unavailable (privacy modes).

const subjectKey = "frontier-consent-subject";

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** A random id for this browser, created on first use (never derived from personal data). */
export function browserSubjectId(): string {
  const stored = storage()?.getItem(subjectKey);
  if (stored) return stored;
  const created = crypto.randomUUID();
  storage()?.setItem(subjectKey, created);
  return created;
}

function decisionKey(market: string, textVersion: string): string {
  return `frontier-consent:${market}:${textVersion}`;
}

export function storedDecision(market: string, textVersion: string): string[] | undefined {
  const raw = storage()?.getItem(decisionKey(market, textVersion));
  if (raw === null || raw === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === "string") : undefined;
  } catch {
    return undefined;
  }
}

export function storeDecision(market: string, textVersion: string, granted: readonly string[]): void {
  storage()?.setItem(decisionKey(market, textVersion), JSON.stringify(granted));
  storage()?.setItem(latestKey(market), JSON.stringify(granted));
}

function latestKey(market: string): string {
  return `frontier-consent:${market}`;
}

/**
 * The purposes the visitor granted in their latest answer for the market, whatever the notice's text version;
 * undefined when they never answered there. Other elements read it (`<frontier-localized>` for its events).
 */
export function latestDecision(market: string): string[] | undefined {
  const raw = storage()?.getItem(latestKey(market));
  if (raw === null || raw === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === "string") : undefined;
  } catch {
    return undefined;
  }
}
