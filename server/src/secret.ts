import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ConfigError } from "./errors.ts";

const fileName = "server-secret";

/**
 * Returns the configured server secret, or the one persisted in the data directory, creating it on first start.
 * Never an empty default: tokens signed with a guessable secret would be forgeable.
 */
export async function resolveServerSecret(configured: string | null, dataDir: string): Promise<string> {
  if (configured !== null) return configured;
  const path = join(dataDir, fileName);
  try {
    const stored = (await readFile(path, "utf8")).trim();
    if (stored.length < 32) throw new ConfigError("FRONTIER_SECRET", `${path} holds fewer than 32 characters`);
    return stored;
  } catch (error) {
    if (!(error instanceof Error && "code" in error && error.code === "ENOENT")) throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  // `wx` fails if another process created it meanwhile; then read theirs so both agree.
  try {
    await writeFile(path, `${secret}\n`, { flag: "wx", mode: 0o600 });
    return secret;
  } catch {
    return (await readFile(path, "utf8")).trim();
  }
}
