import { BulkLocalizeAction } from "./components/BulkLocalizeAction.tsx";
import { GeneratePanel } from "./components/GeneratePanel.tsx";
import { LocalizeAction } from "./components/LocalizeAction.tsx";
import { PLUGIN_ID } from "./i18n.ts";

// The content manager's public APIs, typed as far as the plugin uses them.
interface ContentManagerApis {
  addDocumentAction(actions: unknown[]): void;
  addBulkAction(actions: unknown[]): void;
  addEditViewSidePanel(panels: unknown[]): void;
}
interface StrapiApp {
  registerPlugin(plugin: { id: string; name: string }): void;
  addSettingsLink(section: string, link: Record<string, unknown>): void;
  getPlugin(id: string): { apis: unknown };
}

const prefixed = (data: Record<string, string>) =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: "Frontier" });
    app.addSettingsLink("global", {
      id: PLUGIN_ID,
      to: PLUGIN_ID,
      intlLabel: { id: `${PLUGIN_ID}.settings.title`, defaultMessage: "Frontier" },
      permissions: [{ action: "plugin::frontier.settings", subject: null }],
      Component: () => import("./pages/Settings.tsx"),
    });
  },
  bootstrap(app: StrapiApp) {
    const apis = app.getPlugin("content-manager").apis as ContentManagerApis;
    apis.addDocumentAction([LocalizeAction]);
    apis.addBulkAction([BulkLocalizeAction]);
    apis.addEditViewSidePanel([GeneratePanel]);
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          return { data: prefixed(data), locale };
        } catch {
          return { data: {}, locale };
        }
      }),
    );
  },
};
