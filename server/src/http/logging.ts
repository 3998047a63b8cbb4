import type { FastifyServerOptions } from "fastify";
import type { Config } from "../config.ts";

/**
 * pino options for Fastify: JSON lines, request ids, and no secrets or personal data. Requests are logged as
 * method, path and id only (no query string, headers, body or client address); the redaction is a second guard
 * should any header reach a log line.
 */
export function createLoggerOptions(
  level: Config["logLevel"],
  stream?: { write(line: string): void },
): FastifyServerOptions["logger"] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        "req.headers.authorization",
        "req.headers.cookie",
        "headers.authorization",
        "headers.cookie",
        'res.headers["set-cookie"]',
      ],
      censor: "[redacted]",
    },
    serializers: {
      req: (request: { id: string; method: string; url: string }) => ({
        id: request.id,
        method: request.method,
        path: request.url.split("?")[0],
      }),
      res: (reply: { statusCode: number }) => ({ status: reply.statusCode }),
    },
  };
}
