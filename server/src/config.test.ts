import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig, parseDatabaseTarget } from "./config.ts";
import { ConfigError } from "./errors.ts";
import { resolveServerSecret } from "./secret.ts";

const relativeTo = (path: string) => relative(process.cwd(), path);

describe("loadConfig", () => {
  it("has working defaults: 127.0.0.1:8787 and an SQLite file under ./data", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 8787, host: "127.0.0.1", secret: null, redisUrl: null, logLevel: "info" });
    expect(config.database).toMatchObject({ dialect: "sqlite", file: join(process.cwd(), "data", "frontier.db") });
    expect(config.dataDir).toBe(join(process.cwd(), "data"));
    expect(config.bodyLimitBytes).toBe(1024 * 1024);
  });

  it("lets flags win over the environment", () => {
    const config = loadConfig({ PORT: "9000", HOST: "0.0.0.0" }, { port: "0", db: "mysql://root@127.0.0.1:3306/x" });
    expect(config.port).toBe(0);
    expect(config.host).toBe("0.0.0.0");
    expect(config.database).toEqual({ dialect: "mysql", url: "mysql://root@127.0.0.1:3306/x" });
  });

  it.each([
    [{ PORT: "eighty" }, {}, "PORT"],
    [{ PORT: "70000" }, {}, "PORT"],
    [{}, { port: "-1" }, "--port"],
    [{ DATABASE_URL: "postgres://x" }, {}, "DATABASE_URL"],
    [{}, { db: "mysql://" }, "--db"],
    [{ FRONTIER_SECRET: "short" }, {}, "FRONTIER_SECRET"],
    [{ REDIS_URL: "http://127.0.0.1" }, {}, "REDIS_URL"],
    [{ LOG_LEVEL: "loud" }, {}, "LOG_LEVEL"],
    [{ FRONTIER_RATE_LIMIT_KEY_PER_MINUTE: "0" }, {}, "FRONTIER_RATE_LIMIT_KEY_PER_MINUTE"],
    [{ FRONTIER_ENCRYPTION_KEYS: "k1:c2hvcnQ=" }, {}, "FRONTIER_ENCRYPTION_KEYS"],
    [{ FRONTIER_MASTER_KEYS: "m1:c2hvcnQ=" }, {}, "FRONTIER_MASTER_KEYS"],
    [{ FRONTIER_MASTER_KEYS: "no-separator" }, {}, "FRONTIER_MASTER_KEYS"],
    [{ FRONTIER_SPEND_BUDGETS_USD: "openai=ten" }, {}, "FRONTIER_SPEND_BUDGETS_USD"],
    [{ FRONTIER_SPEND_BUDGETS_USD: "openai=-5" }, {}, "FRONTIER_SPEND_BUDGETS_USD"],
    [{ FRONTIER_SPEND_BUDGETS_USD: "acme=5" }, {}, "FRONTIER_SPEND_BUDGETS_USD"],
    [{ FRONTIER_SPEND_BUDGETS_USD: "openai=5,openai=6" }, {}, "FRONTIER_SPEND_BUDGETS_USD"],
    [{ FRONTIER_SPEND_BUDGET_PERIOD: "week" }, {}, "FRONTIER_SPEND_BUDGET_PERIOD"],
    [{ FRONTIER_PLAYGROUND_ELEMENTS: "/no/such/dir/frontier.js" }, {}, "FRONTIER_PLAYGROUND_ELEMENTS"],
    [{ FRONTIER_PLAYGROUND_ELEMENTS: tmpdir() }, {}, "FRONTIER_PLAYGROUND_ELEMENTS"],
  ])("stops on a bad value and names it: %j %j", (env, flags, variable) => {
    const attempt = () => loadConfig(env, flags);
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(new RegExp(`^${variable.replace(/[-]/g, "\\-")}: `));
  });

  it("reads spend budgets per provider, none by default, per calendar month unless told", () => {
    expect(loadConfig({}).spendBudgets).toEqual({ period: "month", providersUsd: {} });
    expect(
      loadConfig({ FRONTIER_SPEND_BUDGETS_USD: " openai=200, anthropic = 12.5", FRONTIER_SPEND_BUDGET_PERIOD: "day" })
        .spendBudgets,
    ).toEqual({ period: "day", providersUsd: { openai: 200, anthropic: 12.5 } });
  });

  it("takes the playground's web components bundle as an absolute path to an existing file, none by default", async () => {
    expect(loadConfig({}).playgroundElements).toBeNull();
    const directory = await mkdtemp(join(tmpdir(), "frontier-config-"));
    try {
      await writeFile(join(directory, "frontier.js"), "export {};\n");
      const given = join(relativeTo(directory), "frontier.js");
      expect(loadConfig({ FRONTIER_PLAYGROUND_ELEMENTS: given }).playgroundElements).toBe(
        join(directory, "frontier.js"),
      );
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it("reads encryption keys by id", () => {
    const material = Buffer.alloc(32, 7).toString("base64");
    const config = loadConfig({ FRONTIER_ENCRYPTION_KEYS: `k1:${material}, k2:${material}` });
    expect([...config.encryptionKeys.keys()]).toEqual(["k1", "k2"]);
  });
});

describe("master keys", () => {
  it("reads FRONTIER_MASTER_KEYS with the first key active, null when absent", () => {
    const one = Buffer.alloc(32, 1).toString("base64");
    const two = Buffer.alloc(32, 2).toString("base64");
    const config = loadConfig({ FRONTIER_MASTER_KEYS: `m2:${two},m1:${one}` });
    expect(config.masterKeys?.activeKeyId).toBe("m2");
    expect(config.masterKeys?.masterKeys.map((key) => key.id)).toEqual(["m2", "m1"]);
    expect(loadConfig({}).masterKeys).toBeNull();
  });
});

describe("parseDatabaseTarget", () => {
  it("accepts file:, bare paths and :memory:", () => {
    expect(parseDatabaseTarget("file:/tmp/a.db")).toEqual({
      dialect: "sqlite",
      url: "file:/tmp/a.db",
      file: "/tmp/a.db",
    });
    expect(parseDatabaseTarget("/tmp/b.db")).toMatchObject({ file: "/tmp/b.db" });
    expect(parseDatabaseTarget(":memory:")).toEqual({ dialect: "sqlite", url: ":memory:", file: null });
  });
});

describe("resolveServerSecret", () => {
  it("generates the secret once, persists it privately and reuses it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "frontier-secret-"));
    try {
      const first = await resolveServerSecret(null, join(dir, "data"));
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(await resolveServerSecret(null, join(dir, "data"))).toBe(first);
      expect((await readFile(join(dir, "data", "server-secret"), "utf8")).trim()).toBe(first);
      expect((await stat(join(dir, "data", "server-secret"))).mode & 0o777).toBe(0o600);
      expect(await resolveServerSecret("x".repeat(40), dir)).toBe("x".repeat(40));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
