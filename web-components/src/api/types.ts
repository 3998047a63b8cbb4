// The REST v1 shapes the elements read, as the server's HTTP contract describes them.

export const contentTypes = [
  "product_description",
  "social_post",
  "email_subject",
  "email_body",
  "ad_headline",
  "blog_intro",
  "sms",
] as const;
export type ContentType = (typeof contentTypes)[number];

export const tones = ["friendly", "professional", "enthusiastic", "premium", "urgent"] as const;
export type Tone = (typeof tones)[number];

export const lengths = ["short", "medium", "long"] as const;
export type Length = (typeof lengths)[number];

/** `GET /api/v1/content/:id?locale=` (and `&visitor=` for the visitor's A/B variant) */
export interface PublishedContent {
  readonly id: string;
  readonly locale: string;
  readonly format: string;
  readonly content: string;
  readonly version: number;
  /** The A/B variant shown (`variant_id`): events about this copy carry it. */
  readonly variantId?: string;
  /** An A/B experiment runs on this copy (`experiment`): a request with a visitor id gets the visitor's variant. */
  readonly experiment?: boolean;
}

/** A storefront event `<frontier-localized>` reports (`POST /api/v1/events`). */
export type StorefrontEventType = "impression" | "click" | "add_to_cart" | "conversion";

export interface ScoreComponent {
  readonly name: string;
  readonly score: number;
  readonly weight: number;
  readonly detail: string;
}

export interface CulturalAdaptation {
  readonly from: string;
  readonly to: string;
  readonly reason: string;
  readonly rule?: string;
  /** `translation-memory`: the segment was answered from the tenant's translation memory, the change made then. */
  readonly source?: "translation-memory";
}

/** `POST /api/v1/generate-content` (the `result` event when streaming). */
export interface GenerateResult {
  readonly content: string;
  readonly metadata: {
    readonly provider: string;
    readonly model: string;
    readonly locale: string;
    readonly score_breakdown: readonly ScoreComponent[];
  };
  readonly cultural_adaptations: readonly CulturalAdaptation[];
  readonly performance_score: number;
}

export interface GenerateRequest {
  readonly prompt: string;
  readonly content_type: ContentType;
  readonly target_country: string;
  readonly target_industry?: string;
  readonly tone: Tone;
  readonly length: Length | number;
}

export type FindingSeverity = "error" | "warning" | "info";

export interface Finding {
  readonly rule: string;
  readonly severity: FindingSeverity;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly suggestion?: string;
}

/** One entry of `POST /api/v1/localize`'s `results`. */
export interface LocalizeResult {
  readonly locale: string;
  readonly content: string;
  readonly adaptations: readonly CulturalAdaptation[];
  readonly findings: readonly Finding[];
  readonly score: number;
}

export interface ConsentPurpose {
  readonly id: string;
  readonly label: string;
  readonly required: boolean;
}

/** `GET /api/v1/compliance/notice?market=` */
export interface ComplianceNotice {
  readonly market: string;
  readonly law: string;
  readonly authority: string;
  readonly text: string;
  readonly textVersion: string;
  readonly purposes: readonly ConsentPurpose[];
}

/** `POST /api/v1/consent` → 201, one per purpose. */
export interface ConsentRecord {
  readonly id: string;
  readonly purpose: string;
  readonly granted: boolean;
  readonly recordedAt: string;
}
