/** A webhook target that must not be reached: the URL, its resolved address or a redirect points inside. */
export class WebhookTargetRefusedError extends Error {
  override readonly name = "WebhookTargetRefusedError";
  readonly code = "webhook_target_refused";
  readonly url: string;
  readonly reason: string;

  constructor(url: string, reason: string, options: { cause?: unknown } = {}) {
    super(`webhook target ${url} refused: ${reason}`, { cause: options.cause });
    this.url = url;
    this.reason = reason;
  }
}
