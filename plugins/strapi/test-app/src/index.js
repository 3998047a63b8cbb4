// Seeds what the plugin's tests need on a fresh database: the locales and two admin users (a super admin and an
// Author, who may edit content but holds none of the plugin's permissions).
const LOCALES = [
  { code: "es-ES", name: "Spanish (Spain) (es-ES)" },
  { code: "es-AR", name: "Spanish (Argentina) (es-AR)" },
  { code: "es-MX", name: "Spanish (Mexico) (es-MX)" },
  // The Frontier test server has no model provider, so copy into English fails: the bulk tests' failing item.
  { code: "en", name: "English (en)" },
];

async function seedLocales(strapi) {
  const locales = strapi.plugin("i18n").service("locales");
  for (const locale of LOCALES) {
    if (!(await locales.findByCode(locale.code))) await locales.create(locale);
  }
  await locales.setDefaultLocale({ code: "es-ES" });
}

async function seedUser(strapi, { email, password, roleCode }) {
  const users = strapi.service("admin::user");
  if (await strapi.db.query("admin::user").findOne({ where: { email } })) return;
  const role =
    roleCode === "strapi-super-admin"
      ? await strapi.service("admin::role").getSuperAdmin()
      : await strapi.service("admin::role").findOne({ code: roleCode });
  await users.create({ email, firstname: roleCode, lastname: "Test", password, isActive: true, roles: [role.id] });
}

module.exports = {
  register() {},
  async bootstrap({ strapi }) {
    await seedLocales(strapi);
    const password = process.env.TEST_ADMIN_PASSWORD;
    if (!password) return;
    await seedUser(strapi, { email: "admin@frontier.test", password, roleCode: "strapi-super-admin" });
    await seedUser(strapi, { email: "author@frontier.test", password, roleCode: "strapi-author" });
  },
};
