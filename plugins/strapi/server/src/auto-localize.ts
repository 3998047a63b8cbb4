import type { Core } from "@strapi/strapi";
import { record } from "./schema.ts";

/**
 * Document Service middleware: after a publish, re-localizes the fields whose source changed into the configured
 * target locales. Off unless enabled in the settings; a failure is logged and never blocks the publish.
 */
export function registerAutoLocalize(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (context.action !== "publish" || !context.uid.startsWith("api::")) return result;
    const params = record(context.params) ?? {};
    const settings = await strapi.plugin("frontier").service("settings").get();
    const locale = typeof params.locale === "string" ? params.locale : null;
    const targets: string[] = settings.autoLocalize.targetLocales.filter((l: string) => l !== locale);
    if (!settings.autoLocalize.enabled || !locale || typeof params.documentId !== "string" || targets.length === 0) {
      return result;
    }
    try {
      await strapi.plugin("frontier").service("localizer").localize({
        uid: context.uid,
        documentId: params.documentId,
        sourceLocale: locale,
        targetLocales: targets,
        onlyChanged: true,
      });
    } catch (error) {
      strapi.log.warn(`frontier: auto-localize of ${context.uid} ${params.documentId} failed: ${String(error)}`);
    }
    return result;
  });
}
