// Brand memory vectors: a deterministic hashing embedding for offline use, and the helpers any embedding shares.
import { hash32 } from "./random.ts";

/** Turns texts into vectors: the hashing embedding below, or a provider's embeddings endpoint. */
export type Embedder = (texts: readonly string[]) => Promise<Float32Array[]>;

function features(text: string): string[] {
  const words = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1);
  const grams: string[] = [];
  for (const word of words) {
    grams.push(`w:${word}`);
    const padded = `<${word}>`;
    for (let index = 0; index + 3 <= padded.length; index += 1) grams.push(`g:${padded.slice(index, index + 3)}`);
  }
  for (let index = 0; index + 1 < words.length; index += 1) grams.push(`b:${words[index]} ${words[index + 1]}`);
  return grams;
}

/**
 * The hashing trick over words, character trigrams and word bigrams, with a sign hash so collisions cancel out
 * on average; L2-normalised, so the dot product is the cosine. No model, no network, same vector everywhere.
 */
export function hashingEmbedding(text: string, dimensions = 384): Float32Array {
  const vector = new Float32Array(dimensions);
  for (const feature of features(text)) {
    const hash = hash32(feature);
    const weight = feature.startsWith("w:") ? 1 : feature.startsWith("b:") ? 0.7 : 0.35;
    vector[hash % dimensions] = (vector[hash % dimensions] ?? 0) + (hash >>> 31 === 0 ? weight : -weight);
  }
  return normalize(vector);
}

export function hashingEmbedder(dimensions = 384): Embedder {
  return async (texts) => texts.map((text) => hashingEmbedding(text, dimensions));
}

export function normalize(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const value of vector) norm += value * value;
  if (norm === 0) return vector;
  const scale = 1 / Math.sqrt(norm);
  return vector.map((value) => value * scale);
}

export function cosineSimilarity(left: Float32Array, right: Float32Array): number {
  let dot = 0;
  let leftNorm = 0;
  let rightNorm = 0;
  const length = Math.min(left.length, right.length);
  for (let index = 0; index < length; index += 1) {
    const a = left[index] ?? 0;
    const b = right[index] ?? 0;
    dot += a * b;
    leftNorm += a * a;
    rightNorm += b * b;
  }
  return leftNorm === 0 || rightNorm === 0 ? 0 : dot / Math.sqrt(leftNorm * rightNorm);
}

/** Little-endian float32 bytes: the BLOB a database column stores (libsql's F32_BLOB uses the same layout). */
export function vectorToBytes(vector: Float32Array): Uint8Array {
  const bytes = new Uint8Array(vector.length * 4);
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < vector.length; index += 1) view.setFloat32(index * 4, vector[index] ?? 0, true);
  return bytes;
}

export function vectorFromBytes(bytes: Uint8Array): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const vector = new Float32Array(Math.floor(bytes.byteLength / 4));
  for (let index = 0; index < vector.length; index += 1) vector[index] = view.getFloat32(index * 4, true);
  return vector;
}
