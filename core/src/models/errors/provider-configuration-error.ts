import { ModelError } from "./model-error.ts";

/** A provider lacks what it needs to be called (an API key, a base URL). */
export class ProviderConfigurationError extends ModelError {
  override readonly name = "ProviderConfigurationError";
  readonly code = "provider_not_configured";
  readonly isRetryable = false;
  readonly provider: string;
  /** The setting and environment variable either of which would fix it. */
  readonly setting: string;
  readonly environmentVariable: string;

  constructor(options: { provider: string; setting: string; environmentVariable: string }) {
    super(
      `${options.provider}: missing ${options.setting}. Pass it in the provider settings (\`${options.setting}\`) ` +
        `or set the ${options.environmentVariable} environment variable.`,
    );
    this.provider = options.provider;
    this.setting = options.setting;
    this.environmentVariable = options.environmentVariable;
  }
}
