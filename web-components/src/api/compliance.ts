import { parseComplianceNotice, parseConsentRecord } from "./parse-compliance.ts";
import { apiUrl, bearer, readJson, send } from "./request.ts";
import type { ComplianceNotice, ConsentRecord } from "./types.ts";

/** `GET /api/v1/compliance/notice?market=` with a publishable key. */
export async function fetchComplianceNotice(options: {
  apiBase: string;
  publishableKey: string;
  market: string;
  signal?: AbortSignal;
}): Promise<ComplianceNotice> {
  const response = await send(apiUrl(options.apiBase, "/api/v1/compliance/notice", { market: options.market }), {
    headers: { Accept: "application/json", ...bearer(options.publishableKey) },
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  return parseComplianceNotice(await readJson(response));
}

/** `POST /api/v1/consent`, one record per purpose. */
export async function recordConsent(options: {
  apiBase: string;
  publishableKey: string;
  subjectId: string;
  market: string;
  textVersion: string;
  purpose: string;
  granted: boolean;
}): Promise<ConsentRecord> {
  const response = await send(apiUrl(options.apiBase, "/api/v1/consent"), {
    method: "POST",
    headers: { "Content-Type": "application/json", ...bearer(options.publishableKey) },
    body: JSON.stringify({
      subject_id: options.subjectId,
      purpose: options.purpose,
      market: options.market,
      granted: options.granted,
      text_version: options.textVersion,
    }),
  });
  return parseConsentRecord(await readJson(response), options.purpose, options.granted);
}
