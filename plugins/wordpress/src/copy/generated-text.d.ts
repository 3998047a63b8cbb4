export type BlockDescription =
  | { type: "paragraph"; content: string }
  | { type: "heading"; level: number; content: string }
  | { type: "list"; ordered: boolean; items: string[] };

export function escapeHtml(text: string): string;
export function looksLikeHtml(text: string): boolean;
export function describeBlocks(text: string): BlockDescription[];
