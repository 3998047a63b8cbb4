/** "Argentina (es-AR)" in the UI language, from the browser's own region names. */
export function marketName(market: string, uiLanguage: string): string {
  const region = market.split("-")[1];
  if (region === undefined || !/^[A-Z]{2}$/.test(region)) return market;
  try {
    const name = new Intl.DisplayNames([uiLanguage], { type: "region" }).of(region);
    return name === undefined || name === region ? market : `${name} (${market})`;
  } catch {
    return market;
  }
}
