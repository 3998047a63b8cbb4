export interface BlockLike {
  name: string;
  attributes?: Record<string, unknown>;
  innerBlocks?: BlockLike[];
}

export interface TextChange {
  block: string;
  attribute: string;
  before: string;
  after: string;
}

export function textChanges(before: BlockLike[], after: BlockLike[]): TextChange[];
