import { useIntl } from "react-intl";

export const PLUGIN_ID = "frontier";

/** Messages are registered under "frontier.<key>". */
export function useT() {
  const { formatMessage } = useIntl();
  return (key: string, values?: Record<string, string | number>) =>
    formatMessage({ id: `${PLUGIN_ID}.${key}`, defaultMessage: key }, values);
}

export interface Locale {
  code: string;
  name: string;
  isDefault: boolean;
}

/** The error message a failed admin fetch carries (`{error:{message}}` from the plugin's routes). */
export function messageOf(error: unknown): string {
  const response = (error as { response?: { data?: { error?: { message?: unknown } } } }).response;
  const message = response?.data?.error?.message;
  if (typeof message === "string") return message;
  return error instanceof Error ? error.message : String(error);
}
