import { statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { type MasterKey, parseMasterKeys } from "@frontier-ai/core";
import { z } from "zod";
import { ConfigError } from "./errors.ts";
import { type ProviderId, providerIds } from "./models.ts";

/**
 * The server's configuration, parsed once at start from the environment and the command line's flags
 * (flags win) and passed down as a value. A bad value stops the process with a message naming the variable.
 */

export type DatabaseTarget =
  | { dialect: "sqlite"; url: string /** null for `:memory:` */; file: string | null }
  | { dialect: "mysql"; url: string };

export interface Config {
  port: number;
  host: string;
  database: DatabaseTarget;
  /** Where the server keeps files of its own (the SQLite file by default, the generated secret). */
  dataDir: string;
  /** Server secret: signs access tokens and peppers key hashes. null means "generate and persist in dataDir". */
  secret: string | null;
  redisUrl: string | null;
  rateLimit: { keyPerMinute: number; tenantPerMinute: number; addressPerMinute: number };
  accessTokenTtlSeconds: number;
  bodyLimitBytes: number;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** Proxy hops whose X-Forwarded-For is believed (0: none), so limits and logs see the client's address. */
  trustProxyHops: number;
  /** Master keys for encrypting stored secrets (webhook signing secrets), by key id. Empty when not set. */
  encryptionKeys: ReadonlyMap<string, Buffer>;
  /**
   * Master keys for personal data at rest (consent records, subject records), first one active. null: derive one
   * from the server secret (see compliance/keys.ts).
   */
  masterKeys: { masterKeys: MasterKey[]; activeKeyId: string } | null;
  /**
   * Spend limits per model provider in USD, across tenants, per calendar `period` (UTC). A provider at its limit is
   * skipped by the router (the next candidate serves; a call pinned to it gets 402). Empty: no limits.
   */
  spendBudgets: { period: "month" | "day"; providersUsd: Readonly<Partial<Record<ProviderId, number>>> };
  /**
   * Absolute path of a standalone bundle of the web components (`frontier.js`) that the playground loads to render
   * with the elements; null: the playground renders with its own plain script.
   */
  playgroundElements: string | null;
}

export interface CliFlags {
  port?: string | undefined;
  host?: string | undefined;
  db?: string | undefined;
}

const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Each entry: the variable's name, the flag that overrides it (if any), and its schema with its default. */
const variables = {
  port: { name: "PORT", flag: "--port", schema: integer(0, 65535).default(8787) },
  host: { name: "HOST", flag: "--host", schema: z.string().min(1).default("127.0.0.1") },
  database: { name: "DATABASE_URL", flag: "--db", schema: z.string().min(1).default("file:./data/frontier.db") },
  dataDir: { name: "FRONTIER_DATA_DIR", flag: null, schema: z.string().min(1).optional() },
  secret: {
    name: "FRONTIER_SECRET",
    flag: null,
    schema: z.string().min(32, "must be at least 32 characters (e.g. `openssl rand -base64 48`)").optional(),
  },
  redisUrl: {
    name: "REDIS_URL",
    flag: null,
    schema: z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }).optional(),
  },
  keyPerMinute: { name: "FRONTIER_RATE_LIMIT_KEY_PER_MINUTE", flag: null, schema: integer(1, 1e7).default(600) },
  tenantPerMinute: {
    name: "FRONTIER_RATE_LIMIT_TENANT_PER_MINUTE",
    flag: null,
    schema: integer(1, 1e8).default(3000),
  },
  addressPerMinute: {
    name: "FRONTIER_RATE_LIMIT_ADDRESS_PER_MINUTE",
    flag: null,
    schema: integer(1, 1e7).default(120),
  },
  accessTokenTtl: { name: "FRONTIER_ACCESS_TOKEN_TTL_SECONDS", flag: null, schema: integer(30, 86_400).default(900) },
  bodyLimit: {
    name: "FRONTIER_BODY_LIMIT_BYTES",
    flag: null,
    schema: integer(1024, 64 * 1024 * 1024).default(1024 * 1024),
  },
  logLevel: {
    name: "LOG_LEVEL",
    flag: null,
    schema: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  },
  trustProxy: { name: "FRONTIER_TRUST_PROXY_HOPS", flag: null, schema: integer(0, 10).default(0) },
  encryptionKeys: {
    name: "FRONTIER_ENCRYPTION_KEYS",
    flag: null,
    schema: z.string().optional(),
  },
  masterKeys: {
    name: "FRONTIER_MASTER_KEYS",
    flag: null,
    schema: z
      .string()
      .optional()
      .transform((value, context) => {
        if (value === undefined) return null;
        try {
          return parseMasterKeys(value);
        } catch (error) {
          context.addIssue({
            code: "custom",
            message: `${error instanceof Error ? error.message : String(error)}; write id:<32 bytes in base64>,…`,
          });
          return z.NEVER;
        }
      }),
  },
  spendBudgets: {
    name: "FRONTIER_SPEND_BUDGETS_USD",
    flag: null,
    schema: z
      .string()
      .optional()
      .transform((value, context) => {
        const budgets: Partial<Record<ProviderId, number>> = {};
        for (const entry of value?.split(",") ?? []) {
          const [provider = "", amount = ""] = entry.split("=").map((part) => part.trim());
          const usd = Number(amount);
          if (!(providerIds as readonly string[]).includes(provider) || provider in budgets) {
            context.addIssue({
              code: "custom",
              message: `"${provider}" is not one provider of ${providerIds.join(", ")} named once; write openai=200,anthropic=50`,
            });
            return z.NEVER;
          }
          if (amount === "" || !Number.isFinite(usd) || usd <= 0) {
            context.addIssue({ code: "custom", message: `${provider}: "${amount}" is not a positive amount of USD` });
            return z.NEVER;
          }
          budgets[provider as ProviderId] = usd;
        }
        return budgets;
      }),
  },
  spendBudgetPeriod: {
    name: "FRONTIER_SPEND_BUDGET_PERIOD",
    flag: null,
    schema: z.enum(["month", "day"]).default("month"),
  },
  playgroundElements: {
    name: "FRONTIER_PLAYGROUND_ELEMENTS",
    flag: null,
    schema: z
      .string()
      .optional()
      .transform((value, context) => {
        if (value === undefined) return null;
        const file = resolve(value);
        if (!statSync(file, { throwIfNoEntry: false })?.isFile()) {
          context.addIssue({
            code: "custom",
            message: `${file} is not a file; build it with \`node web-components/scripts/build-standalone.ts\` and name dist/standalone/frontier.js`,
          });
          return z.NEVER;
        }
        return file;
      }),
  },
} as const;

type Variables = typeof variables;

function read<K extends keyof Variables>(
  key: K,
  env: Readonly<Record<string, string | undefined>>,
  flags: CliFlags,
): z.output<Variables[K]["schema"]> {
  const variable = variables[key];
  const flagName = variable.flag?.slice(2) as keyof CliFlags | undefined;
  const fromFlag = flagName ? flags[flagName] : undefined;
  const raw = fromFlag ?? emptyToUndefined(env[variable.name]);
  const result = variable.schema.safeParse(raw);
  if (!result.success) {
    const source = fromFlag !== undefined && variable.flag ? variable.flag : variable.name;
    throw new ConfigError(source, result.error.issues.map((issue) => issue.message).join("; "));
  }
  return result.data as z.output<Variables[K]["schema"]>;
}

function emptyToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value;
}

/** `file:./x.db`, `./x.db`, `/abs/x.db`, `:memory:` → SQLite; `mysql://...` → MySQL. */
export function parseDatabaseTarget(value: string, variable = "DATABASE_URL"): DatabaseTarget {
  if (/^mysql:\/\//i.test(value)) {
    const url = URL.parse(value);
    if (!url?.hostname) throw new ConfigError(variable, "is not a valid mysql://user@host:port/database URL");
    return { dialect: "mysql", url: value };
  }
  if (value === ":memory:" || value === "file::memory:") return { dialect: "sqlite", url: ":memory:", file: null };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !value.startsWith("file:")) {
    throw new ConfigError(variable, "must be a SQLite path, file:<path> or mysql://... URL");
  }
  const path = value.startsWith("file:") ? value.slice("file:".length) : value;
  if (path === "") throw new ConfigError(variable, "names no file");
  const file = isAbsolute(path) ? path : resolve(path);
  return { dialect: "sqlite", url: `file:${file}`, file };
}

/** `id:base64,id:base64`, each key 32 bytes (AES-256). */
function parseEncryptionKeys(value: string | undefined): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  if (value === undefined) return keys;
  for (const entry of value.split(",")) {
    const [id, material] = entry.trim().split(":", 2);
    const key = material ? Buffer.from(material, "base64") : Buffer.alloc(0);
    if (!id || key.length !== 32) {
      throw new ConfigError("FRONTIER_ENCRYPTION_KEYS", "each entry must be <id>:<32 bytes in base64>");
    }
    keys.set(id, key);
  }
  return keys;
}

export function loadConfig(env: Readonly<Record<string, string | undefined>>, flags: CliFlags = {}): Config {
  const databaseValue = read("database", env, flags);
  const database = parseDatabaseTarget(databaseValue, flags.db !== undefined ? "--db" : "DATABASE_URL");
  const dataDirValue = read("dataDir", env, flags);
  const dataDir = resolve(
    dataDirValue ?? (database.dialect === "sqlite" && database.file ? resolve(database.file, "..") : "data"),
  );
  return {
    port: read("port", env, flags),
    host: read("host", env, flags),
    database,
    dataDir,
    secret: read("secret", env, flags) ?? null,
    redisUrl: read("redisUrl", env, flags) ?? null,
    rateLimit: {
      keyPerMinute: read("keyPerMinute", env, flags),
      tenantPerMinute: read("tenantPerMinute", env, flags),
      addressPerMinute: read("addressPerMinute", env, flags),
    },
    accessTokenTtlSeconds: read("accessTokenTtl", env, flags),
    bodyLimitBytes: read("bodyLimit", env, flags),
    logLevel: read("logLevel", env, flags),
    trustProxyHops: read("trustProxy", env, flags),
    encryptionKeys: parseEncryptionKeys(read("encryptionKeys", env, flags)),
    masterKeys: read("masterKeys", env, flags),
    spendBudgets: {
      period: read("spendBudgetPeriod", env, flags),
      providersUsd: read("spendBudgets", env, flags),
    },
    playgroundElements: read("playgroundElements", env, flags),
  };
}

/** The variables this module reads, for the README and `--help`. */
export const configVariables = Object.values(variables).map(({ name, flag }) => ({ name, flag }));
