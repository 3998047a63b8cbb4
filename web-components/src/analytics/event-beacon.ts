// Storefront events, batched and rate-limited in the page, sent as beacons that survive the page closing.
import { apiUrl } from "../api/request.ts";
import type { StorefrontEventType } from "../api/types.ts";

/** One event as `POST /api/v1/events` takes it: no visitor id, nothing personal. */
export interface StorefrontEvent {
  readonly type: StorefrontEventType;
  readonly content_id: string;
  readonly locale: string;
  readonly variant_id?: string;
}

/** The server's largest batch. */
export const maxEventsPerRequest = 50;
/** Events a page sends per minute at most (all elements of one server and key together); more are dropped. */
export const maxEventsPerMinute = 60;
/** Events wait this long for others to share their request, unless the page is hidden first. */
export const flushDelayMs = 1_000;

export interface EventBeacon {
  /** Queues an event; false when the page's rate is spent and it was dropped. */
  add(event: StorefrontEvent): boolean;
  /** Sends what is queued now. */
  flush(): void;
}

const beacons = new Map<string, EventBeacon>();
let listening = false;

function flushAll(): void {
  for (const beacon of beacons.values()) beacon.flush();
}

/**
 * Text/plain JSON keeps the request simple (no CORS preflight) and `sendBeacon` delivers it even while the page
 * unloads; where `sendBeacon` refuses, a keepalive fetch does the same.
 */
function send(url: string, events: readonly StorefrontEvent[]): void {
  const body = JSON.stringify({ consent: { analytics: true }, events });
  if (globalThis.navigator?.sendBeacon?.(url, body) === true) return;
  void fetch(url, { method: "POST", body, keepalive: true }).catch(() => {});
}

/** The page's beacon for one server and publishable key (only call it once the visitor consented to measuring). */
export function eventBeacon(apiBase: string, publishableKey: string): EventBeacon {
  const id = `${apiBase}\u0000${publishableKey}`;
  const existing = beacons.get(id);
  if (existing) return existing;
  if (!listening && typeof document !== "undefined") {
    listening = true;
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "hidden") flushAll();
    });
    globalThis.addEventListener?.("pagehide", flushAll);
  }
  const url = apiUrl(apiBase, "/api/v1/events", { key: publishableKey });
  let queue: StorefrontEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const sentAt: number[] = [];
  const beacon: EventBeacon = {
    add(event) {
      const now = Date.now();
      while (sentAt.length > 0 && (sentAt[0] ?? 0) <= now - 60_000) sentAt.shift();
      if (sentAt.length >= maxEventsPerMinute) return false;
      sentAt.push(now);
      queue.push(event);
      if (queue.length >= maxEventsPerRequest) beacon.flush();
      else timer ??= setTimeout(() => beacon.flush(), flushDelayMs);
      return true;
    },
    flush() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      const events = queue;
      queue = [];
      for (let start = 0; start < events.length; start += maxEventsPerRequest) {
        send(url, events.slice(start, start + maxEventsPerRequest));
      }
    },
  };
  beacons.set(id, beacon);
  return beacon;
}
