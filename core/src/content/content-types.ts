/** What a piece of copy is for; each type has its own length, structure and call-to-action needs. */
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

export interface ContentTypeSpec {
  /** Target length in words for the `short`, `medium` and `long` aliases. */
  lengths: { short: number; medium: number; long: number };
  /** Whether copy of this type should end in a call to action. */
  needsCallToAction: boolean;
}

export const contentTypeSpecs: Record<ContentType, ContentTypeSpec> = {
  product_description: { lengths: { short: 40, medium: 90, long: 160 }, needsCallToAction: true },
  social_post: { lengths: { short: 20, medium: 40, long: 70 }, needsCallToAction: true },
  email_subject: { lengths: { short: 5, medium: 8, long: 12 }, needsCallToAction: false },
  email_body: { lengths: { short: 60, medium: 120, long: 220 }, needsCallToAction: true },
  ad_headline: { lengths: { short: 5, medium: 8, long: 12 }, needsCallToAction: false },
  blog_intro: { lengths: { short: 50, medium: 100, long: 180 }, needsCallToAction: false },
  sms: { lengths: { short: 15, medium: 22, long: 30 }, needsCallToAction: true },
};

export const lengthAliases = ["short", "medium", "long"] as const;
export type LengthAlias = (typeof lengthAliases)[number];

export function isContentType(value: string): value is ContentType {
  return (contentTypes as readonly string[]).includes(value);
}

/** Resolves a length given as words or as an alias to a number of words. */
export function targetWords(contentType: ContentType, length: number | LengthAlias): number {
  return typeof length === "number" ? length : contentTypeSpecs[contentType].lengths[length];
}
