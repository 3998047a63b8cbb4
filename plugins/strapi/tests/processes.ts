import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join, resolve } from "node:path";

export const pluginDir = resolve(import.meta.dirname, "..");
export const appDir = join(pluginDir, "test-app");
export const bin = (name: string) => join(pluginDir, "node_modules", ".bin", name);
export const PASSWORD = "Frontier-test-1";

// Strapi and its tooling must not reach the internet: no telemetry, no update check, no browser.
export const quietEnv = { STRAPI_TELEMETRY_DISABLED: "true", BROWSER: "none", STRAPI_HIDE_STARTUP_MESSAGE: "true" };

export interface StrapiProcess {
  url: string;
  /** Stops Strapi and waits for it to exit; `SIGKILL` stands for a crash. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts the built test app on a free port with its SQLite database in `databaseFile`; resolves once it answers. */
export async function startStrapi(databaseFile: string): Promise<StrapiProcess> {
  const port = await freePort();
  let log = "";
  const child = spawn(bin("strapi"), ["start"], {
    cwd: appDir,
    env: {
      ...process.env,
      ...quietEnv,
      PORT: String(port),
      DATABASE_FILENAME: databaseFile,
      TEST_ADMIN_PASSWORD: PASSWORD,
    },
    stdio: "pipe",
  });
  child.stdout?.on("data", (chunk) => (log += chunk));
  child.stderr?.on("data", (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/_health`, child, () => log, 180_000);
  return {
    url,
    async stop(signal = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((done) => child.once("exit", done));
      child.kill(signal);
      await exited;
    },
  };
}

/** Runs a command to completion, failing with its output when it exits non-zero. */
export function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: "pipe" });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}\n${output.slice(-4000)}`)),
    );
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Polls `url` until it answers, or fails when the process exits or the time runs out. */
export async function waitFor(url: string, child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Strapi exited ${child.exitCode}\n${log().slice(-4000)}`);
    const ok = await fetch(url).then(
      (response) => response.status < 500,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Strapi did not answer at ${url}\n${log().slice(-4000)}`);
}
