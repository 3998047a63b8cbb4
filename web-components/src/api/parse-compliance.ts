import { arrayField, isRecord, stringField } from "./guards.ts";
import { invalidResponse } from "./request.ts";
import type { ComplianceNotice, ConsentPurpose, ConsentRecord } from "./types.ts";

function parsePurpose(value: unknown): ConsentPurpose[] {
  // The contract leaves a purpose's shape open: a bare id, or an object with a label and a required flag.
  if (typeof value === "string") return [{ id: value, label: value, required: false }];
  if (!isRecord(value)) return [];
  const id = stringField(value, "id") ?? stringField(value, "purpose");
  if (id === undefined) return [];
  return [{ id, label: stringField(value, "label") ?? id, required: value.required === true }];
}

export function parseComplianceNotice(body: unknown): ComplianceNotice {
  if (!isRecord(body)) throw invalidResponse("compliance notice");
  const text = stringField(body, "text");
  const textVersion = stringField(body, "text_version");
  if (text === undefined || textVersion === undefined) throw invalidResponse("compliance notice");
  return {
    market: stringField(body, "market") ?? "",
    law: stringField(body, "law") ?? "",
    authority: stringField(body, "authority") ?? "",
    text,
    textVersion,
    purposes: arrayField(body, "purposes").flatMap(parsePurpose),
  };
}

export function parseConsentRecord(body: unknown, purpose: string, granted: boolean): ConsentRecord {
  if (!isRecord(body)) throw invalidResponse("consent record");
  const id = stringField(body, "id");
  if (id === undefined) throw invalidResponse("consent record");
  return { id, purpose, granted, recordedAt: stringField(body, "recorded_at") ?? "" };
}
