import { createHash } from "node:crypto";
import type { Core } from "@strapi/strapi";
import { LocalizeInputError } from "../errors.ts";
import { planFields } from "../field-plan.ts";
import { type Attributes, attributesOf, isLocalizedType, record } from "../schema.ts";
import { populateFor, rewrite, type Segment, segmentKey } from "../transform.ts";
import { createFrontierClient } from "./frontier-client.ts";
import type { StoredSettings } from "./settings.ts";

export interface LocalizeRequest {
  uid: string;
  documentId: string;
  sourceLocale: string;
  targetLocales: string[];
  /** Only re-localize fields whose source changed since the last run (auto-localize on publish). */
  onlyChanged?: boolean;
}

export interface LocalizeSummary {
  documentId: string;
  locales: string[];
  fields: string[];
  segments: number;
}

type DocumentsApi = (uid: string) => {
  findOne(params: Record<string, unknown>): Promise<unknown>;
  update(params: Record<string, unknown>): Promise<unknown>;
};

const fingerprint = (value: unknown) =>
  createHash("sha256")
    .update(JSON.stringify(value ?? null))
    .digest("hex");

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = strapi.documents as unknown as DocumentsApi;
  const components = (uid: string): Attributes => attributesOf(strapi, uid) ?? {};
  const store = () => strapi.store({ type: "plugin", name: "frontier" });

  async function knownLocales(): Promise<Set<string>> {
    const locales: unknown = await strapi.plugin("i18n").service("locales").find();
    return new Set(
      (Array.isArray(locales) ? locales : []).map((l) => record(l)?.code).filter((c) => typeof c === "string"),
    );
  }

  async function settings(): Promise<StoredSettings> {
    return strapi.plugin("frontier").service("settings").get();
  }

  return {
    async localize(request: LocalizeRequest): Promise<LocalizeSummary> {
      const attributes = attributesOf(strapi, request.uid);
      if (!attributes || !isLocalizedType(strapi, request.uid)) {
        throw new LocalizeInputError("not_localized", `${request.uid} is not a localized content type`);
      }
      const locales = await knownLocales();
      for (const locale of [request.sourceLocale, ...request.targetLocales]) {
        if (!locales.has(locale)) throw new LocalizeInputError("unknown_locale", `locale ${locale} is not configured`);
      }
      const targets = request.targetLocales.filter((locale) => locale !== request.sourceLocale);
      const config = await settings();
      if (config.secretKey === "") throw new LocalizeInputError("not_configured", "no Frontier secret key is set");

      const source = record(
        await documents(request.uid).findOne({
          documentId: request.documentId,
          locale: request.sourceLocale,
          populate: populateFor(attributes, components),
        }),
      );
      if (!source)
        throw new LocalizeInputError("not_found", `document ${request.documentId} has no ${request.sourceLocale}`);

      let plan = planFields(attributes, config.contentTypes[request.uid]).filter((field) => field.mode !== "ignore");
      const printKey = `fingerprints:${request.uid}:${request.documentId}:${request.sourceLocale}`;
      const previous = record(await store().get({ key: printKey })) ?? {};
      const prints = Object.fromEntries(plan.map((field) => [field.name, fingerprint(source[field.name])]));
      if (request.onlyChanged) plan = plan.filter((field) => previous[field.name] !== prints[field.name]);

      // First pass: every distinct text to localize, sent once for all target locales.
      const segments = new Map<string, Segment>();
      for (const field of plan) {
        const attribute = attributes[field.name];
        if (field.mode !== "localize" || !attribute) continue;
        rewrite(
          source[field.name],
          attribute,
          components,
          (s) => s.text,
          (s) => segments.set(segmentKey(s), s),
        );
      }
      const client = createFrontierClient({ serverUrl: config.serverUrl, secretKey: config.secretKey });
      const translated = new Map<string, Map<string, string>>();
      for (const [key, segment] of segments) {
        translated.set(key, await client.localize(segment.text, segment.format, request.sourceLocale, targets));
      }

      for (const locale of targets) {
        const data: Record<string, unknown> = {};
        for (const field of plan) {
          const attribute = attributes[field.name];
          if (!attribute || !(field.name in source)) continue;
          const lookup = (s: Segment) =>
            field.mode === "localize" ? (translated.get(segmentKey(s))?.get(locale) ?? s.text) : s.text;
          data[field.name] = rewrite(source[field.name], attribute, components, lookup);
        }
        if (Object.keys(data).length > 0) {
          await documents(request.uid).update({ documentId: request.documentId, locale, data });
        }
      }
      await store().set({ key: printKey, value: { ...previous, ...prints } });
      return {
        documentId: request.documentId,
        locales: targets,
        fields: plan.map((f) => f.name),
        segments: segments.size,
      };
    },
  };
};
