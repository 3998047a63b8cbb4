import { createHmac, createSecretKey, type KeyObject, randomInt } from "node:crypto";
import { crc32 } from "node:zlib";
import type { ApiKeyKind } from "../types.ts";

/**
 * API key format: `fk_live_` (secret) or `fk_pub_` (publishable), then 40 random base62 characters (~238 bits),
 * then 6 base62 characters of CRC32 over the rest. The prefix makes leaked keys recognisable to secret scanners;
 * the checksum lets them (and us, before touching the database) tell a real key from a look-alike.
 */
export const keyPrefixes = { secret: "fk_live_", publishable: "fk_pub_" } as const satisfies Record<ApiKeyKind, string>;
export const keyPattern = /^(fk_live_|fk_pub_)([0-9A-Za-z]{40})([0-9A-Za-z]{6})$/;

const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

function base62(value: number, width: number): string {
  let out = "";
  let rest = value;
  for (let i = 0; i < width; i++) {
    out = alphabet.charAt(rest % 62) + out;
    rest = Math.floor(rest / 62);
  }
  return out;
}

function checksum(body: string): string {
  return base62(crc32(body), 6);
}

export interface GeneratedKey {
  /** The whole key: shown once, never stored. */
  plaintext: string;
  /** What is stored and shown in listings: the prefix and the first four random characters. */
  displayPrefix: string;
}

export function generateKey(kind: ApiKeyKind): GeneratedKey {
  let random = "";
  for (let i = 0; i < 40; i++) random += alphabet.charAt(randomInt(62));
  const body = keyPrefixes[kind] + random;
  const plaintext = body + checksum(body);
  return { plaintext, displayPrefix: plaintext.slice(0, keyPrefixes[kind].length + 4) };
}

/** The key's kind when it is well-formed with a valid checksum; null otherwise. */
export function parseKey(value: string): ApiKeyKind | null {
  const match = keyPattern.exec(value);
  if (!match) return null;
  const [, prefix = "", random = "", sum = ""] = match;
  if (checksum(prefix + random) !== sum) return null;
  return prefix === keyPrefixes.secret ? "secret" : "publishable";
}

/**
 * HMAC-SHA-256 with the server's pepper. A fast hash is right here: keys carry ~238 random bits, so no guessing
 * attack is feasible whatever the hash costs, while a slow password hash (bcrypt, argon2) would add milliseconds
 * to every request. The pepper means a stolen database alone cannot even confirm a leaked key.
 */
export function hashKey(pepper: Uint8Array, plaintext: string): string {
  return createHmac("sha256", pepperKey(pepper)).update(plaintext).digest("hex");
}

// Importing the pepper as a KeyObject on every call was a measurable share of each authenticated request.
const pepperKeys = new WeakMap<Uint8Array, KeyObject>();
function pepperKey(pepper: Uint8Array): KeyObject {
  let key = pepperKeys.get(pepper);
  if (!key) {
    key = createSecretKey(pepper);
    pepperKeys.set(pepper, key);
  }
  return key;
}
