import type { ServerResponse } from "node:http";
import { contentTypes, lengthAliases, MARKUP_FORMATS, tones } from "@frontier-ai/core";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import {
  generateForTenant,
  localizeForTenant,
  streamGenerateForTenant,
  validateForTenant,
} from "../../content/tenant-pipelines.ts";
import { providerIds } from "../../models.ts";
import { defineRestRoute, requirePrincipal } from "../rest-route.ts";
import { writeServerSentEvents } from "../sse.ts";

const finding = z.object({
  rule: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  suggestion: z.string().optional(),
  segment: z.string().optional(),
  citation: z.object({ text: z.string(), sources: z.array(z.string()), verified: z.boolean() }).optional(),
});

const adaptation = z.object({ from: z.string(), to: z.string(), reason: z.string() });

export const generateContentBody = z.strictObject({
  prompt: z.string().trim().min(1).max(4_000).describe("What the copy is about"),
  content_type: z.enum(contentTypes),
  target_country: z.string().min(2).max(40).describe("A country name (mexico), an ISO code (MX) or a locale (es-MX)"),
  target_industry: z.string().min(1).max(60).optional(),
  tone: z.enum(tones).optional(),
  length: z.union([z.number().int().min(1).max(2_000), z.enum(lengthAliases)]).describe("Target length in words"),
  provider: z.enum(providerIds).optional(),
});

export type GenerateContentBody = z.output<typeof generateContentBody>;

export const generateContentResponse = z.object({
  content: z.string(),
  metadata: z.record(z.string(), z.unknown()),
  cultural_adaptations: z.array(adaptation.extend({ rule: z.string().optional() })),
  performance_score: z.number().min(0).max(100),
});

const blockAttributeName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, "a block attribute name: a letter, then letters, digits, _ or -");

export const localizeBody = z.strictObject({
  content: z.string().min(1),
  format: z.enum(["auto", ...MARKUP_FORMATS]).optional(),
  source_locale: z.string().min(2).max(20),
  target_locales: z.array(z.string().min(2).max(20)).min(1).max(25),
  provider: z.enum(providerIds).optional(),
  glossary: z
    .array(z.strictObject({ term: z.string().min(1).max(200), translation: z.string().max(200).optional() }))
    .max(500)
    .optional(),
  brand_voice: z.string().max(1_000).optional(),
  content_type: z.enum(contentTypes).optional(),
  block_attributes: z
    .strictObject({
      rich_text: z.array(blockAttributeName).max(50).optional(),
      plain_text: z.array(blockAttributeName).max(50).optional(),
    })
    .optional()
    .describe(
      "Gutenberg: attribute names of custom blocks that hold text (HTML or plain), besides the core blocks' " +
        "(content, caption, citation, value, text, alt, label, title …)",
    ),
});

export type LocalizeBody = z.output<typeof localizeBody>;

export const localizeResponse = z.object({
  results: z.array(
    z.object({
      locale: z.string(),
      content: z.string(),
      adaptations: z.array(
        adaptation.extend({
          source: z
            .literal("translation-memory")
            .optional()
            .describe("Present when the segment came from the tenant's translation memory: the change was made then"),
        }),
      ),
      findings: z.array(finding),
      score: z.number(),
    }),
  ),
});

export const validateBody = z.strictObject({
  content: z.string().min(1),
  locale: z.string().min(2).max(20),
  format: z.enum(["auto", ...MARKUP_FORMATS]).optional(),
});

export type ValidateBody = z.output<typeof validateBody>;

export const validateResponse = z.object({ findings: z.array(finding) });

const errors = {
  400: { description: "A field is missing or not allowed; `error.issues` names it" },
  401: { description: "No or an unknown key" },
  403: { description: "The key lacks the permission" },
  422: { description: "No configured provider can do it (e.g. Spanish → Portuguese offline)" },
  429: { description: "Rate limited; see Retry-After" },
};

/** The REST content routes: the whitepaper's generate-content, localize and validate. */
export function contentRoutes() {
  return [
    defineRestRoute({
      method: "POST",
      path: "/api/v1/generate-content",
      summary: "Write copy for a market (the whitepaper's ContentRequest); SSE with Accept: text/event-stream",
      tags: ["content"],
      auth: { kind: "key", permission: "content:write", publishable: false },
      body: generateContentBody,
      idempotency: { streamed: wantsEventStream },
      responses: {
        200: { description: "The copy, its metadata, cultural adaptations and score", schema: generateContentResponse },
        ...errors,
      },
      handler: async ({ body, principal, services, request, reply }) => {
        const tenantId = requirePrincipal(principal).tenantId;
        const signal = abortOnClose(request, reply.raw);
        if (!wantsEventStream(request)) {
          return generateForTenant(services, tenantId, body, signal);
        }
        // Checked before the stream opens, so a refusal is a plain JSON error with its status.
        const events = await streamGenerateForTenant(services, tenantId, body, signal);
        await writeServerSentEvents(reply, async (send) => {
          for await (const event of events) {
            if (event.type === "delta") send("delta", { text: event.text });
            else if (event.type === "restart") send("restart", { provider: event.provider, model: event.model });
            else send("result", event.response);
          }
        });
        return reply;
      },
    }),
    defineRestRoute({
      method: "POST",
      path: "/api/v1/localize",
      summary: "Localize a document (text, HTML, Gutenberg, Markdown, rich-text JSON) into several markets",
      tags: ["content"],
      auth: { kind: "key", permission: "content:write", publishable: false },
      body: localizeBody,
      idempotency: {},
      responses: { 200: { description: "One result per target locale", schema: localizeResponse }, ...errors },
      handler: async ({ body, principal, services, request, reply }) => {
        const results = await localizeForTenant(
          services,
          requirePrincipal(principal).tenantId,
          body,
          abortOnClose(request, reply.raw),
        );
        return {
          results: results.map((result) => ({
            locale: result.locale,
            content: result.content,
            adaptations: result.adaptations.map(({ from, to, reason, source }) => ({
              from,
              to,
              reason,
              ...(source !== undefined && { source }),
            })),
            findings: result.findings,
            score: result.score,
          })),
        };
      },
    }),
    defineRestRoute({
      method: "POST",
      path: "/api/v1/validate",
      summary: "Lint copy against a market's rules",
      tags: ["content"],
      auth: { kind: "key", permission: "content:read", publishable: false },
      body: validateBody,
      responses: {
        200: { description: "The findings, empty when the copy is clean", schema: validateResponse },
        ...errors,
      },
      handler: async ({ body, principal, services }) =>
        validateForTenant(services, requirePrincipal(principal).tenantId, body),
    }),
  ];
}

function wantsEventStream(request: FastifyRequest): boolean {
  return String(request.headers.accept ?? "").includes("text/event-stream");
}

/**
 * Aborts the pipeline's provider calls when the client goes away before the answer is written, unless the request
 * claimed an Idempotency-Key: its client said it will retry, so the answer is finished and stored for that retry.
 */
function abortOnClose(request: FastifyRequest, response: ServerResponse): AbortSignal | undefined {
  if (request.idempotencyClaim) return undefined;
  const controller = new AbortController();
  response.once("close", () => {
    if (!response.writableFinished) controller.abort(new Error("client closed the connection"));
  });
  return controller.signal;
}
