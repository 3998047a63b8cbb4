import type { Core } from "@strapi/strapi";
import { FrontierRequestError, LocalizeInputError } from "../errors.ts";
import { planFields } from "../field-plan.ts";
import { attributesOf, isLocalizedType, record } from "../schema.ts";
import { createFrontierClient } from "../services/frontier-client.ts";
import { toPublic } from "../services/settings.ts";

// The slice of Koa's context (with Strapi's helpers) the controller uses.
interface Context {
  request: { body?: unknown };
  params: Record<string, string>;
  state: { userAbility?: { can(action: string, subject: string): boolean } };
  body: unknown;
  status: number;
}

const strings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "string");

function fail(ctx: Context, status: number, code: string, message: string) {
  ctx.status = status;
  ctx.body = { error: { code, message } };
}

function failFrom(ctx: Context, error: unknown) {
  if (error instanceof LocalizeInputError) {
    return fail(ctx, error.code === "not_found" ? 404 : 400, error.code, error.message);
  }
  if (error instanceof FrontierRequestError) return fail(ctx, 502, `frontier_${error.code}`, error.message);
  throw error;
}

/** Reads `{uid, sourceLocale, targetLocales}` and checks the user may edit that content type. */
function localizeInput(ctx: Context) {
  const body = record(ctx.request.body) ?? {};
  const { uid, sourceLocale, targetLocales } = body;
  if (typeof uid !== "string" || typeof sourceLocale !== "string" || !strings(targetLocales)) {
    fail(ctx, 400, "invalid_body", "expected uid, sourceLocale and a non-empty targetLocales list");
    return null;
  }
  if (!ctx.state.userAbility?.can("plugin::content-manager.explorer.update", uid)) {
    fail(ctx, 403, "forbidden", `you may not edit ${uid}`);
    return null;
  }
  return { body, uid, sourceLocale, targetLocales };
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (name: string) => strapi.plugin("frontier").service(name);
  return {
    async getSettings(ctx: Context) {
      ctx.body = toPublic(await service("settings").get());
    },
    async updateSettings(ctx: Context) {
      const next = await service("settings").update(ctx.request.body);
      if (typeof next === "string") return fail(ctx, 400, "invalid_settings", next);
      ctx.body = toPublic(next);
    },
    /** Localized content types with each field's mode, for the settings page. */
    async contentTypes(ctx: Context) {
      const settings = await service("settings").get();
      ctx.body = Object.keys(strapi.contentTypes)
        .filter((uid) => uid.startsWith("api::") && isLocalizedType(strapi, uid))
        .map((uid) => ({ uid, fields: planFields(attributesOf(strapi, uid) ?? {}, settings.contentTypes[uid]) }));
    },
    async localize(ctx: Context) {
      const input = localizeInput(ctx);
      if (!input) return;
      const { documentId } = input.body;
      if (typeof documentId !== "string") return fail(ctx, 400, "invalid_body", "documentId is required");
      try {
        ctx.body = await service("localizer").localize({ ...input, documentId });
      } catch (error) {
        failFrom(ctx, error);
      }
    },
    async bulkLocalize(ctx: Context) {
      const input = localizeInput(ctx);
      if (!input) return;
      if (!strings(input.body.documentIds)) return fail(ctx, 400, "invalid_body", "documentIds is required");
      try {
        const job = await service("jobs").start({ ...input, documentIds: input.body.documentIds });
        ctx.status = 202;
        ctx.body = job;
      } catch (error) {
        failFrom(ctx, error);
      }
    },
    async job(ctx: Context) {
      const job = await service("jobs").get(ctx.params.id ?? "");
      if (!job) return fail(ctx, 404, "not_found", "no such job");
      ctx.body = job;
    },
    async generate(ctx: Context) {
      const body = record(ctx.request.body) ?? {};
      if (typeof body.prompt !== "string" || typeof body.target_country !== "string") {
        return fail(ctx, 400, "invalid_body", "expected prompt and target_country");
      }
      const settings = await service("settings").get();
      if (settings.secretKey === "") return fail(ctx, 400, "not_configured", "no Frontier secret key is set");
      try {
        const client = createFrontierClient({ serverUrl: settings.serverUrl, secretKey: settings.secretKey });
        ctx.body = await client.generate({
          prompt: body.prompt,
          content_type: typeof body.content_type === "string" ? body.content_type : "product_description",
          target_country: body.target_country,
          length: typeof body.length === "string" || typeof body.length === "number" ? body.length : "short",
          ...(typeof body.tone === "string" ? { tone: body.tone } : {}),
        });
      } catch (error) {
        failFrom(ctx, error);
      }
    },
  };
};
