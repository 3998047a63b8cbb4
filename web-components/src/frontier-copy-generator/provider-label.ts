/** "openai · gpt-4o-mini"; a provider whose model has its own name ("rules") is named once. */
export function providerLabel(metadata: { readonly provider: string; readonly model: string }): string {
  const model = metadata.model.trim();
  return model === "" || model === metadata.provider ? metadata.provider : `${metadata.provider} · ${model}`;
}
