import { ProviderConfigurationError } from "../errors/provider-configuration-error.ts";

/** Settings first, then the SDK's documented variable; fails naming both. Read at call time, not import time. */
export function loadSetting(options: {
  provider: string;
  setting: string;
  settingValue: string | undefined;
  environmentVariable: string;
  environment: Readonly<Record<string, string | undefined>>;
}): string {
  const value = options.settingValue ?? options.environment[options.environmentVariable];
  if (value === undefined || value.trim() === "") {
    throw new ProviderConfigurationError({
      provider: options.provider,
      setting: options.setting,
      environmentVariable: options.environmentVariable,
    });
  }
  return value;
}
