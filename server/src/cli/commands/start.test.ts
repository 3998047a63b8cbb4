import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { configVariables } from "../../config.ts";
import { main } from "../main.ts";

const bin = fileURLToPath(new URL("../../../bin/frontier.js", import.meta.url));

/** Runs the CLI in this process, as the bin does, with the server's variables cleared. */
async function cli(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdin: async () => "",
    isTTY: false,
    env: process.env,
  });
  return { code, stdout, stderr };
}

// The developer's own variables (PORT, DATABASE_URL, FRONTIER_SECRET ...) must not leak into these runs.
const cleanEnv = (extra: Record<string, string> = {}) => ({
  PATH: process.env.PATH ?? "",
  LOG_LEVEL: "warn",
  ...extra,
});

function startServer(cwd: string, args: string[]) {
  const child = spawn(process.execPath, [bin, "start", "--port", "0", ...args], { cwd, env: cleanEnv() });
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed; output so far:\n${stdout}`)), 120_000);
    child.stdout.on("data", () => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once("exit", (code) => reject(new Error(`exited with ${code} before listening:\n${stdout}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, url, exited, output: () => stdout };
}

async function stop(
  server: { child: ChildProcessWithoutNullStreams; exited: Promise<number | null> },
  signal: NodeJS.Signals,
) {
  server.child.kill(signal);
  return server.exited;
}

describe("frontier start, migrate and keys create", { timeout: 240_000 }, () => {
  let dir: string;
  let db: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "frontier-cli-"));
    db = join(dir, "data", "frontier.db");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  beforeEach(() => {
    for (const { name } of configVariables) vi.stubEnv(name, "");
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("starts on a fresh SQLite file, prints the URL and an owner key once, serves, and closes on SIGTERM", async () => {
    const server = startServer(dir, ["--db", db]);
    const url = await server.url;
    const health = await fetch(`${url}/api/v1/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "healthy", database: { dialect: "sqlite", status: "ok" } });

    const ownerKey = /fk_live_[0-9A-Za-z]{46}/.exec(server.output())?.[0] ?? "";
    expect(ownerKey).not.toBe("");
    const keys = await fetch(`${url}/trpc/keys.list`, { headers: { authorization: `Bearer ${ownerKey}` } });
    expect(keys.status).toBe(200);
    expect(await stop(server, "SIGTERM")).toBe(0);
    expect(server.output()).toContain("Received SIGTERM; closing.");

    const again = startServer(dir, ["--db", db]);
    await again.url;
    expect(await stop(again, "SIGINT")).toBe(0);
    expect(again.output()).not.toMatch(/fk_live_/);
  });

  it("migrates, and creates keys that the server then accepts", async () => {
    const migrated = await cli(["migrate", "--db", db]);
    expect(migrated).toEqual({ code: 0, stdout: "Migrated the sqlite database.\n", stderr: "" });

    const created = await cli(["keys", "create", "--tenant", "acme", "--role", "admin", "--db", db]);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^fk_live_[0-9A-Za-z]{46}\n$/);
    expect(created.stderr).toMatch(/Created secret key key_\S+ \(admin\) for tenant acme/);

    const args = ["--role", "viewer", "--publishable", "--origin", "https://shop.example", "--db", db];
    const publishable = await cli(["keys", "create", "--tenant", "acme", ...args]);
    expect(publishable.stdout).toMatch(/^fk_pub_[0-9A-Za-z]{46}\n$/);

    const server = startServer(dir, ["--db", db]);
    const url = await server.url;
    const listed = await fetch(`${url}/trpc/keys.list`, {
      headers: { authorization: `Bearer ${created.stdout.trim()}` },
    });
    const body = (await listed.json()) as { result: { data: Array<{ kind: string; allowedOrigins: string[] }> } };
    expect(body.result.data.map((key) => [key.kind, key.allowedOrigins])).toEqual([
      ["secret", []],
      ["publishable", ["https://shop.example"]],
    ]);
    expect(await stop(server, "SIGTERM")).toBe(0);
  });

  it("exits 2 naming the flag or variable on bad input", async () => {
    const role = await cli(["keys", "create", "--tenant", "acme", "--role", "boss", "--db", db]);
    expect(role).toMatchObject({ code: 2, stderr: expect.stringContaining("--role") });
    const origin = await cli(["keys", "create", "--tenant", "acme", "--role", "viewer", "--publishable", "--db", db]);
    expect(origin).toMatchObject({ code: 2, stderr: expect.stringContaining("allowedOrigins") });
    vi.stubEnv("PORT", "http");
    const port = await cli(["start", "--db", db]);
    expect(port).toMatchObject({ code: 2, stderr: expect.stringContaining("PORT:") });
    vi.stubEnv("PORT", "");
    vi.stubEnv("FRONTIER_PLAYGROUND_ELEMENTS", join(dir, "no-such-bundle.js"));
    const elements = await cli(["start", "--db", db]);
    expect(elements).toMatchObject({ code: 2, stderr: expect.stringContaining("FRONTIER_PLAYGROUND_ELEMENTS:") });
    expect(elements.stderr).toContain("no-such-bundle.js");
    const database = await cli(["migrate", "--db", "postgres://x"]);
    expect(database).toMatchObject({ code: 2, stderr: expect.stringContaining("--db:") });
  });

  it("exits 1 with one line when the database cannot be opened", async () => {
    const unreachable = await cli(["migrate", "--db", "mysql://root@127.0.0.1:9/none"]);
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/^frontier: could not open the database|^frontier: migration failed/);
    expect(unreachable.stderr.trim().split("\n")).toHaveLength(1);
  });
});
