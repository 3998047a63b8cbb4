/** Value types shared by the database layer, auth and the routers. */

export const roles = ["owner", "admin", "editor", "viewer"] as const;
export type Role = (typeof roles)[number];

export const apiKeyKinds = ["secret", "publishable"] as const;
export type ApiKeyKind = (typeof apiKeyKinds)[number];

export const jobStatuses = ["queued", "running", "succeeded", "failed", "cancelled"] as const;
export type JobStatus = (typeof jobStatuses)[number];

export const deliveryStatuses = ["pending", "succeeded", "failed"] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/** The markup a document's versions are written in. */
export const documentFormats = ["text", "html", "gutenberg", "markdown", "rich-text"] as const;
export type DocumentFormat = (typeof documentFormats)[number];

/** Where a document version came from. */
export const versionOrigins = ["source", "generated", "localized", "edited"] as const;
export type VersionOrigin = (typeof versionOrigins)[number];
