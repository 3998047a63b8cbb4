import type { Core } from "@strapi/strapi";
import { FIELD_MODES, type FieldMode } from "../field-plan.ts";
import { record } from "../schema.ts";

export interface StoredSettings {
  serverUrl: string;
  secretKey: string;
  autoLocalize: { enabled: boolean; targetLocales: string[] };
  contentTypes: Record<string, Record<string, FieldMode>>;
}

/** What the admin panel sees: the secret key only as "set or not". */
export type PublicSettings = Omit<StoredSettings, "secretKey"> & { hasSecretKey: boolean };

const DEFAULTS: StoredSettings = {
  serverUrl: "http://127.0.0.1:8787",
  secretKey: "",
  autoLocalize: { enabled: false, targetLocales: [] },
  contentTypes: {},
};

const strings = (value: unknown): string[] | null =>
  Array.isArray(value) && value.every((item) => typeof item === "string") ? value : null;

function modes(value: unknown): Record<string, Record<string, FieldMode>> | null {
  const types = record(value);
  if (!types) return null;
  const out: Record<string, Record<string, FieldMode>> = {};
  for (const [uid, fields] of Object.entries(types)) {
    const entries = record(fields);
    if (!entries) return null;
    out[uid] = {};
    for (const [field, mode] of Object.entries(entries)) {
      if (!FIELD_MODES.includes(mode as FieldMode)) return null;
      out[uid][field] = mode as FieldMode;
    }
  }
  return out;
}

/** Applies a settings update; returns the problem as a string when the input is invalid. */
export function mergeSettings(current: StoredSettings, input: unknown): StoredSettings | string {
  const body = record(input);
  if (!body) return "settings must be an object";
  const next = { ...current, autoLocalize: { ...current.autoLocalize } };
  if (body.serverUrl !== undefined) {
    if (typeof body.serverUrl !== "string" || !/^https?:\/\/[^\s]+$/.test(body.serverUrl)) {
      return "serverUrl must be an http(s) URL";
    }
    next.serverUrl = body.serverUrl;
  }
  // An absent or empty key keeps the stored one; null clears it.
  if (body.secretKey === null) next.secretKey = "";
  else if (typeof body.secretKey === "string" && body.secretKey !== "") next.secretKey = body.secretKey;
  const auto = record(body.autoLocalize);
  if (auto) {
    if (auto.enabled !== undefined) next.autoLocalize.enabled = auto.enabled === true;
    if (auto.targetLocales !== undefined) {
      const locales = strings(auto.targetLocales);
      if (!locales) return "autoLocalize.targetLocales must be a list of locale codes";
      next.autoLocalize.targetLocales = locales;
    }
  }
  if (body.contentTypes !== undefined) {
    const parsed = modes(body.contentTypes);
    if (!parsed) return `contentTypes maps uid → field → one of ${FIELD_MODES.join(", ")}`;
    next.contentTypes = parsed;
  }
  return next;
}

export const toPublic = ({ secretKey, ...rest }: StoredSettings): PublicSettings => ({
  ...rest,
  hasSecretKey: secretKey !== "",
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: "plugin", name: "frontier" });
  return {
    async get(): Promise<StoredSettings> {
      const saved = record(await store().get({ key: "settings" }));
      const merged = mergeSettings(DEFAULTS, saved ?? {});
      return typeof merged === "string" ? DEFAULTS : merged;
    },
    async update(input: unknown): Promise<StoredSettings | string> {
      const next = mergeSettings(await this.get(), input);
      if (typeof next !== "string") await store().set({ key: "settings", value: next });
      return next;
    },
  };
};
