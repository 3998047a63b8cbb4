export const tones = ["friendly", "professional", "enthusiastic", "premium", "urgent"] as const;
export type Tone = (typeof tones)[number];

export function isTone(value: string): value is Tone {
  return (tones as readonly string[]).includes(value);
}
