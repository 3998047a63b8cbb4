import { type Logger, pino } from "pino";
import type { Config } from "../config.ts";

/**
 * The server's pino logger: JSON lines, request ids (Fastify adds them), and no secrets or personal data. Requests are logged as
 * method, path and id only (no query string, headers, body or client address); the redaction is a second guard
 * should any header reach a log line.
 */
export function createLogger(level: Config["logLevel"], stream?: { write(line: string): void }): Logger {
  const options = {
    level,
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
  return stream ? pino(options, stream) : pino(options);
}
