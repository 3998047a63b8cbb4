import { createHash } from "node:crypto";
import type { Core } from "@strapi/strapi";
import { LocalizeInputError } from "../errors.ts";
import { type PlannedField, planFields } from "../field-plan.ts";
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

/** A checked request: the content type's attributes, the target locales (source removed) and the settings. */
export interface Checked {
  uid: string;
  sourceLocale: string;
  attributes: Attributes;
  targets: string[];
  config: StoredSettings;
}

/** One source document read for localizing: its planned fields and the distinct texts to localize. */
export interface SourceDocument {
  documentId: string;
  source: Record<string, unknown>;
  plan: PlannedField[];
  segments: Map<string, Segment>;
  prints: Record<string, string>;
  previous: Record<string, unknown>;
}

/** Returns the localized text of a segment for a locale, or undefined when there is none. */
export type Translation = (segment: Segment, locale: string) => string | undefined;

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
  const printKey = (uid: string, documentId: string, sourceLocale: string) =>
    `fingerprints:${uid}:${documentId}:${sourceLocale}`;

  async function knownLocales(): Promise<Set<string>> {
    const locales: unknown = await strapi.plugin("i18n").service("locales").find();
    return new Set(
      (Array.isArray(locales) ? locales : []).map((l) => record(l)?.code).filter((c) => typeof c === "string"),
    );
  }

  const service = {
    /** Refuses a request the plugin cannot serve: not a localized type, an unknown locale, no secret key. */
    async check(request: Omit<LocalizeRequest, "documentId">): Promise<Checked> {
      const attributes = attributesOf(strapi, request.uid);
      if (!attributes || !isLocalizedType(strapi, request.uid)) {
        throw new LocalizeInputError("not_localized", `${request.uid} is not a localized content type`);
      }
      const locales = await knownLocales();
      for (const locale of [request.sourceLocale, ...request.targetLocales]) {
        if (!locales.has(locale)) throw new LocalizeInputError("unknown_locale", `locale ${locale} is not configured`);
      }
      const targets = request.targetLocales.filter((locale) => locale !== request.sourceLocale);
      const config: StoredSettings = await strapi.plugin("frontier").service("settings").get();
      if (config.secretKey === "") throw new LocalizeInputError("not_configured", "no Frontier secret key is set");
      return { uid: request.uid, sourceLocale: request.sourceLocale, attributes, targets, config };
    },

    /** Reads the source locale of a document and collects the distinct texts its planned fields hold. */
    async read(checked: Checked, documentId: string, onlyChanged = false): Promise<SourceDocument> {
      const { uid, attributes, sourceLocale } = checked;
      const source = record(
        await documents(uid).findOne({
          documentId,
          locale: sourceLocale,
          populate: populateFor(attributes, components),
        }),
      );
      if (!source) throw new LocalizeInputError("not_found", `document ${documentId} has no ${sourceLocale}`);
      let plan = planFields(attributes, checked.config.contentTypes[uid]).filter((field) => field.mode !== "ignore");
      const previous = record(await store().get({ key: printKey(uid, documentId, sourceLocale) })) ?? {};
      const prints = Object.fromEntries(plan.map((field) => [field.name, fingerprint(source[field.name])]));
      if (onlyChanged) plan = plan.filter((field) => previous[field.name] !== prints[field.name]);
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
      return { documentId, source, plan, segments, prints, previous };
    },

    /** Writes one target locale of a document: localized texts through `translation`, copied fields as they are. */
    async write(checked: Checked, document: SourceDocument, locale: string, translation: Translation) {
      const data: Record<string, unknown> = {};
      for (const field of document.plan) {
        const attribute = checked.attributes[field.name];
        if (!attribute || !(field.name in document.source)) continue;
        const lookup = (s: Segment) => (field.mode === "localize" ? (translation(s, locale) ?? s.text) : s.text);
        data[field.name] = rewrite(document.source[field.name], attribute, components, lookup);
      }
      if (Object.keys(data).length > 0) {
        await documents(checked.uid).update({ documentId: document.documentId, locale, data });
      }
    },

    /** Remembers the source fields as localized, so auto-localize re-sends only what changes after this. */
    async remember(checked: Checked, document: SourceDocument) {
      await store().set({
        key: printKey(checked.uid, document.documentId, checked.sourceLocale),
        value: { ...document.previous, ...document.prints },
      });
    },

    /** Localizes one document synchronously, one server call per distinct text. */
    async localize(request: LocalizeRequest): Promise<LocalizeSummary> {
      const checked = await service.check(request);
      const document = await service.read(checked, request.documentId, request.onlyChanged);
      const { config, targets, sourceLocale } = checked;
      const client = createFrontierClient({ serverUrl: config.serverUrl, secretKey: config.secretKey });
      const translated = new Map<string, Map<string, string>>();
      for (const [key, segment] of document.segments) {
        translated.set(key, await client.localize(segment.text, segment.format, sourceLocale, targets));
      }
      for (const locale of targets) {
        await service.write(checked, document, locale, (s, l) => translated.get(segmentKey(s))?.get(l));
      }
      await service.remember(checked, document);
      return {
        documentId: request.documentId,
        locales: targets,
        fields: document.plan.map((f) => f.name),
        segments: document.segments.size,
      };
    },
  };
  return service;
};
