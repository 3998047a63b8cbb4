/** Milliseconds. Each bound aborts the upstream request and fails the attempt with `ProviderTimeoutError`. */
export interface ProviderTimeouts {
  /** Until the response headers arrive (connection, TLS and the server accepting the request). */
  connectMs: number;
  /** After the headers, until the body starts: the first streamed event, or the whole body when not streaming. */
  firstByteMs: number;
  /** Longest silence between two streamed chunks: a stalled stream fails here instead of hanging. */
  idleMs: number;
  /** The whole call, from request to last byte. */
  totalMs: number;
}
