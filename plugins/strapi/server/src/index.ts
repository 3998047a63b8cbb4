import type { Core } from "@strapi/strapi";
import { registerAutoLocalize } from "./auto-localize.ts";
import controllers from "./controllers/index.ts";
import { actionDefinitions } from "./permissions.ts";
import routes from "./routes.ts";
import services from "./services/index.ts";

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerAutoLocalize(strapi);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.service("admin::permission").actionProvider.registerMany(actionDefinitions);
    await strapi.plugin("frontier").service("jobs").resume();
  },
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await strapi.plugin("frontier").service("jobs").stop();
  },
  config: { default: {}, validator() {} },
  routes,
  controllers,
  services,
};
