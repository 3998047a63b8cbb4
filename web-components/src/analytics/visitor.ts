// The visitor id A/B experiments need: random, kept in this browser, created only once the visitor consented.

const visitorKey = "frontier-visitor";
let pageVisitor: string | undefined;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** 128 random bits as hex (crypto.getRandomValues works outside secure contexts too, unlike randomUUID). */
function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** This browser's id for A/B experiments; when storage is unavailable, an id that lasts as long as the page. */
export function visitorId(): string {
  const store = storage();
  const stored = store?.getItem(visitorKey);
  if (stored) return stored;
  pageVisitor ??= randomId();
  try {
    store?.setItem(visitorKey, pageVisitor);
  } catch {
    // Full or blocked storage: the page's id stands.
  }
  return pageVisitor;
}
