/** Milliseconds. Each bound aborts the upstream request and fails the attempt with `ProviderTimeoutError`. */
export interface ProviderTimeouts {
  /** Until the response headers arrive (connection, TLS and the server accepting the request). */
  connectMs: number;
  /** Until the first content arrives: the first streamed token, or the whole body when not streaming. */
  firstByteMs: number;
  /** Longest silence between two streamed chunks: a stalled stream fails here instead of hanging. */
  idleMs: number;
  /** The whole call, from request to last byte. */
  totalMs: number;
}
