export { FrontierAcceptEvent } from "./frontier-accept-event.ts";
export { FrontierChangeSelectEvent } from "./frontier-change-select-event.ts";
export { FrontierConsentEvent } from "./frontier-consent-event.ts";
export { FrontierCopyEvent } from "./frontier-copy-event.ts";
export { FrontierErrorEvent } from "./frontier-error-event.ts";
export { FrontierGeneratedEvent } from "./frontier-generated-event.ts";
export { FrontierLoadEvent } from "./frontier-load-event.ts";
