import { detectEmails } from "./detect-emails.ts";
import { detectIdentifiers } from "./detect-identifiers.ts";
import { detectPhones, phoneCountries } from "./detect-phones.ts";
import type { Detection, Evidence } from "./detection.ts";
import type { PiiEntity, ScanOptions } from "./pii-types.ts";
import { piiTypes } from "./pii-types.ts";

const evidenceRank: Record<Evidence, number> = { checked: 0, context: 1, phone: 2 };

/**
 * The overlap rule, applied greedily so the result never depends on detector order:
 * 1. stronger evidence wins (a check digit or an e-mail, then a keyword-confirmed weak identifier, then a phone),
 * 2. then the longer span,
 * 3. then the earlier start,
 * 4. then the type's position in `piiTypes`.
 * A detection that overlaps an already accepted one is dropped.
 */
export function resolveOverlaps(detections: readonly Detection[]): Detection[] {
  const ordered = [...detections].sort(
    (a, b) =>
      evidenceRank[a.evidence] - evidenceRank[b.evidence] ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      piiTypes.indexOf(a.type) - piiTypes.indexOf(b.type),
  );
  // Accepted spans never overlap, so sorted by start they are also sorted by end: one binary search per check.
  const accepted: Detection[] = [];
  for (const detection of ordered) {
    let low = 0;
    let high = accepted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((accepted[middle]?.end ?? 0) <= detection.start) low = middle + 1;
      else high = middle;
    }
    const next = accepted[low];
    if (next && next.start < detection.end) continue;
    accepted.splice(low, 0, detection);
  }
  return accepted;
}

/**
 * Phones come last and never see the digits of an identifier already found: those spans are blanked out with
 * letters (same length, so offsets hold), which also keeps a phone next to an identifier from merging with it.
 */
function maskClaimed(text: string, claimed: readonly Detection[]): string {
  let masked = "";
  let position = 0;
  for (const detection of claimed) {
    masked += text.slice(position, detection.start) + "x".repeat(detection.end - detection.start);
    position = detection.end;
  }
  return masked + text.slice(position);
}

/** Finds the personal data in a text: validated identifiers, e-mails and phone numbers, sorted by position. */
export function scan(text: string, options: ScanOptions = {}): PiiEntity[] {
  const wanted = options.types ? new Set(options.types) : undefined;
  const strong = [...detectIdentifiers(text, options.markets), ...detectEmails(text)].filter(
    (detection) => !wanted || wanted.has(detection.type),
  );
  const claimed = resolveOverlaps(strong);
  const phones =
    !wanted || wanted.has("PHONE") ? detectPhones(maskClaimed(text, claimed), phoneCountries(options.markets)) : [];
  return resolveOverlaps([...claimed, ...phones]).map(({ type, start, end }) => ({
    type,
    value: text.slice(start, end),
    start,
    end,
  }));
}
