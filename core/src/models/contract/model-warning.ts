/** A setting the provider could not honour as given; the call still ran (vercel/ai's habit). */
export interface ModelWarning {
  type: "unsupported-setting" | "clamped-setting";
  setting: string;
  message: string;
}
